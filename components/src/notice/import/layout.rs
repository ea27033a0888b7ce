//! Headings that a page copied as plain text gives by its layout alone: a short line set
//! apart by blank lines between paragraphs of prose, in a document whose sections are not
//! numbered ("E-post", then "Den rättsliga grunden är …"). Its words may name no topic; it
//! is then `other`.

use super::{could_be_title, first_heading, plain, Piece};
use crate::notice::classify::{
    heading_kinds, is_numbered, names_document, stands_alone_as_heading,
};

/// Fewest headings set apart so (these lines, and headings whose words name their topic)
/// in a document for any of these lines to count: one short line between paragraphs is as
/// often a name or a caption as a heading.
const MIN_STANDALONE: usize = 2;

/// Makes headings of the lines that stand alone as headings ([`stands_alone_as_heading`])
/// where the document numbers none of its sections: a line set apart by blank lines, not
/// the document's title, after a sentence that does not name it (not after a title, a
/// name, a heading or an item of a list set apart the same way), and before a paragraph of
/// prose.
pub(super) fn promote_standalone(mut pieces: Vec<Piece>) -> Vec<Piece> {
    if pieces
        .iter()
        .any(|p| matches!(p, Piece::Heading { text, .. } if is_numbered(text)))
    {
        return pieces;
    }
    let texts: Vec<Option<String>> = pieces.iter().map(Piece::plain_text).collect();
    // The document's title, where the text before its first heading has one.
    let title = texts[..first_heading(&pieces)]
        .iter()
        .position(|t| t.as_deref().is_some_and(could_be_title));
    let blank = |i: usize| matches!(pieces.get(i), Some(Piece::Blank));
    let candidates: Vec<usize> = (1..pieces.len())
        .filter(|&i| Some(i) != title)
        .filter(|&i| {
            let Some(line) = &texts[i] else {
                return false;
            };
            if !blank(i - 1) || !blank(i + 1) {
                return false;
            }
            let before = (0..i).rev().find(|&j| !blank(j));
            let after = (i + 1..pieces.len()).find(|&j| !blank(j));
            let (Some(before), Some(Some(next))) = (before, after.map(|j| &texts[j])) else {
                return false;
            };
            // Right under a heading, such a line labels a part of its section ("Manual
            // data" under "Principles of register protection"); so does a line that
            // takes up a term the sentence before it named ("… grunderna är oftast allmänt
            // intresse, myndighetsutövning …", then "Allmänt intresse").
            texts[before].as_deref().is_some_and(|previous| {
                ends_a_sentence(previous) && !previous.to_lowercase().contains(&line.to_lowercase())
            }) && is_prose(next)
                && !names_document(&line.to_lowercase())
                && stands_alone_as_heading(line)
        })
        .collect();
    let headings = pieces
        .iter()
        .filter(|p| matches!(p, Piece::Heading { .. }))
        .count();
    if candidates.len() + headings < MIN_STANDALONE {
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

/// A line that ends a sentence of a few words ("Kommunen registrerar ändamålen för varje
/// behandling."), not a title, a name or an item of a list.
fn ends_a_sentence(text: &str) -> bool {
    text.split_whitespace().count() >= 3 && text.trim_end().ends_with(['.', '!', '?'])
}

/// A paragraph of prose: a sentence of some words, ended as sentences are; not an item of
/// a list, not a name.
fn is_prose(text: &str) -> bool {
    text.split_whitespace().count() >= 8
        && text.trim_end().ends_with(['.', '!', '?', ':'])
        && !text.starts_with(['•', '-', '*', '–', '·'])
}

/// Makes text of an unnumbered heading right after a line of text that ends in a colon:
/// it completes that line, as the items of a list do ("The lawful basis …: Public interest
/// or the exercise of official authority:", then "Scientific or historical research
/// purposes or statistical purposes").
pub(super) fn keep_lead_ins_with_what_they_introduce(mut pieces: Vec<Piece>) -> Vec<Piece> {
    for i in 1..pieces.len() {
        let completes = matches!(&pieces[i - 1], Piece::Text(t) if plain(t).ends_with(':'));
        if let Piece::Heading { text, .. } = &pieces[i] {
            if completes && !is_numbered(text) {
                pieces[i] = Piece::Text(text.clone());
            }
        }
    }
    pieces
}

#[cfg(test)]
mod tests;
