//! Notices in PDF files with a text layer turned into the lines the importer reads.
//!
//! The file is read with the `lopdf` crate; each page's content stream is followed (text
//! position, font and size) to place its pieces of text, which are put together into lines
//! top to bottom and left to right. Then:
//!
//! - a line set larger than the body text, or wholly in a bold font while the body is not,
//!   is a heading: `<h2>text</h2>` (the importer takes it, as a Word file's heading style);
//! - lines repeated at the top or the bottom of most pages (running headers and footers,
//!   their page numbers aside) and lines of a page number alone are dropped;
//! - a gap wider than a line leaves a blank line (a paragraph's end).
//!
//! A file that needs a password to open is [`FileError::Protected`]; one with no text at all
//! (a scan saved without recognition) is [`FileError::NoText`].

use std::collections::{BTreeMap, HashMap};

use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};

use super::file::FileError;

/// The most pages read (a notice is a few; a longer file is read as far as this).
const MAX_PAGES: u32 = 200;
/// The most content a page may decompress to.
const MAX_PAGE_CONTENT: usize = 16 << 20;

/// A piece of text where the page shows it.
#[derive(Clone, Debug)]
struct Piece {
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    text: String,
}

/// A line of a page: its text, its largest size, whether all of it is bold, its height.
#[derive(Clone, Debug)]
struct Line {
    y: f32,
    size: f32,
    bold: bool,
    text: String,
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
        .map(|(_, id)| page_lines(&doc, id))
        .collect::<Result<_, _>>()?;
    // No text, or none but running headers and page numbers.
    let text = lines_of(pages);
    if text.trim().is_empty() {
        return Err(FileError::NoText);
    }
    Ok(text)
}

/// The pieces of text of one page, put into lines.
fn page_lines(doc: &Document, page: lopdf::ObjectId) -> Result<Vec<Line>, FileError> {
    let fonts = doc.get_page_fonts(page).map_err(|_| FileError::Damaged)?;
    let mut encodings: HashMap<Vec<u8>, (Encoding, bool)> = HashMap::new();
    for (name, font) in &fonts {
        let bold = font
            .get(b"BaseFont")
            .and_then(Object::as_name)
            .map(|n| {
                let n = String::from_utf8_lossy(n).to_lowercase();
                n.contains("bold") || n.contains("black") || n.contains("heavy")
            })
            .unwrap_or(false);
        if let Ok(encoding) = font.get_font_encoding(doc) {
            encodings.insert(name.clone(), (encoding, bold));
        }
    }
    let content = doc
        .get_page_content_with_limit(page, MAX_PAGE_CONTENT)
        .map_err(|_| FileError::Damaged)?;
    let content = Content::decode(&content).map_err(|_| FileError::Damaged)?;
    let mut pieces: Vec<Piece> = Vec::new();
    let mut state = TextState::default();
    for op in &content.operations {
        let nums: Vec<f32> = op.operands.iter().filter_map(number).collect();
        match op.operator.as_str() {
            "BT" => state.begin(),
            "Tf" => {
                state.font = op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .map(<[u8]>::to_vec);
                state.size = nums.first().copied().unwrap_or(state.size);
            }
            "TL" => state.leading = nums.first().copied().unwrap_or(0.0),
            "Td" | "TD" if nums.len() == 2 => {
                if op.operator == "TD" {
                    state.leading = -nums[1];
                }
                state.move_line(nums[0], nums[1]);
            }
            "Tm" if nums.len() == 6 => {
                state.matrix = [nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]];
                state.line = state.matrix;
            }
            "T*" => state.move_line(0.0, -state.leading),
            "'" | "\"" => {
                state.move_line(0.0, -state.leading);
                show(&mut pieces, &state, &encodings, op.operands.last());
            }
            "Tj" | "TJ" => show(&mut pieces, &state, &encodings, op.operands.first()),
            _ => {}
        }
        // Text shown moves the position on; a piece ends at each show, so the next piece
        // starts a little to the right (it is joined to this one by its y, and ordered by x).
        if matches!(op.operator.as_str(), "Tj" | "TJ" | "'" | "\"") {
            if let Some(last) = pieces.last() {
                let advance = last.text.chars().count() as f32 * state.size * 0.5;
                state.matrix[4] += advance * state.matrix[0];
            }
        }
    }
    Ok(into_lines(pieces))
}

