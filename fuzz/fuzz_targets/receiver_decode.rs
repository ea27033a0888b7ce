//! Fuzzes the reference receiver's body decoders (`tests/receiver/src/decode.rs`, which
//! reads what anyone may POST): no body, under any content type, may panic. The module is
//! compiled in from its file, so the fuzz build needs none of the receiver's SQLite.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/receiver/src/decode.rs"]
#[allow(dead_code)]
mod decode;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the content type, as a client would send it.
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let content_type = match pick % 4 {
        0 => "application/json",
        1 => "application/x-www-form-urlencoded",
        2 => "multipart/form-data; boundary=b",
        _ => "multipart/form-data; boundary=\"seloste-0123\"",
    };
    if let Ok(d) = decode::decode(content_type, body) {
        assert!(["json", "form", "multipart"].contains(&d.encoding));
    }
});
