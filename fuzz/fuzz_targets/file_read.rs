//! Fuzzes the readers of the files a browser fetches or keeps (notices, forms files,
//! drafts: `seloste::json` and the models' readers): no input may panic, a parsed document
//! is read the same way twice, and a quoted text reads back as itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seloste::json::{self, Json};
use seloste::notice::Notice;
use seloste::request::draft::Draft;
use seloste::request::spec::FormSet;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(doc) = json::parse(&text) {
        assert_eq!(json::parse(&text), Ok(doc));
    }
    let _ = Notice::from_json(&text);
    let _ = FormSet::from_json(&text);
    if let Ok(draft) = Draft::from_json(&text) {
        assert_eq!(Draft::from_json(&draft.to_json()), Ok(draft));
    }
    assert_eq!(
        json::parse(&json::quote(&text)),
        Ok(Json::String(text.to_string()))
    );
});
