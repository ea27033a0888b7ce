//! The PDF reader on files ReportLab wrote from corpus notices
//! (`tests/fixtures/notices/pdf/make.py`): several pages with running headers and page
//! numbers, headings larger (and bold, or in the same font), long lines wrapped; and on a
//! password-protected file, a file with no text layer, and broken files.

use super::pdf_text;
use crate::notice::file::{notice_text, FileError};
use crate::notice::test_files::{
    assert_kinds, assert_libreoffice_files, assert_outline, corpus, fixture, words,
};

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
        let text = pdf_text(&fixture(&format!("pdf/{name}-{variant}.pdf"))).expect("read");
        assert_outline(&text, &doc, &format!("{name}-{variant}"));
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

/// Every word of the notice and nothing of the running header or the page numbers.
fn assert_words(text: &str, name: &str, what: &str) {
    let plain = crate::notice::classify::strip_markup(text);
    assert_eq!(
        words(&plain),
        words(&corpus(&format!("{name}.txt")).text),
        "{what}:\n{text}"
    );
}

#[test]
fn a_printed_form_table_is_read_row_by_row_as_word_tables_are() {
    for name in [
        "fi-17-mefys-hoivakoti",
        "sv-01-abo-akademi-oppna-universitetet",
    ] {
        let doc = corpus(&format!("{name}.txt"));
        let text = pdf_text(&fixture(&format!("pdf/{name}-table.pdf"))).expect("read");
        assert_kinds(&text, &doc, &format!("{name}-table"));
        assert_words(&text, name, &format!("{name}-table"));
    }
    let text = pdf_text(&fixture("pdf/fi-17-mefys-hoivakoti-table.pdf")).expect("read");
    // A heading wrapped in its cell is one heading, beside its whole content; content
    // that runs over a page stays in its row.
    for row in [
        "1. Rekisterinpitäjä\tLänsi-Uudenmaan hyvinvointialueen aluehallitus\n",
        "\n3. Rekisterin yhteyshenkilöt\tPalvelualueiden hallintopäälliköt",
    ] {
        assert!(text.contains(row), "{row:?} in:\n{text}");
    }
}

#[test]
fn two_columns_are_read_one_after_the_other() {
    for name in ["en-05-mycimmune", "fi-01-espoo-verkkosivusto"] {
        let doc = corpus(&format!("{name}.txt"));
        let text = pdf_text(&fixture(&format!("pdf/{name}-columns.pdf"))).expect("read");
        assert_outline(&text, &doc, &format!("{name}-columns"));
        assert_words(&text, name, &format!("{name}-columns"));
    }
}

/// Files Chromium printed from web pages of corpus notices (`pdf/chromium.mjs`): fonts as
/// PDFs saved from browsers have them (subsets, two-byte codes,
/// widths, words set in several runs), a running header and page numbers.
#[test]
fn pages_a_browser_printed_read_word_for_word_in_their_layout() {
    for (name, file) in [
        ("fi-06-etela-savon-hva", "chromium"),
        ("sv-10-tanum-bibliotek", "chromium"),
        ("fi-17-mefys-hoivakoti", "chromium-columns"),
    ] {
        let doc = corpus(&format!("{name}.txt"));
        let text = pdf_text(&fixture(&format!("pdf/{name}-{file}.pdf"))).expect("read");
        assert_outline(&text, &doc, &format!("{name}-{file}"));
        assert_words(&text, name, &format!("{name}-{file}"));
    }
    for name in ["fi-21-taipalsaari-perusopetus", "en-01-espoo-newsletters"] {
        let doc = corpus(&format!("{name}.txt"));
        let text = pdf_text(&fixture(&format!("pdf/{name}-chromium-table.pdf"))).expect("read");
        assert_kinds(&text, &doc, &format!("{name}-chromium-table"));
        assert_words(&text, name, &format!("{name}-chromium-table"));
    }
    // A heading cell that a page break cut goes on on the next page.
    let text = pdf_text(&fixture(
        "pdf/fi-21-taipalsaari-perusopetus-chromium-table.pdf",
    ))
    .expect("read");
    assert!(
        text.contains("Mihin tarkoituksiin henkilötietoja käsitellään järjestelmissä ja sähköisissä ympäristöissä?\tPrimus, Kurre ja Wilma"),
        "{text}"
    );
}

/// The Word fixtures as LibreOffice Writer exports them to PDF (`libreoffice.sh`): subset
/// TrueType fonts read through their ToUnicode maps, kerned text, Word's list bullets in
/// the Symbol font, numbered lists, a table with columns of equal width.
#[test]
fn word_files_an_office_program_exported_read_word_for_word() {
    for (file, text) in assert_libreoffice_files("pdf", pdf_text) {
        assert!(
            !text.contains('\u{F0B7}'),
            "{file}: a bullet left as the font's own code"
        );
    }
    let text = pdf_text(&fixture(
        "pdf/fi-14-nuorisotiedon-kirjasto-table-libreoffice.pdf",
    ))
    .expect("read");
    assert!(
        text.contains(
            "Rekisterinpitäjä\tNuorisotiedon kirjasto  Asemapäällikönkatu 1  00520 Helsinki"
        ),
        "{text}"
    );
}

#[test]
fn protected_scanned_and_broken_pdfs_are_said_so_never_a_panic() {
    assert_eq!(
        notice_text(&fixture("pdf/protected.pdf")),
        Err(FileError::Protected)
    );
    assert_eq!(
        notice_text(&fixture("pdf/scanned.pdf")),
        Err(FileError::NoText)
    );
    // Found by fuzzing (`notice_file`): a file whose only text is what repeats at the top
    // and bottom of its pages has no text once headers and footers are dropped.
    assert_eq!(
        notice_text(&fixture("pdf/fuzz-headers-only.pdf")),
        Err(FileError::NoText)
    );
    let mut cut = fixture("pdf/en-08-vaasa-helvetica.pdf");
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
