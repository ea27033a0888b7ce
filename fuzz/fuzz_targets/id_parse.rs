//! Fuzzes the identity code readers: no input may panic, and every accepted Finnish code
//! must come back unchanged from its canonical form.
#![no_main]

use libfuzzer_sys::fuzz_target;
use seloste::date::Date;
use seloste::id::{self, Country, Hetu};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(hetu) = Hetu::parse(&text) {
        let canonical = hetu.to_string();
        assert_eq!(
            Hetu::parse(&canonical),
            Ok(hetu),
            "canonical form {canonical} must parse to the same code"
        );
        assert_eq!(hetu.masked().len(), 11);
    }
    for country in Country::ALL {
        if let Ok(parsed) = id::parse(country, &text, Date::ymd(2026, 11, 22)) {
            let again = id::parse(country, &parsed.to_string(), Date::ymd(2026, 11, 22));
            assert!(
                again.is_ok(),
                "{country:?}: canonical form {parsed} must parse"
            );
        }
    }
});
