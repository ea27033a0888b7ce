//! "Download the request as a PDF file": loads the PDF maker (its own wasm bundle, see
//! `pdf_loader.js`) on the first press, makes the PDF of the sealed payload, downloads it
//! and tells the host page with the DOM event `seloste-pdf`. A failure is said in plain
//! words and the button stays, so the citizen can try again or save the JSON instead.

use crate::i18n::{ui, Lang, Text};
use crate::web::dom::heading::{section_level, Heading};
use crate::web::dom::{download, tr};
use crate::web::later::confirmation::Receipt;
use crate::web::platform::device;
use crate::web::platform::host::PdfAssets;
use js_sys::{Reflect, Uint8Array};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/web/later/pdf_loader.js")]
extern "C" {
    #[wasm_bindgen(js_name = makePdf, catch)]
    async fn make_pdf(
        module_url: &str,
        forms_url: &str,
        font_url: &str,
        payload_json: &str,
        lang: &str,
        integrity_json: &str,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = warmPdfMaker)]
    fn warm_pdf_maker(module_url: &str, font_url: &str, integrity_json: &str);
    #[wasm_bindgen(js_name = makeLetterPdf, catch)]
    async fn make_letter_pdf(
        module_url: &str,
        font_url: &str,
        letter_json: &str,
        lang: &str,
        integrity_json: &str,
    ) -> Result<JsValue, JsValue>;
}

/// Starts loading the PDF maker and its font before the first press (see `warmPdfMaker`):
/// for a form whose request is made with its PDF (`Delivery::makes_pdf`).
pub fn warm(assets: &PdfAssets) {
    warm_pdf_maker(&assets.module, &assets.font, &assets.integrity);
}

/// The PDF of a reminder or complaint letter (JSON, `after/letters.rs`), or why not (for
/// the console: the citizen is told in plain words by the caller).
pub async fn letter_pdf(
    assets: &PdfAssets,
    letter_json: &str,
    lang: Lang,
) -> Result<Vec<u8>, JsValue> {
    let made = make_letter_pdf(
        &assets.module,
        &assets.font,
        letter_json,
        lang.name(),
        &assets.integrity,
    )
    .await?;
    let bytes = Uint8Array::new(&made).to_vec();
    if bytes.is_empty() {
        return Err(JsValue::from_str("empty PDF"));
    }
    Ok(bytes)
}

/// The PDF of a payload (JSON) and how long making it took (ms), or why it failed (a
/// message for the citizen in `lang`, when the PDF maker gave one).
pub async fn pdf_bytes(
    assets: &PdfAssets,
    payload_json: &str,
    lang: Lang,
) -> Result<(Vec<u8>, f64), Option<String>> {
    let made = make_pdf(
        &assets.module,
        &assets.forms,
        &assets.font,
        payload_json,
        lang.name(),
        &assets.integrity,
    )
    .await
    .map_err(|e| e.as_string())?;
    let bytes = Reflect::get(&made, &JsValue::from_str("pdf")).map_err(|_| None)?;
    let ms = Reflect::get(&made, &JsValue::from_str("ms"))
        .ok()
        .and_then(|m| m.as_f64())
        .unwrap_or(0.0);
    let bytes = Uint8Array::new(&bytes).to_vec();
    if bytes.is_empty() {
        return Err(None);
    }
    Ok((bytes, ms))
}

#[derive(Clone, Debug, PartialEq)]
enum State {
    Idle,
    Making,
    Made(String),
    Failed(String),
}

#[component]
pub fn PdfDownload(receipt: Receipt, assets: PdfAssets, lang: Signal<Lang>) -> impl IntoView {
    let state = RwSignal::new(State::Idle);
    let root = NodeRef::<leptos::html::Div>::new();
    let file_name = format!("pyynto-{}.pdf", receipt.reference);
    let json = serde_json::to_string(&receipt.payload).unwrap_or_default();
    let (reference, assets) = (receipt.reference.clone(), StoredValue::new(assets));
    let (file_name, json) = (StoredValue::new(file_name), StoredValue::new(json));
    let make = move |_| {
        if state.get_untracked() == State::Making {
            return;
        }
        state.set(State::Making);
        let reference = reference.clone();
        leptos::task::spawn_local(async move {
            let made =
                pdf_bytes(&assets.get_value(), &json.get_value(), lang.get_untracked()).await;
            match made {
                Ok((bytes, ms)) => {
                    let name = file_name.get_value();
                    download(
                        &name,
                        &Uint8Array::from(bytes.as_slice()).into(),
                        "application/pdf",
                    );
                    if let Some(el) = root.get_untracked() {
                        let detail =
                            crate::event::pdf(&reference, &name, bytes.len(), ms.round() as u64);
                        device::dispatch(&el, crate::event::PDF, &detail);
                    }
                    state.set(State::Made(name));
                }
                Err(why) => {
                    let text =
                        why.unwrap_or_else(|| ui::PDF_FAILED.get(lang.get_untracked()).to_string());
                    if let Some(el) = root.get_untracked() {
                        device::dispatch_error(&el, Some(&reference), &text, false);
                    }
                    state.set(State::Failed(text));
                }
            }
        });
    };
    let on_paper = matches!(
        receipt.payload.signature,
        Some(crate::request::payload::Signature::OnPaper)
    );
    let status = move || match state.get() {
        State::Idle => String::new(),
        State::Making => ui::MAKING_PDF.get(lang.get()).to_string(),
        State::Made(name) => format!("{} {name}", ui::PDF_MADE.get(lang.get())),
        State::Failed(_) => String::new(),
    };
    let failure = move || match state.get() {
        State::Failed(text) => {
            Some(view! { <p class="seloste-error-message" role="alert">{text}</p> })
        }
        _ => None,
    };
    let help: Text = if on_paper {
        ui::PDF_SIGN_ON_PAPER
    } else {
        ui::PDF_HELP
    };
    view! {
        <div class="seloste-pdf" node_ref=root>
            <Heading level=section_level()>{tr(ui::PDF_TITLE, lang)}</Heading>
            <p>{tr(help, lang)}</p>
            {failure}
            <p>
                <button type="button" class="seloste-button" part="button" on:click=make
                    aria-disabled=move || (state.get() == State::Making).then_some("true")>
                    {tr(ui::MAKE_PDF, lang)}
                </button>
            </p>
            <p class="seloste-hint" role="status">{status}</p>
        </div>
    }
}
