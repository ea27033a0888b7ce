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
//! Which one is told from where lines start: a second column is the leftmost place, well
//! away from the margin, where many lines start again after a clear gap beside text on
//! their left, and which few lines run across. A left column narrower than the right
//! one, or with far fewer lines, is a table's headings; two alike are columns. A heading
//! cell and its content's first line share a baseline; a cell's next line is one line
//! pitch below, a new row further.

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
    // Where rows start again: after a clear gap beside text on their left, or (a row with
    // nothing on the left) well away from the margin. Counted in 4-point steps.
    let mut starts: std::collections::BTreeMap<i32, (usize, f32)> = Default::default();
    for row in &rows {
        if let Some(x) = second_start(row, margin) {
            let at = starts.entry((x / 4.0).round() as i32).or_insert((0, x));
            at.0 += 1;
            at.1 = at.1.min(x);
        }
    }
    // The places most rows start again (a few at most: a file may be made to have many),
    // tried from the left: a second column starts at the leftmost place that text beside
    // it does not cross (lists and indents inside the column start further right).
    let mut tried: Vec<(usize, f32)> = starts.into_values().filter(|s| s.0 >= 3).collect();
    tried.sort_by_key(|t| std::cmp::Reverse(t.0));
    tried.truncate(MAX_TRIED);
    tried.sort_by(|a, b| a.1.total_cmp(&b.1));
    let Some((x, (left, right))) = tried
        .into_iter()
        .filter(|&(_, x)| x - margin >= 5.0 * body)
        .find_map(|(_, x)| Some((x, divides(&rows, x)?)))
    else {
        return Layout::Single;
    };
    let right_edge = pieces()
        .filter(|p| p.x >= x - 1.0)
        .map(Piece::end)
        .fold(x, f32::max);
    // Two columns of a page are about as wide as each other and both full; a table's
    // heading cells are narrower than its contents (a third of the width or so), or have
    // fewer lines than the contents (a heading beside a paragraph).
    if (x - margin) < 0.75 * (right_edge - x) || left * 10 < right * 6 {
        Layout::Table { x }
    } else {
        Layout::Columns { x }
    }
}

/// The most places tried as a second column's start.
const MAX_TRIED: usize = 8;

/// Whether `x` divides the rows into two columns: rows with text on both sides of it (three
/// at least), rows with text right of it (three in ten at least), and few rows whose text
/// runs across it (a title, a paragraph before a table: at most one in four). Gives how
/// many rows, not running across, have text left of it and how many right of it.
fn divides(rows: &[&Line], x: f32) -> Option<(usize, usize)> {
    let (mut beside, mut lefts, mut right, mut across) = (0, 0, 0, 0);
    for row in rows {
        let left = row.pieces.iter().any(|p| p.x < x - 1.0);
        let has_right = row.pieces.iter().any(|p| p.x >= x - 1.0);
        // A guessed width (no widths in the file) is given a size's slack.
        let crosses = row
            .pieces
            .iter()
            .any(|p| p.x < x - 1.0 && p.end() > x + if p.width.is_some() { 1.0 } else { p.size });
        beside += usize::from(left && has_right);
        lefts += usize::from(left && !crosses);
        right += usize::from(has_right);
        across += usize::from(crosses);
    }
    (beside >= 3 && right * 10 >= rows.len() * 3 && across * 4 <= rows.len())
        .then_some((lefts, right))
}

