//! Finds the request a PDF carries: the embedded file `request.json` (an `/EmbeddedFile`
//! stream), read without a full PDF parser so that the verifier page stays small.
//!
//! Every embedded-file stream of the file is read (plain or Flate, with a direct or an
//! indirect `/Length`), also ones a later incremental update left behind; the streams that
//! hold a `seloste.request/1` payload are the candidates. More than one different request
//! in one file is refused: a PDF edited after it was made may carry an old and a new one,
//! and a reader would show only one of them. So is a file with an embedded file that
//! cannot be decoded, which could hide one. The file is read in one pass (`Markers`):
//! time and memory grow with its size, not with how its markers are arranged.

use crate::i18n::{Lang, Text};

/// The largest embedded request read (a payload is a few kilobytes).
const MAX_JSON: usize = 1 << 20;

/// Why no request could be taken from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExtractError {
    /// Neither a PDF nor a request JSON.
    NotPdf,
    /// A request encrypted to the registry office (a `.jwe` file), not opened: the
    /// office's private key is needed ([`crate::pdf::verify::inspect_with`]).
    Encrypted,
    /// A PDF without an embedded request.
    NoRequest,
    /// A PDF with this many different embedded requests.
    Several(usize),
    /// A PDF with an embedded file that cannot be read (a filter not supported, broken
    /// data, no stream), or with more than `MAX_EMBEDDED` (32): it might hide another request.
    Unreadable,
}

