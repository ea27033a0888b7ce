//! Lines that belong to the section above them though they look like headings: a label
//! or a field on its section's topic, a line naming more of it, a short answer right
//! under it, a part of a numbered section, a term of a glossary.

use super::text::plain;
use super::Piece;
use crate::notice::classify::{self, label_of};
use crate::notice::SectionKind;

/// Whether a line is an unnumbered label ending in a colon ("Henkilötietojen
/// käsittelyperuste:") under a heading that names its topic already ("Miten
/// henkilötietojasi käsitellään ja mikä on tietojen käsittelyperuste?"): it labels a part
/// of that section, as a field does, and starts no section of its own. So does a line that
/// names more of the same ("Övriga uppgifter som behandlas" under "Behandlade
/// personuppgifter", "Muut käsiteltävät tiedot", "Other data we process").
pub(super) fn labels_a_part_of_its_section(
    line: &str,
    kinds: &[SectionKind],
    pieces: &[Piece],
) -> bool {
    let heading = pieces.iter().rev().find_map(|p| match p {
        Piece::Heading { text, kinds } => Some((text, kinds)),
        _ => None,
    });
    let section = heading.map(|(_, kinds)| kinds);
    // Under a numbered heading, an unnumbered line of the same topic names a part of it
    // ("Customer data", "Technically collected data" under "2. Personal data being
    // processed and sources thereof").
    let under_numbered = heading.is_some_and(|(text, _)| classify::is_numbered(text));
    let plain = plain(line);
    let lower = plain.to_lowercase();
    let names_more_of_it = [
        "övriga ",
        "andra ",
        "muut ",
        "other ",
        "further ",
        "additional ",
    ]
    .iter()
    .any(|w| lower.starts_with(w));
    // A field with its value ("Personuppgiftsansvariges representant: N.N." under
    // "Personuppgiftsansvarig") is as much a part as a label alone; the notice's date
    // ("Last updated: …") stands apart wherever it is.
    let a_field = field_label(&plain).is_some() && kinds.first() != Some(&SectionKind::UpdatedDate);
    // A short answer right under its question, naming the same topic ("Legitimate
    // interest" under "Legal basis for processing").
    let right_under = matches!(
        pieces.iter().rev().find(|p| !matches!(p, Piece::Blank)),
        Some(Piece::Heading { .. })
    );
    // The notice's date answers only a bare label ("Laatimispäivä", then "16.12.2012,
    // päivitetty 15.5.2024"); under a heading that gives a date already it stands apart.
    let bare_label = heading.is_some_and(|(text, _)| !text.chars().any(|c| c.is_ascii_digit()));
    let answers_it = right_under
        && plain.split_whitespace().count() <= 4
        && kinds.first().is_some_and(|kind| {
            (*kind != SectionKind::UpdatedDate || bare_label)
                && section.and_then(|s| s.first()) == Some(kind)
        });
    // A line right under its heading that begins with the heading's words names whom or
    // what it means ("Data protection officer of the Central Church Fund of Finland" under
    // "Data protection officer").
    let names_whom_it_means = right_under
        && heading.is_some_and(|(text, _)| {
            lower.starts_with(&format!("{} ", super::text::plain(text).to_lowercase()))
        });
    (plain.ends_with(':')
        || names_more_of_it
        || a_field
        || under_numbered
        || answers_it
        || names_whom_it_means)
        && !classify::is_numbered(line)
        && kinds.first().is_some_and(|kind| {
            *kind != SectionKind::Other && section.is_some_and(|s| s.contains(kind))
        })
}

/// Whether a bare label ("Contact person for data protection matters:", "Tietosuojavastaava:")
/// comes right under a field with its value ("Address: Myllypurontie 1, 00920 Helsinki",
/// no blank line between): it is the next field of the same block of details, not the
/// heading of a section.
pub(super) fn continues_its_fields(line: &str, pieces: &[Piece]) -> bool {
    plain(line).ends_with(':')
        && !classify::is_numbered(line)
        && matches!(pieces.last(), Some(Piece::Text(above)) if field_label(&plain(above)).is_some())
}

/// Whether a field with its value ("Controller: The Study Association …") opens a block
/// of details: right under it, with no blank line between, comes a field whose label names
/// no topic ("Business ID: 0203131-0", "Postal Address: …", "Phone: …"). The block gives
/// someone's details; it heads no section. Numbered fields are sections of their own, and
/// the notice's date ("Last reviewed: November 2020") stands apart wherever it is.
pub(super) fn opens_a_block_of_details(
    line: &str,
    kinds: &[SectionKind],
    next: Option<&str>,
) -> bool {
    field_label(&plain(line)).is_some()
        && !classify::is_numbered(line)
        && kinds.first() != Some(&SectionKind::UpdatedDate)
        && next.is_some_and(|next| {
            field_label(&plain(next))
                .is_some_and(|label| classify::classify_heading(label).is_empty())
        })
}

/// Whether an unnumbered line gives a field with a sentence or more of prose as its value
/// ("Lagringstid: Uppgifterna sparas under förhållandet och i tio år därefter …."): where
/// the heading above it stands on a line of its own, it is one of that part's fields, not
/// a section written into its first line as some notices write all theirs (the caller
/// knows which the last heading was). The notice's date stands apart wherever it is.
pub(super) fn gives_a_field_in_prose(line: &str, kinds: &[SectionKind]) -> bool {
    let plain = plain(line);
    let Some(label) = field_label(&plain) else {
        return false;
    };
    let value = plain[label.len() + 1..].trim();
    value.split_whitespace().count() >= 8
        && value.ends_with(['.', '!', '?'])
        && !classify::is_numbered(line)
        && kinds.first() != Some(&SectionKind::UpdatedDate)
}

