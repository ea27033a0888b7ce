//! A notice's file, whatever staff have: its text for [`import`](super::import), or why it
//! cannot be read, in words for them.
//!
//! Word files (`.docx`, [`super::docx`]), OpenDocument texts (`.odt`, [`super::odt`]),
//! PDF files with a text layer
//! ([`super::pdf_text`]), text and HTML (UTF-8, or Windows-1252 as old Finnish pages were
//! saved) are read. An old Word file (`.doc`), a password-protected file, a scan without
//! text and a file that is not a notice get a message that says so. The reader is fuzzed
//! (`fuzz/fuzz_targets/notice_file.rs`) so that no input panics; fuzzing finds what it
//! reaches, it proves nothing for inputs it never tried.

use crate::i18n::{Lang, Text};

/// The largest file read (a notice is a few pages; Word files with pictures are larger).
pub const MAX_FILE: usize = 20 << 20;

/// Why a file gave no notice text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not a file a notice is written in (a picture, a spreadsheet, an archive of
    /// something else).
    NotANotice,
    /// Protected with a password, or an old Word file (`.doc`): both are the same
    /// compound-file container, which this reader does not open.
    Protected,
    /// A Word file, PDF or text with no text in it (a scanned page saved as a picture).
    NoText,
    /// Broken: the container or its XML cannot be read.
    Damaged,
    /// Larger than [`MAX_FILE`] or than a notice's part can be.
    TooLarge,
}

impl FileError {
    /// What to tell staff, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        let text = match self {
            FileError::NotANotice => Text::new(
                "Tiedostoa ei voi lukea selosteena. Valitse Word-tiedosto (.docx), PDF, tekstitiedosto tai verkkosivu (.html).",
                "Filen kan inte läsas som en beskrivning. Välj en Word-fil (.docx), en PDF, en textfil eller en webbsida (.html).",
                "The file cannot be read as a notice. Choose a Word file (.docx), a PDF, a text file or a web page (.html).",
            ),
            FileError::Protected => Text::new(
                "Tiedosto on suojattu salasanalla tai se on vanhaa Word-muotoa (.doc). Tallenna se ilman salasanaa (Word-tiedosto .docx-muodossa) ja valitse se uudelleen.",
                "Filen är lösenordsskyddad eller i det gamla Word-formatet (.doc). Spara den utan lösenord (en Word-fil som .docx) och välj den på nytt.",
                "The file is protected with a password or is in the old Word format (.doc). Save it without a password (a Word file as .docx) and choose it again.",
            ),
            FileError::NoText => Text::new(
                "Tiedostossa ei ole tekstiä. Jos se on skannattu kuva, selosteen teksti on kirjoitettava tai tunnistettava ensin.",
                "Filen innehåller ingen text. Om den är en skannad bild måste texten först skrivas in eller tolkas.",
                "The file holds no text. If it is a scanned image, the notice's text must be typed or recognised first.",
            ),
            FileError::Damaged => Text::new(
                "Tiedosto on vioittunut, eikä sitä voi lukea. Tallenna se uudelleen ja yritä sitten uudelleen.",
                "Filen är skadad och kan inte läsas. Spara den på nytt och försök sedan igen.",
                "The file is damaged and cannot be read. Save it again and try again.",
            ),
            FileError::TooLarge => Text::new(
                "Tiedosto on liian suuri (yli 20 Mt). Poista siitä kuvat tai liitä teksti kenttään.",
                "Filen är för stor (över 20 MB). Ta bort bilderna eller klistra in texten i fältet.",
                "The file is too large (over 20 MB). Remove its pictures or paste its text into the box.",
            ),
        };
        text.get(lang)
    }
}

impl FileError {
    /// The error's name ("Protected"), to pass it between bundles.
    pub fn name(self) -> &'static str {
        match self {
            FileError::NotANotice => "NotANotice",
            FileError::Protected => "Protected",
            FileError::NoText => "NoText",
            FileError::Damaged => "Damaged",
            FileError::TooLarge => "TooLarge",
        }
    }

    /// The error a name stands for; an unknown name is a damaged file.
    pub fn from_name(name: &str) -> FileError {
        [
            FileError::NotANotice,
            FileError::Protected,
            FileError::NoText,
            FileError::Damaged,
            FileError::TooLarge,
        ]
        .into_iter()
        .find(|e| e.name() == name)
        .unwrap_or(FileError::Damaged)
    }
}

/// Whether a file is a PDF (by its first bytes).
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF")
}

/// The text of a notice's file, by what the file is (its first bytes), not its name.
pub fn notice_text(bytes: &[u8]) -> Result<String, FileError> {
    notice_text_with(bytes, super::pdf_text::pdf_text)
}

/// [`notice_text`] with the PDF reader given: the studio reads PDFs in a bundle of its own,
/// loaded when one is chosen, so that its first load does not carry the PDF parser.
pub fn notice_text_with(
    bytes: &[u8],
    pdf: impl Fn(&[u8]) -> Result<String, FileError>,
) -> Result<String, FileError> {
    if bytes.len() > MAX_FILE {
        return Err(FileError::TooLarge);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        // A Word file, or else an OpenDocument text (LibreOffice's).
        return match super::docx::docx_text(bytes) {
            Err(FileError::NotANotice) => super::odt::odt_text(bytes),
            other => other,
        };
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(FileError::Protected);
    }
    if is_pdf(bytes) {
        return pdf(bytes);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        // Windows-1252 (old pages saved in Word or Notepad): its letters in the Latin-1
        // range are the same code points; the rest of a binary file shows as control
        // characters and is refused below.
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    };
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if controls * 100 > text.chars().count().max(1) {
        return Err(FileError::NotANotice);
    }
    if text.trim().is_empty() {
        return Err(FileError::NoText);
    }
    Ok(text)
}

/// A Windows-1252 byte as a character (0x80–0x9F as Windows maps them).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}
