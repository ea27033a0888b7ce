//! The PDF reader's bundle (`pdf-text/seloste-pdf-text.js`): the studio loads it only when
//! staff choose a PDF, so that the studio's first load does not carry `lopdf` (most of this
//! bundle's size). It exports one function; `components/src/web/staff/pdf_text_loader.js`
//! loads it.

use seloste::notice::pdf_text::pdf_text;
use wasm_bindgen::prelude::*;

/// The text of a notice's PDF, as lines for the importer; an error is the name of its
/// `seloste::notice::file::FileError` (the studio says it in the page's language).
#[wasm_bindgen]
pub fn notice_pdf_text(bytes: &[u8]) -> Result<String, JsValue> {
    pdf_text(bytes).map_err(|e| JsValue::from_str(e.name()))
}

fn main() {}
