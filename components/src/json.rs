//! A small, strict JSON reader and string writer for the files a browser fetches and keeps:
//! notices, forms files, drafts and the outbox's list.
//!
//! Why not serde here: the derived serde readers of notices and forms files with
//! `serde_json` cost a sixth of the bundle that shows a notice and a form; this reader and
//! the hand-written readers of the models (`Notice::read`, `FormSet::read`) cost a
//! fraction of that (docs/size.md has the figures).
//! The payload, which only the later stages of a form and native code write and read,
//! keeps serde. Reading is in two parts: [`parse`] makes a [`Json`] tree (syntax errors say
//! line and column), then the models take what they need with [`Members`] (type errors and
//! unknown members say where, as a path like `steps[2].fields[0].type`).
//!
//! ```
//! use seloste::json::{parse, Json};
//!
//! let file = parse(r#"{"kind": "access", "steps": 3}"#).expect("JSON");
//! let mut members = file.members().expect("an object");
//! assert_eq!(members.required("kind", Json::string).as_deref(), Ok("access"));
//! assert_eq!(members.optional("steps", Json::uint), Ok(Some(3)));
//! assert!(members.strict().is_ok(), "no member left unread");
//!
//! // Errors say where.
//! let error = parse("{\n  \"kind\": }").unwrap_err();
//! assert!(error.to_string().contains("line 2"));
//! ```

use std::fmt;

/// A parsed JSON value. Numbers keep their text: the files hold only counts and sizes,
/// read as whole numbers by [`Json::uint`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string.
    String(String),
    /// A list.
    Array(Vec<Json>),
    /// Members in file order; a name appears once (a repeated name is refused).
    Object(Vec<(String, Json)>),
}

/// Written back as it was read (a notice's key set is kept as a tree: `office::keys`).
impl serde::Serialize for Json {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Json::Null => s.serialize_unit(),
            Json::Bool(b) => s.serialize_bool(*b),
            Json::Number(n) => match n.parse::<u64>() {
                Ok(n) => s.serialize_u64(n),
                Err(_) => s.serialize_f64(n.parse().unwrap_or(0.0)),
            },
            Json::String(text) => s.serialize_str(text),
            Json::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (name, value) in members {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
        }
    }
}

/// Why a text could not be read: what is wrong, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Where in the document (`sections[3].kind`), empty for the whole document.
    path: String,
    message: String,
}

impl JsonError {
    /// An error saying `message`.
    pub fn new(message: impl Into<String>) -> JsonError {
        JsonError {
            path: String::new(),
            message: message.into(),
        }
    }

    /// The same error, one member further out (`key` holds what was wrong).
    pub fn at(mut self, key: &str) -> JsonError {
        self.path = match (self.path.is_empty(), self.path.starts_with('[')) {
            (true, _) => key.to_string(),
            (false, true) => format!("{key}{}", self.path),
            (false, false) => format!("{key}.{}", self.path),
        };
        self
    }

    /// The same error, one array item further out.
    pub fn at_index(mut self, index: usize) -> JsonError {
        self.path = if self.path.is_empty() || self.path.starts_with('[') {
            format!("[{index}]{}", self.path)
        } else {
            format!("[{index}].{}", self.path)
        };
        self
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

mod access;
mod parser;

pub use access::Members;
pub use parser::parse;

/// `text` as a JSON string, quotes included (RFC 8259: `"`, `\` and control characters
/// escaped, everything else as it is).
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests;
