//! The importer page for staff: paste a legacy notice (or choose its Word, text or HTML file), see its structure and fix it (each
//! section's heading and topic, its place, a missing section added), what the GDPR check
//! finds missing as the notice is now, a preview, and the JSON to download. The first
//! part of the notice studio (issue 20).

use super::details::NoticeDetails;
use super::field::error_line;
use super::kept::{warn_before_leaving, KeepInBrowser};
use super::preview::Preview;
use super::publish::Publish;
use super::release::provide_release;
use super::requests::RequestSettings;
use super::sections::{LiveFindings, SectionsEditor};
use super::source_file::SourceFile;
use super::studio::Studio;
use super::translations::Translations;
use super::versions::{CompareVersions, StartOther};
use crate::i18n::{ui, Lang};
use crate::notice::import;
use crate::web::dom::download;
use crate::web::dom::tr;
use crate::web::dom::unique_prefix;
use leptos::prelude::*;

#[component]
pub fn ImporterView(#[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let prefix = unique_prefix("import");
    let source_id = format!("{prefix}-source");
    let error_id = format!("{prefix}-source-error");
    let source = RwSignal::new(String::new());
    let empty_error = RwSignal::new(false);
    let studio = Studio::provide(lang);
    provide_release();
    warn_before_leaving();
    let prefix_kept = prefix.clone();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = source.get_untracked();
        if text.trim().is_empty() {
            empty_error.set(true);
        } else {
            empty_error.set(false);
            studio.load(import(&text).notice);
        }
    };

    // Shown once a notice is imported; what it shows follows every edit.
    let editor_prefix = prefix.clone();
    let prefix_other = prefix.clone();
    let prefix_file = prefix.clone();
    let outcome = move || {
        studio.loaded().then(|| {
            let json = move || studio.notice().map(|n| serde_json::to_string_pretty(&n).unwrap_or_default()).unwrap_or_default();
            let download_json = move |_| {
                if let Some(notice) = studio.notice.get_untracked() {
                    let text = serde_json::to_string_pretty(&notice).unwrap_or_default();
                    download(&format!("{}.json", notice.id), &text.as_str().into(), "application/json");
                    studio.saved();
                }
            };
            let count = move || studio.keys().len();
            view! {
                // Not a live region: it changes with every edit. What changed is said by the
                // moved focus, the alert of a refusal and this count.
                <section class="seloste-import-result">
                    <p class="seloste-visually-hidden" role="status">{tr(ui::IMPORT_SECTIONS_FOUND, lang)} ": " {count}</p>
                    <NoticeDetails prefix=editor_prefix.clone()/>
                    <h2>{tr(ui::IMPORT_SECTIONS_FOUND, lang)} " (" {count} ")"</h2>
                    <SectionsEditor prefix=editor_prefix.clone()/>
                    <LiveFindings prefix=editor_prefix.clone()/>
                    <RequestSettings prefix=editor_prefix.clone()/>
                    <Translations prefix=editor_prefix.clone()/>
                    <Preview prefix=editor_prefix.clone()/>
                    <Publish prefix=editor_prefix.clone()/>
                    <h2>{tr(ui::IMPORT_JSON, lang)}</h2>
                    <button type="button" class="seloste-button" on:click=download_json>
                        {tr(ui::DOWNLOAD_JSON, lang)}
                    </button>
                    <pre class="seloste-json" tabindex="0" aria-label=move || ui::IMPORT_JSON.get(lang.get())>{json}</pre>
                    <CompareVersions prefix=editor_prefix.clone()/>
                </section>
            }
        })
    };

    view! {
        <div class="seloste-importer" lang=move || lang.get().name()>
            <h1>{tr(ui::IMPORT_TITLE, lang)}</h1>
            <p>{tr(ui::IMPORT_INTRO, lang)}</p>
            <KeepInBrowser prefix=prefix_kept/>
            <form novalidate on:submit=on_submit>
                <div class="seloste-field" class:seloste-field--error=move || empty_error.get()>
                    <label class="seloste-label" for=source_id.clone()>{tr(ui::IMPORT_SOURCE, lang)}</label>
                    {move || empty_error.get().then(|| error_line(Some(error_id.clone()), lang.get(), ui::IMPORT_EMPTY.get(lang.get()).into()))}
                    <textarea
                        class="seloste-textarea"
                        id=source_id
                        rows="12"
                        spellcheck="false"
                        aria-invalid=move || empty_error.get().then_some("true")
                        aria-describedby={
                            let error_id = format!("{prefix}-source-error");
                            move || empty_error.get().then(|| error_id.clone())
                        }
                        prop:value=move || source.get()
                        on:input=move |ev| source.set(event_target_value(&ev))
                    ></textarea>
                </div>
                <button type="submit" class="seloste-button">{tr(ui::IMPORT_BUTTON, lang)}</button>
            </form>
            <SourceFile prefix=prefix_file read=Callback::new(move |text: String| {
                empty_error.set(false);
                studio.load(import(&text).notice);
                source.set(text);
            })/>
            <StartOther prefix=prefix_other/>
            {outcome}
        </div>
    }
}
