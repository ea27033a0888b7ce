//! The importer page for staff: paste a legacy notice, see its structure, what the GDPR
//! check finds missing, a preview, and the JSON to download.

use super::dom::unique_prefix;
use super::notice_view::NoticeView;
use crate::i18n::{ui, Lang};
use crate::notice::{check, import, ImportedNotice, SectionKind};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
                    let kinds = s.kinds().map(SectionKind::name).collect::<Vec<_>>().join(", ");
                    view! { <tr><td>{s.heading.clone()}</td><td>{kinds}</td></tr> }
                })
                .collect_view();
            let json_for_download = json.clone();
            view! {
                <section class="seloste-import-result" aria-live="polite">
                    <h2>{move || ui::IMPORT_SECTIONS_FOUND.get(lang.get())} " (" {notice.sections.len()} ")"</h2>
                    <div class="seloste-table-wrap" tabindex="0" role="region" aria-label=move || ui::IMPORT_SECTIONS_FOUND.get(lang.get())>
                        <table class="seloste-table">
                            <thead><tr>
                                <th scope="col">{move || ui::SECTION_HEADING.get(lang.get())}</th>
                                <th scope="col">{move || ui::SECTION_KIND.get(lang.get())}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    <h2>{move || ui::IMPORT_FINDINGS.get(lang.get())} " (" {findings.len()} ")"</h2>
                    {if findings.is_empty() {
                        view! { <p>{move || ui::IMPORT_NO_FINDINGS.get(lang.get())}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="seloste-findings">
                                {findings.into_iter().map(|f| view! { <li>{move || f.message(lang.get())}</li> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }}
                    <h2>{move || ui::IMPORT_JSON.get(lang.get())}</h2>
                    <button type="button" class="seloste-button" on:click=move |_| download(&file_name, &json_for_download)>
                        {move || ui::DOWNLOAD_JSON.get(lang.get())}
                    </button>
                    <pre class="seloste-json" tabindex="0" aria-label=move || ui::IMPORT_JSON.get(lang.get())>{json}</pre>
                    <h2>{move || ui::IMPORT_PREVIEW.get(lang.get())}</h2>
                    <div class="seloste-preview">
                        <NoticeView notice=notice lang=lang on_request=|_| {} heading_level=2/>
                    </div>
                </section>
            }
        })
    };

    view! {
        <div class="seloste-importer" lang=move || lang.get().code()>
            <h1>{move || ui::IMPORT_TITLE.get(lang.get())}</h1>
            <p>{move || ui::IMPORT_INTRO.get(lang.get())}</p>
            <form novalidate on:submit=on_submit>
                <div class="seloste-field" class:seloste-field--error=move || empty_error.get()>
                    <label class="seloste-label" for=source_id.clone()>{move || ui::IMPORT_SOURCE.get(lang.get())}</label>
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
                <button type="submit" class="seloste-button">{move || ui::IMPORT_BUTTON.get(lang.get())}</button>
            </form>
            {outcome}
        </div>
    }
}

/// Saves `text` as a file through a temporary object URL.
fn download(file_name: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(anchor) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        if let Some(body) = document().body() {
            let _ = body.append_child(&anchor);
            anchor.click();
            anchor.remove();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
