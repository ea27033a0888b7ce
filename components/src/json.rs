//! A small, strict JSON reader and string writer for the files a browser fetches and keeps:
//! notices, forms files, drafts and the outbox's list.
//!
//! Why not serde here: the derived serde readers of notices and forms files with
//! `serde_json` cost about 90 KB of raw wasm (≈ 25 KB brotli) in the bundle that shows a
//! notice and a form, a sixth of it; this reader and the hand-written readers of the models
//! (`Notice::read`, `FormSet::read`) cost a fraction of that (ARCHITECTURE.md, "Size").
//! The payload, which only the later stages of a form and native code write and read,
//! keeps serde. Reading is in two parts: [`parse`] makes a [`Json`] tree (syntax errors say
//! line and column), then the models take what they need with [`Members`] (type errors and
//! unknown members say where, as a path like `steps[2].fields[0].type`).

use std::fmt;

/// A parsed JSON value. Numbers keep their text: the files hold only counts and sizes,
/// read as whole numbers by [`Json::uint`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in file order; a name appears once (a repeated name is refused).
    Object(Vec<(String, Json)>),
}

/// Why a text could not be read: what is wrong, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Where in the document (`sections[3].kind`), empty for the whole document.
    path: String,
    message: String,
}

impl JsonError {
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

/// Nesting deeper than this is refused (a hostile file must not exhaust the stack).
const MAX_DEPTH: usize = 64;

/// Reads a whole JSON text (RFC 8259): one value, nothing but white space around it.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut parser = Parser {
        text: text.as_bytes(),
        at: 0,
    };
    let value = parser.value(0)?;
    parser.space();
    if parser.at < parser.text.len() {
        return Err(parser.fail("unexpected text after the end of the document"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn fail(&self, what: &str) -> JsonError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
        JsonError::new(format!("{what} at line {line} column {column}"))
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        let found = self.text[self.at..].starts_with(word.as_bytes());
        if found {
            self.at += word.len();
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.fail("nested too deeply"));
        }
        self.space();
        match self.peek() {
            None => Err(self.fail("the document ends where a value should be")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) if self.eat("true") => Ok(Json::Bool(true)),
            Some(_) if self.eat("false") => Ok(Json::Bool(false)),
            Some(_) if self.eat("null") => Ok(Json::Null),
            Some(_) => Err(self.fail("expected a value")),
        }
    }

    /// After the opening bracket of an array or object: true at its closing `close`,
    /// false before another item (after a comma unless it is the first).
    fn next_item(&mut self, close: u8, first: bool) -> Result<bool, JsonError> {
        self.space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(true);
        }
        if !first {
            if self.peek() != Some(b',') {
                return Err(self.fail(if close == b']' {
                    "expected , or ]"
                } else {
                    "expected , or }"
                }));
            }
            self.at += 1;
            self.space();
        }
        Ok(false)
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.at += 1;
        let mut items = Vec::new();
        while !self.next_item(b']', items.is_empty())? {
            items.push(self.value(depth + 1)?);
        }
        Ok(Json::Array(items))
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.at += 1;
        let mut members: Vec<(String, Json)> = Vec::new();
        while !self.next_item(b'}', members.is_empty())? {
            if self.peek() != Some(b'"') {
                return Err(self.fail("expected a member name in quotes"));
            }
            let name = self.string()?;
            if members.iter().any(|(n, _)| *n == name) {
                return Err(self.fail(&format!("member \"{name}\" appears twice")));
            }
            self.space();
            if self.peek() != Some(b':') {
                return Err(self.fail("expected :"));
            }
            self.at += 1;
            let value = self.value(depth + 1)?;
            members.push((name, value));
        }
        Ok(Json::Object(members))
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.at;
        let digits = |p: &mut Parser| {
            let from = p.at;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.at += 1;
            }
            p.at - from
        };
        self.eat("-");
        let whole = self.at;
        let count = digits(self);
        if count == 0 || (count > 1 && self.text[whole] == b'0') {
            return Err(self.fail("invalid number"));
        }
        if self.eat(".") && digits(self) == 0 {
            return Err(self.fail("invalid number"));
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err(self.fail("invalid number"));
            }
        }
        // Only ASCII was consumed, so this is a valid str boundary.
        let text = String::from_utf8_lossy(&self.text[start..self.at]).into_owned();
        Ok(Json::Number(text))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.text.get(self.at..self.at + 4);
        let value = digits
            .and_then(|d| std::str::from_utf8(d).ok())
            .and_then(|d| u32::from_str_radix(d, 16).ok());
        match value {
            Some(v) => {
                self.at += 4;
                Ok(v)
            }
            None => Err(self.fail("invalid \\u escape")),
        }
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.fail("the document ends inside a string"));
            };
            self.at += 1;
            match byte {
                b'"' => break,
                b'\\' => {
                    let Some(escape) = self.peek() else {
                        return Err(self.fail("the document ends inside a string"));
                    };
                    self.at += 1;
                    let plain = match escape {
                        b'"' => b'"',
                        b'\\' => b'\\',
                        b'/' => b'/',
                        b'b' => 8,
                        b'f' => 12,
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'u' => {
                            let c = self.unicode_escape()?;
                            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                            continue;
                        }
                        _ => return Err(self.fail("invalid escape")),
                    };
                    out.push(plain);
                }
                0..=0x1f => return Err(self.fail("control character in a string")),
                _ => out.push(byte),
            }
        }
        // The input is a str and escapes add whole characters: always valid UTF-8.
        String::from_utf8(out).map_err(|_| self.fail("invalid UTF-8 in a string"))
    }

    /// After `\u`: one character, from a surrogate pair where needed.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.eat("\\u") {
                return Err(self.fail("lone surrogate in a \\u escape"));
            }
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.fail("lone surrogate in a \\u escape"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.fail("lone surrogate in a \\u escape"))
    }
}