/// Whether a line is one of a table's column headings copied as lines: a label of a word or
/// a few naming a topic ("Kategorier av personuppgifter", "Laglig grund"), next to another
/// such label with only blank lines between, the two above a list ("• Kontaktuppgifter").
/// `before` and `after` are the document's lines before and after it.
pub(super) fn heads_a_column(line: &str, before: &[&str], after: &[&str]) -> bool {
    let filled = |l: &&&str| !l.trim().is_empty();
    let before = before.iter().rev().find(filled).copied();
    let after: Vec<&str> = after.iter().filter(filled).take(2).copied().collect();
    let label = |l: &str| {
        let plain = plain(l);
        (1..=4).contains(&plain.split_whitespace().count())
            && !plain.ends_with([':', '.', ',', ';'])
            && !classify::is_numbered(l)
            && (super::text::names_the_subject(&plain)
                || !classify::classify_heading(&plain).is_empty())
    };
    let item = |l: &str| plain(l).starts_with(super::layout::LIST_MARKS);
    label(line)
        && match (before, after.as_slice()) {
            // The second of the two, above the list.
            (Some(b), [next, ..]) if label(b) && item(next) => true,
            // The first, above the second and the list.
            (_, [next, then, ..]) => label(next) && item(then),
            _ => false,
        }
}

/// The label of a field given with its value ("Business ID" of "Business ID: 0203131-0"),
/// if the line is one.
fn field_label(plain: &str) -> Option<&str> {
    let label = label_of(plain);
    (label.len() < plain.len()).then_some(label)
}

/// Whether a line is a term of a glossary ("Personuppgiftsansvarig", "Laglig grund" under
/// "Viktiga definitioner"): a word or two, unnumbered, alone or as the label of its
/// definition, in a section that names its terms.
/// Its definition follows it; the terms of personal data the glossary defines are not the
/// notice's sections on them.
pub(super) fn names_a_term_of_its_glossary(line: &str, pieces: &[Piece]) -> bool {
    /// How a section of the terms a notice uses is headed, in the three languages.
    const GLOSSARY: &[&str] = &[
        "definition",
        "begrepp",
        "käsittee",
        "termit",
        "termer",
        "terms",
        "ordlista",
        "glossary",
        "sanasto",
        "concepts",
    ];
    let in_glossary = pieces
        .iter()
        .rev()
        .find_map(|p| match p {
            Piece::Heading { text, .. } => Some(text.to_lowercase()),
            _ => None,
        })
        .is_some_and(|heading| GLOSSARY.iter().any(|g| heading.contains(g)));
    // The term alone on its line, or before its definition ("Personuppgiftsansvarig: Den
    // som bestämmer ändamålen …").
    let plain = plain(line);
    let term = label_of(&plain).trim_end_matches(':');
    in_glossary
        && (1..=2).contains(&term.split_whitespace().count())
        && !classify::is_numbered(line)
}

/// Whether the section a line is in tells the processing's purposes (its heading names
/// them first): a word or two above a list there names one of them ("Marknadsföring",
/// then "• Dina kontaktuppgifter används om du har samtyckt …"), a part of that section.
pub(super) fn lists_the_purposes(before: &[Piece]) -> bool {
    before.iter().rev().find_map(|p| match p {
        Piece::Heading { kinds, .. } => Some(kinds.first() == Some(&SectionKind::Purpose)),
        _ => None,
    }) == Some(true)
}

/// Makes text of a heading's subtitle: an unnumbered heading right under a heading on the
/// same topic, with nothing between them and text under it ("Personuppgiftsansvarig",
/// then "Vem är ansvarig för dina personuppgifter", then the controller's name). A page's
/// folded part shows its title and, when opened, the same title asked as a question.
/// Parts on no one topic (`other`) and dates follow each other as headings of their own.
pub(super) fn subtitles_join_their_heading(mut pieces: Vec<Piece>) -> Vec<Piece> {
    let topic = |piece: &Piece| match piece {
        Piece::Heading { kinds, .. } => kinds
            .first()
            .copied()
            .filter(|k| !matches!(k, SectionKind::Other | SectionKind::UpdatedDate)),
        _ => None,
    };
    let filled = |pieces: &[Piece], from: usize| {
        (from..pieces.len()).find(|&j| !matches!(pieces[j], Piece::Blank))
    };
    for i in 0..pieces.len() {
        let Some(kind) = topic(&pieces[i]) else {
            continue;
        };
        let Some(j) = filled(&pieces, i + 1) else {
            continue;
        };
        let text_under =
            filled(&pieces, j + 1).is_some_and(|k| matches!(pieces[k], Piece::Text(_)));
        let subtitle = match &pieces[j] {
            Piece::Heading { text, .. } if !classify::is_numbered(text) => Some(text.clone()),
            _ => None,
        };
        if let Some(text) = subtitle.filter(|_| topic(&pieces[j]) == Some(kind) && text_under) {
            pieces[j] = Piece::Text(text);
        }
    }
    pieces
}
