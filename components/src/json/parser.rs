//! The syntax: a JSON text into a [`Json`] tree, or an error with line and column.

use super::{Json, JsonError};

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
        // Exactly four hex digits: `from_str_radix` alone would also take a sign (`\u+041`).
        let value = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.iter().all(u8::is_ascii_hexdigit))
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
