//! Differential fuzzing of `seloste::json` against serde_json, a reader we did not write:
//! both must accept the same texts and read the same values from them.
//!
//! serde_json is held to the rules our reader adds on purpose, through a value type of its
//! own (`Strict`) that refuses a member name seen twice; what remains different by design:
//! - nesting deeper than 64 (ours refuses it; serde_json goes to 128);
//! - numbers outside the range of f64, such as `1e400`: serde_json refuses them, ours keeps
//!   the text (the files hold only counts and sizes, and `Json::uint` refuses such a number
//!   where one is read).
#![no_main]

use std::fmt;

use libfuzzer_sys::fuzz_target;
use seloste::json::{self, Json};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// serde_json's reading of a document, with numbers as serde_json parsed them.
#[derive(Debug)]
enum Strict {
    Null,
    Bool(bool),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    String(String),
    Array(Vec<Strict>),
    Object(Vec<(String, Strict)>),
}

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Strict, D::Error> {
        deserializer.deserialize_any(StrictVisitor)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Strict;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Strict, E> {
        Ok(Strict::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Strict, E> {
        Ok(Strict::Bool(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Strict, E> {
        Ok(Strict::Unsigned(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Strict, E> {
        Ok(Strict::Signed(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Strict, E> {
        Ok(Strict::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Strict, E> {
        Ok(Strict::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Strict, E> {
        Ok(Strict::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Strict, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Strict::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Strict, A::Error> {
        let mut members: Vec<(String, Strict)> = Vec::new();
        while let Some(name) = map.next_key::<String>()? {
            if members.iter().any(|(seen, _)| *seen == name) {
                return Err(de::Error::custom("repeated member name"));
            }
            let value = map.next_value()?;
            members.push((name, value));
        }
        Ok(Strict::Object(members))
    }
}

fn depth(value: &Strict) -> usize {
    match value {
        Strict::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Strict::Object(members) => 1 + members.iter().map(|(_, v)| depth(v)).max().unwrap_or(0),
        _ => 0,
    }
}

/// Whether our number text is the number serde_json read.
fn same_number(text: &str, theirs: &Strict) -> bool {
    let integer = !text.contains(['.', 'e', 'E']);
    match theirs {
        Strict::Unsigned(n) => integer && text.parse::<u64>() == Ok(*n),
        Strict::Signed(n) => integer && text.parse::<i64>() == Ok(*n),
        // serde_json with `float_roundtrip` (fuzz/Cargo.toml) rounds exactly, as Rust does.
        Strict::Float(f) => text.parse::<f64>().map(|g| g == *f).unwrap_or(false),
        _ => false,
    }
}

fn same(ours: &Json, theirs: &Strict) -> bool {
    match (ours, theirs) {
        (Json::Null, Strict::Null) => true,
        (Json::Bool(a), Strict::Bool(b)) => a == b,
        (Json::Number(text), number) => same_number(text, number),
        (Json::String(a), Strict::String(b)) => a == b,
        (Json::Array(a), Strict::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Json::Object(a), Strict::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
        }
        _ => false,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<Strict>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => assert!(same(a, b), "read differently: {text:?}: {a:?} / {b:?}"),
        (Err(e), Ok(b)) => assert!(
            depth(b) > 64,
            "refused what serde_json reads: {text:?}: {e}"
        ),
        (Ok(a), Err(e)) => assert!(
            e.to_string().starts_with("number out of range"),
            "read what serde_json refuses ({e}): {text:?}: {a:?}"
        ),
        (Err(_), Err(_)) => {}
    }
});