/// The text state a content stream sets: the text and line matrices, font, size, leading.
struct TextState {
    matrix: [f32; 6],
    line: [f32; 6],
    font: Option<Vec<u8>>,
    size: f32,
    leading: f32,
}

impl Default for TextState {
    fn default() -> Self {
        TextState {
            matrix: [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
            line: [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
            font: None,
            size: 10.0,
            leading: 0.0,
        }
    }
}

impl TextState {
    fn begin(&mut self) {
        self.matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
        self.line = self.matrix;
    }

    /// `Td`: the next line starts at (tx, ty) from the start of this one.
    fn move_line(&mut self, tx: f32, ty: f32) {
        let [a, b, c, d, e, f] = self.line;
        self.line = [a, b, c, d, e + tx * a + ty * c, f + tx * b + ty * d];
        self.matrix = self.line;
    }
}

fn number(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

/// Adds the text an operand shows, where the state puts it.
fn show(
    pieces: &mut Vec<Piece>,
    state: &TextState,
    encodings: &HashMap<Vec<u8>, (Encoding, bool)>,
    operand: Option<&Object>,
) {
    let (Some(font), Some(operand)) = (&state.font, operand) else {
        return;
    };
    let Some((encoding, bold)) = encodings.get(font) else {
        return;
    };
    let mut text = String::new();
    let add = |bytes: &[u8], text: &mut String| {
        if let Ok(s) = Document::decode_text(encoding, bytes) {
            text.push_str(&s);
        }
    };
    match operand {
        Object::String(bytes, _) => add(bytes, &mut text),
        Object::Array(parts) => {
            for part in parts {
                match part {
                    Object::String(bytes, _) => add(bytes, &mut text),
                    // A kerning step wider than a space's is a gap between words.
                    p if number(p).is_some_and(|n| n < -200.0) => text.push(' '),
                    _ => {}
                }
            }
        }
        _ => return,
    }
    if text.is_empty() {
        return;
    }
    let scale = (state.matrix[0].powi(2) + state.matrix[1].powi(2))
        .sqrt()
        .max(0.01);
    pieces.push(Piece {
        x: state.matrix[4],
        y: state.matrix[5],
        size: state.size * scale,
        bold: *bold,
        text,
    });
}

/// Pieces on (nearly) the same baseline are one line, read left to right; lines go top
/// to bottom.
fn into_lines(mut pieces: Vec<Piece>) -> Vec<Line> {
    pieces.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<(f32, Vec<Piece>)> = Vec::new();
    for p in pieces {
        match lines.last_mut() {
            Some((y, row)) if (*y - p.y).abs() <= p.size.max(1.0) * 0.4 => row.push(p),
            _ => lines.push((p.y, vec![p])),
        }
    }
    lines
        .into_iter()
        .map(|(y, mut row)| {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
            let text = row
                .iter()
                .map(|p| p.text.trim_end())
                .collect::<Vec<_>>()
                .join(" ");
            Line {
                y,
                size: row.iter().map(|p| p.size).fold(0.0, f32::max),
                bold: row.iter().all(|p| p.bold),
                text: text.split_whitespace().collect::<Vec<_>>().join(" "),
            }
        })
        .filter(|l| !l.text.is_empty())
        .collect()
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
    let mut out: Vec<String> = Vec::new();
    for page in &pages {
        let mut last: Option<&Line> = None;
        for (i, l) in page.iter().enumerate() {
            if running(page, i, l) || ((i == 0 || i + 1 == page.len()) && is_page_number(&l.text)) {
                continue;
            }
            let heading = l.text.chars().count() <= 110
                && (l.size >= body * 1.15 || (l.bold && !body_is_bold));
            if let Some(prev) = last {
                // A gap wider than one and a half of this line's height ends a paragraph.
                if prev.y - l.y > prev.size.max(l.size) * 2.0 || heading {
                    out.push(String::new());
                }
            }
            out.push(if heading {
                format!("<h2>{}</h2>", escape(&l.text))
            } else {
                l.text.clone()
            });
            last = Some(l);
        }
        out.push(String::new());
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out.join("\n")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests;
