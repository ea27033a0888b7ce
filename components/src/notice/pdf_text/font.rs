//! What the reader needs of a page's font: how its codes become text, whether it is bold,
//! and how wide each code is. Widths place the pieces of a line exactly: a writer that
//! sets a word in several runs (kerning, a ligature, a bold letter) shows no gap between
//! them, so the pieces are one word, and the next piece of text is where the last ended.

use lopdf::{Dictionary, Document, Encoding, Object};

/// The most entries of a widths table read (a font has as many as it has glyphs).
const MAX_WIDTHS: usize = 1 << 16;

/// One font of a page.
pub(super) struct Font<'a> {
    pub encoding: Encoding<'a>,
    pub bold: bool,
    /// Codes of two bytes (a composite font: Identity-H, as Chromium and many office programs
    /// write them), else one.
    two_bytes: bool,
    /// Widths by code, in thousandths of the size; `None` when the file gives none (the
    /// standard fonts): the text's width is then only guessed.
    widths: Option<Widths>,
}

/// A widths table: ranges of codes with one width each, sorted, and the width of a code
/// in none of them.
struct Widths {
    ranges: Vec<(u32, u32, f32)>,
    missing: f32,
}

impl<'a> Font<'a> {
    /// The font, or `None` when its encoding cannot be read (its text is then not read).
    pub fn read(doc: &'a Document, font: &'a Dictionary, limit: usize) -> Option<Font<'a>> {
        let encoding = font.get_font_encoding_with_limit(doc, limit).ok()?;
        let bold = font
            .get(b"BaseFont")
            .and_then(Object::as_name)
            .map(|n| {
                let n = String::from_utf8_lossy(n).to_lowercase();
                n.contains("bold") || n.contains("black") || n.contains("heavy")
            })
            .unwrap_or(false);
        let two_bytes = font.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0");
        let widths = if two_bytes {
            composite_widths(doc, font)
        } else {
            simple_widths(doc, font)
        };
        Some(Font {
            encoding,
            bold,
            two_bytes,
            widths,
        })
    }

    /// The width of `bytes` shown at size 1 with the given spacing (text space units), or
    /// `None` when the font gives no widths.
    pub fn width(&self, bytes: &[u8], char_spacing: f32, word_spacing: f32) -> Option<f32> {
        let widths = self.widths.as_ref()?;
        let step = if self.two_bytes { 2 } else { 1 };
        let mut total = 0.0;
        for code in bytes.chunks(step) {
            let c = code.iter().fold(0u32, |c, b| c << 8 | u32::from(*b));
            total += widths.of(c) / 1000.0 + char_spacing;
            // Word spacing applies to the single-byte code 32 only.
            if !self.two_bytes && c == 32 {
                total += word_spacing;
            }
        }
        Some(total)
    }
}

impl Widths {
    fn of(&self, code: u32) -> f32 {
        let at = self.ranges.partition_point(|&(first, _, _)| first <= code);
        match at.checked_sub(1).map(|i| self.ranges[i]) {
            Some((_, last, w)) if code <= last => w,
            _ => self.missing,
        }
    }
}

/// A PDF number, integer or real.
pub(super) fn number(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

fn array<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Vec<Object>> {
    doc.dereference(o).ok()?.1.as_array().ok()
}

/// A simple font's `Widths` from `FirstChar` on (`MissingWidth` of its descriptor for
/// other codes).
fn simple_widths(doc: &Document, font: &Dictionary) -> Option<Widths> {
    let first = font.get(b"FirstChar").ok().and_then(number)? as u32;
    let list = array(doc, font.get(b"Widths").ok()?)?;
    let ranges = list
        .iter()
        .take(MAX_WIDTHS)
        .enumerate()
        .filter_map(|(i, w)| {
            let code = first.checked_add(i as u32)?;
            Some((code, code, number(doc.dereference(w).ok()?.1)?))
        })
        .collect();
    let missing = font
        .get_deref(b"FontDescriptor", doc)
        .and_then(Object::as_dict)
        .ok()
        .and_then(|d| d.get(b"MissingWidth").ok().and_then(number))
        .unwrap_or(0.0);
    Some(Widths { ranges, missing })
}

/// A composite font's widths: its descendant's `W` (`c [w …]` and `first last w`) and `DW`.
fn composite_widths(doc: &Document, font: &Dictionary) -> Option<Widths> {
    let descendant = array(doc, font.get(b"DescendantFonts").ok()?)?.first()?;
    let descendant = doc.dereference(descendant).ok()?.1.as_dict().ok()?;
    let missing = descendant
        .get(b"DW")
        .ok()
        .and_then(number)
        .unwrap_or(1000.0);
    let mut ranges = Vec::new();
    if let Some(w) = descendant.get(b"W").ok().and_then(|w| array(doc, w)) {
        let mut items = w.iter();
        while let Some(first) = items.next() {
            if ranges.len() >= MAX_WIDTHS {
                break;
            }
            let Some(first) = number(first).map(|n| n as u32) else {
                break;
            };
            match items.next().map(|o| (o, array(doc, o))) {
                Some((_, Some(list))) => {
                    for (i, w) in list.iter().take(MAX_WIDTHS).enumerate() {
                        if let (Some(code), Some(w)) = (first.checked_add(i as u32), number(w)) {
                            ranges.push((code, code, w));
                        }
                    }
                }
                Some((last, None)) => match (number(last), items.next().and_then(number)) {
                    (Some(last), Some(w)) => ranges.push((first, last as u32, w)),
                    _ => break,
                },
                None => break,
            }
        }
    }
    ranges.sort_by_key(|r| r.0);
    Some(Widths { ranges, missing })
}
