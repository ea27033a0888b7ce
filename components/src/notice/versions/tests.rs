use super::*;
use crate::notice::edit::{apply, Edit};
use crate::notice::SectionKind;
use crate::Lang;

fn notice() -> Notice {
    let mut n = Notice::blank("lapsiperheet", Lang::Fi);
    n.sections.truncate(5);
    for (at, text) in [
        "Pieksämäen kaupunki.",
        "Tietosuojavastaava.",
        "Asiakkuuden hoito ja palvelujen järjestäminen.",
        "Laki.",
        "Nimi ja osoite.",
    ]
    .iter()
    .enumerate()
    {
        n.sections[at].body = format!("<p>{text}</p>");
    }
    n
}

fn edited(n: &Notice, edits: Vec<Edit>) -> Notice {
    let mut n = n.clone();
    for edit in edits {
        apply(&mut n, edit).unwrap_or_else(|e| panic!("{e:?}"));
    }
    n
}

/// The parts give back both versions: what was there (same and removed), and what is.
fn assert_rebuilds(parts: &[Part], old: &str, new: &str) {
    let side = |keep: Change| {
        parts
            .iter()
            .filter(|p| p.change == Change::Same || p.change == keep)
            .map(|p| p.text.as_str())
            .collect::<String>()
    };
    assert_eq!(side(Change::Removed), old);
    assert_eq!(side(Change::Added), new);
}

#[test]
fn a_version_compared_with_itself_is_unchanged() {
    let n = notice();
    let c = compare(&n, &n);
    assert!(c.is_unchanged(), "{c:?}");
    // A section removed shifts the ones after it, which have not moved.
    let shorter = edited(&n, vec![Edit::DeleteSection(1)]);
    let c = compare(&n, &shorter);
    assert_eq!(
        c.sections.iter().filter(|s| !s.is_unchanged()).count(),
        1,
        "{c:?}"
    );
    assert_eq!(c.sections.len(), n.sections.len());
}

#[test]
fn changed_words_moved_renamed_removed_and_added_sections_are_told_apart() {
    let old = notice();
    let new = edited(
        &old,
        vec![
            Edit::Body {
                at: 2,
                html: "<p>Asiakkuuden hoitaminen ja palvelujen järjestäminen.</p>".into(),
            },
            Edit::Heading {
                at: 3,
                text: "Oikeusperuste".into(),
            },
            Edit::MoveSection { from: 4, to: 0 },
            Edit::DeleteSection(2),
            Edit::AddSection {
                at: 99,
                kind: SectionKind::Retention,
            },
            Edit::Updated(Some("2026-12-03".into())),
        ],
    );
    let c = compare(&old, &new);
    assert!(!c.is_unchanged());
    assert_eq!(c.updated, Some((None, Some("2026-12-03".into()))));
    // New order: data content (moved up), controller, [the DPO's removed, where it was],
    // purpose, legal basis (renamed), retention (added).
    let summary: Vec<String> = c
        .sections
        .iter()
        .map(|s| match s {
            SectionChange::Added(n) => format!("added {n}"),
            SectionChange::Removed(o) => format!("removed {o}"),
            SectionChange::Compared { old, new, .. } => format!("{old}->{new}"),
        })
        .collect();
    assert_eq!(
        summary,
        ["4->0", "0->1", "removed 1", "2->2", "3->3", "added 4"]
    );
    // The moved section is itself, unchanged but for its place.
    let SectionChange::Compared {
        body,
        heading,
        kinds_changed,
        ..
    } = &c.sections[0]
    else {
        panic!()
    };
    assert!(body.iter().chain(heading).all(|p| p.change == Change::Same) && !kinds_changed);
    assert!(!c.sections[0].is_unchanged(), "it moved");
    // Only the moved one is: the others kept their order, a removal before them or not.
    let moved: Vec<bool> = c
        .sections
        .iter()
        .filter_map(|s| match s {
            SectionChange::Compared { moved, .. } => Some(*moved),
            _ => None,
        })
        .collect();
    assert_eq!(moved, [true, false, false, false]);
    // The renamed heading, word by word.
    let SectionChange::Compared { heading, .. } = &c.sections[4] else {
        panic!()
    };
    assert_rebuilds(heading, &old.sections[3].heading, "Oikeusperuste");
    assert!(heading
        .iter()
        .any(|p| p.change == Change::Added && p.text.contains("Oikeusperuste")));
}

#[test]
fn a_changed_word_is_one_removed_and_one_added_word() {
    let old = notice();
    let new = edited(
        &old,
        vec![Edit::Body {
            at: 2,
            html: "<p>Asiakkuuden hoitaminen ja palvelujen järjestäminen.</p>".into(),
        }],
    );
    let c = compare(&old, &new);
    let SectionChange::Compared { body, .. } = &c.sections[2] else {
        panic!()
    };
    let changed: Vec<(Change, &str)> = body
        .iter()
        .filter(|p| p.change != Change::Same)
        .map(|p| (p.change, p.text.as_str()))
        .collect();
    assert_eq!(
        changed,
        [(Change::Removed, "hoito"), (Change::Added, "hoitaminen")]
    );
    assert_rebuilds(
        body,
        "Asiakkuuden hoito ja palvelujen järjestäminen.",
        "Asiakkuuden hoitaminen ja palvelujen järjestäminen.",
    );
}

/// Whatever the edits, every section of both versions is accounted for once, and the word
/// parts give back both texts.
#[test]
fn every_section_of_both_versions_is_accounted_for_once() {
    let mut seed = 7u64;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n.max(1)
    };
    let old = Notice::blank("x", Lang::Sv);
    for _ in 0..200 {
        let mut new = old.clone();
        for _ in 0..6 {
            let len = new.sections.len();
            let kind = SectionKind::ALL[next(SectionKind::ALL.len())];
            let edit = match next(5) {
                0 => Edit::AddSection {
                    at: next(len + 1),
                    kind,
                },
                1 => Edit::DeleteSection(next(len)),
                2 => Edit::MoveSection {
                    from: next(len),
                    to: next(len),
                },
                3 => Edit::Heading {
                    at: next(len),
                    text: ["Ändamål", "Rättslig grund", "Annat"][next(3)].into(),
                },
                _ => Edit::Body {
                    at: next(len),
                    html: ["<p>Ny text.</p>", "<p>Annan text här.</p>"][next(2)].into(),
                },
            };
            let _ = apply(&mut new, edit);
        }
        let c = compare(&old, &new);
        let mut olds = Vec::new();
        let mut news = Vec::new();
        for s in &c.sections {
            match s {
                SectionChange::Added(n) => news.push(*n),
                SectionChange::Removed(o) => olds.push(*o),
                SectionChange::Compared {
                    old: o,
                    new: n,
                    heading,
                    body,
                    ..
                } => {
                    olds.push(*o);
                    news.push(*n);
                    assert_rebuilds(
                        heading,
                        &old.sections[*o].heading,
                        &new.sections[*n].heading,
                    );
                    assert_rebuilds(
                        body,
                        &plain(&old.sections[*o].body),
                        &plain(&new.sections[*n].body),
                    );
                }
            }
        }
        olds.sort_unstable();
        assert_eq!(olds, (0..old.sections.len()).collect::<Vec<_>>());
        assert_eq!(
            news,
            (0..new.sections.len()).collect::<Vec<_>>(),
            "in the new order"
        );
    }
}
