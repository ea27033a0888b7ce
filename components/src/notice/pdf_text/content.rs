//! Where a page's text is: its content stream followed (the page's transformation, the
//! text position, font and size) to place each piece of text it shows, and the pieces put
//! together into lines by their baseline.

use std::collections::HashMap;

use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};

use super::{Line, Piece};
use crate::notice::file::FileError;

/// The most content a page may decompress to.
const MAX_PAGE_CONTENT: usize = 16 << 20;

/// The pieces of text of one page, put into lines.
pub(super) fn page_lines(doc: &Document, page: lopdf::ObjectId) -> Result<Vec<Line>, FileError> {
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
    // The graphics state's transformation (`cm`), saved and restored by `q` and `Q`: a
    // layout engine places each block of text by moving the page's origin.
    let mut saved: Vec<[f32; 6]> = Vec::new();
    let mut unsaved = 0usize;
    for op in &content.operations {
        let nums: Vec<f32> = op.operands.iter().filter_map(number).collect();
        match op.operator.as_str() {
            "q" if saved.len() < MAX_SAVED => saved.push(state.ctm),
            "q" => unsaved += 1,
            "Q" if unsaved > 0 => unsaved -= 1,
            "Q" => state.ctm = saved.pop().unwrap_or(state.ctm),
            "cm" if nums.len() == 6 => {
                state.ctm = multiply(
                    &[nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]],
                    &state.ctm,
                );
            }
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

/// The most graphics states saved at once (PDF's own limit is 28).
const MAX_SAVED: usize = 64;

/// `m` then `n`: the matrix of PDF's row-vector convention that applies `m` first.
fn multiply(m: &[f32; 6], n: &[f32; 6]) -> [f32; 6] {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

/// The text state a content stream sets: the transformation of the page, the text and
/// line matrices, font, size, leading.
struct TextState {
    ctm: [f32; 6],
    matrix: [f32; 6],
    line: [f32; 6],
    font: Option<Vec<u8>>,
    size: f32,
    leading: f32,
}

impl Default for TextState {
    fn default() -> Self {
        TextState {
            ctm: [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
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
    // Where the text is on the page: the text matrix, then the page's transformation.
    let at = multiply(&state.matrix, &state.ctm);
    if !at.iter().all(|v| v.is_finite()) {
        return;
    }
    let scale = (at[0].powi(2) + at[1].powi(2)).sqrt().max(0.01);
    pieces.push(Piece {
        x: at[4],
        y: at[5],
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
        .filter_map(|(y, row)| Line::of(y, row))
        .collect()
}
