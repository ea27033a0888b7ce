//! Headings that a page copied as plain text gives by its layout alone: a short line set
//! apart by a blank line from the paragraph before it, above a paragraph of prose, in a
//! document whose sections are not numbered ("E-post", then "Den rättsliga grunden är …").
//! Its words may name no topic; it is then `other`.

use super::{first_heading, is_upper, plain, title_position, Piece};
use crate::notice::classify::{
    heading_kinds, is_numbered, names_document, stands_alone_as_heading,
};
use crate::notice::SectionKind;

/// The marks that start an item of a list.
pub(super) const LIST_MARKS: [char; 5] = ['•', '-', '*', '–', '·'];

/// Fewest headings set apart so (these lines, and headings whose words name their topic)
/// in a document for any of these lines to count: one short line between paragraphs is as
/// often a name or a caption as a heading.
const MIN_STANDALONE: usize = 2;

/// Makes headings of the lines that stand alone as headings ([`stands_alone_as_heading`])
/// where the document numbers none of its sections: a line after a blank line, not the
/// document's title, after a sentence that does not name it (not after a title, a name, a
/// heading or an item of a list set apart the same way), and before a paragraph of prose,
/// set apart from it by a blank line or right above it where the prose starts a sentence
/// of its own (not the first line of a paragraph broken over lines).
pub(super) fn promote_standalone(mut pieces: Vec<Piece>) -> Vec<Piece> {
    if numbers_its_sections(&pieces) {
        return pieces;
    }
    let texts: Vec<Option<String>> = pieces.iter().map(Piece::plain_text).collect();
    // The document's title, where the text before its first heading has one.
    let title = title_position(texts[..first_heading(&pieces)].iter().map(Option::as_deref));
    // A page copied with one line a paragraph and no blank lines at all: each line stands
    // apart from the next as paragraphs set apart by blank lines do.
    let one_line_a_paragraph = !pieces.iter().any(|p| matches!(p, Piece::Blank));
    let blank = |i: usize| one_line_a_paragraph || matches!(pieces.get(i), Some(Piece::Blank));
    // A document that writes its headings in capitals: a line in capitals above its text
    // is one of them, whether or not the text is a paragraph of prose.
    let in_capitals = headings_in_capitals(&pieces);
    let candidates: Vec<usize> = (1..pieces.len())
        .filter(|&i| Some(i) != title)
        .filter(|&i| {
            let Some(line) = &texts[i] else {
                return false;
            };
            if !blank(i - 1) || super::parts::names_a_term_of_its_glossary(line, &pieces[..i]) {
                return false;
            }
            let before = filled_before(&pieces, i);
            let after = filled_after(&pieces, Some(i));
            let (Some(before), Some(Some(next))) = (before, after.map(|j| &texts[j])) else {
                return false;
            };
            // Right above its text, not the first line of a paragraph broken over lines
            // (a PDF's, a hard-wrapped text's): the text starts a sentence of its own, or
            // a list.
            let starts_anew =
                next.starts_with(char::is_uppercase) || next.trim_start().starts_with(LIST_MARKS);
            if !blank(i + 1) && (line.contains(',') || !starts_anew) {
                return false;
            }
            // Right under a heading, such a line labels a part of its section ("Manual
            // data" under "Principles of register protection"); so does a line that
            // takes up a term the sentence before it named ("… grunderna är oftast allmänt
            // intresse, myndighetsutövning …", then "Allmänt intresse").
            let after_a_sentence = texts[before].as_deref().is_some_and(|previous| {
                ends_a_sentence(previous)
                    && ((super::text::names_the_subject(line) && is_prose(next))
                        || !previous.to_lowercase().contains(&line.to_lowercase()))
            });
            (after_a_sentence
                || ends_a_list_run_together(&texts, before)
                || texts[before]
                    .as_deref()
                    .is_some_and(super::text::ends_contact_details))
                && (is_prose(next)
                    || after.is_some_and(|j| cut_off_at_the_end(&pieces, j, next))
                    || (opens_a_list_without_a_colon(line, next)
                        && !super::parts::lists_the_purposes(&pieces[..i]))
                    || (in_capitals && is_upper(line) && !is_upper(next)))
                && !names_document(&line.to_lowercase())
                && !names_a_register(line)
                && stands_alone_as_heading(line)
        })
        .collect();
    let headings = pieces
        .iter()
        .filter(|p| matches!(p, Piece::Heading { .. }))
        .count();
    // A title counts: under one, a single line set apart so is the notice's one heading.
    if candidates.len() + headings + usize::from(title.is_some()) < MIN_STANDALONE {
        return pieces;
    }
    for i in candidates {
        if let Some(text) = texts[i].clone() {
            let kinds = heading_kinds(&text);
            pieces[i] = Piece::Heading { text, kinds };
        }
    }
    pieces
}

