//! The order a PDF's lines are read in. A page has no reading order of its own, only text
//! placed at points; lines are first put together by their baseline ([`super::Line`]),
//! then read as the document is laid out:
//!
//! - **one column**: top to bottom;
//! - **two columns** of text side by side: each page's left column, then its right one
//!   (a line across both, such as a title, is read where it stands);
//! - **a table of headings and contents** (the printed notice form of the old Personal
//!   Data Act, "1. Rekisterinpitäjä | Kunta, osoite…"): row by row, each row as the Word
//!   and OpenDocument readers give a table's row, heading cell, tab, content cell. A
//!   heading cell wrapped over lines ("Rekisterin-" / "pitäjä") is one cell, and content
//!   that runs onto the next page stays in its row.
//!
//! Which one is told from where lines start: a second column is a place, well away from
//! the margin, where many lines start again after a clear gap, beside text on their left.
//! A narrow left column beside a wide right one is a table; two alike are columns.

use super::{Line, Piece};

/// A line as the importer gets it.
#[derive(Debug, PartialEq)]
pub(super) struct Laid {
    pub text: String,
    /// Its largest type size, and whether all of it is bold (a heading's marks).
    pub size: f32,
    pub bold: bool,
    /// A paragraph ends before it.
    pub breaks: bool,
    /// A table row: heading cell, tab, content cell (judged by its words, not its type).
    pub row: bool,
}

/// How a document's pages are laid out.
#[derive(Debug, PartialEq)]
pub(super) enum Layout {
    Single,
    /// Two columns of text; the second starts at `x`.
    Columns {
        x: f32,
    },
    /// Heading cells on the left, their contents in a column starting at `x`.
    Table {
        x: f32,
    },
}

/// The layout of a document's pages (their running headers and footers taken off).
pub(super) fn layout_of(pages: &[Vec<Line>]) -> Layout {
    let rows: Vec<&Line> = pages.iter().flatten().collect();
    let pieces = || rows.iter().flat_map(|l| l.pieces.iter());
    let Some(margin) = pieces().map(|p| p.x).reduce(f32::min) else {
        return Layout::Single;
    };
    let mut sizes: Vec<f32> = pieces().map(|p| p.size).collect();
    sizes.sort_by(f32::total_cmp);
    let body = sizes[sizes.len() / 2];
    // Where each row starts again: after a clear gap beside text on its left, or (a row
    // with nothing on the left) well away from the margin. Counted in 4-point steps.
    let mut starts: std::collections::BTreeMap<i32, (usize, usize, f32)> = Default::default();
    for row in &rows {
        if let Some((x, beside)) = second_start(row, margin) {
            let at = starts.entry((x / 4.0).round() as i32).or_insert((0, 0, x));
            at.0 += 1;
            at.1 += usize::from(beside);
            at.2 = at.2.min(x);
        }
    }
    // The step with the most rows, its neighbours counted with it (a start may fall on
    // either side of a step's edge).
    let around =
        |k: i32| (k.saturating_sub(1)..=k.saturating_add(1)).filter_map(|k| starts.get(&k));
    let best = starts
        .keys()
        .copied()
        .max_by_key(|&k| (around(k).map(|s| s.0).sum::<usize>(), std::cmp::Reverse(k)));
    let Some(best) = best else {
        return Layout::Single;
    };
    let rows_there: usize = around(best).map(|s| s.0).sum();
    let beside: usize = around(best).map(|s| s.1).sum();
    let x = around(best).map(|s| s.2).fold(f32::INFINITY, f32::min);
    if beside < 3 || rows_there * 10 < rows.len() * 3 || x - margin < 5.0 * body {
        return Layout::Single;
    }
    let right_edge = pieces()
        .filter(|p| p.x >= x - 1.0)
        .map(Piece::end)
        .fold(x, f32::max);
    // Columns of a page are about as wide as each other; a table's heading cells are
    // narrower than its contents (a third of the width or so).
    if (x - margin) < 0.75 * (right_edge - x) {
        Layout::Table { x }
    } else {
        Layout::Columns { x }
    }
}

/// Where a row starts again after its first text, and whether there is text beside it
/// on its left; `None` when it runs on from its start.
fn second_start(row: &Line, margin: f32) -> Option<(f32, bool)> {
    let first = row.pieces.first()?;
    if first.x - margin >= 5.0 * first.size {
        return Some((first.x, false));
    }
    let mut end = first.end();
    for p in &row.pieces[1..] {
        if p.x - end >= 1.5 * p.size {
            return Some((p.x, true));
        }
        end = end.max(p.end());
    }
    None
}

/// The document's lines in reading order.
pub(super) fn read(pages: &[Vec<Line>]) -> Vec<Laid> {
    match layout_of(pages) {
        Layout::Single => pages
            .iter()
            .flat_map(|page| flow(page.iter().cloned()))
            .collect(),
        Layout::Columns { x } => pages.iter().flat_map(|page| columns(page, x)).collect(),
        Layout::Table { x } => table(pages, x),
    }
}

/// Lines of one column as they come, a paragraph ending at a gap wider than a line and
/// a half (and before the first).
fn flow(lines: impl Iterator<Item = Line>) -> Vec<Laid> {
    let mut out: Vec<Laid> = Vec::new();
    let mut last: Option<(f32, f32)> = None;
    for l in lines {
        let breaks = last.is_none_or(|(y, size)| y - l.y > size.max(l.size) * 2.0);
        last = Some((l.y, l.size));
        out.push(Laid {
            text: l.text,
            size: l.size,
            bold: l.bold,
            breaks,
            row: false,
        });
    }
    out
}

