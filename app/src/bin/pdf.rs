//! The PDF maker's bundle (`pdf/seloste-pdf.js`): loaded by a request form only when
//! someone asks for a PDF, so that nobody else downloads the PDF writer, the font subsetter
//! and the QR encoder. It exports two functions (a request's PDF, a letter's PDF); `components/src/web/pdf_loader.js` loads it.

use seloste::Lang;
use wasm_bindgen::prelude::*;

/// The PDF of a payload (JSON), its answers labelled from a forms file (JSON), with a
/// TrueType font. An error is a message for the citizen in `lang`.
#[wasm_bindgen]
pub fn make_pdf(payload: &str, forms: &str, font: &[u8], lang: &str) -> Result<Vec<u8>, JsValue> {
    seloste::pdf::make(payload, forms, font)
        .map_err(|e| JsValue::from_str(&e.message(Lang::parse(lang).unwrap_or_default())))
}

/// The PDF of a reminder or complaint letter (`seloste::after::letters::Letter` as JSON).
#[wasm_bindgen]
pub fn make_letter_pdf(letter: &str, font: &[u8], lang: &str) -> Result<Vec<u8>, JsValue> {
    seloste::pdf::make_letter(letter, font)
        .map_err(|e| JsValue::from_str(&e.message(Lang::parse(lang).unwrap_or_default())))
}

fn main() {}
