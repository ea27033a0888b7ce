//! The DOCX reader on Word files python-docx wrote from corpus notices
//! (`tests/fixtures/notices/docx/make.py`), and on broken and hostile files.

use super::docx_text;
use crate::notice::file::{notice_text, FileError};
use crate::notice::test_files::{
    assert_kinds, assert_libreoffice_files, assert_outline, corpus, fixture, words,
};

#[test]
fn headings_in_word_styles_give_the_hand_checked_outline_in_each_language() {
    for name in [
        "fi-06-etela-savon-hva",
        "sv-01-abo-akademi-oppna-universitetet",
        "en-01-espoo-newsletters",
        "fi-14-nuorisotiedon-kirjasto",
        "sv-10-tanum-bibliotek",
        "en-03-uef-staff",
    ] {
        let doc = corpus(&format!("{name}.txt"));
        let text = docx_text(&fixture(&format!("docx/{name}-headings.docx"))).expect("read");
        assert_outline(&text, &doc, name);
        // Every word of the document is in the file's text, and the file adds none.
        let plain = crate::notice::classify::strip_markup(&text);
        assert_eq!(words(&plain), words(&doc.text), "{name}");
    }
}

#[test]
fn headings_numbered_by_word_get_their_numbers_and_kinds() {
    let doc = corpus("fi-17-mefys-hoivakoti.txt");
    let text = docx_text(&fixture("docx/fi-17-mefys-hoivakoti-numbered.docx")).expect("read");
    // Word numbers the list itself (1., 2., …): the numbers are in the text now.
    assert!(text.contains("2. Rekisterinpitäjä"), "{text}");
    assert!(text.contains("6. Rekisterin nimi"), "{text}");
    assert_kinds(&text, &doc, "fi-17 numbered");
    let text = docx_text(&fixture("docx/en-02-utu-stakeholders-numbered.docx")).expect("read");
    assert!(text.contains("1. Name of the register"), "{text}");
    assert!(
        text.contains("- The General Data Protection Regulation"),
        "{text}"
    );
}

#[test]
fn a_table_of_headings_and_contents_reads_as_the_cms_tables_do() {
    let doc = corpus("fi-14-nuorisotiedon-kirjasto.txt");
    let text = docx_text(&fixture("docx/fi-14-nuorisotiedon-kirjasto-table.docx")).expect("read");
    assert!(
        text.contains("Rekisterinpitäjä\tNuorisotiedon kirjasto  Asemapäällikönkatu 1"),
        "{text}"
    );
    assert_kinds(&text, &doc, "fi-14 table");
}

#[test]
fn protected_old_damaged_and_foreign_files_are_told_apart_never_a_panic() {
    assert_eq!(
        notice_text(&fixture("docx/protected.docx")),
        Err(FileError::Protected)
    );
    let mut cut = fixture("docx/fi-06-etela-savon-hva-headings.docx");
    cut.truncate(cut.len() / 2);
    assert_eq!(notice_text(&cut), Err(FileError::Damaged));
    assert_eq!(notice_text(b"%PDF-1.7\n..."), Err(FileError::Damaged));
    assert_eq!(
        notice_text(&[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 1, 2, 3, 0, 0]),
        Err(FileError::NotANotice)
    );
    assert_eq!(notice_text(b"   \n"), Err(FileError::NoText));
    // A ZIP that is neither a Word file nor an OpenDocument text.
    let mut zip = zip_of(&[("hello.txt", "hei")]);
    assert_eq!(notice_text(&zip), Err(FileError::NotANotice));
    zip[10] ^= 0xFF;
    assert!(notice_text(&zip).is_err());
    // A Word file with no text (a scanned page as a picture).
    let empty = zip_of(&[(
        "word/document.xml",
        r#"<w:document xmlns:w="w"><w:body><w:p/></w:body></w:document>"#,
    )]);
    assert_eq!(notice_text(&empty), Err(FileError::NoText));
    // Broken XML.
    let broken = zip_of(&[("word/document.xml", "<w:document><w:body><w:p><w:t>x</w:p>")]);
    assert_eq!(notice_text(&broken), Err(FileError::Damaged));
}

#[test]
fn text_files_in_utf8_or_windows_1252_are_read() {
    assert_eq!(
        notice_text("1. Rekisterinpitäjä\n".as_bytes()).unwrap(),
        "1. Rekisterinpitäjä\n"
    );
    assert_eq!(
        notice_text(b"\xEF\xBB\xBFRekisterin nimi").unwrap(),
        "Rekisterin nimi"
    );
    assert_eq!(
        notice_text(b"1. Rekisterinpit\xe4j\xe4 \x96 \x80").unwrap(),
        "1. Rekisterinpitäjä – €"
    );
}

#[test]
fn deleted_text_and_field_codes_are_left_out_text_boxes_kept() {
    let xml = r#"<w:document xmlns:w="w"><w:body>
        <w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>Gone</w:delText></w:r></w:del>
        <w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:ins><w:r><w:t xml:space="preserve"> added</w:t></w:r></w:ins></w:p>
        <w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>
        <w:p><w:r><w:t>A &amp; B &lt;C&gt;</w:t></w:r></w:p>
        </w:body></w:document>"#;
    let text = docx_text(&zip_of(&[("word/document.xml", xml)])).unwrap();
    assert_eq!(text, "Kept added\nIn a box\n\nA & B <C>");
}

/// A ZIP of the given files, stored (made with the zip crate's writer).
fn zip_of(files: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut out);
        for (name, text) in files {
            w.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            w.write_all(text.as_bytes()).unwrap();
        }
        w.finish().unwrap();
    }
    out.into_inner()
}

/// The Word fixtures saved again as Word files by LibreOffice (`libreoffice.sh`): its own
/// Word XML for the same heading styles, numbering and table.
#[test]
fn files_libreoffice_saved_read_as_their_documents() {
    assert_libreoffice_files("docx", docx_text);
}
