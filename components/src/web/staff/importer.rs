//! The importer page for staff: paste a legacy notice, see its structure, what the GDPR
//! check finds missing, a preview, and the JSON to download.

use crate::i18n::{ui, Lang};
use crate::notice::{check, import, ImportedNotice, SectionKind};
use crate::web::dom::download;
use crate::web::dom::tr;
use crate::web::dom::unique_prefix;
use crate::web::notice::NoticeView;
use leptos::prelude::*;

#[component]
pub fn ImporterView(#[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let prefix = unique_prefix("import");
    let source_id = format!("{prefix}-source");
    let error_id = format!("{prefix}-source-error");
    let source = RwSignal::new(String::new());
    let result = RwSignal::new(None::<ImportedNotice>);
    let empty_error = RwSignal::new(false);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = source.get_untracked();
        if text.trim().is_empty() {
            empty_error.set(true);
            result.set(None);
        } else {
            empty_error.set(false);
            result.set(Some(import(&text)));
        }
    };

    let outcome = move || {
        result.get().map(|imported| {
            let notice = imported.notice;
            let findings = check(&notice);
            let json = serde_json::to_string_pretty(&notice).unwrap_or_default();
            let file_name = format!("{}.json", notice.id);
            let rows = notice
                .sections
                .iter()
                .map(|s| {
                    let kinds: Vec<SectionKind> = s.kinds().collect();
                    let names = move || kinds.iter().map(|k| k.title().get(lang.get())).collect::<Vec<_>>().join(", ");
                    view! { <tr><td>{s.heading.clone()}</td><td>{names}</td></tr> }
                })
                .collect_view();
            let json_for_download = json.clone();
            view! {
                <section class="seloste-import-result" aria-live="polite">
                    <h2>{tr(ui::IMPORT_SECTIONS_FOUND, lang)} " (" {notice.sections.len()} ")"</h2>
                    <div class="seloste-table-wrap" tabindex="0" role="region" aria-label=move || ui::IMPORT_SECTIONS_FOUND.get(lang.get())>
                        <table class="seloste-table">
                            <thead><tr>
                                <th scope="col">{tr(ui::SECTION_HEADING, lang)}</th>
                                <th scope="col">{tr(ui::SECTION_KIND, lang)}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    <h2>{tr(ui::IMPORT_FINDINGS, lang)} " (" {findings.len()} ")"</h2>
                    {if findings.is_empty() {
                        view! { <p>{tr(ui::IMPORT_NO_FINDINGS, lang)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="seloste-findings">
                                {findings.into_iter().map(|f| view! { <li>{move || f.message(lang.get())}</li> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }}
                    <h2>{tr(ui::IMPORT_JSON, lang)}</h2>
                    <button type="button" class="seloste-button" on:click=move |_| download(&file_name, &json_for_download.as_str().into(), "application/json")>
                        {tr(ui::DOWNLOAD_JSON, lang)}
                    </button>
                    <pre class="seloste-json" tabindex="0" aria-label=move || ui::IMPORT_JSON.get(lang.get())>{json}</pre>
                    <h2>{tr(ui::IMPORT_PREVIEW, lang)}</h2>
                    <div class="seloste-preview">
                        <NoticeView notice=notice lang=lang on_request=|_| {} heading_level=2/>
                    </div>
                </section>
            }
        })
    };

    view! {
        <div class="seloste-importer" lang=move || lang.get().name()>
            <h1>{tr(ui::IMPORT_TITLE, lang)}</h1>
            <p>{tr(ui::IMPORT_INTRO, lang)}</p>
            <form novalidate on:submit=on_submit>
                <div class="seloste-field" class:seloste-field--error=move || empty_error.get()>
                    <label class="seloste-label" for=source_id.clone()>{tr(ui::IMPORT_SOURCE, lang)}</label>
                    {move || empty_error.get().then(|| view! {
                        <p class="seloste-error-message" id=error_id.clone()>
                            <span class="seloste-visually-hidden">{ui::ERROR_PREFIX.get(lang.get())} " "</span>
                            {ui::IMPORT_EMPTY.get(lang.get())}
                        </p>
                    })}
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
            {outcome}
        </div>
    }
}
