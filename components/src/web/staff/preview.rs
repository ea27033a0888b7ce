//! The studio's preview (issue 20): the notice drawn exactly as `<seloste-notice>` draws
//! it on a page, at 360, 768 or 1280 px, in each language: the static notice the element
//! takes over (`notice::render::notice_html`, the same markup the element draws), with the
//! release's shadow stylesheet, in a frame of that width with scripts off. A language with
//! a translation shows it; one without shows the notice in its own language, saying so.
//! Each request form the register takes is one click away: the real `<seloste-request>`,
//! loaded by this release's `seloste.js` in a frame of its own, with the notice as it is
//! now (a `blob:` address of this page) and its requests made into a PDF only, so that
//! nothing is sent from a preview.

use super::release::use_release;
use super::studio::use_studio;
use crate::i18n::{studio as s, ui, Lang};
use crate::notice::render::{notice_html, Stylesheet};
use crate::request::RequestKind;
use crate::web::dom::{object_url, tr};
use leptos::prelude::*;

/// The preview, with its language and width chosen above it.
#[component]
pub fn Preview(
    /// The prefix of the element ids (unique on the page).
    prefix: String,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let release = use_release();
    let shown_in = RwSignal::new(studio.lang.get_untracked());
    let width = RwSignal::new(s::WIDTHS[0].0);
    let (lang_id, width_id) = (
        format!("{prefix}-preview-lang"),
        format!("{prefix}-preview-width"),
    );
    let page = move || {
        let release = release.get()?.ok()?;
        let into = shown_in.get();
        let notice = studio.translation(into).or_else(|| studio.notice())?;
        let sheet = Stylesheet {
            href: &release.stylesheet,
            integrity: Some(&release.stylesheet_integrity),
        };
        let element = notice_html(
            &notice,
            &format!("{}.json", notice.id),
            into,
            2,
            Some(sheet),
        );
        // A page as a host page is: its own title (h1) above the element's (h2).
        Some(format!(
            "<!doctype html><html lang=\"{0}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{1}</title></head><body><main><h1>{1}</h1>{element}</main></body></html>",
            into.name(),
            ui::IMPORT_PREVIEW.get(into)
        ))
    };
    let languages = Lang::ALL.map(|l| {
        view! { <option value=l.name() selected=move || shown_in.get() == l>{l.native_name()}</option> }
    });
    let widths = s::WIDTHS.map(|(px, device)| {
        view! { <option value=px.to_string() selected=move || width.get() == px>{px} " px (" {tr(device, lang)} ")"</option> }
    });
    let frame_name = move || {
        format!(
            "{}: {}, {} px",
            ui::IMPORT_PREVIEW.get(lang.get()),
            shown_in.get().native_name(),
            width.get()
        )
    };
    view! {
        <h2>{tr(ui::IMPORT_PREVIEW, lang)}</h2>
        <p>{tr(s::PREVIEW_HELP, lang)}</p>
        <div class="seloste-preview-controls">
            <div class="seloste-field">
                <label class="seloste-label" for=lang_id.clone()>{tr(s::PREVIEW_LANGUAGE, lang)}</label>
                <select class="seloste-input" id=lang_id
                    on:change=move |ev| shown_in.set(Lang::from_name(&event_target_value(&ev)).unwrap_or_default())>
                    {languages}
                </select>
            </div>
            <div class="seloste-field">
                <label class="seloste-label" for=width_id.clone()>{tr(s::WIDTH, lang)}</label>
                <select class="seloste-input" id=width_id
                    on:change=move |ev| width.set(event_target_value(&ev).parse().unwrap_or(s::WIDTHS[0].0))>
                    {widths}
                </select>
            </div>
        </div>
        {move || match release.get() {
            Some(Err(())) => Some(view! { <p class="seloste-error-message" role="alert">{tr(s::RELEASE_UNREADABLE, lang)}</p> }.into_any()),
            Some(Ok(_)) => Some(view! {
                <div class="seloste-preview-frame" tabindex="0" role="region" aria-label=frame_name>
                    <iframe class="seloste-preview-page" title=frame_name sandbox="allow-same-origin"
                        style=move || format!("width: {}px", width.get()) srcdoc=page></iframe>
                </div>
                <FormPreview shown_in=shown_in width=width/>
            }.into_any()),
            None => None,
        }}
    }
}

/// The request forms of the notice as it is now, each a click away, in the preview's
/// language and width.
#[component]
fn FormPreview(shown_in: RwSignal<Lang>, width: RwSignal<u32>) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let release = use_release();
    // The form shown: its kind, and the page that shows it.
    let shown = RwSignal::new(None::<(RequestKind, String)>);
    let address = StoredValue::new(None::<String>);
    let open = move |kind: RequestKind| {
        let (Some(Ok(release)), Some(notice)) =
            (release.get_untracked(), studio.notice.get_untracked())
        else {
            return;
        };
        let into = shown_in.get_untracked();
        let notice = studio.translation_untracked(into).unwrap_or(notice);
        let text = serde_json::to_string(&notice).unwrap_or_default();
        let Some(url) = object_url(&text.as_str().into(), "application/json") else {
            return;
        };
        if let Some(old) = address.get_value() {
            let _ = web_sys::Url::revoke_object_url(&old);
        }
        address.set_value(Some(url.clone()));
        let page = format!(
            "<!doctype html><html lang=\"{0}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{1}</title><script type=\"module\" src=\"{2}\" integrity=\"{3}\" crossorigin=\"anonymous\"></script></head><body><main><seloste-request notice=\"{url}\" kind=\"{4}\" lang=\"{0}\" adapter=\"pdf\"></seloste-request></main></body></html>",
            into.name(),
            kind.title().get(into),
            release.loader,
            release.integrity,
            kind.name(),
        );
        shown.set(Some((kind, page)));
    };
    let buttons = move || {
        studio.notice().map(|n| {
            n.requests
                .kinds
                .iter()
                .map(|kind| {
                    let kind = *kind;
                    view! {
                        <button type="button" class="seloste-button seloste-button--secondary" on:click=move |_| open(kind)>
                            {tr(kind.title(), lang)}
                        </button>
                        " "
                    }
                })
                .collect_view()
        })
    };
    let frame_name = move || {
        shown
            .get()
            .map(|(kind, _)| {
                format!(
                    "{}: {}",
                    s::FORM_PREVIEW.get(lang.get()),
                    kind.title().get(shown_in.get())
                )
            })
            .unwrap_or_default()
    };
    view! {
        <h3>{tr(s::FORM_PREVIEW, lang)}</h3>
        <p>{tr(s::FORM_PREVIEW_HELP, lang)}</p>
        <p class="seloste-studio-actions">{buttons}</p>
        {move || shown.get().map(|(_, page)| view! {
            <div class="seloste-preview-frame" tabindex="0" role="region" aria-label=frame_name>
                // Not sandboxed: the page runs this release's loader on the notice of this page
                // (a sandbox that lets scripts run on this origin would be no sandbox).
                <iframe class="seloste-preview-form" title=frame_name
                    style=move || format!("width: {}px", width.get()) srcdoc=page></iframe>
            </div>
        })}
    }
}
