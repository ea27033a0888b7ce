//! Notices in PDF files with a text layer turned into the lines the importer reads.
//!
//! The file is read with the `lopdf` crate; each page's content stream is followed (the
//! page's transformation, text position, font and size) to place its pieces of text, which
//! are put together into lines by their baseline (`pdf_text/content.rs`). Then:
//!
//! - a line set larger than the body text, or wholly in a bold font while the body is not,
//!   is a heading: `<h2>text</h2>` (the importer takes it, as a Word file's heading style),
//!   and one wrapped over lines in the same type is one heading;
//! - lines repeated at the top or the bottom of most pages (running headers and footers,
//!   their page numbers aside) and lines of a page number alone are dropped;
//! - a gap wider than a line leaves a blank line (a paragraph's end);
//! - two columns are read one after the other, and a table of headings and contents (the
//!   old printed notice form) row by row, as a Word file's table is (`pdf_text/layout.rs`).
//!
//! A file that needs a password to open is [`FileError::Protected`]; one with no text at all
//! (a scan saved without recognition) is [`FileError::NoText`].

use std::collections::{BTreeMap, HashMap};

use lopdf::Document;

use super::file::FileError;
use super::rich::escape_html as escape;

mod content;
mod font;
mod layout;

/// The most pages read (a notice is a few; a longer file is read as far as this).
const MAX_PAGES: u32 = 200;

/// A piece of text where the page shows it.
#[derive(Clone, Debug)]
struct Piece {
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    /// Its width on the page, where the font gives its glyphs' widths.
    width: Option<f32>,
    text: String,
}

impl Piece {
    /// Where its text ends: by the font's widths, or about, where the file gives none (a
    /// character taken as half the size wide, Latin text's average).
    fn end(&self) -> f32 {
        self.x
            + self
                .width
                .unwrap_or(self.text.chars().count() as f32 * self.size * 0.5)
    }
}

/// A line of a page: its text, its largest size, whether all of it is bold, its height,
/// and its pieces left to right (for the layout).
#[derive(Clone, Debug)]
struct Line {
    y: f32,
    size: f32,
    bold: bool,
    text: String,
    pieces: Vec<Piece>,
}

impl Line {
    /// The line the pieces of one baseline make, read left to right; `None` when they
    /// show nothing but spaces.
    fn of(y: f32, mut pieces: Vec<Piece>) -> Option<Line> {
        pieces.sort_by(|a, b| a.x.total_cmp(&b.x));
        // Pieces that touch (a word set in runs) are one word; where a piece's width is
        // not known, pieces are words apart.
        let mut text = String::new();
        let mut last: Option<&Piece> = None;
        for p in &pieces {
            let touches = last.is_some_and(|l| {
                l.width.is_some() && p.width.is_some() && p.x - l.end() < 0.15 * p.size
            });
            if last.is_some() && !touches {
                text.push(' ');
            }
            text.push_str(&p.text);
            last = Some(p);
        }
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        (!text.is_empty()).then(|| Line {
            y,
            size: pieces.iter().map(|p| p.size).fold(0.0, f32::max),
            bold: pieces.iter().all(|p| p.bold),
            text,
            pieces,
        })
    }
}

/// The text of a PDF file, as lines for the importer.
pub fn pdf_text(bytes: &[u8]) -> Result<String, FileError> {
    let doc = Document::load_mem(bytes).map_err(|e| match e {
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => FileError::Protected,
        _ => FileError::Damaged,
    })?;
    if doc.is_encrypted() {
        return Err(FileError::Protected);
    }
    let pages: Vec<Vec<Line>> = doc
        .get_pages()
        .into_iter()
        .take(MAX_PAGES as usize)
        .map(|(_, id)| content::page_lines(&doc, id))
        .collect::<Result<_, _>>()?;
    // No text, or none but running headers and page numbers.
    let text = lines_of(pages);
    if text.trim().is_empty() {
        return Err(FileError::NoText);
    }
    Ok(text)
}

/// A line with its digits blanked: running headers and footers are the same but for
/// their page numbers.
fn shape(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect::<String>()
        .to_lowercase()
}

/// A line that is a page number and nothing else ("3", "2 (16)", "Sivu 2/5", "Page 2 of 5").
fn is_page_number(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let letters: String = text.chars().filter(|c| c.is_alphabetic()).collect();
    text.chars().any(|c| c.is_ascii_digit())
        && words.len() <= 4
        && matches!(
            letters.to_lowercase().as_str(),
            "" | "sivu" | "s" | "sida" | "page" | "p" | "pageof" | "sidaav" | "of"
        )
}

/// The document's lines: headers, footers and page numbers dropped, headings marked,
/// paragraphs set apart.
fn lines_of(pages: Vec<Vec<Line>>) -> String {
    // A line at the top or bottom (two lines each) of at least half of the pages, and of
    // two at least, is a running header or footer.
    let mut edges: HashMap<String, usize> = HashMap::new();
    for page in &pages {
        let n = page.len();
        let mut seen = std::collections::HashSet::new();
        for (i, l) in page.iter().enumerate() {
            if (i < 2 || i + 2 >= n) && seen.insert(shape(&l.text)) {
                *edges.entry(shape(&l.text)).or_default() += 1;
            }
        }
    }
    let running = |page: &[Line], i: usize, l: &Line| {
        pages.len() >= 2
            && (i < 2 || i + 2 >= page.len())
            && edges.get(&shape(&l.text)).copied().unwrap_or(0) >= 2.max(pages.len().div_ceil(2))
    };
    // The body's size: the size most characters are set in.
    let mut sizes: BTreeMap<i64, usize> = BTreeMap::new();
    let mut bold_chars = 0;
    let mut all_chars = 0;
    for l in pages.iter().flatten() {
        *sizes.entry((l.size * 10.0).round() as i64).or_default() += l.text.chars().count();
        all_chars += l.text.chars().count();
        if l.bold {
            bold_chars += l.text.chars().count();
        }
    }
    let body = sizes
        .iter()
        .max_by_key(|(_, n)| **n)
        .map_or(10.0, |(s, _)| *s as f32 / 10.0);
    let body_is_bold = bold_chars * 2 > all_chars;
    let kept: Vec<Vec<Line>> = pages
        .iter()
        .map(|page| {
            page.iter()
                .enumerate()
                .filter(|&(i, l)| {
                    !running(page, i, l)
                        && !((i == 0 || i + 1 == page.len()) && is_page_number(&l.text))
                })
                .map(|(_, l)| l.clone())
                .collect()
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    // A heading wrapped over lines (a narrow column) is one heading: its lines follow each
    // other closely, in the same type.
    let mut heading_above: Option<(String, f32, bool)> = None;
    for laid in layout::read(&kept) {
        let heading = !laid.row
            && laid.text.chars().count() <= 110
            && (laid.size >= body * 1.15 || (laid.bold && !body_is_bold));
        if let Some((text, size, bold)) = heading_above.as_mut() {
            if heading && !laid.breaks && *size == laid.size && *bold == laid.bold {
                text.push(' ');
                text.push_str(&laid.text);
                continue;
            }
            out.push(format!("<h2>{}</h2>", escape(text)));
            heading_above = None;
        }
        if (laid.breaks || heading) && !out.is_empty() {
            out.push(String::new());
        }
        if heading {
            heading_above = Some((laid.text, laid.size, laid.bold));
        } else {
            out.push(laid.text);
        }
    }
    if let Some((text, ..)) = heading_above {
        out.push(format!("<h2>{}</h2>", escape(&text)));
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests;
