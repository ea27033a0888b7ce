//! A request's identity: its random id (UUID v4), the short reference a citizen can read
//! out on the phone, and its UTC timestamps. Its deadlines are `crate::deadline`'s.

use crate::id::Date;

/// A version 4 UUID from 16 random bytes (`xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx`).
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// The short reference of a request id: its first 40 bits in Crockford base32, in two
/// groups (`7K3F-9QX2`). No I, L, O or U, so it survives being read aloud or retyped.
pub fn reference(id: &str) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let hex: String = id
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(10)
        .collect();
    let bits = u64::from_str_radix(&hex, 16).unwrap_or(0);
    let chars: String = (0..8)
        .rev()
        .map(|n| ALPHABET[((bits >> (n * 5)) & 31) as usize] as char)
        .collect();
    format!("{}-{}", &chars[..4], &chars[4..])
}

/// `2026-11-22T21:18:05Z` from UTC parts.
pub fn utc_timestamp(date: Date, hour: u8, minute: u8, second: u8) -> String {
    format!("{date}T{hour:02}:{minute:02}:{second:02}Z")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::payload::rules::{utc_timestamp as valid_ts, uuid as valid_uuid};

    #[test]
    fn uuids_are_version_4_and_valid() {
        for bytes in [[0u8; 16], [0xff; 16], *b"0123456789abcdef"] {
            let id = uuid_v4(bytes);
            assert_eq!(valid_uuid(&id), Ok(()), "{id}");
        }
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn references_are_short_and_unambiguous() {
        assert_eq!(
            reference("00000000-0000-4000-8000-000000000000"),
            "0000-0000"
        );
        assert_eq!(
            reference("ffffffff-ff00-4000-8000-000000000000"),
            "ZZZZ-ZZZZ"
        );
        let r = reference("0f8c2a4e-6b1d-4c3e-9a7f-2d5e8b1c4a90");
        assert_eq!(r.len(), 9);
        assert!(!r.contains(['I', 'L', 'O', 'U']), "{r}");
        assert_ne!(r, reference("0f8c2a4f-6b1d-4c3e-9a7f-2d5e8b1c4a90"));
    }

    #[test]
    fn timestamps_are_rfc3339_utc() {
        let t = utc_timestamp(Date::ymd(2026, 11, 22), 9, 5, 0);
        assert_eq!(t, "2026-11-22T09:05:00Z");
        assert_eq!(valid_ts(&t), Ok(()));
    }
}
