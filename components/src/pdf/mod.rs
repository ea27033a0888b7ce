//! The request as a PDF, made without a server: A4, black and white, text that can be
//! selected and extracted (an embedded subset of DejaVu Sans, which covers Finnish, Swedish
//! and Sámi letters), tagged (structure tree in reading order, language, title), with the
//! payload embedded as `request.json` and, when sealed, the digest, the key fingerprint and
//! a QR code of the reference and digest.
//!
//! [`document`] decides what the PDF says; [`render`] lays it out and writes it;
//! [`make`] does both from the texts a browser has (payload, forms file, font).
//! [`extract::request_json`] finds the request in a PDF again and [`verify::inspect`]
//! reports on it, for the registry office's verifier page.
//!
//! The PDF of a received request, as the command-line tool `request_pdf` makes it (the
//! forms file labels the answers; the font is DejaVu Sans, `public/fonts/`):
//!
//! ```no_run
//! use seloste::pdf::{make, FontFile};
//!
//! let payload = std::fs::read_to_string("pyynto.json")?;
//! let forms = std::fs::read_to_string("forms/default.json")?;
//! let font = std::fs::read("fonts/DejaVuSans.ttf")?;
//! match make(&payload, &forms, &font, FontFile::Whole) {
//!     Ok(Some(pdf)) => std::fs::write("pyynto.pdf", pdf)?,
//!     // Only the subset can lack a character; the whole font has them all.
//!     Ok(None) => eprintln!("a character the font lacks"),
//!     Err(error) => eprintln!("{}", error.detail()),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod document;
pub mod extract;
mod layout;
mod letter;
pub mod verify;
mod write;

pub use document::{document, Block, Document};
pub use letter::{letter_document, make_letter};

pub use write::{render, PdfError};

use crate::i18n::{Lang, Text};
use crate::request::payload::Payload;
use crate::request::spec::FormSet;

/// Why no PDF was made from the texts given to [`make`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MakeError {
    /// The payload is not a request (a fault of the page, not of the citizen).
    Payload(String),
    /// The forms file cannot label the request's answers.
    Forms(String),
    /// The PDF could not be written.
    Pdf(PdfError),
}

impl MakeError {
    /// What a citizen is told: nothing is lost, and the JSON can still be saved. No
    /// technical detail: that is [`MakeError::detail`], for the console.
    pub fn message(&self, lang: Lang) -> String {
        Text::new(
            "PDF-tiedostoa ei voitu tehdä. Pyyntösi on tallessa: voit yrittää uudelleen tai tallentaa pyynnön JSON-tiedostona.",
            "PDF-filen kunde inte skapas. Din begäran finns kvar: du kan försöka igen eller spara begäran som JSON-fil.",
            "The PDF file could not be made. Your request is kept: you can try again or save the request as a JSON file.",
        )
        .get(lang)
        .to_string()
    }

    /// What went wrong, for the site's staff (the console).
    pub fn detail(&self) -> String {
        match self {
            MakeError::Payload(e) => format!("the request: {e}"),
            MakeError::Forms(e) => format!("the forms file: {e}"),
            MakeError::Pdf(PdfError::Font(e)) => format!("the font: {e}"),
        }
    }
}

/// Which font file the maker is given. The PDF bundle fetches the subset first
/// (`fonts/DejaVuSans-subset.ttf`: Latin with the Sámi letters, Greek and Cyrillic; a
/// fifth of the whole font, `scripts/font-subset.sh`), and the whole DejaVu Sans only for a
/// document with a character the subset lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FontFile {
    /// The subset (Latin with the Sámi letters, Greek and Cyrillic).
    Subset,
    /// The whole DejaVu Sans.
    Whole,
}

/// The PDF of a payload (JSON), labelled from a forms file (JSON), with a TrueType font.
/// `Ok(None)`: the font is the subset and lacks a character of the request; make it again
/// with the whole font.
pub fn make(
    payload_json: &str,
    forms_json: &str,
    font: &[u8],
    file: FontFile,
) -> Result<Option<Vec<u8>>, MakeError> {
    let payload: Payload =
        serde_json::from_str(payload_json).map_err(|e| MakeError::Payload(e.to_string()))?;
    let form = FormSet::from_json(forms_json)
        .and_then(|set| set.form(payload.kind))
        .map_err(|e| MakeError::Forms(e.to_string()))?;
    render_with(&document(&payload, &form), font, file)
}

/// `doc` written with `font`; `None` if `font` is the subset and lacks one of its characters.
fn render_with(doc: &Document, font: &[u8], file: FontFile) -> Result<Option<Vec<u8>>, MakeError> {
    if file == FontFile::Subset {
        let lacks = layout::Font::parse(font)
            .is_some_and(|font| doc.texts().any(|text| text.chars().any(|c| font.lacks(c))));
        if lacks {
            return Ok(None);
        }
    }
    render(doc, font).map(Some).map_err(MakeError::Pdf)
}

#[cfg(test)]
mod tests;