/// A row's pieces left of `x` and from `x` on, each as a line.
fn split(row: &Line, x: f32) -> (Option<Line>, Option<Line>) {
    let (left, right): (Vec<Piece>, Vec<Piece>) =
        row.pieces.iter().cloned().partition(|p| p.x < x - 1.0);
    (Line::of(row.y, left), Line::of(row.y, right))
}

/// A row with nothing in the right column whose text reaches well into it: a line across
/// both columns (a title, a note under a table).
fn spans(left: &Line, right: &Option<Line>, x: f32, right_edge: f32) -> bool {
    right.is_none()
        && left.pieces.iter().map(Piece::end).fold(0.0, f32::max) > x + 0.4 * (right_edge - x)
}

/// One page of two columns: between lines across both, the left column, then the right.
fn columns(page: &[Line], x: f32) -> Vec<Laid> {
    let right_edge = page
        .iter()
        .flat_map(|l| &l.pieces)
        .map(Piece::end)
        .fold(x, f32::max);
    let mut out = Vec::new();
    let (mut left, mut right): (Vec<Line>, Vec<Line>) = (Vec::new(), Vec::new());
    for row in page {
        match split(row, x) {
            (Some(l), r) if spans(&l, &r, x, right_edge) => {
                out.extend(flow(left.drain(..)));
                out.extend(flow(right.drain(..)));
                out.extend(flow(std::iter::once(l)));
            }
            (l, r) => {
                left.extend(l);
                right.extend(r);
            }
        }
    }
    out.extend(flow(left.into_iter()));
    out.extend(flow(right.into_iter()));
    out
}

/// One row of a table: its heading cell's lines and its content's.
#[derive(Default)]
struct Row {
    heading: Vec<(usize, Line)>,
    content: Vec<(usize, Line)>,
}

/// A table of headings and contents, row by row over all pages.
fn table(pages: &[Vec<Line>], x: f32) -> Vec<Laid> {
    let right_edge = pages
        .iter()
        .flatten()
        .flat_map(|l| &l.pieces)
        .map(Piece::end)
        .fold(x, f32::max);
    let mut out = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        for line in page {
            let (left, right) = split(line, x);
            if let Some(left) = left {
                if spans(&left, &right, x, right_edge) {
                    out.extend(rows.drain(..).flat_map(row));
                    out.extend(flow(std::iter::once(left)));
                    continue;
                }
                let wraps = rows
                    .last()
                    .and_then(|r| r.heading.last())
                    .is_some_and(|(page, above)| wraps_onto(*page, above, n, &left));
                match rows.last_mut() {
                    Some(r) if wraps => r.heading.push((n, left)),
                    _ => rows.push(Row {
                        heading: vec![(n, left)],
                        content: Vec::new(),
                    }),
                }
            }
            if let Some(right) = right {
                match rows.last_mut() {
                    Some(r) => r.content.push((n, right)),
                    None => rows.push(Row {
                        heading: Vec::new(),
                        content: vec![(n, right)],
                    }),
                }
            }
        }
    }
    out.extend(rows.into_iter().flat_map(row));
    out
}

/// Whether a heading cell's line goes on from the line above it: just below it on the
/// same page, after a hyphen ("Rekisterin-" / "pitäjä") or not starting as a heading does
/// (a capital, or a section number: "pitäjä" and "12.1.2024" go on, "2. Rekisterin nimi"
/// does not).
fn wraps_onto(page: usize, above: &Line, n: usize, line: &Line) -> bool {
    let starts_heading = line.text.starts_with(char::is_uppercase)
        || crate::notice::classify::strip_number(&line.text)
            .0
            .is_some();
    page == n
        && above.y - line.y <= 1.8 * above.size.max(line.size)
        && (above.text.ends_with('-') || !starts_heading)
}

/// A table row as the importer reads one: heading cell, tab, content (its paragraphs
/// apart by two spaces); a row with no heading cell is text, one with no content a line.
fn row(r: Row) -> Vec<Laid> {
    let Some(((_, first), rest)) = r.heading.split_first() else {
        return flow(r.content.into_iter().map(|(_, l)| l));
    };
    let mut heading = first.text.clone();
    for (_, l) in rest {
        match heading.strip_suffix('-') {
            Some(stem) if l.text.starts_with(char::is_lowercase) => heading = stem.to_string(),
            _ => heading.push(' '),
        }
        heading.push_str(&l.text);
    }
    let cells = r.heading.iter().map(|(_, l)| l);
    let (size, bold) = (
        cells.clone().map(|l| l.size).fold(0.0, f32::max),
        cells.clone().all(|l| l.bold),
    );
    if r.content.is_empty() {
        return vec![Laid {
            text: heading,
            size,
            bold,
            breaks: true,
            row: false,
        }];
    }
    let mut content = String::new();
    let mut last: Option<&(usize, Line)> = None;
    for item in &r.content {
        let (n, l) = item;
        if let Some((page, above)) = last {
            let paragraph = page == n && above.y - l.y > above.size.max(l.size) * 2.0
                || l.text.starts_with(['•', '–', '-', '*']);
            content.push_str(if paragraph { "  " } else { " " });
        }
        content.push_str(&l.text);
        last = Some(item);
    }
    vec![Laid {
        text: format!("{heading}\t{content}"),
        size,
        bold,
        breaks: true,
        row: true,
    }]
}

#[cfg(test)]
mod tests;
