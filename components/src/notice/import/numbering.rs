//! Numbered sections: which numbered lines head sections, and which are items of a list,
//! lines of a table of contents, or text under a numbered heading.

use super::{plain, Piece};
use crate::notice::classify::{is_numbered, section_number, strip_number};
use crate::notice::SectionKind;
use std::collections::{HashMap, HashSet};

/// In a document whose sections are numbered, an unnumbered line after the first numbered
/// heading is body text even if it names a topic ("Sosiaalitoimen tietosuojavastaava" as
/// the content of "4. Rekisteriasioiden yhteyshenkilöt"), but for the notice's date after
/// the last section. So is a numbered line that is an item
/// of a list inside a section: one numbered in another way than the sections ("1)
/// Lakisääteinen velvoite" in "6. Käsittelyn oikeusperuste"), or one whose number goes
/// back (a list starting again from one under "6."; where every section is "1.", as
/// lists copied from a page are, the numbers never go back), or one of a list from one
/// that a line ending in a colon introduces inside a section ("The controllers are:", then
/// "1. …", "2. …", even under "1."), as long as its numbers run on. A table of contents
/// before the sections is text first ([`drop_contents`]).
pub(super) fn demote_unnumbered(pieces: Vec<Piece>) -> Vec<Piece> {
    let pieces = lists_under_unnumbered_headings(drop_contents(pieces));
    let numbered = |p: &Piece| matches!(p, Piece::Heading { text, .. } if is_numbered(text));
    if pieces.iter().filter(|p| numbered(p)).count() < 3 {
        return pieces;
    }
    let first = pieces.iter().position(numbered).unwrap_or(0);
    let last = pieces.iter().rposition(numbered).unwrap_or(0);
    let sections_mark = sections_mark(&pieces, first);
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut last_number = 0;
    // A list that a section's text introduces ("… include multiple organisations:", then
    // "1. …", "2. …"): the number its next item would have.
    let mut list_next: Option<u32> = None;
    let mut lead_in = false;
    // Whether a numbered line has been made text since the last numbered heading, and
    // whether any text has come since.
    let mut items_since = false;
    let mut text_since = false;
    for (i, p) in pieces.into_iter().enumerate() {
        let p = match p {
            // The notice's date stands apart from its sections, before them or after
            // them all ("Last updated 18.8.2009" after the last section's text); a copy of
            // it inside a section is that section's text.
            Piece::Heading { text, kinds }
                if i > first
                    && !is_numbered(&text)
                    && !(i > last && kinds == [SectionKind::UpdatedDate]) =>
            {
                Piece::Text(text)
            }
            Piece::Heading { text, kinds } => match section_number(&text) {
                // Numbered otherwise than the sections, a line is a list's; but the first
                // section may have lost its mark ("1 Allmänt", then "2. Registrator"), and
                // so may the next section, on a topic of its own ("4. Purpose …", then "5
                // Data file contents").
                Some((n, mark))
                    if Some(mark) != sections_mark
                        && !(i == first && n == 1)
                        && !(mark == ' '
                            && n == last_number + 1
                            && kinds.first().is_some_and(|k| *k != SectionKind::Other)) =>
                {
                    Piece::Text(text)
                }
                Some((n, _)) if list_next == Some(n) || (lead_in && n == 1 && last_number >= 1) => {
                    list_next = Some(n + 1);
                    Piece::Text(text)
                }
                // A number again ("4." after "4.") is a list's, unless every section is "1.",
                // or the author numbered two sections alike: text between them, nothing
                // numbered, and it names a topic ("6. Rekisterin tietosisältö", its text,
                // then "6.Säännönmukaiset tiedonlähteet", "7. …"). Right under the heading,
                // it is the heading's item ("4. Rekisteröidyt", "4. Yritysten …").
                Some((n, _))
                    if n == last_number
                        && n > 1
                        && text_since
                        && !items_since
                        && kinds.first().is_some_and(|k| *k != SectionKind::Other) =>
                {
                    Piece::Heading { text, kinds }
                }
                Some((n, _)) if n == last_number && n > 1 => Piece::Text(text),
                Some((n, _)) if n < last_number => Piece::Text(text),
                Some((n, _)) => {
                    list_next = None;
                    last_number = n;
                    Piece::Heading { text, kinds }
                }
                None => Piece::Heading { text, kinds },
            },
            p => p,
        };
        match &p {
            Piece::Text(text) => {
                lead_in = plain(text).trim_end().ends_with(':');
                items_since |= is_numbered(text);
                text_since = true;
            }
            Piece::Heading { text, .. } => {
                lead_in = false;
                if is_numbered(text) {
                    items_since = false;
                    text_since = false;
                }
            }
            Piece::Blank => {}
        }
        out.push(p);
    }
    out
}

