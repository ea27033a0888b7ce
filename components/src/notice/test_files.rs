//! What the tests of the file readers share: the corpus documents the fixture files were
//! made from (`tests/fixtures/notices/`), the words of a text, and whether an imported
//! text has a document's hand-checked outline.

use super::corpus::{same_heading, Document};
use super::{import, SectionKind};

/// The corpus folder.
pub(crate) const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/notices");

/// A fixture file's bytes (`docx/…`, `pdf/…`, `odt/…`).
pub(crate) fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/{path}")).expect("a fixture file")
}

/// A corpus document (`fi-06-….txt`).
pub(crate) fn corpus(name: &str) -> Document {
    let text = std::fs::read_to_string(format!("{DIR}/{name}")).expect("a corpus file");
    Document::parse(name, &text).expect("a corpus document")
}

/// The words of a text, lowercase, sorted (markup not taken off).
pub(crate) fn words(s: &str) -> Vec<String> {
    let mut w: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    w.sort();
    w
}

/// The section headings and kinds an import of `text` finds, the preamble left out.
pub(crate) fn headings(text: &str) -> Vec<(String, SectionKind)> {
    let imported = import(text);
    imported.notice.sections[usize::from(imported.preamble)..]
        .iter()
        .map(|s| (s.heading.clone(), s.kind))
        .collect()
}

/// Asserts that importing `text` finds `doc`'s hand-checked headings, in order.
pub(crate) fn assert_outline(text: &str, doc: &Document, what: &str) {
    let found = headings(text);
    let same = found.len() == doc.headings.len()
        && found
            .iter()
            .zip(&doc.headings)
            .all(|((heading, _), (line, _))| same_heading(heading, line));
    assert!(
        same,
        "{what}: {found:#?} is not the outline {:#?}\n{text}",
        doc.headings
    );
}

/// Asserts that importing `text` finds `doc`'s headings' primary kinds, in order (for
/// files whose numbers the writer set anew).
pub(crate) fn assert_kinds(text: &str, doc: &Document, what: &str) {
    let kinds: Vec<SectionKind> = headings(text).into_iter().map(|(_, k)| k).collect();
    let outline: Vec<SectionKind> = doc.headings.iter().map(|(_, k)| k[0]).collect();
    assert_eq!(kinds, outline, "{what}:\n{text}");
}