/// Whether a document writes its headings in capitals: two or more, and at least half of
/// them ("PERSONUPPGIFTSANSVARIG", "NÄR DU ERBJUDS EN BOSTAD HOS OSS").
fn headings_in_capitals(pieces: &[Piece]) -> bool {
    let (capitals, all) = pieces
        .iter()
        .fold((0, 0), |(capitals, all), piece| match piece {
            Piece::Heading { text, .. } => {
                (capitals + usize::from(is_upper(&plain(text))), all + 1)
            }
            _ => (capitals, all),
        });
    capitals >= 2 && 2 * capitals >= all
}

/// The first piece after `i` (from the start for `None`) that is not a blank line.
fn filled_after(pieces: &[Piece], i: Option<usize>) -> Option<usize> {
    let from = i.map_or(0, |i| i + 1);
    (from..pieces.len()).find(|&j| !matches!(pieces[j], Piece::Blank))
}

/// The last piece before `i` that is not a blank line.
fn filled_before(pieces: &[Piece], i: usize) -> Option<usize> {
    (0..i).rev().find(|&j| !matches!(pieces[j], Piece::Blank))
}

/// Whether a document numbers its sections: then only numbered lines head them.
fn numbers_its_sections(pieces: &[Piece]) -> bool {
    pieces
        .iter()
        .any(|p| matches!(p, Piece::Heading { text, .. } if is_numbered(text)))
}

/// Whether the line at `last` is the last item of a list whose items run on without blank
/// lines ("• namn", "• adress", "• telefonnummer"): a line set apart after it is none of
/// its items, and may head the next section ("Att tänka på", then its prose). Items set
/// apart by blank lines are not: the line could be one more of them.
fn ends_a_list_run_together(texts: &[Option<String>], last: usize) -> bool {
    let is_item = |i: usize| {
        texts
            .get(i)
            .and_then(Option::as_deref)
            .is_some_and(|t| t.trim_start().starts_with(LIST_MARKS))
    };
    is_item(last)
        && last > 0
        && (is_item(last - 1) || texts[last - 1].as_deref().is_some_and(|t| t.ends_with(':')))
}

/// A line that ends a sentence of a few words ("Kommunen registrerar ändamålen för varje
/// behandling."), not a title, a name or an item of a list; a longer one may end in the
/// reference it cites, without a full stop ("… finns regler i Svenska kyrkans
/// arkivbestämmelser (SvKB 2019:1)"), and one may point to a link ([`points_to_a_link`]).
fn ends_a_sentence(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let text = text.trim_end();
    (words >= 3 && text.ends_with(['.', '!', '?']))
        || (words >= 10 && text.ends_with(')'))
        || (words >= 3 && points_to_a_link(text))
}

/// A sentence that ends pointing to a link the copy lost ("You can read more about GDPR
/// here:", "Läs mer här:", "Lisätietoja löydät täältä:"): what follows is not its object.
fn points_to_a_link(text: &str) -> bool {
    let lower = text.to_lowercase();
    [" here:", " här:", " täältä:", " tästä:"]
        .iter()
        .any(|end| lower.ends_with(end))
}

/// A paragraph of prose: a sentence of some words, ended as sentences are; not an item of
/// a list, not a name.
fn is_prose(text: &str) -> bool {
    text.split_whitespace().count() >= 8
        && text.trim_end().ends_with(['.', '!', '?', ':'])
        && !text.starts_with(LIST_MARKS)
}

/// A paragraph of prose that the document's copy cuts off mid-sentence: its last text, of
/// a dozen words or more from a capital ("The Swedish Board of Agriculture's rules require
/// … about the animal's health and"). A stored page, a file cut to a size, ends so.
fn cut_off_at_the_end(pieces: &[Piece], at: usize, text: &str) -> bool {
    filled_after(pieces, Some(at)).is_none()
        && text.split_whitespace().count() >= 12
        && text.starts_with(char::is_uppercase)
        && !text.starts_with(LIST_MARKS)
        // A line ending at a comma is the first of a paragraph broken over lines.
        && !text.trim_end().ends_with([',', ';'])
}

