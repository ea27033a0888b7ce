//! Fuzzes the reader of notices' files (`seloste::notice::file::notice_text`: Word files,
//! OpenDocument texts, PDFs with a text layer, text in UTF-8 or Windows-1252), which the studio and the command-line importer run on
//! files staff choose: no input may panic or run long (-timeout in scripts/fuzz.sh), and
//! what it returns imports.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seloste::notice::file::notice_text;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = notice_text(data) {
        assert!(!text.trim().is_empty());
        let _ = seloste::notice::import(&text);
    }
});
