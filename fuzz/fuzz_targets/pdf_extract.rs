//! Fuzzes the extractor of the request a PDF carries (`seloste::pdf::extract`), which the
//! verifier page and the receiver run on files from anyone: no input may panic or run
//! long (-timeout in scripts/fuzz.sh), and what it returns is a request JSON text found
//! in the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seloste::pdf::extract::request_json;

fuzz_target!(|data: &[u8]| {
    // As a PDF, and as a PDF with a request's marker in front (to reach the stream code).
    for file in [
        data.to_vec(),
        [
            b"%PDF-1.7\n1 0 obj\n<< /Type /EmbeddedFile ".as_slice(),
            data,
        ]
        .concat(),
    ] {
        if let Ok(text) = request_json(&file) {
            assert!(text.contains("seloste.request/1"));
        }
    }
});