/// A line of a word or two above a list that it does not lead into with a colon
/// ("Personuppgiftsbehandling", then "• All behandling … följer dessa principer:"): the
/// list is the section's text.
fn opens_a_list_without_a_colon(line: &str, next: &str) -> bool {
    line.split_whitespace().count() <= 2
        && !line.ends_with(':')
        && next.trim_start().starts_with(LIST_MARKS)
}

/// Makes headings of items of no list: a line marked as an item ("• Rekisterin nimi"), its
/// words shaped as a heading ([`stands_alone_as_heading`]), that
/// no other item stands next to (a sub-item may follow it), set apart from the text after
/// it, where the document numbers none of its sections and has two such lines or more.
/// Some pages mark every heading so. The heading is the line without its mark; its words
/// may name no topic ("• Data protection in services" is `other`).
pub(super) fn promote_lone_items(mut pieces: Vec<Piece>) -> Vec<Piece> {
    if numbers_its_sections(&pieces) {
        return pieces;
    }
    let item = |i: usize| match pieces.get(i) {
        Some(Piece::Text(t)) => item_text(t).map(|words| (indent(t), words)),
        _ => None,
    };
    let blank = |i: usize| matches!(pieces.get(i), Some(Piece::Blank));
    let candidates: Vec<(usize, String)> = (0..pieces.len())
        .filter_map(|i| {
            let (depth, words) = item(i)?;
            let before = filled_before(&pieces, i);
            let after = filled_after(&pieces, Some(i))?;
            // A deeper item of prose above it is the text of the item before, not its
            // neighbour in one list ("• När spar vi uppgifter", "  • Vi sparar
            // personuppgifter när du …", "• Vad spar vi för uppgifter").
            let text_of_the_item_before =
                |j: usize| item(j).is_some_and(|(deeper, text)| deeper > depth && is_prose(&text));
            let alone_before =
                before.is_none_or(|j| item(j).is_none() || text_of_the_item_before(j));
            // The next line is text, set apart by a blank line (or, under an item in
            // capitals, a paragraph of prose right under it: "- INTRODUCTION", then "This
            // Website is owned …"), or a deeper item.
            let apart_after = match item(after) {
                Some((deeper, _)) => deeper > depth,
                None => {
                    blank(i + 1)
                        || (is_upper(&words)
                            && pieces[after].plain_text().is_some_and(|t| is_prose(&t)))
                }
            };
            let shaped = stands_alone_as_heading(&words);
            (alone_before && apart_after && shaped).then_some((i, words))
        })
        .collect();
    if candidates.len() < MIN_STANDALONE {
        return pieces;
    }
    for (i, words) in candidates {
        let kinds = heading_kinds(&words);
        pieces[i] = Piece::Heading { text: words, kinds };
    }
    pieces
}

/// The words of a line marked as an item of a list ("• Rekisterin nimi"), if it is one.
fn item_text(line: &str) -> Option<String> {
    let plain = plain(line);
    let rest = plain
        .strip_prefix(['•', '·', '▪'])
        .or_else(|| plain.strip_prefix("- "))?;
    let rest = rest.trim();
    (!rest.is_empty()).then(|| rest.to_string())
}

/// How far a line is indented.
fn indent(line: &str) -> usize {
    line.chars().take_while(|c| c.is_whitespace()).count()
}

