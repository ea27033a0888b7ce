//! What changed between two versions of a notice (the studio's comparison, issue 20):
//! the notice's own texts, then section by section, each with its word-level changes
//! (the `similar` crate's word diff). Sections are paired across the versions by kind and
//! heading, so a moved or renamed section is compared with itself, not counted as one
//! removed and one added.

use super::rich;
use super::{Notice, Section};
use similar::{ChangeTag, TextDiff};

/// Whether a run of words is in both versions, only the new one or only the old one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// In both.
    Same,
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
}

/// A run of text (words and the spaces between them) with one [`Change`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// Whose text it is.
    pub change: Change,
    /// The text.
    pub text: String,
}

/// What happened to one section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SectionChange {
    /// Only in the new version, at this place.
    Added(usize),
    /// Only in the old version, at this place.
    Removed(usize),
    /// In both (at these places): its heading and text word by word, and whether its
    /// kinds changed. Unchanged when every part is [`Change::Same`], the kinds did not
    /// change and it did not move.
    Compared {
        /// Its place in the old version.
        old: usize,
        /// Its place in the new version.
        new: usize,
        /// The heading, word by word.
        heading: Vec<Part>,
        /// The text (as read, without markup), word by word.
        body: Vec<Part>,
        /// Whether its kinds changed.
        kinds_changed: bool,
        /// Whether it moved among the others (not only shifted by a section added or
        /// removed before it): it is out of the longest run of sections kept in order.
        moved: bool,
    },
}

impl SectionChange {
    /// Its place in the old version, if it was there.
    pub fn old_place(&self) -> Option<usize> {
        match self {
            SectionChange::Added(_) => None,
            SectionChange::Removed(old) | SectionChange::Compared { old, .. } => Some(*old),
        }
    }

    /// Whether the section is the same in both versions, in place, words and kinds.
    pub fn is_unchanged(&self) -> bool {
        match self {
            SectionChange::Compared {
                heading,
                body,
                kinds_changed,
                moved,
                ..
            } => {
                !moved
                    && !kinds_changed
                    && heading.iter().chain(body).all(|p| p.change == Change::Same)
            }
            _ => false,
        }
    }
}

/// The notice's own texts and its sections, compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The title, word by word.
    pub title: Vec<Part>,
    /// The register's name, word by word.
    pub register_name: Vec<Part>,
    /// The updated day: the old and the new, when it changed.
    pub updated: Option<(Option<String>, Option<String>)>,
    /// The sections, in the new version's order, each removed one where it was.
    pub sections: Vec<SectionChange>,
}

impl Comparison {
    /// Whether nothing changed.
    pub fn is_unchanged(&self) -> bool {
        let same = |parts: &[Part]| parts.iter().all(|p| p.change == Change::Same);
        same(&self.title)
            && same(&self.register_name)
            && self.updated.is_none()
            && self.sections.iter().all(SectionChange::is_unchanged)
    }
}

/// Compares the `old` version of a notice with the `new` one.
pub fn compare(old: &Notice, new: &Notice) -> Comparison {
    let pairs = pair(&old.sections, &new.sections);
    let in_order = kept_in_order(&pairs);
    let mut sections: Vec<SectionChange> = new
        .sections
        .iter()
        .enumerate()
        .map(|(n, section)| match pairs[n] {
            Some(o) => {
                let before = &old.sections[o];
                SectionChange::Compared {
                    old: o,
                    new: n,
                    heading: words(&before.heading, &section.heading),
                    body: words(&plain(&before.body), &plain(&section.body)),
                    kinds_changed: !before.kinds().eq(section.kinds()),
                    moved: !in_order[n],
                }
            }
            None => SectionChange::Added(n),
        })
        .collect();
    // Each removed section right after the one that came before it in the old version.
    for gone in (0..old.sections.len()).filter(|o| !pairs.contains(&Some(*o))) {
        let at = match gone.checked_sub(1) {
            None => 0,
            Some(before) => sections
                .iter()
                .position(|s| s.old_place() == Some(before))
                .map_or(0, |p| p + 1),
        };
        sections.insert(at, SectionChange::Removed(gone));
    }
    Comparison {
        title: words(&old.title, &new.title),
        register_name: words(&old.register_name, &new.register_name),
        updated: (old.updated != new.updated).then(|| (old.updated.clone(), new.updated.clone())),
        sections,
    }
}

/// For each new section, the old section it is (each old one at most once): first the
/// same kind and heading, then the same heading, then the same kind, each in order.
fn pair(old: &[Section], new: &[Section]) -> Vec<Option<usize>> {
    let mut pairs: Vec<Option<usize>> = vec![None; new.len()];
    let mut taken = vec![false; old.len()];
    let heading = |s: &Section| {
        s.heading
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    type Rule<'a> = &'a dyn Fn(&Section, &Section) -> bool;
    let rules: [Rule; 3] = [
        &|a, b| a.kind == b.kind && heading(a) == heading(b),
        &|a, b| heading(a) == heading(b),
        &|a, b| a.kind == b.kind,
    ];
    for rule in rules {
        for (n, section) in new.iter().enumerate() {
            if pairs[n].is_some() {
                continue;
            }
            if let Some(o) = (0..old.len()).find(|&o| !taken[o] && rule(&old[o], section)) {
                pairs[n] = Some(o);
                taken[o] = true;
            }
        }
    }
    pairs
}

/// For each new section, whether it is in the longest run of paired sections whose old
/// places rise with the new ones (the sections that kept their order); added ones are.
fn kept_in_order(pairs: &[Option<usize>]) -> Vec<bool> {
    let paired: Vec<(usize, usize)> = pairs
        .iter()
        .enumerate()
        .filter_map(|(n, o)| o.map(|o| (n, o)))
        .collect();
    // Longest increasing subsequence of old places, O(n²): notices have tens of sections.
    let mut length = vec![1usize; paired.len()];
    let mut previous = vec![None; paired.len()];
    for i in 0..paired.len() {
        for j in 0..i {
            if paired[j].1 < paired[i].1 && length[j] + 1 > length[i] {
                length[i] = length[j] + 1;
                previous[i] = Some(j);
            }
        }
    }
    let mut kept = vec![true; pairs.len()];
    for (n, _) in &paired {
        kept[*n] = false;
    }
    let mut at = (0..paired.len()).max_by_key(|i| (length[*i], std::cmp::Reverse(*i)));
    while let Some(i) = at {
        kept[paired[i].0] = true;
        at = previous[i];
    }
    kept
}

fn plain(html: &str) -> String {
    rich::plain_text(&rich::parse(html))
}

/// `old` and `new` word by word, runs of the same change joined.
fn words(old: &str, new: &str) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    for change in TextDiff::from_words(old, new).iter_all_changes() {
        let change_of = match change.tag() {
            ChangeTag::Equal => Change::Same,
            ChangeTag::Insert => Change::Added,
            ChangeTag::Delete => Change::Removed,
        };
        match parts.last_mut() {
            Some(last) if last.change == change_of => last.text.push_str(change.value()),
            _ => parts.push(Part {
                change: change_of,
                text: change.value().to_string(),
            }),
        }
    }
    parts
}

#[cfg(test)]
mod tests;
