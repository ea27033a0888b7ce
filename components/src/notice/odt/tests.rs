//! The ODT reader on files odfpy wrote from corpus notices
//! (`tests/fixtures/notices/odt/make.py`).

use super::odt_text;
use crate::notice::file::notice_text;
use crate::notice::test_files::{assert_kinds, assert_outline, corpus, fixture};

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