/// Makes text of a first line that tells, as page titles do, how the whole notice's
/// processing goes ("Så behandlar vi personuppgifter inom kultur- och
/// utbildningsförvaltningen", "How we process personal data") or gathers questions and
/// answers about it ("Frågor och svar om personuppgiftshantering"), or that joins its parts
/// with a dash or a bar as page titles do ("Dina rättigheter - personuppgifter",
/// "Tietosuojaseloste | Henkilötietojen käsittely"): the document's title, not a section.
/// Further down, the same words head a section; a numbered first line is a section. Right
/// under a title line, such words are its subtitle ("Kulturskolans integritetspolicy",
/// then "Så behandlar kulturskolan dina personuppgifter").
pub(super) fn title_first(mut pieces: Vec<Piece>) -> Vec<Piece> {
    const TITLES: &[&str] = &[
        "så behandlar ",
        "så här behandlar ",
        "näin käsittelemme ",
        "how we process ",
        "how we handle ",
        // A page of questions and answers, as its first line ("Frågor och svar om
        // personuppgiftshantering"); further down, such a line heads a part of them.
        "frågor och svar om ",
        "questions and answers about ",
        "usein kysyttyä ",
        // A page of the questions most often asked, by that name.
        "vanliga frågor",
        "frequently asked questions",
        "usein kysytyt kysymykset",
    ];
    let tells_the_whole = |text: &str| {
        let lower = plain(text).to_lowercase();
        TITLES.iter().any(|t| lower.starts_with(t))
    };
    // Site navigation before the title is passed over.
    let navigation =
        |piece: &Piece| matches!(piece, Piece::Text(t) if super::text::is_navigation(&plain(t)));
    let Some(first) =
        (0..pieces.len()).find(|&j| !matches!(pieces[j], Piece::Blank) && !navigation(&pieces[j]))
    else {
        return pieces;
    };
    match &pieces[first] {
        Piece::Heading { text, .. } => {
            let lower = plain(text).to_lowercase();
            let joins_parts = [" - ", " – ", " — ", " | "]
                .iter()
                .any(|j| lower.contains(j));
            // A first line right above a heading heads no text of its own: it is the
            // page's title ("Information on contact persons for business", then
            // "Purpose of processing data").
            let heads_nothing = matches!(filled_after(&pieces, Some(first)).map(|j| &pieces[j]),
                Some(Piece::Heading { text: next, .. }) if !is_numbered(next));
            if tells_the_whole(text) || (!is_numbered(text) && (joins_parts || heads_nothing)) {
                pieces[first] = Piece::Text(text.clone());
            }
        }
        Piece::Text(title) if super::text::could_be_title(&plain(title)) => {
            if let Some(next) = filled_after(&pieces, Some(first)) {
                if let Piece::Heading { text, .. } = &pieces[next] {
                    if tells_the_whole(text) && !is_numbered(text) {
                        pieces[next] = Piece::Text(text.clone());
                    }
                }
            }
        }
        _ => {}
    }
    pieces
}

/// Makes text of an unnumbered heading right after a line of text that ends in a colon:
/// it completes that line, as the items of a list do ("The lawful basis …: Public interest
/// or the exercise of official authority:", then "Scientific or historical research
/// purposes or statistical purposes").
/// So do the items of a numbered list of sentences such a line introduces ("… has two
/// main purposes:", then "1. Explains how we collect and use your personal
/// information.", "2. Describe your rights …."): a section's heading ends in no full stop.
pub(super) fn keep_lead_ins_with_what_they_introduce(mut pieces: Vec<Piece>) -> Vec<Piece> {
    let mut next_item: Option<u32> = None;
    for i in 1..pieces.len() {
        let before = filled_before(&pieces, i).map(|j| &pieces[j]);
        let completes = matches!(&pieces[i - 1], Piece::Text(t) if plain(t).ends_with(':'));
        let introduced = matches!(before, Some(Piece::Text(t)) if plain(t).ends_with(':'));
        if let Piece::Heading { text, .. } = &pieces[i] {
            let sentence = plain(text).ends_with('.');
            let number = crate::notice::classify::section_number(text).map(|(n, _)| n);
            if completes && !is_numbered(text) {
                pieces[i] = Piece::Text(text.clone());
            } else if sentence
                && number.is_some()
                && ((introduced && number == Some(1)) || number == next_item)
            {
                next_item = number.map(|n| n + 1);
                pieces[i] = Piece::Text(text.clone());
            } else {
                next_item = None;
            }
        }
    }
    pieces
}

/// Makes text of an unnumbered heading with nothing under it at the end of the document: a
/// heading heads something, so a last line is a sentence broken off ("Du har rätt att
/// kontakta oss för", as a copy cut short ends) or a closing line, not a section. The
/// notice's date stands alone at the end, and a numbered heading keeps its place in the
/// document's order.
pub(super) fn nothing_heads_the_end(mut pieces: Vec<Piece>) -> Vec<Piece> {
    let Some(last) = (0..pieces.len())
        .rev()
        .find(|&i| !matches!(pieces[i], Piece::Blank))
    else {
        return pieces;
    };
    if let Piece::Heading { text, kinds } = &pieces[last] {
        if !is_numbered(text) && kinds.first() != Some(&SectionKind::UpdatedDate) {
            pieces[last] = Piece::Text(text.clone());
        }
    }
    pieces
}

#[cfg(test)]
mod tests;

/// Whether a line is the name of a register and nothing more ("Grant recipient register",
/// "Jäsenrekisteri", "Stakeholder Register"): in a notice of several registers it labels
/// the part on that register inside a section on a topic, heading no section.
fn names_a_register(line: &str) -> bool {
    const REGISTER: [&str; 5] = [
        "rekisteri",
        "register",
        "registry",
        "registret",
        "registren",
    ];
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.len() <= 6
        && words
            .last()
            .is_some_and(|last| REGISTER.iter().any(|r| last.ends_with(r)))
}
