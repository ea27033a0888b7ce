//! The PDF maker's bundle (`pdf/seloste-pdf.js`): loaded by a request form only when
//! someone asks for a PDF, so that nobody else downloads the PDF writer, the font subsetter
//! and the QR encoder. It exports two functions (a request's PDF, a letter's PDF);
//! `components/src/web/later/pdf_loader.js` loads it with the subset font first.

use seloste::pdf::{FontFile, MakeError};
use seloste::Lang;
use wasm_bindgen::prelude::*;

fn font_file(whole: bool) -> FontFile {
    if whole {
        FontFile::Whole
    } else {
        FontFile::Subset
    }
}

/// The citizen's words in `lang`; what went wrong goes to the console, for staff.
fn message(error: MakeError, lang: &str) -> JsValue {
    web_sys::console::error_1(&format!("seloste: PDF: {}", error.detail()).into());
    JsValue::from_str(&error.message(Lang::parse(lang).unwrap_or_default()))
}

/// The PDF of a payload (JSON), its answers labelled from a forms file (JSON), with a
/// TrueType font: the subset (`whole` false) or the whole font. `undefined` when the subset
/// lacks a character of the request: make it again with the whole font. An error is a
/// message for the citizen in `lang`.
#[wasm_bindgen]
pub fn make_pdf(
    payload: &str,
    forms: &str,
    font: &[u8],
    whole: bool,
    lang: &str,
) -> Result<Option<Vec<u8>>, JsValue> {
    seloste::pdf::make(payload, forms, font, font_file(whole)).map_err(|e| message(e, lang))
}

/// The PDF of a reminder or complaint letter (`seloste::after::letters::Letter` as JSON);
/// the font as for [`make_pdf`].
#[wasm_bindgen]
pub fn make_letter_pdf(
    letter: &str,
    font: &[u8],
    whole: bool,
    lang: &str,
) -> Result<Option<Vec<u8>>, JsValue> {
    seloste::pdf::make_letter(letter, font, font_file(whole)).map_err(|e| message(e, lang))
}

fn main() {}