impl Json {
    fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "text",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }

    fn expected(&self, what: &str) -> JsonError {
        JsonError::new(format!("expected {what}, found {}", self.kind()))
    }

    pub fn str(&self) -> Result<&str, JsonError> {
        match self {
            Json::String(s) => Ok(s),
            other => Err(other.expected("text")),
        }
    }

    pub fn string(&self) -> Result<String, JsonError> {
        self.str().map(str::to_string)
    }

    pub fn bool(&self) -> Result<bool, JsonError> {
        match self {
            Json::Bool(b) => Ok(*b),
            other => Err(other.expected("true or false")),
        }
    }

    /// A whole number from 0 to `u32::MAX`.
    pub fn uint(&self) -> Result<u32, JsonError> {
        match self {
            Json::Number(n) => n
                .parse()
                .map_err(|_| JsonError::new(format!("expected a whole number, found {n}"))),
            other => Err(other.expected("a whole number")),
        }
    }

    /// The items of a list, each read by `read` (an error says which item).
    pub fn list<T>(&self, read: fn(&Json) -> Result<T, JsonError>) -> Result<Vec<T>, JsonError> {
        match self {
            Json::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| read(item).map_err(|e| e.at_index(i)))
                .collect(),
            other => Err(other.expected("a list")),
        }
    }

    /// The members of an object, to be taken one by one.
    pub fn members(&self) -> Result<Members<'_>, JsonError> {
        match self {
            Json::Object(list) => Ok(Members {
                list,
                taken: vec![false; list.len()],
            }),
            other => Err(other.expected("an object")),
        }
    }

    /// A value of a closed set, by its name in the file (`names[i]` is `values[i]`'s).
    pub fn one_of<T: Copy>(
        &self,
        values: &[T],
        name: fn(T) -> &'static str,
    ) -> Result<T, JsonError> {
        let text = self.str()?;
        values
            .iter()
            .copied()
            .find(|v| name(*v) == text)
            .ok_or_else(|| {
                let names: Vec<&str> = values.iter().map(|v| name(*v)).collect();
                JsonError::new(format!("\"{text}\" is not one of {}", names.join(", ")))
            })
    }
}

/// The members of one object, taken by name; [`Members::strict`] then refuses any left.
pub struct Members<'a> {
    list: &'a [(String, Json)],
    taken: Vec<bool>,
}

impl<'a> Members<'a> {
    fn take(&mut self, key: &str) -> Option<&'a Json> {
        let i = self.list.iter().position(|(n, _)| n == key)?;
        self.taken[i] = true;
        Some(&self.list[i].1)
    }

    /// A member that must be there.
    pub fn required<T>(
        &mut self,
        key: &str,
        read: fn(&Json) -> Result<T, JsonError>,
    ) -> Result<T, JsonError> {
        match self.take(key) {
            Some(value) => read(value).map_err(|e| e.at(key)),
            None => Err(JsonError::new(format!("member \"{key}\" is missing"))),
        }
    }

    /// A member that may be left out or `null`.
    pub fn optional<T>(
        &mut self,
        key: &str,
        read: fn(&Json) -> Result<T, JsonError>,
    ) -> Result<Option<T>, JsonError> {
        match self.take(key) {
            None | Some(Json::Null) => Ok(None),
            Some(value) => read(value).map(Some).map_err(|e| e.at(key)),
        }
    }

    /// A member that may be left out, with its type's default then (an empty list, false).
    pub fn or_default<T: Default>(
        &mut self,
        key: &str,
        read: fn(&Json) -> Result<T, JsonError>,
    ) -> Result<T, JsonError> {
        self.optional(key, read).map(Option::unwrap_or_default)
    }

    /// Every member not taken yet, name and value (for maps keyed by name).
    pub fn rest(&mut self) -> impl Iterator<Item = (&'a str, &'a Json)> + '_ {
        let list = self.list;
        self.taken
            .iter_mut()
            .zip(list)
            .filter(|(taken, _)| !**taken)
            .map(|(taken, (name, value))| {
                *taken = true;
                (name.as_str(), value)
            })
    }

    /// Refuses a member that was not taken (a typo in a file must not pass unnoticed).
    pub fn strict(self) -> Result<(), JsonError> {
        match self.taken.iter().position(|t| !t) {
            Some(i) => Err(JsonError::new(format!(
                "unknown member \"{}\"",
                self.list[i].0
            ))),
            None => Ok(()),
        }
    }
}

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
