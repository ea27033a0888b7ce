//! The importer on the corpus of real notices (`tests/fixtures/notices/`): the targets of
//! issue 23 on the held-out half, and nothing of any document lost.

use super::{Document, Half, Tally};

/// Every corpus document, read.
pub(crate) fn corpus() -> Vec<Document> {
    let dir = crate::notice::test_files::DIR;
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("the corpus folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| {
            let text = std::fs::read_to_string(format!("{dir}/{n}")).expect("a corpus file");
            Document::parse(n, &text).unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
}

fn tally(docs: &[Document], lang: &str, half: Half) -> Tally {
    let mut t = Tally::default();
    for d in docs.iter().filter(|d| d.lang == lang && d.half == half) {
        t.add(d.score());
    }
    t
}

#[test]
fn the_corpus_is_as_large_and_varied_as_the_issue_asks() {
    let docs = corpus();
    let count = |lang: &str| docs.iter().filter(|d| d.lang == lang).count();
    assert!(docs.len() >= 40, "{} documents", docs.len());
    assert!(
        count("sv") >= 10 && count("en") >= 8,
        "sv {} en {}",
        count("sv"),
        count("en")
    );
    for lang in ["fi", "sv", "en"] {
        for half in [Half::Dev, Half::HeldOut] {
            assert!(docs.iter().any(|d| d.lang == lang && d.half == half));
        }
    }
}

/// What the importer reaches on the held-out half now, per language: headings right (of
/// all), look-alikes refused (of all). Issue 23's target is 97 % and 95 % in each language;
/// until it is met this test keeps the importer from falling back. Raise the figures when
/// the importer improves; a new corpus document changes the totals and the figures with them.
/// A language, (headings right, headings), (look-alikes refused, look-alikes).
type Reached = (&'static str, (usize, usize), (usize, usize));

const HELD_OUT_NOW: [Reached; 3] = [
    ("fi", (503, 557), (424, 441)),
    ("sv", (400, 536), (402, 434)),
    ("en", (388, 471), (374, 404)),
];

/// The same on the development half, so that what tuning won there is kept too.
const DEV_NOW: [Reached; 3] = [
    ("fi", (532, 551), (443, 446)),
    ("sv", (482, 521), (417, 436)),
    ("en", (449, 473), (356, 358)),
];

#[test]
fn the_importer_does_not_fall_below_what_it_reaches_on_either_half() {
    let docs = corpus();
    let halves = [(Half::HeldOut, HELD_OUT_NOW), (Half::Dev, DEV_NOW)];
    for (half, now) in halves {
        for (lang, (right, headings), (refused, look_alikes)) in now {
            let t = tally(&docs, lang, half);
            assert_eq!(
                (t.headings, t.not_headings),
                (headings, look_alikes),
                "{lang} {half:?}: totals"
            );
            assert!(
            t.headings_right >= right && t.not_headings_refused >= refused,
            "{lang} {half:?}: headings {}/{} (was {right}), refused {}/{} (was {refused}); misses: {:#?}",
            t.headings_right,
            t.headings,
            t.not_headings_refused,
            t.not_headings,
            t.misses
        );
        }
    }
}

#[test]
fn no_word_of_any_document_is_lost() {
    let mut t = Tally::default();
    for d in corpus() {
        t.add(d.score());
    }
    assert!(t.words_lost.is_empty(), "{:#?}", t.words_lost);
}

#[test]
fn a_heading_line_and_a_look_alike_are_told_apart_in_the_tally() {
    let doc = Document::parse(
        "t",
        "lang: fi\nhalf: dev\n---\n# purpose | 4. Käyttötarkoitus\nTeksti.\n# rights | Muu otsikko\n! | Nimi: N.N.\n",
    )
    .unwrap();
    let t = doc.score();
    assert_eq!((t.headings, t.headings_right), (2, 1));
    assert_eq!(t.misses[0].1, "Muu otsikko");
    assert_eq!(t.not_headings_refused, 1);
    assert!(Document::parse("t", "lang: fi\n---\n").is_err());
    assert!(Document::parse("t", "lang: fi\nhalf: dev\n---\n# nonsense | X\n").is_err());
}

#[test]
fn the_repealed_acts_each_real_notice_cites_are_found_and_no_others() {
    for d in corpus() {
        let imported = crate::notice::import(&d.text);
        let found: Vec<&str> = crate::notice::laws::repealed_laws(&imported.notice)
            .iter()
            .map(|l| l.number)
            .collect();
        assert_eq!(found, d.repealed, "{}", d.name);
    }
}
