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

/// The Word fixtures LibreOffice saved anew (`tests/fixtures/notices/libreoffice.sh`), as
/// (corpus document, how the Word file lays it out): each as `docx/…-libreoffice.docx`,
/// `odt/…-libreoffice.odt` and `pdf/…-libreoffice.pdf`.
pub(crate) const LIBREOFFICE: [(&str, &str); 6] = [
    ("fi-06-etela-savon-hva", "headings"),
    ("sv-10-tanum-bibliotek", "headings"),
    ("en-03-uef-staff", "headings"),
    ("fi-14-nuorisotiedon-kirjasto", "table"),
    ("fi-17-mefys-hoivakoti", "numbered"),
    ("en-02-utu-stakeholders", "numbered"),
];

/// Reads each LibreOffice file of one format (`docx`, `odt`, `pdf`: the folder and the
/// extension) with `read` and asserts that its text has its document's outline and, where
/// headings are styles, every word of it (numbered files' numbers are the writer's own,
/// and a table's headings are judged by their words, so those are checked by their
/// kinds). Gives each file's name and text, for checks of the format's own.
pub(crate) fn assert_libreoffice_files(
    format: &str,
    read: impl Fn(&[u8]) -> Result<String, super::file::FileError>,
) -> Vec<(String, String)> {
    LIBREOFFICE
        .iter()
        .map(|(name, layout)| {
            let file = format!("{name}-{layout}-libreoffice");
            let text = read(&fixture(&format!("{format}/{file}.{format}"))).expect("read");
            let doc = corpus(&format!("{name}.txt"));
            if *layout == "headings" {
                assert_outline(&text, &doc, &file);
                let plain = super::classify::strip_markup(&text);
                assert_eq!(words(&plain), words(&doc.text), "{file}:\n{text}");
            } else {
                assert_kinds(&text, &doc, &file);
            }
            (file, text)
        })
        .collect()
}
