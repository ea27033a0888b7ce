//! RFC 8785 JSON Canonicalization Scheme (JCS) for request payloads.
//!
//! Keys sorted by their UTF-16 code units, no insignificant whitespace, strings escaped
//! minimally (`"`, `\`, and control characters, with the short forms JSON has), numbers in
//! their ECMAScript form. Payloads carry only integers, so a number that is not an integer
//! within ±2^53 is refused rather than risk a form other implementations would not produce.

use serde_json::Value;

/// Why a value has no canonical form here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CanonicalError {
    /// A fraction or an integer beyond ±2^53, which payloads never contain.
    UnsupportedNumber(String),
}

/// The canonical (JCS) serialisation of `value`.
pub fn canonical_json(value: &Value) -> Result<String, CanonicalError> {
    let mut out = String::new();
    write_value(value, &mut out)?;
    Ok(out)
}

fn write_value(value: &Value, out: &mut String) -> Result<(), CanonicalError> {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            const MAX_SAFE: i64 = (1 << 53) - 1;
            match n.as_i64() {
                Some(i) if (-MAX_SAFE..=MAX_SAFE).contains(&i) => out.push_str(&i.to_string()),
                _ => return Err(CanonicalError::UnsupportedNumber(n.to_string())),
            }
        }
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out)?;
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
            out.push('{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(key, out);
                out.push(':');
                write_value(item, out)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sorts_keys_by_utf16_and_drops_whitespace() {
        let v = json!({"b": 1, "a": [true, null, "x"], "A": {"z": 0, "ä": 1, "€": 2, "😀": 3}});
        assert_eq!(
            canonical_json(&v).ok().as_deref(),
            Some(r#"{"A":{"z":0,"ä":1,"€":2,"😀":3},"a":[true,null,"x"],"b":1}"#)
        );
    }

    #[test]
    fn utf16_order_differs_from_code_point_order() {
        // U+FF61 (one UTF-16 unit, 0xFF61) and U+1F600 (surrogates 0xD83D 0xDE00):
        // code point order puts U+FF61 first, UTF-16 order puts the emoji first.
        let v = json!({"\u{ff61}": 1, "\u{1f600}": 2});
        assert_eq!(
            canonical_json(&v).ok().as_deref(),
            Some("{\"\u{1f600}\":2,\"\u{ff61}\":1}")
        );
    }

    #[test]
    fn escapes_minimally() {
        let v = json!("a\"b\\c\nd\te\u{1}f/ö<");
        assert_eq!(
            canonical_json(&v).ok().as_deref(),
            Some(r#""a\"b\\c\nd\te\u0001f/ö<""#)
        );
    }

    #[test]
    fn refuses_numbers_it_cannot_write_canonically() {
        assert_eq!(canonical_json(&json!(12345)).ok().as_deref(), Some("12345"));
        assert_eq!(canonical_json(&json!(-7)).ok().as_deref(), Some("-7"));
        assert!(canonical_json(&json!(1.5)).is_err());
        assert!(canonical_json(&json!(u64::MAX)).is_err());
    }
}
