//! The font subset the PDF maker fetches first (`scripts/font-subset.sh`), read with
//! ttf-parser against the whole DejaVu Sans: the same glyphs, every letter of the product's
//! languages and of Sámi, Greek and Cyrillic, and the whole font asked for only when a
//! request holds a character outside the subset.

use super::*;

const SUBSET: &[u8] = include_bytes!("../../../../public/fonts/DejaVuSans-subset.ttf");

/// A glyph's outline as a list of commands, for comparing two fonts' glyphs.
#[derive(Default)]
struct Outline(Vec<String>);

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.push(format!("M{x},{y}"));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.push(format!("L{x},{y}"));
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.push(format!("Q{x1},{y1},{x},{y}"));
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.push(format!("C{x1},{y1},{x2},{y2},{x},{y}"));
    }
    fn close(&mut self) {
        self.0.push("Z".into());
    }
}

fn face(data: &[u8]) -> ttf_parser::Face<'_> {
    ttf_parser::Face::parse(data, 0).unwrap_or_else(|e| panic!("{e}"))
}

/// Advance and outline of `c` in `face`, or `None` when the face has no glyph for it (or
/// maps it to glyph 0, `.notdef`).
fn glyph(face: &ttf_parser::Face, c: char) -> Option<(Option<u16>, Vec<String>)> {
    let id = face.glyph_index(c).filter(|id| id.0 != 0)?;
    let mut outline = Outline::default();
    face.outline_glyph(id, &mut outline);
    Some((face.glyph_hor_advance(id), outline.0))
}

#[test]
fn the_subset_draws_every_character_it_maps_as_the_whole_font_does() {
    let (subset, whole) = (face(SUBSET), face(FONT));
    assert_eq!(subset.units_per_em(), whole.units_per_em());
    let mut mapped = 0;
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let Some(in_subset) = glyph(&subset, c) else {
            continue;
        };
        mapped += 1;
        assert_eq!(
            Some(in_subset),
            glyph(&whole, c),
            "U+{:04X} differs",
            c as u32
        );
    }
    assert!(mapped > 1500, "{mapped} characters mapped");
    let size = SUBSET.len() as f64 / FONT.len() as f64;
    assert!(
        size < 0.2,
        "the subset is {:.0} % of the whole font",
        size * 100.0
    );
}

#[test]
fn the_subset_has_the_letters_of_finnish_swedish_sami_greek_and_cyrillic() {
    let subset = face(SUBSET);
    let letters = [
        "abcdefghijklmnopqrstuvwxyzåäöšžABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖŠŽ0123456789",
        // Northern, Inari and Skolt Sámi (with the Skolt softening sign ʹ)
        "áčđŋšŧžÁČĐŊŠŦŽâäåõʒǯǧǩǥʹÂÄÅÕƷǮǦǨǤ",
        "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώ",
        "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        "–—‘’“”„…•€§°±×÷½€№",
    ];
    for c in letters.concat().chars() {
        assert!(subset.glyph_index(c).is_some(), "the subset lacks {c}");
    }
}

/// Every character the shipped forms file uses (its labels, in three languages, are what a
/// request's PDF mostly says).
#[test]
fn the_shipped_forms_file_needs_only_the_subset() {
    let subset = layout::Font::parse(SUBSET).unwrap_or_else(|| panic!("the subset is a font"));
    let forms = include_str!("../../../../public/forms/default.json");
    let lacking: String = forms.chars().filter(|c| subset.lacks(*c)).collect();
    assert_eq!(lacking, "");
}

#[test]
fn the_whole_font_is_asked_for_only_when_a_request_holds_a_character_outside_the_subset() {
    let forms = include_str!("../../../../public/forms/default.json");
    let json = |name: &str| {
        serde_json::to_string(&sealed_payload(name, Signature::OnPaper)).unwrap_or_default()
    };
    // Sámi, Swedish, Greek and Cyrillic names: the subset makes the PDF.
    let names = "Áilu Ŋoađđi Åsa Öberg Σοφία Παπαδοπούλου Анна Иванова";
    let made = make(&json(names), forms, SUBSET, FontFile::Subset)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .unwrap_or_else(|| panic!("the subset lacked a character of {names}"));
    let (ok, text) = run(&made, "subset", "pdftotext", &["-enc", "UTF-8"]);
    assert!(
        ok && text.contains("Σοφία") && text.contains("Анна"),
        "{text}"
    );

    // A Georgian name: the subset cannot write it; the whole font can, and does.
    let georgian = "ნინო ბერიძე";
    let asked = make(&json(georgian), forms, SUBSET, FontFile::Subset);
    assert!(
        matches!(asked, Ok(None)),
        "the subset is refused for {georgian}"
    );
    let made = make(&json(georgian), forms, FONT, FontFile::Whole)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .unwrap_or_else(|| panic!("the whole font is always used"));
    let (ok, text) = run(&made, "whole", "pdftotext", &["-enc", "UTF-8"]);
    assert!(ok && text.contains(georgian), "{text}");
}
