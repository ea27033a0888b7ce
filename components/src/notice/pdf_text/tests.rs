//! The PDF reader on files ReportLab wrote from corpus notices
//! (`tests/fixtures/notices/pdf/make.py`): several pages with running headers and page
//! numbers, headings larger (and bold, or in the same font), long lines wrapped; and on a
//! password-protected file, a file with no text layer, and broken files.

use super::pdf_text;
use crate::notice::corpus::Document;
use crate::notice::file::{notice_text, FileError};
use crate::notice::import;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/notices");

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/pdf/{name}")).expect("a PDF fixture")
}

fn corpus(name: &str) -> Document {
    let text = std::fs::read_to_string(format!("{DIR}/{name}")).expect("a corpus file");
    Document::parse(name, &text).expect("a corpus document")
}

fn words(s: &str) -> Vec<String> {
    let mut w: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    w.sort();
    w
}

#[test]
fn headings_by_size_give_the_hand_checked_outline_and_headers_footers_go() {
    for (name, variant) in [
        ("fi-02-op-asiakasrekisteri", "helvetica"),
        ("sv-04-vasa-stad", "helvetica"),
        ("en-08-vaasa", "helvetica"),
        ("fi-19-enonkoski-opetus", "helvetica"),
        ("fi-12-lapin-kirjasto", "dejavu"),
        ("sv-08-lidingo-bibliotek", "dejavu"),
    ] {
        let doc = corpus(&format!("{name}.txt"));
        let file = bytes(&format!("{name}-{variant}.pdf"));
        let text = pdf_text(&file).expect("read");
        let imported = import(&text);
        let found: Vec<String> = imported.notice.sections[usize::from(imported.preamble)..]
            .iter()
            .map(|s| s.heading.trim_end_matches(':').trim().to_string())
            .collect();
        let outline: Vec<String> = doc
            .headings
            .iter()
            .map(|(h, _)| h.trim().trim_end_matches(':').trim().to_string())
            .collect();
        let same = found.len() == outline.len()
            && found
                .iter()
                .zip(&outline)
                .all(|(f, o)| crate::notice::corpus::same_heading(f, o));
        assert!(
            same,
            "{found:#?} is not {outline:#?}: {name}-{variant}:\n{text}"
        );
        // Every word of the notice, in order of the page, and nothing of the running header
        // or the page numbers.
        let plain = crate::notice::classify::strip_markup(&text);
        assert_eq!(words(&plain), words(&doc.text), "{name}-{variant}:\n{text}");
        assert!(
            !text.contains("Sivu "),
            "{name}-{variant}: a footer left:\n{text}"
        );
    }
}

#[test]
fn protected_scanned_and_broken_pdfs_are_said_so_never_a_panic() {
    assert_eq!(
        notice_text(&bytes("protected.pdf")),
        Err(FileError::Protected)
    );
    assert_eq!(notice_text(&bytes("scanned.pdf")), Err(FileError::NoText));
    let mut cut = bytes("en-08-vaasa-helvetica.pdf");
    cut.truncate(cut.len() / 3);
    assert!(notice_text(&cut).is_err());
    assert!(notice_text(b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF").is_err());
}

#[test]
fn page_numbers_alone_are_recognised() {
    for t in ["3", "2 (16)", "Sivu 2/5", "Page 2 of 5", "Sida 1 av 3"] {
        assert!(super::is_page_number(t), "{t}");
    }
    for t in ["1. Rekisterinpitäjä", "Puh. 015 411 4100", "PL 33"] {
        assert!(!super::is_page_number(t), "{t}");
    }
}