/// Makes text of a list numbered from one that a line ending in a colon introduces, in a
/// document whose sections, before it, are not numbered ("Collection of personal data",
/// "We may collect … the following kinds of personal data:", then "1. Data about your
/// computer", "2. …"): its items, as long as their numbers run on, head no sections.
fn lists_under_unnumbered_headings(mut pieces: Vec<Piece>) -> Vec<Piece> {
    let mut unnumbered_heading = false;
    let mut lead_in = false;
    let mut next: Option<u32> = None;
    for piece in pieces.iter_mut() {
        match piece {
            Piece::Heading { text, .. } => match section_number(text) {
                Some((n, _)) if next == Some(n) || (n == 1 && lead_in && unnumbered_heading) => {
                    next = Some(n + 1);
                    *piece = Piece::Text(std::mem::take(text));
                }
                // Numbered sections: not this kind of document.
                Some(_) if next.is_none() => return pieces,
                Some(_) => next = None,
                None => {
                    unnumbered_heading = true;
                    next = None;
                }
            },
            Piece::Text(text) => lead_in = introduces_a_list(&plain(text)),
            Piece::Blank => {}
        }
    }
    pieces
}

/// Whether a line is a sentence that a list completes ("We may collect … the following
/// kinds of personal data:"), not a field's bare label ("Contact person for data
/// protection matters:").
fn introduces_a_list(line: &str) -> bool {
    let lower = line.to_lowercase();
    line.trim_end().ends_with(':')
        && (line.split_whitespace().count() >= 7
            || ["following", "följande", "seuraav"]
                .iter()
                .any(|w| lower.contains(w)))
}

/// How the sections are numbered: the mark after the number ('.', ')' or none) that most
/// numbered headings have, the first one's where as many have another ("1 Allmänt", then
/// "2. Registrator", "3. Syfte …": the full stop left out once).
fn sections_mark(pieces: &[Piece], first: usize) -> Option<char> {
    let marks: Vec<char> = pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Heading { text, .. } => section_number(text).map(|(_, mark)| mark),
            _ => None,
        })
        .collect();
    let count = |m: char| marks.iter().filter(|&&x| x == m).count();
    let first_mark = match &pieces[first] {
        Piece::Heading { text, .. } => section_number(text).map(|(_, mark)| mark),
        _ => None,
    }?;
    Some(
        ['.', ')', ' ']
            .into_iter()
            .filter(|&m| count(m) > count(first_mark))
            .max_by_key(|&m| count(m))
            .unwrap_or(first_mark),
    )
}

/// Makes text of a numbered heading that goes on from an item of a list: where the line
/// numbered one less, in the same way, is text with no heading between them ("1. the
/// consent of the data subject", then "2. Rules on the controller's statutory
/// obligation:"), both are items of one list, whatever the second one names; unless a
/// heading before them has that number (a list ending in "3." under "3. Purpose …", then
/// the section "4. The data subjects …"), or two headings more go on from it in the same
/// way: a list's items are seldom all headings, sections are ("1. The University … is the
/// controller …." written as a sentence, then "2. Why do we process …?", "3. …", "4. …").
pub(super) fn items_run_on(mut pieces: Vec<Piece>) -> Vec<Piece> {
    // Where each heading's number is last seen, to look ahead.
    let mut last_seen: HashMap<(u32, char), usize> = HashMap::new();
    for (i, piece) in pieces.iter().enumerate() {
        if let Piece::Heading { text, .. } = piece {
            if let Some(number) = section_number(text) {
                last_seen.insert(number, i);
            }
        }
    }
    let runs_on_as_sections = |i: usize, (n, mark): (u32, char)| {
        let after = |k: u32, from: usize| last_seen.get(&(k, mark)).filter(|&&j| j > from).copied();
        after(n + 1, i).and_then(|j| after(n + 2, j)).is_some()
    };
    // The numbers of the headings so far, and of the last numbered line of text since the
    // last heading: one pass, however long the document.
    let mut headed: HashSet<(u32, char)> = HashSet::new();
    let mut last_item: Option<(u32, char)> = None;
    for (i, piece) in pieces.iter_mut().enumerate() {
        let heading = match piece {
            Piece::Heading { text, .. } => text.clone(),
            Piece::Text(text) => {
                last_item = section_number(text).or(last_item);
                continue;
            }
            Piece::Blank => continue,
        };
        let number = section_number(&heading);
        let goes_on = number.is_some_and(|(n, mark)| {
            n > 1
                && last_item == Some((n - 1, mark))
                && !headed.contains(&(n - 1, mark))
                && !runs_on_as_sections(i, (n, mark))
        });
        if goes_on {
            last_item = number;
            *piece = Piece::Text(heading);
        } else {
            headed.extend(number);
            last_item = None;
        }
    }
    pieces
}

