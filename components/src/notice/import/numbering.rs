//! Numbered sections: which numbered lines head sections, and which are items of a list,
//! lines of a table of contents, or text under a numbered heading.

use super::{plain, Piece};
use crate::notice::classify::{is_numbered, section_number, strip_number};

/// In a document whose sections are numbered, an unnumbered line after the first numbered
/// heading is body text even if it names a topic ("Sosiaalitoimen tietosuojavastaava" as the
/// content of "4. Rekisteriasioiden yhteyshenkilöt"). So is a numbered line that is an item
/// of a list inside a section: one numbered in another way than the sections ("1)
/// Lakisääteinen velvoite" in "6. Käsittelyn oikeusperuste"), or one whose number goes
/// back (a list starting again from one under "6."; where every section is "1.", as
/// lists copied from a page are, the numbers never go back). Where the numbers go back
/// after headings with no text between them, those were a table of contents: they become
/// text, and the sections start again. So does a table of contents whose lines are
/// numbered otherwise than the sections they name ([`drop_contents`]).
pub(super) fn demote_unnumbered(pieces: Vec<Piece>) -> Vec<Piece> {
    let pieces = drop_contents(pieces);
    let numbered = |p: &Piece| matches!(p, Piece::Heading { text, .. } if is_numbered(text));
    if pieces.iter().filter(|p| numbered(p)).count() < 3 {
        return pieces;
    }
    let first = pieces.iter().position(numbered).unwrap_or(0);
    let sections_mark = match &pieces[first] {
        Piece::Heading { text, .. } => section_number(text).map(|(_, mark)| mark),
        _ => None,
    };
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut last_number = 0;
    // Where the kept numbered headings are in `out`, and whether any text came after them.
    let mut kept: Vec<usize> = Vec::new();
    let mut text_after_kept = false;
    for (i, p) in pieces.into_iter().enumerate() {
        let p = match p {
            Piece::Heading { text, .. } if i > first && !is_numbered(&text) => Piece::Text(text),
            Piece::Heading { text, kinds } => match section_number(&text) {
                Some((_, mark)) if Some(mark) != sections_mark => Piece::Text(text),
                // A number again ("4." after "4.") is a list's, unless every section is "1.".
                Some((n, _)) if n == last_number && n > 1 => Piece::Text(text),
                Some((n, _)) if n < last_number && text_after_kept => Piece::Text(text),
                Some((n, _)) => {
                    if n < last_number {
                        for at in kept.drain(..) {
                            if let Piece::Heading { text, .. } =
                                std::mem::replace(&mut out[at], Piece::Blank)
                            {
                                out[at] = Piece::Text(text);
                            }
                        }
                    }
                    last_number = n;
                    kept.push(out.len());
                    Piece::Heading { text, kinds }
                }
                None => Piece::Heading { text, kinds },
            },
            p => p,
        };
        if matches!(p, Piece::Text(_)) && !kept.is_empty() {
            text_after_kept = true;
        }
        out.push(p);
    }
    out
}

/// Lines in a run this long, with nothing but blank lines between them, may be a table of
/// contents.
const CONTENTS_RUN: usize = 3;

/// A run this long with no text between its lines is a table of contents even where its
/// lines are worded otherwise than the sections ("1. Tässä politiikassa käytetyt
/// määritelmät" for "Määritelmät").
const LONG_CONTENTS: usize = 5;

/// Makes text of a table of contents: a run of numbered headings with no text between them
/// ("1. Registrets namn", "2. Personuppgiftsansvarig/ägare", …) of which at least half, or
/// at least three, are named again further on, as the sections they list.
fn drop_contents(mut pieces: Vec<Piece>) -> Vec<Piece> {
    let title = |p: &Piece| match p {
        Piece::Heading { text, .. } | Piece::Text(text) => {
            let plain = plain(text);
            let (_, words) = strip_number(plain.trim());
            Some(words.trim_end_matches([':', '.']).trim().to_lowercase())
        }
        Piece::Blank => None,
    };
    let mut i = 0;
    while i < pieces.len() {
        // The run of numbered headings that starts at `i`, blank lines between them allowed.
        // A table of contents counts up: a number that goes back starts the sections.
        let mut run = Vec::new();
        let mut last = 0;
        let mut j = i;
        while j < pieces.len() {
            match &pieces[j] {
                Piece::Heading { text, .. } => match section_number(text) {
                    Some((n, _)) if n > last => {
                        run.push(j);
                        last = n;
                    }
                    _ => break,
                },
                Piece::Blank => {}
                _ => break,
            }
            j += 1;
        }
        if run.len() >= CONTENTS_RUN {
            let later: Vec<String> = pieces[j..].iter().filter_map(title).collect();
            let named_again = run
                .iter()
                .filter_map(|&at| title(&pieces[at]))
                .filter(|t| !t.is_empty() && later.contains(t))
                .count();
            // Half of them, or three: a document may end before all it lists. A run of
            // five or more is contents whatever its lines say: sections have text.
            if 2 * named_again >= run.len()
                || named_again >= CONTENTS_RUN
                || run.len() >= LONG_CONTENTS
            {
                for at in run {
                    if let Piece::Heading { text, .. } =
                        std::mem::replace(&mut pieces[at], Piece::Blank)
                    {
                        pieces[at] = Piece::Text(text);
                    }
                }
            }
        }
        i = j.max(i + 1);
    }
    pieces
}

#[cfg(test)]
mod tests;
