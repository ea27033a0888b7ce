//! Measuring the importer on real notices whose outlines were checked by hand.
//!
//! A corpus document (`tests/fixtures/notices/*.txt`, format in its README) is a header,
//! `---`, then the document's lines, some marked: `# kind kind | text` is a section
//! heading with its kinds (primary first), `! | text` a line that looks like a heading but
//! is not one. [`Document::parse`] reads one; [`Document::score`] imports its text with
//! [`import`] and compares the sections found with the outline.
//!
//! ```
//! use seloste::notice::corpus::Document;
//! let doc = Document::parse(
//!     "example",
//!     "lang: fi\nhalf: dev\n---\n# controller | 1. Rekisterinpitäjä\nEspoon kaupunki\n! | Osoite: PL 12\n",
//! )
//! .unwrap();
//! let tally = doc.score();
//! assert_eq!((tally.headings, tally.headings_right), (1, 1));
//! assert_eq!((tally.not_headings, tally.not_headings_refused), (1, 1));
//! ```

use super::{import, SectionKind};
use std::collections::HashMap;

/// Which half of the corpus a document is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Half {
    /// The half the importer was developed on.
    Dev,
    /// The half only measured, to show what the importer does on notices it was not tuned on.
    HeldOut,
}

/// One annotated corpus document.
#[derive(Clone, Debug)]
pub struct Document {
    /// Its file name.
    pub name: String,
    /// Its language (`fi`, `sv` or `en`), as the header gives it.
    pub lang: String,
    /// Its half.
    pub half: Half,
    /// The text the importer gets: the lines with their marks taken off.
    pub text: String,
    /// The section headings, in order, with their kinds, primary first.
    pub headings: Vec<(String, Vec<SectionKind>)>,
    /// Lines that look like headings but are not.
    pub not_headings: Vec<String>,
    /// The repealed acts it cites, by number, as checked by hand (header `repealed:`).
    pub repealed: Vec<String>,
}

/// What the importer got right and wrong on some documents; tallies add up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Documents counted.
    pub documents: usize,
    /// Section headings in their outlines.
    pub headings: usize,
    /// Headings imported as headings with the right primary kind.
    pub headings_right: usize,
    /// Lines that look like headings but are not.
    pub not_headings: usize,
    /// Of those, the ones the importer did not take as headings.
    pub not_headings_refused: usize,
    /// Documents whose imported outline is exactly the hand-checked one.
    pub outlines_exact: usize,
    /// Each miss: document, line, what it is (`heading kind` or `text`), what it became.
    pub misses: Vec<(String, String, String, String)>,
    /// Words of the source missing from the imported notice: document and word.
    pub words_lost: Vec<(String, String)>,
}

impl Tally {
    /// Adds another tally to this one.
    pub fn add(&mut self, other: Tally) {
        self.documents += other.documents;
        self.headings += other.headings;
        self.headings_right += other.headings_right;
        self.not_headings += other.not_headings;
        self.not_headings_refused += other.not_headings_refused;
        self.outlines_exact += other.outlines_exact;
        self.misses.extend(other.misses);
        self.words_lost.extend(other.words_lost);
    }

    /// The share of headings imported with the right primary kind (1 when there are none).
    pub fn heading_share(&self) -> f64 {
        share(self.headings_right, self.headings)
    }

