//! The ODT reader on files odfpy wrote from corpus notices
//! (`tests/fixtures/notices/odt/make.py`).

use super::odt_text;
use crate::notice::file::notice_text;
use crate::notice::test_files::{
    assert_kinds, assert_libreoffice_files, assert_outline, corpus, fixture,
};

#[test]
fn outline_headings_give_the_hand_checked_outline() {
    for name in [
        "fi-11-lskl-kirjasto",
        "sv-02-abo-akademi-seminarium",
        "en-04-helsinki-university-stakeholders",
    ] {
        let file = fixture(&format!("odt/{name}-headings.odt"));
        // Through the file reader, as the studio and the command line take it.
        let text = notice_text(&file).expect("read");
        assert_eq!(text, odt_text(&file).expect("read"));
        assert_outline(&text, &corpus(&format!("{name}.txt")), name);
    }
}

#[test]
fn a_table_of_headings_and_contents_reads_as_the_cms_tables_do() {
    let text = odt_text(&fixture("odt/fi-16-riina-raitio-table.odt")).expect("read");
    assert!(
        text.contains("3. Rekisterin nimi\tTerveys- ja hyvinvointipalvelun asiakasrekisteri"),
        "{text}"
    );
    assert_kinds(&text, &corpus("fi-16-riina-raitio.txt"), "fi-16 table");
}

/// The Word fixtures saved as OpenDocument by LibreOffice (`libreoffice.sh`): its heading
/// styles, tables, and list styles that number paragraphs, the numbering continued across
/// lists.
#[test]
fn files_libreoffice_saved_read_as_their_documents() {
    assert_libreoffice_files("odt", odt_text);
    let text = odt_text(&fixture(
        "odt/fi-17-mefys-hoivakoti-numbered-libreoffice.odt",
    ))
    .expect("read");
    for numbered in [
        "1. Laatimispäivämäärä 12.1.2024",
        "2. Rekisterinpitäjä",
        "3. Rekisterin vastuuhenkilö",
    ] {
        assert!(
            text.contains(&format!("{numbered}\n")),
            "{numbered:?} in:\n{text}"
        );
    }
}
