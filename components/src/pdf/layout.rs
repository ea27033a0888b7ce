//! Text measuring and line breaking with the font's own advances.

/// A face with what layout needs: glyph ids and advances.
pub struct Font<'a> {
    pub face: ttf_parser::Face<'a>,
    pub units_per_em: f32,
}

impl<'a> Font<'a> {
    pub fn parse(data: &'a [u8]) -> Option<Font<'a>> {
        let face = ttf_parser::Face::parse(data, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em());
        Some(Font { face, units_per_em })
    }

    /// The glyph of a character; a question mark's when the font has none.
    pub fn glyph(&self, c: char) -> u16 {
        let c = if c == '\u{a0}' { ' ' } else { c };
        self.face
            .glyph_index(c)
            .or_else(|| self.face.glyph_index('?'))
            .map_or(0, |g| g.0)
    }

    /// Whether the font has no glyph for `c`, a character that is drawn (line breaks and
    /// other controls are not); glyph 0 (`.notdef`) is no glyph.
    pub fn lacks(&self, c: char) -> bool {
        !c.is_control() && c != '\u{a0}' && self.face.glyph_index(c).is_none_or(|g| g.0 == 0)
    }

    /// Advance of a glyph in thousandths of the font size (PDF widths).
    pub fn advance(&self, glyph: u16) -> f32 {
        let units = self
            .face
            .glyph_hor_advance(ttf_parser::GlyphId(glyph))
            .unwrap_or(0);
        f32::from(units) * 1000.0 / self.units_per_em
    }

    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.advance(self.glyph(c)))
            .sum::<f32>()
            * size
            / 1000.0
    }

    /// Breaks `text` into lines no wider than `width`: at spaces, and inside a word only
    /// when the word alone is too wide (a long digest or address). Line breaks in the text
    /// are kept.
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ') {
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, size) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // The word alone: split it where it must be.
                for c in word.chars() {
                    let mut longer = line.clone();
                    longer.push(c);
                    if self.width(&longer, size) > width && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                    }
                    line.push(c);
                }
            }
            lines.push(line);
        }
        lines
    }
}
