//! Turning a legacy notice (plain text or CMS HTML) into a structured [`Notice`].
//!
//! Handles the layouts of real Finnish notices: numbered headings, `<b>N. Heading</b>` or
//! an UPPERCASE label, then a tab and the content (two-column tables pasted from a CMS),
//! `<p>`/`<ul>`/`<br>` HTML, headings broken over lines, "Label: content" lines, and page
//! headers repeated in the middle of the text. Text before the first heading is kept as
//! the first section; no text is dropped except copies of those page headers.

use super::classify::{
    self, classify_heading, heading_kinds, is_marked_heading, label_of, last_date,
};
use super::{rich, Controller, Notice, RequestSettings, Section, SectionKind};

mod body;
mod layout;
mod numbering;
mod parts;
mod text;
use body::body_html;
use parts::{
    continues_its_fields, labels_a_part_of_its_section, names_a_term_of_its_glossary,
    opens_a_block_of_details,
};
use text::{
    default_title, detect_lang, first_text_line, is_separator, is_upper, name_before_address,
    plain, slug, title_position,
};

/// An imported notice, with what the importer noticed on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedNotice {
    /// The notice.
    pub notice: Notice,
    /// Lines dropped as repeated page headers (copies of the document's own title lines).
    pub dropped_page_headers: usize,
    /// Whether the first section holds the text before the first heading (its heading is
    /// then the document's title, or empty), not a section the document names.
    pub preamble: bool,
}

/// One logical line: a cell of a table row or a line of text.
#[derive(Debug)]
enum Piece {
    Heading {
        text: String,
        kinds: Vec<SectionKind>,
    },
    Text(String),
    Blank,
}

impl Piece {
    /// The plain text of a line of text; none for a heading or a blank line.
    fn plain_text(&self) -> Option<String> {
        match self {
            Piece::Text(t) => Some(plain(t)),
            _ => None,
        }
    }
}

/// Where the first heading is, or the end.
fn first_heading(pieces: &[Piece]) -> usize {
    pieces
        .iter()
        .position(|p| matches!(p, Piece::Heading { .. }))
        .unwrap_or(pieces.len())
}

/// Imports a notice from text or HTML.
pub fn import(input: &str) -> ImportedNotice {
    let (pieces, marked) = split_pieces(input);
    let pieces = layout::keep_lead_ins_with_what_they_introduce(pieces);
    let pieces = layout::title_first(pieces);
    let pieces = numbering::items_run_on(numbering::demote_unnumbered(pieces));
    let pieces = layout::promote_standalone(pieces);
    let pieces = layout::promote_lone_items(pieces);
    let pieces = parts::subtitles_join_their_heading(pieces);
    // A heading the author marked is one, even with nothing under it.
    let pieces = if marked {
        pieces
    } else {
        layout::nothing_heads_the_end(pieces)
    };
    let (pieces, dropped_page_headers) = drop_repeated_headers(pieces);

    let mut preamble: Vec<String> = Vec::new();
    let mut sections: Vec<(String, Vec<SectionKind>, Vec<String>)> = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Heading { text, kinds } => sections.push((text, kinds, Vec::new())),
            Piece::Text(t) => match sections.last_mut() {
                Some((_, _, body)) => body.push(t),
                None => preamble.push(t),
            },
            Piece::Blank => match sections.last_mut() {
                Some((_, _, body)) => body.push(String::new()),
                None => preamble.push(String::new()),
            },
        }
    }

    classify::settle_in_context(&mut sections);

    let text_of_preamble: Vec<&str> = preamble
        .iter()
        .map(String::as_str)
        .filter(|l| !l.trim().is_empty())
        .collect();
    // The title: the first line before any heading that is neither navigation nor a sentence.
    let plain_preamble: Vec<String> = preamble.iter().map(|l| plain(l)).collect();
    let title_at = title_position(plain_preamble.iter().map(|l| Some(l.as_str())));
    let title = title_at.map(|i| plain(&preamble[i]));
    let mut notice_sections = Vec::new();
    let has_preamble = !text_of_preamble.is_empty();
    if has_preamble {
        let rest: Vec<String> = preamble
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != title_at)
            .map(|(_, l)| l.clone())
            .collect();
        let heading = title.clone().unwrap_or_default();
        notice_sections.push(Section {
            kind: SectionKind::Other,
            also: Vec::new(),
            heading,
            body: body_html(&rest),
        });
    }
    for (heading, kinds, body) in sections {
        let (kind, also) = match kinds.split_first() {
            Some((first, rest)) => (*first, rest.to_vec()),
            None => (SectionKind::Other, Vec::new()),
        };
        notice_sections.push(Section {
            kind,
            also,
            heading,
            body: body_html(&body),
        });
    }

    let all_text: String = notice_sections
        .iter()
        .map(|s| format!("{} {}", s.heading, s.body))
        .collect();
    let lang = detect_lang(&all_text);
    let first_line = |kind: SectionKind| {
        notice_sections
            .iter()
            .find(|s| s.kind == kind)
            .and_then(|s| first_text_line(&s.body))
    };
    let register_name = first_line(SectionKind::RegisterName).unwrap_or_default();
    let controller_name = first_line(SectionKind::Controller)
        .map(|l| name_before_address(&l))
        .unwrap_or_default();
    let controller = Controller {
        name: controller_name,
        ..Controller::default()
    };
    let updated = notice_sections
        .iter()
        .filter(|s| s.kinds().any(|k| k == SectionKind::UpdatedDate))
        .filter_map(|s| {
            last_date(&format!(
                "{} {}",
                s.heading,
                rich::plain_text(&rich::parse(&s.body))
            ))
        })
        .next_back();
    let title = title.unwrap_or_else(|| default_title(lang).to_string());
    let id = slug(if register_name.is_empty() {
        &title
    } else {
        &register_name
    });
    ImportedNotice {
        notice: Notice {
            id,
            lang,
            title,
            register_name,
            controller,
            updated,
            change_note: None,
            translations: Default::default(),
            sections: notice_sections,
            requests: RequestSettings::default(),
        },
        dropped_page_headers,
        preamble: has_preamble,
    }
}