    /// The share of look-alike lines refused (1 when there are none).
    pub fn refused_share(&self) -> f64 {
        share(self.not_headings_refused, self.not_headings)
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

impl Document {
    /// Reads an annotated document; the error says what is wrong with it.
    pub fn parse(name: &str, annotated: &str) -> Result<Document, String> {
        let (header, body) = annotated
            .split_once("\n---\n")
            .ok_or_else(|| format!("{name}: no `---` after the header"))?;
        let field = |key: &str| {
            header
                .lines()
                .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
                .map(str::trim)
                .ok_or_else(|| format!("{name}: no `{key}:` in the header"))
        };
        let lang = field("lang")?.to_string();
        let repealed = field("repealed")
            .map(|v| v.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default();
        let half = match field("half")? {
            "dev" => Half::Dev,
            "held-out" => Half::HeldOut,
            other => {
                return Err(format!(
                    "{name}: half `{other}` is neither dev nor held-out"
                ))
            }
        };
        let mut text = String::new();
        let mut headings = Vec::new();
        let mut not_headings = Vec::new();
        for (n, line) in body.lines().enumerate() {
            let line = match line.split_once(" | ").or_else(|| line.split_once(" |")) {
                Some((mark, rest)) if mark.starts_with('#') || mark == "!" => {
                    if mark == "!" {
                        not_headings.push(rest.to_string());
                    } else {
                        let kinds = mark[1..]
                            .split_whitespace()
                            .map(|k| {
                                SectionKind::from_name(k)
                                    .ok_or_else(|| format!("{name}:{}: no kind `{k}`", n + 1))
                            })
                            .collect::<Result<Vec<_>, _>>()?;
                        if kinds.is_empty() {
                            return Err(format!("{name}:{}: a heading without kinds", n + 1));
                        }
                        headings.push((rest.to_string(), kinds));
                    }
                    rest
                }
                _ => line,
            };
            text.push_str(line);
            text.push('\n');
        }
        Ok(Document {
            name: name.to_string(),
            lang,
            half,
            text,
            headings,
            not_headings,
            repealed,
        })
    }

    /// Imports the document and compares what it finds with the outline.
    pub fn score(&self) -> Tally {
        let imported = import(&self.text);
        let sections = &imported.notice.sections[usize::from(imported.preamble)..];
        let found: Vec<(&str, SectionKind)> = sections
            .iter()
            .map(|s| (s.heading.as_str(), s.kind))
            .collect();
        let kind_of = |line: &str| {
            found
                .iter()
                .find(|(heading, _)| same_heading(heading, line))
                .map(|(_, kind)| *kind)
        };
        let mut tally = Tally {
            documents: 1,
            headings: self.headings.len(),
            not_headings: self.not_headings.len(),
            ..Tally::default()
        };
        for (line, kinds) in &self.headings {
            let got = kind_of(line);
            if got == Some(kinds[0]) {
                tally.headings_right += 1;
            } else {
                let became = got.map_or("text".to_string(), |k| k.name().to_string());
                tally.misses.push((
                    self.name.clone(),
                    line.trim().to_string(),
                    kinds[0].name().to_string(),
                    became,
                ));
            }
        }
        // A look-alike is refused when the importer made no more headings of its words than
        // the outline has headings of them (a document may repeat a heading line in its body).
        let count = |lines: &mut dyn Iterator<Item = &str>, line: &str| {
            lines.filter(|l| same_heading(l, line)).count()
        };
        for line in &self.not_headings {
            let made = count(&mut found.iter().map(|(h, _)| *h), line);
            let meant = count(&mut self.headings.iter().map(|(h, _)| h.as_str()), line);
            match kind_of(line).filter(|_| made > meant) {
                None => tally.not_headings_refused += 1,
                Some(kind) => tally.misses.push((
                    self.name.clone(),
                    line.trim().to_string(),
                    "text".to_string(),
                    kind.name().to_string(),
                )),
            }
        }
        // A line the outline does not mark at all but the importer took as a heading is a
        // look-alike not refused, as much as a marked one.
        for (heading, kind) in &found {
            let marked = self
                .headings
                .iter()
                .map(|(h, _)| h)
                .chain(&self.not_headings)
                .any(|l| same_heading(heading, l));
            if !marked {
                tally.not_headings += 1;
                tally.misses.push((
                    self.name.clone(),
                    heading.trim().to_string(),
                    "text (unmarked)".to_string(),
                    kind.name().to_string(),
                ));
            }
        }
        let exact = found.len() == self.headings.len()
            && found
                .iter()
                .zip(&self.headings)
                .all(|((heading, kind), (line, kinds))| {
                    same_heading(heading, line) && *kind == kinds[0]
                });
        tally.outlines_exact = usize::from(exact);
        let notice = &imported.notice;
        let mut out = String::new();
        out.push_str(&notice.title);
        for s in &notice.sections {
            out.push(' ');
            out.push_str(&s.heading);
            out.push(' ');
            out.push_str(&super::rich::plain_text(&super::rich::parse(&s.body)));
        }
        tally.words_lost = words_lost(&self.text, &out)
            .into_iter()
            .map(|w| (self.name.clone(), w))
            .collect();
        tally
    }
}

/// Whether an imported heading is the heading a line of the document carries: the same
/// words, or the label of a "Label: content" line.
pub(crate) fn same_heading(heading: &str, line: &str) -> bool {
    let h = normal(heading);
    let l = normal(line);
    !h.is_empty() && (h == l || l.starts_with(&format!("{h}:")))
}

fn normal(s: &str) -> String {
    // A heading marked as an item of a list ("• Rekisterin nimi", "- INTRODUCTION") is its
    // words, as the importer takes them.
    let s = s.trim_start().trim_start_matches(['•', '·', '▪']);
    let s = s.strip_prefix("- ").unwrap_or(s);
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_end_matches(['.', ':', ' '])
        .to_string()
}

/// Words of `source` that `out` holds fewer times than `source` does.
fn words_lost(source: &str, out: &str) -> Vec<String> {
    let count = |s: &str| {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for w in s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            *counts.entry(w.to_lowercase()).or_default() += 1;
        }
        counts
    };
    let have = count(out);
    let mut lost: Vec<String> = count(source)
        .into_iter()
        .filter(|(w, n)| have.get(w).copied().unwrap_or(0) < *n)
        .map(|(w, _)| w)
        .collect();
    lost.sort();
    lost
}

#[cfg(test)]
mod tests;