/// Where a row starts again after its first text, or (a row with nothing near the margin)
/// where it starts; `None` when it runs on from its start.
fn second_start(row: &Line, margin: f32) -> Option<f32> {
    let first = row.pieces.first()?;
    if first.x - margin >= 5.0 * first.size {
        return Some(first.x);
    }
    let mut end = first.end();
    for p in &row.pieces[1..] {
        if p.x - end >= 1.5 * p.size {
            return Some(p.x);
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

/// A row as the columns divide it.
enum Split {
    /// Its text runs across the second column's start: a line across both columns (a
    /// title, a paragraph before or after a table).
    Across(Line),
    /// Its text left of the second column, and in it.
    Sides(Option<Line>, Option<Line>),
}

/// How `x` divides a row. A piece whose width is guessed must reach `slack` past `x` to
/// run across it.
fn split(row: &Line, x: f32, slack: f32) -> Split {
    let across = row
        .pieces
        .iter()
        .any(|p| p.x < x - 1.0 && p.end() > x + if p.width.is_some() { 1.0 } else { slack });
    if across {
        return Split::Across(row.clone());
    }
    let (left, right): (Vec<Piece>, Vec<Piece>) =
        row.pieces.iter().cloned().partition(|p| p.x < x - 1.0);
    Split::Sides(Line::of(row.y, left), Line::of(row.y, right))
}

/// The slack a guessed width is given: four tenths of the second column's width.
fn slack(lines: &[&Line], x: f32) -> f32 {
    let right_edge = lines
        .iter()
        .flat_map(|l| &l.pieces)
        .map(Piece::end)
        .fold(x, f32::max);
    0.4 * (right_edge - x)
}

/// One page of two columns: between lines across both, the left column, then the right.
fn columns(page: &[Line], x: f32) -> Vec<Laid> {
    let slack = slack(&page.iter().collect::<Vec<_>>(), x);
    let mut out = Vec::new();
    let (mut left, mut right): (Vec<Line>, Vec<Line>) = (Vec::new(), Vec::new());
    for row in page {
        match split(row, x, slack) {
            Split::Across(l) => {
                out.extend(flow(left.drain(..)));
                out.extend(flow(right.drain(..)));
                out.extend(flow(std::iter::once(l)));
            }
            Split::Sides(l, r) => {
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
    let all: Vec<&Line> = pages.iter().flatten().collect();
    let slack = slack(&all, x);
    let pitch = line_pitch(pages, x);
    let mut out = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        for line in page {
            let (left, right) = match split(line, x, slack) {
                Split::Across(l) => {
                    out.extend(rows.drain(..).flat_map(row));
                    out.extend(flow(std::iter::once(l)));
                    continue;
                }
                Split::Sides(left, right) => (left, right),
            };
            if let Some(left) = left {
                let wraps = rows
                    .last()
                    .and_then(|r| r.heading.last())
                    .is_some_and(|(page, above)| wraps_onto(*page, above, n, &left, pitch));
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

/// The distance from one line of a cell to the next: the one most often seen between
/// lines of the content column (tenths of a point).
fn line_pitch(pages: &[Vec<Line>], x: f32) -> Option<f32> {
    let mut seen: std::collections::BTreeMap<i64, usize> = Default::default();
    for page in pages {
        let right: Vec<f32> = page
            .iter()
            .filter(|l| l.pieces.iter().any(|p| p.x >= x - 1.0))
            .map(|l| l.y)
            .collect();
        for pair in right.windows(2) {
            let gap = pair[0] - pair[1];
            if gap > 0.0 && gap.is_finite() {
                *seen.entry((gap * 10.0).round() as i64).or_default() += 1;
            }
        }
    }
    seen.into_iter()
        .max_by_key(|&(gap, n)| (n, std::cmp::Reverse(gap)))
        .map(|(gap, _)| gap as f32 / 10.0)
}

/// Whether a heading cell's line goes on from the line above it (never one with a section
/// number: "2. Rekisterin nimi" starts a row):
/// - on the same page, one line below it (a new row starts further down, past the cells'
///   padding), or just below it after a hyphen ("Rekisterin-" / "pitäjä"); where the line
///   pitch is not known, a line starting as a heading does (a capital) starts a row;
/// - at the top of the next page (a row the page break cut), in lower case.
fn wraps_onto(page: usize, above: &Line, n: usize, line: &Line, pitch: Option<f32>) -> bool {
    let numbered = crate::notice::classify::strip_number(&line.text)
        .0
        .is_some();
    let lower = line.text.starts_with(char::is_lowercase);
    if numbered {
        return false;
    }
    if page + 1 == n {
        return lower;
    }
    let gap = above.y - line.y;
    let near = gap <= 1.8 * above.size.max(line.size);
    let one_line = match pitch {
        Some(pitch) => gap <= pitch * 1.15,
        None => near && lower,
    };
    page == n && (one_line || near && above.text.ends_with('-'))
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
