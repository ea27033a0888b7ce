//! Publishing from the studio (issue 20): the notice and its translations as JSON files
//! naming each other, each checked against `notice.schema.json` before anything is
//! downloaded (by `notice_schema.js`, which ajv made from the schema: not this crate's
//! reader), what to upload where, and the embed code for each language with the release's
//! loader and its hash: with the notice in it as static HTML (issue 19), and short.

use super::field::error_line;
use super::release::use_release;
use super::studio::use_studio;
use crate::i18n::{studio as s, Lang};
use crate::notice::publish::{notice_address, snippet, snippet_with_notice, uploads, Upload};
use crate::notice::translation::untranslated;
use crate::web::dom::{download, tr};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/web/staff/notice_schema.js")]
extern "C" {
    /// Where the notice file `text` breaks `notice.schema.json`: empty when it is valid.
    fn notice_schema_errors(text: &str) -> js_sys::Array;
}

/// How the last "check and download" went.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Downloaded,
    Invalid,
}

/// The publish step.
#[component]
pub fn Publish(
    /// The prefix of the element ids (unique on the page).
    prefix: String,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let release = use_release();
    let address_id = format!("{prefix}-publish-address");
    let (hint_id, error_id) = (format!("{address_id}-hint"), format!("{address_id}-error"));
    let typed = RwSignal::new(String::new());
    let touched = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Outcome>);
    let address = move || notice_address(&typed.get());
    let refused = move || touched.get().then(|| address().err()).flatten();
    // The notice's languages: its own, then those it is translated into.
    let langs = move || {
        let own = studio.notice.with(|n| n.as_ref().map(|n| n.lang))?;
        Some(
            std::iter::once(own)
                .chain(studio.translated())
                .collect::<Vec<Lang>>(),
        )
    };
    let files = move || -> Option<Vec<Upload>> {
        let address = address().ok()?;
        let (original, _) = studio.files()?;
        Some(uploads(&original, &langs()?, &address))
    };
    let check_and_download = move |_| {
        touched.set(true);
        let (Ok(address), Some((original, translations)), Some(langs)) =
            (address(), studio.files(), langs())
        else {
            return;
        };
        let names = uploads(&original, &langs, &address);
        let texts: Vec<String> = std::iter::once(&original)
            .chain(&translations)
            .map(|n| serde_json::to_string_pretty(n).unwrap_or_default())
            .collect();
        let mut valid = true;
        for (text, upload) in texts.iter().zip(&names) {
            for error in notice_schema_errors(text).iter() {
                valid = false;
                let said = format!(
                    "seloste studio: {}: {}",
                    upload.file,
                    error.as_string().unwrap_or_default()
                );
                web_sys::console::error_1(&said.into());
            }
        }
        if valid {
            for (text, upload) in texts.iter().zip(&names) {
                download(&upload.file, &text.as_str().into(), "application/json");
            }
            studio.saved();
        }
        outcome.set(Some(if valid {
            Outcome::Downloaded
        } else {
            Outcome::Invalid
        }));
    };
    let still_untranslated = move || {
        let original = studio.notice()?;
        studio
            .translated()
            .into_iter()
            .filter_map(|l| studio.translation(l))
            .any(|t| !untranslated(&original, &t).is_empty())
            .then(|| view! { <p class="seloste-hint">{tr(s::STILL_UNTRANSLATED, lang)}</p> })
    };
    let table = move || {
        let rows = files()?
            .into_iter()
            .map(|u| view! { <tr><td><code>{u.file}</code></td><td><code>{u.address}</code></td></tr> })
            .collect_view();
        Some(view! {
            <h3>{tr(s::UPLOADS, lang)}</h3>
            <table class="seloste-uploads">
                <thead><tr><th scope="col">{tr(s::FILE, lang)}</th><th scope="col">{tr(s::ADDRESS, lang)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        })
    };
    let code = move || {
        let release = release.get()?.ok()?;
        let address = address().ok()?;
        let (original, translations) = studio.files()?;
        let blocks = langs()?
            .into_iter()
            .map(|l| {
                // The notice in the page's language: the original or its translation.
                let with_notice = std::iter::once(&original)
                    .chain(&translations)
                    .find(|n| n.lang == l)
                    .map(|n| snippet_with_notice(&release, &address, n));
                let named = move |code: crate::i18n::Text| {
                    move || format!("{}: {}", s::page_in(l).get(lang.get()), code.get(lang.get()))
                };
                view! {
                    <h4>{tr(s::page_in(l), lang)}</h4>
                    {with_notice.map(|code| view! {
                        <p>{tr(s::EMBED_WITH_NOTICE, lang)}</p>
                        <pre class="seloste-embed-code seloste-embed-code--notice" tabindex="0" aria-label=named(s::CODE_WITH_NOTICE)><code>{code}</code></pre>
                    })}
                    <p>{tr(s::EMBED_SHORT, lang)}</p>
                    <pre class="seloste-embed-code" tabindex="0" aria-label=named(s::CODE_SHORT)><code>{snippet(&release, &address, l)}</code></pre>
                }
            })
            .collect_view();
        Some(view! {
            <h3>{tr(s::EMBED_CODE, lang)}</h3>
            <p>{tr(s::EMBED_HELP, lang)}</p>
            {blocks}
        })
    };
    view! {
        <h2>{tr(s::PUBLISH, lang)}</h2>
        <div class="seloste-field" class:seloste-field--error=move || refused().is_some()>
            <label class="seloste-label" for=address_id.clone()>{tr(s::NOTICE_ADDRESS, lang)}</label>
            <p class="seloste-hint" id=hint_id.clone()>{tr(s::NOTICE_ADDRESS_HINT, lang)}</p>
            {move || refused().map(|e| error_line(Some(error_id.clone()), lang.get(), s::address_error(e).get(lang.get()).into()))}
            <input class="seloste-input" id=address_id type="text" spellcheck="false"
                aria-invalid=move || refused().map(|_| "true")
                aria-describedby={
                    let error_id = format!("{prefix}-publish-address-error");
                    move || match refused() {
                        Some(_) => format!("{hint_id} {error_id}"),
                        None => hint_id.clone(),
                    }
                }
                prop:value=move || typed.get()
                on:change=move |ev| {
                    typed.set(event_target_value(&ev));
                    touched.set(true);
                }/>
        </div>
        {still_untranslated}
        <p><button type="button" class="seloste-button" on:click=check_and_download>{tr(s::CHECK_AND_DOWNLOAD, lang)}</button></p>
        {move || match outcome.get() {
            Some(Outcome::Downloaded) => Some(view! { <p class="seloste-hint" role="status">{tr(s::DOWNLOADED, lang)}</p> }.into_any()),
            Some(Outcome::Invalid) => Some(view! { <p class="seloste-error-message" role="alert">{tr(s::NOT_VALID, lang)}</p> }.into_any()),
            None => None,
        }}
        {table}
        {code}
    }
}