/// Splits the input into headings, text and blank lines; also tells whether the document
/// marks its headings (three or more lines marked as headings: see below).
fn split_pieces(input: &str) -> (Vec<Piece>, bool) {
    let mut pieces = Vec::new();
    let expanded: Vec<String> = input.lines().map(break_blocks).collect();
    // A blank line stays one: it ends a paragraph, and sets a heading apart.
    let lines: Vec<&str> = expanded
        .iter()
        .flat_map(|l| {
            if l.trim().is_empty() {
                vec![""]
            } else {
                l.lines().collect()
            }
        })
        .collect();
    // A document that marks its headings (a Word file's heading styles, a PDF's larger
    // type, a page's <h2>s) is taken at its word: its other lines are text, whatever they
    // name ("Henkilötietojen käsittelyn perusteet:" inside a section).
    let marked = lines.iter().filter(|l| is_marked_heading(l)).count() >= 3;
    // Whether the last heading was written into its first line ("Rekisterin pitäjä:
    // Rautavaaran helluntaiseurakunta"), none yet being `None`.
    let mut last_run_in: Option<bool> = None;
    let mut i = 0;
    while i < lines.len() {
        let start = i;
        let mut line = lines[i].to_string();
        // A heading broken over lines with hard breaks ("ASIAKASTIETOJEN  \nKÄYTTÖ …").
        while line.ends_with("  ")
            && is_upper(&line)
            && i + 1 < lines.len()
            && is_upper(lines[i + 1])
            && !lines[i + 1].trim().is_empty()
        {
            i += 1;
            // Keep the next line's trailing spaces: they may break the heading once more.
            line = format!("{} {}", line.trim_end(), lines[i].trim_start());
        }
        i += 1;
        if is_separator(&line) {
            pieces.push(Piece::Blank);
            continue;
        }
        // A table row: label cell, tab, content cell.
        if let Some((label, content)) = line.split_once('\t') {
            let kinds = classify_heading(label);
            if !kinds.is_empty() && !label.trim().is_empty() {
                pieces.push(Piece::Heading {
                    text: plain(label),
                    kinds,
                });
                if !is_separator(content) && !plain(content).is_empty() {
                    pieces.push(Piece::Text(cell_breaks(content)));
                }
                continue;
            }
            for cell in [label, content] {
                if !is_separator(cell) && !plain(cell).is_empty() {
                    pieces.push(Piece::Text(cell_breaks(cell)));
                }
            }
            continue;
        }
        let kinds = if is_marked_heading(&line) {
            heading_kinds(&line)
        } else if marked {
            Vec::new()
        } else {
            classify_heading(&line)
        };
        if kinds.is_empty()
            || labels_a_part_of_its_section(&line, &kinds, &pieces)
            || names_a_term_of_its_glossary(&line, &pieces)
            || continues_its_fields(&line, &pieces)
            || opens_a_block_of_details(&line, &kinds, lines.get(i).copied())
            || (last_run_in == Some(false) && parts::gives_a_field_in_prose(&line, &kinds))
            || parts::heads_a_column(&line, &lines[..start], &lines[i..])
        {
            pieces.push(if line.trim().is_empty() {
                Piece::Blank
            } else {
                Piece::Text(line)
            });
            continue;
        }
        // "Label: content" on one line: the label is the heading, the rest its first text.
        let plain_line = plain(&line);
        let label = label_of(&plain_line);
        last_run_in = Some(label.len() < plain_line.len());
        if label.len() < plain_line.len() {
            pieces.push(Piece::Heading {
                text: label.trim().to_string(),
                kinds,
            });
            pieces.push(Piece::Text(
                plain_line[label.len() + 1..].trim().to_string(),
            ));
        } else {
            pieces.push(Piece::Heading {
                text: plain_line.trim_end_matches(':').trim().to_string(),
                kinds,
            });
        }
    }
    (pieces, marked)
}