/// Lines in a run this long, with nothing but blank lines between them, may be a table of
/// contents.
const CONTENTS_RUN: usize = 3;

/// A run this long with no text between its lines is a table of contents even where its
/// lines are worded otherwise than the sections ("1. Tässä politiikassa käytetyt
/// määritelmät" for "Määritelmät").
const LONG_CONTENTS: usize = 5;

/// Makes text of a table of contents: a run of numbered headings with no text between them
/// ("1. Registrets namn", "2. Personuppgiftsansvarig/ägare", …) that is
/// - the document's first run, and the numbers go back right after it (the sections start
///   again from one), however long it is and however its lines are worded; or
/// - [`CONTENTS_RUN`] or more lines of which at least half, or at least three, are named
///   again further on, as the sections they list, however those are numbered; or
/// - [`LONG_CONTENTS`] or more lines, whatever they say.
fn drop_contents(mut pieces: Vec<Piece>) -> Vec<Piece> {
    let title = |p: &Piece| match p {
        Piece::Heading { text, .. } | Piece::Text(text) => {
            let plain = plain(text);
            let (_, words) = strip_number(plain.trim());
            Some(words.trim_end_matches([':', '.']).trim().to_lowercase())
        }
        Piece::Blank => None,
    };
    // Where the sections number themselves (three numbered headings or more), the first run
    // may be contents that the sections follow from one again.
    let mut first_run = pieces
        .iter()
        .filter(|p| matches!(p, Piece::Heading { text, .. } if is_numbered(text)))
        .count()
        >= 3;
    // The last number of the contents just made text, and where they ended.
    let mut contents_end: Option<(u32, usize)> = None;
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
                // A table of contents lists the parts of a section under it ("7. What are
                // the legal grounds …", "7.1 Legitimate interest", "7.2 Agreement", "8. …").
                Piece::Text(text) if !run.is_empty() && part_of(text) == Some(last) => {}
                _ => break,
            }
            j += 1;
        }
        let Some(&start) = run.first() else {
            i += 1;
            continue;
        };
        let mark = |at: usize| match &pieces[at] {
            Piece::Heading { text, .. } => section_number(text),
            _ => None,
        };
        let goes_back = first_run
            && j < pieces.len()
            && matches!((mark(start), mark(j)), (Some((_, first)), Some((n, again)))
                if again == first && n < last);
        first_run = false;
        // The contents go on after a line of theirs that a label's colon split in two
        // ("10. Data subject rights: how can you affect …", its parts "10.1 …"): the run
        // numbered on from them, with only such short lines between, is more of them.
        let goes_on_from_contents = contents_end.is_some_and(|(n, end)| {
            mark(start).is_some_and(|(first, _)| first == n + 1)
                && pieces[end..start].iter().all(|p| match p {
                    Piece::Text(text) => plain(text).split_whitespace().count() <= 12,
                    _ => matches!(p, Piece::Blank),
                })
        });
        let named_again = if run.len() >= CONTENTS_RUN {
            let later: Vec<String> = pieces[j..].iter().filter_map(title).collect();
            run.iter()
                .filter_map(|&at| title(&pieces[at]))
                .filter(|t| !t.is_empty() && later.contains(t))
                .count()
        } else {
            0
        };
        // Half of them, or three: a document may end before all it lists. A run of five or
        // more is contents whatever its lines say: sections have text.
        if goes_back
            || goes_on_from_contents
            || (run.len() >= CONTENTS_RUN
                && (2 * named_again >= run.len() || named_again >= CONTENTS_RUN))
            || run.len() >= LONG_CONTENTS
        {
            for at in run {
                if let Piece::Heading { text, .. } =
                    std::mem::replace(&mut pieces[at], Piece::Blank)
                {
                    pieces[at] = Piece::Text(text);
                }
            }
            contents_end = Some((last, j));
        } else {
            contents_end = None;
        }
        i = j.max(i + 1);
    }
    pieces
}

/// The section a part's number names ("7.1 Legitimate interest" is a part of 7), if a line
/// starts with one.
fn part_of(line: &str) -> Option<u32> {
    let plain = plain(line);
    let (section, rest) = plain.split_once('.')?;
    let part = rest.bytes().take_while(u8::is_ascii_digit).count();
    (part > 0 && !section.is_empty() && section.len() <= 2)
        .then(|| section.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests;
