//! A signature drawn on screen: vector strokes in a 0–1000 box (x to the right, y down),
//! drawn 3 : 1 on screen and on paper.
//!
//! The form keeps a drawing as an answer string like every other question, so drafts,
//! checks and the payload builder need nothing special: strokes are separated by `;` and
//! points by spaces (`"10,20 30,40;50,60 70,80"`). The payload carries the strokes as
//! arrays ([`crate::request::payload::Signature::Drawn`]).

use crate::i18n::Text;

/// The side of the box the points are in.
pub const BOX: u16 = 1000;
/// Width : height of the drawing area, on screen and in the PDF.
pub const ASPECT: u16 = 3;
/// At most this many points in a drawing (≈ 10 KB of JSON), so a stuck pointer cannot
/// grow a request without bound.
pub const MAX_POINTS: usize = 2000;
/// A point closer than this (in box units) to the previous one adds nothing visible.
const MIN_STEP: u16 = 4;

/// A point (x, y) in the 0–1000 box.
pub type Point = (u16, u16);
/// One stroke of the pen: its points in order.
pub type Stroke = Vec<Point>;

/// Why a drawing cannot be a signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrawingError {
    /// Nothing drawn but dots.
    TooLittle,
    /// More points than [`MAX_POINTS`].
    TooLarge,
    /// Not in the stroke notation, or a point outside the box.
    Unreadable,
}

impl DrawingError {
    /// What to tell the citizen.
    pub fn message(self) -> Text {
        match self {
            DrawingError::TooLittle => Text::new(
                "Piirrä allekirjoituksesi ruutuun tai valitse toinen tapa allekirjoittaa.",
                "Rita din underskrift i rutan eller välj ett annat sätt att skriva under.",
                "Draw your signature in the box or choose another way to sign.",
            ),
            DrawingError::TooLarge => Text::new(
                "Allekirjoitus on liian monimutkainen. Tyhjennä ruutu ja piirrä se uudelleen.",
                "Underskriften är för komplicerad. Töm rutan och rita den igen.",
                "The signature is too complex. Clear the box and draw it again.",
            ),
            DrawingError::Unreadable => Text::new(
                "Allekirjoitusta ei voitu lukea. Tyhjennä ruutu ja piirrä se uudelleen.",
                "Underskriften kunde inte läsas. Töm rutan och rita den igen.",
                "The signature could not be read. Clear the box and draw it again.",
            ),
        }
    }
}

/// What a summary says of a drawn signature (the drawing itself is shown beside it).
pub const DRAWN: Text = Text::new("Piirretty näytölle", "Ritad på skärmen", "Drawn on screen");

/// Checks strokes as a payload carries them.
pub fn check(strokes: &[Stroke]) -> Result<(), DrawingError> {
    let points: usize = strokes.iter().map(Vec::len).sum();
    if points > MAX_POINTS {
        return Err(DrawingError::TooLarge);
    }
    if strokes.iter().flatten().any(|&(x, y)| x > BOX || y > BOX) {
        return Err(DrawingError::Unreadable);
    }
    if !strokes.iter().any(|s| s.len() >= 2) {
        return Err(DrawingError::TooLittle);
    }
    Ok(())
}

/// Reads the answer form of a drawing without checking it (a draft being drawn).
pub fn parse(text: &str) -> Option<Vec<Stroke>> {
    let point = |p: &str| -> Option<Point> {
        let (x, y) = p.split_once(',')?;
        Some((x.parse().ok()?, y.parse().ok()?))
    };
    text.split(';')
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.split_whitespace().map(point).collect::<Option<Stroke>>())
        .collect()
}

/// Reads the answer form of a drawing and checks it.
pub fn decode(text: &str) -> Result<Vec<Stroke>, DrawingError> {
    let strokes = parse(text).ok_or(DrawingError::Unreadable)?;
    check(&strokes)?;
    Ok(strokes)
}

/// The answer form of strokes.
pub fn encode(strokes: &[Stroke]) -> String {
    strokes
        .iter()
        .map(|s| {
            s.iter()
                .map(|(x, y)| format!("{x},{y}"))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// A pointer position within an element of `width` × `height` pixels as a point of the box,
/// clamped to it.
pub fn to_box(x: f64, y: f64, width: f64, height: f64) -> Point {
    let scale = |v: f64, size: f64| {
        if size <= 0.0 {
            0
        } else {
            (v / size * f64::from(BOX))
                .round()
                .clamp(0.0, f64::from(BOX)) as u16
        }
    };
    (scale(x, width), scale(y, height))
}

/// Adds `point` to the last stroke unless it is too close to the previous point to show.
/// Returns whether it was added.
pub fn extend(strokes: &mut [Stroke], point: Point) -> bool {
    let Some(stroke) = strokes.last_mut() else {
        return false;
    };
    let far_enough = stroke
        .last()
        .is_none_or(|&(x, y)| x.abs_diff(point.0).max(y.abs_diff(point.1)) >= MIN_STEP);
    if far_enough {
        stroke.push(point);
    }
    far_enough
}

/// An SVG path (`M x y L x y …`) of the strokes, in box units.
pub fn svg_path(strokes: &[Stroke]) -> String {
    let mut d = String::new();
    for stroke in strokes {
        for (n, (x, y)) in stroke.iter().enumerate() {
            let command = if n == 0 { 'M' } else { 'L' };
            d.push_str(&format!("{command}{x} {y}"));
        }
        // A single point is shown as a dot.
        if let [(x, y)] = stroke.as_slice() {
            d.push_str(&format!("L{x} {y}"));
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_and_are_checked() {
        let strokes = vec![vec![(0, 0), (500, 250), (1000, 1000)], vec![(10, 10)]];
        let text = encode(&strokes);
        assert_eq!(text, "0,0 500,250 1000,1000;10,10");
        assert_eq!(decode(&text), Ok(strokes));
        assert_eq!(decode("10,10"), Err(DrawingError::TooLittle));
        assert_eq!(decode(""), Err(DrawingError::TooLittle));
        assert_eq!(decode("10,10 1001,5"), Err(DrawingError::Unreadable));
        assert_eq!(decode("10,10 x,5"), Err(DrawingError::Unreadable));
        assert_eq!(decode("10;20"), Err(DrawingError::Unreadable));
        let huge: String = (0..=MAX_POINTS)
            .map(|i| format!("{},{} ", i % 1000, i % 333))
            .collect();
        assert_eq!(decode(&huge), Err(DrawingError::TooLarge));
    }

    #[test]
    fn pointer_positions_map_into_the_box_and_close_points_are_dropped() {
        assert_eq!(to_box(150.0, 50.0, 300.0, 100.0), (500, 500));
        assert_eq!(to_box(-5.0, 120.0, 300.0, 100.0), (0, 1000));
        assert_eq!(to_box(1.0, 1.0, 0.0, 0.0), (0, 0));
        let mut strokes = vec![vec![(100, 100)]];
        assert!(!extend(&mut strokes, (102, 101)));
        assert!(extend(&mut strokes, (104, 100)));
        assert_eq!(strokes, vec![vec![(100, 100), (104, 100)]]);
        assert!(!extend(&mut [], (1, 1)));
    }

    #[test]
    fn strokes_become_one_svg_path() {
        let d = svg_path(&[vec![(0, 0), (10, 20)], vec![(5, 5)]]);
        assert_eq!(d, "M0 0L10 20M5 5L5 5");
    }
}
