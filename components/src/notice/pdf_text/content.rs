//! Where a page's text is: its content stream followed (the page's transformation, the
//! text position, font and size) to place each piece of text it shows, and the pieces put
//! together into lines by their baseline.

use std::collections::HashMap;

use lopdf::content::Content;
use lopdf::{Document, Object};

use super::font::{number, Font};
use super::{Line, Piece};
use crate::notice::file::FileError;

/// The most content a page may decompress to.
const MAX_PAGE_CONTENT: usize = 16 << 20;

/// The pieces of text of one page, put into lines.
pub(super) fn page_lines(doc: &Document, page: lopdf::ObjectId) -> Result<Vec<Line>, FileError> {
    let page_fonts = doc.get_page_fonts(page).map_err(|_| FileError::Damaged)?;
    let fonts: HashMap<Vec<u8>, Font> = page_fonts
        .iter()
        .filter_map(|(name, font)| Some((name.clone(), Font::read(doc, font, MAX_PAGE_CONTENT)?)))
        .collect();
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
            "Tc" => state.char_spacing = nums.first().copied().unwrap_or(0.0),
            "Tw" => state.word_spacing = nums.first().copied().unwrap_or(0.0),
            "Tz" => state.h_scale = nums.first().map_or(1.0, |z| z / 100.0),
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
                let advance = show(&mut pieces, &state, &fonts, op.operands.last());
                state.advance(advance);
            }
            "Tj" | "TJ" => {
                let advance = show(&mut pieces, &state, &fonts, op.operands.first());
                state.advance(advance);
            }
            _ => {}
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
/// line matrices, font, size, leading and spacing.
struct TextState {
    ctm: [f32; 6],
    matrix: [f32; 6],
    line: [f32; 6],
    font: Option<Vec<u8>>,
    size: f32,
    leading: f32,
    char_spacing: f32,
    word_spacing: f32,
    h_scale: f32,
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
            char_spacing: 0.0,
            word_spacing: 0.0,
            h_scale: 1.0,
        }
    }
}

impl TextState {
    fn begin(&mut self) {
        self.matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
        self.line = self.matrix;
    }

    /// Text shown moves the position on by its width (text space units).
    fn advance(&mut self, width: f32) {
        self.matrix[4] += width * self.matrix[0];
        self.matrix[5] += width * self.matrix[1];
    }

    /// `Td`: the next line starts at (tx, ty) from the start of this one.
    fn move_line(&mut self, tx: f32, ty: f32) {
        let [a, b, c, d, e, f] = self.line;
        self.line = [a, b, c, d, e + tx * a + ty * c, f + tx * b + ty * d];
        self.matrix = self.line;
    }
}

/// Adds the text an operand shows, where the state puts it; returns its width in text
/// space units, by the font's widths (guessed as half the size a character where the
/// file gives none).
fn show(
    pieces: &mut Vec<Piece>,
    state: &TextState,
    fonts: &HashMap<Vec<u8>, Font>,
    operand: Option<&Object>,
) -> f32 {
    let (Some(name), Some(operand)) = (&state.font, operand) else {
        return 0.0;
    };
    let Some(font) = fonts.get(name) else {
        return 0.0;
    };
    let mut text = String::new();
    // The width at size 1, while the font gives every part's.
    let mut width: Option<f32> = Some(0.0);
    let (tc, tw) = (state.char_spacing, state.word_spacing);
    let size = state.size.abs().max(0.01);
    let add = |bytes: &[u8], text: &mut String, width: &mut Option<f32>| {
        if let Ok(s) = Document::decode_text(&font.encoding, bytes) {
            text.push_str(&plain_letters(&s));
        }
        *width = width
            .zip(font.width(bytes, tc / size, tw / size))
            .map(|(a, b)| a + b);
    };
    match operand {
        Object::String(bytes, _) => add(bytes, &mut text, &mut width),
        Object::Array(parts) => {
            for part in parts {
                match part {
                    Object::String(bytes, _) => add(bytes, &mut text, &mut width),
                    p => {
                        if let Some(n) = number(p) {
                            // A kerning step wider than a space's is a gap between words.
                            if n < -200.0 {
                                text.push(' ');
                            }
                            width = width.map(|w| w - n / 1000.0);
                        }
                    }
                }
            }
        }
        _ => return 0.0,
    }
    let known = width.is_some();
    let advance = width.unwrap_or(text.chars().count() as f32 * 0.5) * state.size * state.h_scale;
    if text.is_empty() {
        return advance;
    }
    // Where the text is on the page: the text matrix, then the page's transformation.
    let at = multiply(&state.matrix, &state.ctm);
    if !at.iter().all(|v| v.is_finite()) || !advance.is_finite() {
        return 0.0;
    }
    let scale = (at[0].powi(2) + at[1].powi(2)).sqrt().max(0.01);
    pieces.push(Piece {
        x: at[4],
        y: at[5],
        size: state.size * scale,
        bold: font.bold,
        width: known.then_some(advance * scale),
        text,
    });
    advance
}

/// Characters a font maps to code points of its own as the text means them: ligatures
/// ("ﬁ") as their letters, and the Symbol font's list bullets (U+F0B7, U+F0A7, as Word's
/// lists have them) as bullets.
fn plain_letters(s: &str) -> std::borrow::Cow<'_, str> {
    let special =
        |c: char| ('\u{FB00}'..='\u{FB06}').contains(&c) || matches!(c, '\u{F0B7}' | '\u{F0A7}');
    if !s.chars().any(special) {
        return s.into();
    }
    s.chars()
        .map(|c| match c {
            '\u{FB00}' => "ff".to_string(),
            '\u{FB01}' => "fi".to_string(),
            '\u{FB02}' => "fl".to_string(),
            '\u{FB03}' => "ffi".to_string(),
            '\u{FB04}' => "ffl".to_string(),
            '\u{FB05}' | '\u{FB06}' => "st".to_string(),
            '\u{F0B7}' => "•".to_string(),
            '\u{F0A7}' => "▪".to_string(),
            c => c.to_string(),
        })
        .collect::<String>()
        .into()
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
