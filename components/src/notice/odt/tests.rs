//! The ODT reader on files odfpy wrote from corpus notices
//! (`tests/fixtures/notices/odt/make.py`).

use super::odt_text;
use crate::notice::corpus::{same_heading, Document};
use crate::notice::file::notice_text;
use crate::notice::import;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/notices");

fn corpus(name: &str) -> Document {
    let text = std::fs::read_to_string(format!("{DIR}/{name}")).expect("a corpus file");
    Document::parse(name, &text).expect("a corpus document")
}

fn headings(text: &str) -> Vec<(String, crate::notice::SectionKind)> {
    let imported = import(text);
    imported.notice.sections[usize::from(imported.preamble)..]
        .iter()
        .map(|s| (s.heading.clone(), s.kind))
        .collect()
}

#[test]
fn outline_headings_give_the_hand_checked_outline() {
    for name in [
        "fi-11-lskl-kirjasto",
        "sv-02-abo-akademi-seminarium",
        "en-04-helsinki-university-stakeholders",
    ] {
        let doc = corpus(&format!("{name}.txt"));
        let file = std::fs::read(format!("{DIR}/odt/{name}-headings.odt")).expect("a fixture");
        // Through the file reader, as the studio and the command line take it.
        let text = notice_text(&file).expect("read");
        assert_eq!(text, odt_text(&file).expect("read"));
        let found = headings(&text);
        assert_eq!(
            found.len(),
            doc.headings.len(),
            "{name}: {found:#?}\n{text}"
        );
        for ((heading, _), (line, _)) in found.iter().zip(&doc.headings) {
            assert!(
                same_heading(heading, line),
                "{name}: {heading} is not {line}"
            );
        }
    }
}

#[test]
fn a_table_of_headings_and_contents_reads_as_the_cms_tables_do() {
    let doc = corpus("fi-16-riina-raitio.txt");
    let file = std::fs::read(format!("{DIR}/odt/fi-16-riina-raitio-table.odt")).expect("a fixture");
    let text = odt_text(&file).expect("read");
    assert!(
        text.contains("3. Rekisterin nimi\tTerveys- ja hyvinvointipalvelun asiakasrekisteri"),
        "{text}"
    );
    let kinds: Vec<_> = headings(&text).into_iter().map(|(_, k)| k).collect();
    let outline: Vec<_> = doc.headings.iter().map(|(_, k)| k[0]).collect();
    assert_eq!(kinds, outline, "{text}");
}