/// Puts the block elements of HTML written on one line (headings, paragraphs, divisions)
/// on lines of their own. Table rows (a tab between cells) are left whole.
fn break_blocks(line: &str) -> String {
    if line.contains('\t') || !line.contains('<') {
        return line.to_string();
    }
    let lower = line.to_ascii_lowercase();
    let mut out = String::with_capacity(line.len() + 16);
    let mut last = 0;
    for (i, _) in lower.match_indices('<') {
        let tag = &lower[i..];
        let opens_heading =
            tag.len() > 2 && tag.as_bytes()[1] == b'h' && tag.as_bytes()[2].is_ascii_digit();
        if opens_heading && i > 0 {
            out.push_str(&line[last..i]);
            out.push('\n');
            last = i;
        }
        let closes_block = [
            "</p>", "</div>", "</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>",
        ]
        .iter()
        .find(|t| tag.starts_with(*t));
        if let Some(t) = closes_block {
            let end = i + t.len();
            out.push_str(&line[last..end]);
            out.push('\n');
            last = end;
        }
    }
    out.push_str(&line[last..]);
    out
}

/// In a table cell pasted from a CMS, runs of spaces stand for line breaks.
fn cell_breaks(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut spaces = 0;
    for c in cell.chars() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        match spaces {
            0 => {}
            1 => out.push(' '),
            _ => out.push_str("<br>"),
        }
        spaces = 0;
        out.push(c);
    }
    out
}

/// Drops later copies of the lines before the first heading: page headers of a printed
/// document, repeated in runs of at least three lines. The first occurrence is kept.
fn drop_repeated_headers(pieces: Vec<Piece>) -> (Vec<Piece>, usize) {
    const MIN_RUN: usize = 3;
    let first_heading = first_heading(&pieces);
    // Each line's plain text once; the header lines as a set.
    let plains: Vec<Option<String>> = pieces.iter().map(Piece::plain_text).collect();
    let header_lines: std::collections::HashSet<&str> = plains[..first_heading]
        .iter()
        .flatten()
        .map(String::as_str)
        .filter(|t| !t.is_empty())
        .collect();
    let is_header = |i: usize| {
        plains[i]
            .as_deref()
            .is_some_and(|t| header_lines.contains(t))
    };
    // Mark runs of header lines (blank lines between them do not end a run).
    let mut drop = vec![false; pieces.len()];
    let mut i = first_heading + 1;
    while i < pieces.len() {
        if !is_header(i) {
            i += 1;
            continue;
        }
        let mut run = vec![i];
        let mut j = i + 1;
        while j < pieces.len() && (is_header(j) || matches!(pieces[j], Piece::Blank)) {
            if is_header(j) {
                run.push(j);
            }
            j += 1;
        }
        if run.len() >= MIN_RUN {
            run.into_iter().for_each(|k| drop[k] = true);
        }
        i = j;
    }
    let dropped = drop.iter().filter(|d| **d).count();
    let kept = pieces
        .into_iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(p, _)| p)
        .collect();
    (kept, dropped)
}

#[cfg(test)]
mod tests;