impl ExtractError {
    /// What to tell the reader of the report, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = |fi, sv, en| Text::new(fi, sv, en).get(lang).to_string();
        match self {
            ExtractError::Encrypted => t(
                "Pyyntö on salattu kirjaamolle. Avaa se kirjaamon yksityisellä avaimella: valitse avaintiedosto.",
                "Begäran är krypterad till registratorskontoret. Öppna den med registratorskontorets privata nyckel: välj nyckelfilen.",
                "The request is encrypted to the registry office. Open it with the office's private key: choose the key file.",
            ),
            ExtractError::NotPdf => t(
                "Tiedosto ei ole PDF-tiedosto eikä pyyntö (request.json).",
                "Filen är varken en PDF-fil eller en begäran (request.json).",
                "The file is neither a PDF file nor a request (request.json).",
            ),
            ExtractError::NoRequest => t(
                "PDF-tiedostossa ei ole liitteenä pyyntöä (request.json). Sitä ei ole tehty seloste-palvelulla, tai liite on poistettu.",
                "PDF-filen har ingen begäran (request.json) som bilaga. Den är inte gjord med seloste, eller så har bilagan tagits bort.",
                "The PDF file has no request (request.json) attached. It was not made with seloste, or the attachment was removed.",
            ),
            ExtractError::Unreadable => t(
                "PDF-tiedostossa on liite, jota ei voi lukea, joten siinä voi olla toinenkin pyyntö. Tiedostoa ei voi tarkistaa; pyydä pyyntö uudelleen.",
                "PDF-filen har en bilaga som inte kan läsas, så den kan innehålla ytterligare en begäran. Filen kan inte kontrolleras; be om begäran på nytt.",
                "The PDF file has an attachment that cannot be read, so it may hold another request. The file cannot be checked; ask for the request again.",
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

/// The most embedded files a request PDF may hold (seloste writes one); a file with more
/// is refused rather than read at length.
const MAX_EMBEDDED: usize = 32;

/// Where the words the extractor needs stand in a file, found in one pass, so that each
/// question ("the last `obj` before here") is a binary search, not another scan: reading
/// a file takes time and memory in proportion to its size, however it is crafted.
struct Markers {
    obj: Vec<usize>,
    dict_close: Vec<usize>,
    stream: Vec<usize>,
    endstream: Vec<usize>,
    embedded_file: Vec<usize>,
}

impl Markers {
    fn of(pdf: &[u8]) -> Markers {
        let mut m = Markers {
            obj: Vec::new(),
            dict_close: Vec::new(),
            stream: Vec::new(),
            endstream: Vec::new(),
            embedded_file: Vec::new(),
        };
        let at = |i: usize, word: &[u8]| pdf.get(i..i + word.len()) == Some(word);
        for i in 0..pdf.len() {
            match pdf[i] {
                b'o' if at(i, b"obj") => m.obj.push(i),
                b'>' if at(i, b">>") => m.dict_close.push(i),
                b's' if at(i, b"stream") => m.stream.push(i),
                b'e' if at(i, b"endstream") => m.endstream.push(i),
                // `/EmbeddedFiles` names the tree of attachments, not a stream.
                b'/' if at(i, b"/EmbeddedFile") && pdf.get(i + 13) != Some(&b's') => {
                    m.embedded_file.push(i)
                }
                _ => {}
            }
        }
        m
    }
}

/// The last position in `sorted` before `before`.
fn last_before(sorted: &[usize], before: usize) -> Option<usize> {
    let n = sorted.partition_point(|&p| p < before);
    n.checked_sub(1).map(|i| sorted[i])
}

/// The first position in `sorted` at or after `from`.
fn first_from(sorted: &[usize], from: usize) -> Option<usize> {
    sorted.get(sorted.partition_point(|&p| p < from)).copied()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The number after `/Length` in a dictionary, unless it is an indirect reference.
fn direct_length(dict: &[u8]) -> Option<usize> {
    let at = dict.windows(7).position(|w| w == b"/Length")? + b"/Length".len();
    let rest = std::str::from_utf8(dict.get(at..)?.get(..64.min(dict.len() - at))?).ok()?;
    let mut words = rest.split(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>');
    let words: Vec<&str> = words.by_ref().filter(|w| !w.is_empty()).take(3).collect();
    let length = words.first()?.parse().ok()?;
    // `12 0 R` is a reference to an object holding the length.
    (words.get(2) != Some(&"R")).then_some(length)
}

/// The decoded data of the stream whose dictionary is `dict_start..dict_end` and whose
/// `stream` keyword is at `keyword`, or `None` when it cannot be read.
fn stream_data(
    pdf: &[u8],
    m: &Markers,
    dict_start: usize,
    dict_end: usize,
    keyword: usize,
) -> Option<Vec<u8>> {
    let dict = pdf.get(dict_start..dict_end)?;
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
            let mut end = first_from(&m.endstream, start)?;
            while end > start && matches!(pdf[end - 1], b'\r' | b'\n') {
                end -= 1;
            }
            pdf.get(start..end)?
        }
    };
    if contains(dict, b"/FlateDecode") {
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, MAX_JSON).ok()
    } else if contains(dict, b"/Filter") {
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
        let jwe = std::str::from_utf8(file).is_ok_and(crate::office::encrypted::is_compact_jwe);
        return Err(if jwe {
            ExtractError::Encrypted
        } else {
            ExtractError::NotPdf
        });
    }
    let markers = Markers::of(file);
    let mut found: Vec<String> = Vec::new();
    // Each stream once, however many markers point at it.
    let mut streams: Vec<usize> = Vec::new();
    for &p in &markers.embedded_file {
        let Some(keyword) = first_from(&markers.stream, p) else {
            return Err(ExtractError::Unreadable);
        };
        if streams.contains(&keyword) {
            continue;
        }
        streams.push(keyword);
        if streams.len() > MAX_EMBEDDED {
            return Err(ExtractError::Unreadable);
        }
        // The dictionary: from its object's `obj` to the last `>>` before `stream`.
        let (Some(dict_start), Some(dict_end)) = (
            last_before(&markers.obj, p),
            last_before(&markers.dict_close, keyword).filter(|&e| e > p),
        ) else {
            return Err(ExtractError::Unreadable);
        };
        // An embedded file that cannot be read might be a second request: refused.
        let Some(data) = stream_data(file, &markers, dict_start, dict_end, keyword) else {
            return Err(ExtractError::Unreadable);
        };
        // Not text: an attachment that is not a request (a request is UTF-8 JSON).
        let Ok(text) = String::from_utf8(data) else {
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
