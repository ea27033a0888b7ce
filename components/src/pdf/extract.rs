//! Finds the request a PDF carries: the embedded file `request.json` (an `/EmbeddedFile`
//! stream), read without a full PDF parser so that the verifier page stays small.
//!
//! Every embedded-file stream of the file is read (plain or Flate, with a direct or an
//! indirect `/Length`), also ones a later incremental update left behind; the streams that
//! hold a `seloste.request/1` payload are the candidates. More than one different request
//! in one file is refused: a PDF edited after it was made may carry an old and a new one,
//! and a reader would show only one of them.

use crate::i18n::{Lang, Text};

/// The largest embedded request read (a payload is a few kilobytes).
const MAX_JSON: usize = 1 << 20;

/// Why no request could be taken from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExtractError {
    /// Neither a PDF nor a request JSON.
    NotPdf,
    /// A PDF without an embedded request.
    NoRequest,
    /// A PDF with this many different embedded requests.
    Several(usize),
}

impl ExtractError {
    pub fn message(&self, lang: Lang) -> String {
        let t = |fi, sv, en| Text::new(fi, sv, en).get(lang).to_string();
        match self {
            ExtractError::NotPdf => t(
                "Tiedosto ei ole PDF-tiedosto eikä pyyntö (request.json).",
                "Filen är varken en PDF-fil eller en begäran (request.json).",
                "The file is neither a PDF file nor a request (request.json).",
            ),
            ExtractError::NoRequest => t(
                "PDF-tiedostossa ei ole liitteenä pyyntöä (request.json). Se ei ole selosteella tehty pyyntö, tai liite on poistettu.",
                "PDF-filen har ingen begäran (request.json) som bilaga. Den är inte gjord med seloste, eller så har bilagan tagits bort.",
                "The PDF file has no request (request.json) attached. It was not made with seloste, or the attachment was removed.",
            ),
            ExtractError::Several(n) => {
                t(
                    "PDF-tiedostossa on useita eri pyyntöjä, joten tiedostoa on muokattu sen tekemisen jälkeen. Pyyntöjä:",
                    "PDF-filen innehåller flera olika begäranden, så filen har ändrats efter att den gjordes. Antal:",
                    "The PDF file holds several different requests, so it was edited after it was made. Requests:",
                ) + &format!(" {n}")
            }
        }
    }
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn rfind(haystack: &[u8], needle: &[u8], before: usize) -> Option<usize> {
    haystack
        .get(..before)?
        .windows(needle.len())
        .rposition(|w| w == needle)
}

/// The number after `/Length` in a dictionary, unless it is an indirect reference.
fn direct_length(dict: &[u8]) -> Option<usize> {
    let at = find(dict, b"/Length", 0)? + b"/Length".len();
    let rest = std::str::from_utf8(dict.get(at..)?).ok()?;
    let mut words = rest.split(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>');
    let words: Vec<&str> = words.by_ref().filter(|w| !w.is_empty()).take(3).collect();
    let length = words.first()?.parse().ok()?;
    // `12 0 R` is a reference to an object holding the length.
    (words.get(2) != Some(&"R")).then_some(length)
}

/// The decoded data of the stream whose dictionary ends before `dict_end` (`>>`), or
/// `None` when it cannot be read.
fn stream_data(pdf: &[u8], dict_start: usize, dict_end: usize) -> Option<Vec<u8>> {
    let dict = pdf.get(dict_start..dict_end)?;
    let keyword = find(pdf, b"stream", dict_end)?;
    let mut start = keyword + b"stream".len();
    if pdf.get(start) == Some(&b'\r') {
        start += 1;
    }
    if pdf.get(start) == Some(&b'\n') {
        start += 1;
    }
    let data = match direct_length(dict) {
        Some(length) => pdf.get(start..start.checked_add(length)?)?,
        None => {
            let end = find(pdf, b"endstream", start)?;
            let mut end = end;
            while end > start && matches!(pdf[end - 1], b'\r' | b'\n') {
                end -= 1;
            }
            pdf.get(start..end)?
        }
    };
    if find(dict, b"/FlateDecode", 0).is_some() {
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, MAX_JSON).ok()
    } else if find(dict, b"/Filter", 0).is_some() {
        None
    } else {
        Some(data.to_vec())
    }
}

/// Whether a text is a request payload (by its schema member), without reading it all.
fn is_request(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| {
            v.get("schema")?
                .as_str()
                .map(|s| s == crate::request::payload::SCHEMA)
        })
        .unwrap_or(false)
}

/// The request a file carries: the text of `request.json` embedded in a PDF, or the file
/// itself when it is a request JSON.
pub fn request_json(file: &[u8]) -> Result<String, ExtractError> {
    let start = file
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    if file.get(start) == Some(&b'{') {
        let text = std::str::from_utf8(file).map_err(|_| ExtractError::NotPdf)?;
        return if is_request(text) {
            Ok(text.to_string())
        } else {
            Err(ExtractError::NotPdf)
        };
    }
    if !file.starts_with(b"%PDF-") {
        return Err(ExtractError::NotPdf);
    }
    let mut found: Vec<String> = Vec::new();
    let mut at = 0;
    while let Some(p) = find(file, b"/EmbeddedFile", at) {
        at = p + 1;
        // `/EmbeddedFiles` names the tree of attachments, not a stream.
        if file.get(p + b"/EmbeddedFile".len()) == Some(&b's') {
            continue;
        }
        let Some(dict_start) = rfind(file, b"obj", p) else {
            continue;
        };
        // The stream dictionary ends with the last `>>` before `stream`.
        let Some(dict_end) = find(file, b"stream", p).and_then(|k| rfind(file, b">>", k)) else {
            continue;
        };
        let Some(text) =
            stream_data(file, dict_start, dict_end).and_then(|data| String::from_utf8(data).ok())
        else {
            continue;
        };
        if is_request(&text) && !found.contains(&text) {
            found.push(text);
        }
    }
    match found.len() {
        0 => Err(ExtractError::NoRequest),
        1 => Ok(found.remove(0)),
        n => Err(ExtractError::Several(n)),
    }
}
