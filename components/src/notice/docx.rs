//! Notices in Word files (`.docx`) turned into the lines the importer reads.
//!
//! A DOCX file is a ZIP container (read with the `zip` crate) of XML parts (read with
//! `quick-xml`): `word/document.xml` holds the paragraphs and tables, `word/styles.xml`
//! which styles are headings (by their built-in names, "heading 1", which Word keeps in
//! every language, or an outline level), and `word/numbering.xml` how lists and numbered
//! headings are numbered. The result, for [`import`](super::import):
//!
//! - a heading paragraph: `<h2>1. Rekisterinpitäjä</h2>` (level 1 `h2`, level 2 `h3`,
//!   deeper `h4`), its number written out as Word shows it; the document's title style a
//!   plain line;
//! - a list item: `- text` for bullets, its number (`3. text`, `5.1 text`) for numbered
//!   lists;
//! - a table row: its cells joined by tabs, a cell's paragraphs by two spaces (the layout
//!   of a table pasted from a CMS, which the importer reads already);
//! - any other paragraph: its text; an empty one, a blank line.
//!
//! Deleted text (tracked changes) and field codes are left out; text boxes are kept.

use std::collections::HashMap;
use std::io::Read;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::file::FileError;
use super::rich::escape_html as escape;

/// The largest XML part read, uncompressed (a notice's document.xml is well under 1 MiB).
const MAX_PART: u64 = 32 << 20;

/// The text of a DOCX file, as lines for the importer.
pub fn docx_text(bytes: &[u8]) -> Result<String, FileError> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| FileError::Damaged)?;
    let document = part(&mut archive, "word/document.xml")?.ok_or(FileError::NotANotice)?;
    let styles = part(&mut archive, "word/styles.xml")?
        .map(|x| Styles::read(&x))
        .transpose()?
        .unwrap_or_default();
    let numbering = part(&mut archive, "word/numbering.xml")?
        .map(|x| Numbering::read(&x))
        .transpose()?
        .unwrap_or_default();
    let text = Body::read(&document, &styles, numbering)?;
    if text.trim().is_empty() {
        return Err(FileError::NoText);
    }
    Ok(text)
}

/// A part of the container as text, or `None` when the container has no such part.
pub(super) fn part(
    archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, FileError> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(zip::result::ZipError::UnsupportedArchive(_)) => return Err(FileError::Protected),
        Err(_) => return Err(FileError::Damaged),
    };
    if file.encrypted() {
        return Err(FileError::Protected);
    }
    if file.size() > MAX_PART {
        return Err(FileError::TooLarge);
    }
    let mut text = String::new();
    file.take(MAX_PART + 1)
        .read_to_string(&mut text)
        .map_err(|_| FileError::Damaged)?;
    if text.len() as u64 > MAX_PART {
        return Err(FileError::TooLarge);
    }
    Ok(Some(text))
}

/// The value of an attribute by its local name (`w:val` → `val`).
pub(super) fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

pub(super) fn local(e: &BytesStart) -> Vec<u8> {
    e.local_name().as_ref().to_vec()
}

/// Which paragraph styles are headings (and of what level; 0 for the title) and which
/// carry a numbering of their own.
#[derive(Default)]
struct Styles {
    level: HashMap<String, u8>,
    numbering: HashMap<String, (String, usize)>,
}

impl Styles {
    fn read(xml: &str) -> Result<Styles, FileError> {
        struct Style {
            name: String,
            based_on: Option<String>,
            outline: Option<u8>,
            num: Option<String>,
            ilvl: usize,
        }
        let mut all: HashMap<String, Style> = HashMap::new();
        let mut current: Option<(String, Style)> = None;
        let mut reader = Reader::from_str(xml);
        loop {
            match reader.read_event().map_err(|_| FileError::Damaged)? {
                Event::Start(e) | Event::Empty(e) => match local(&e).as_slice() {
                    b"style" => {
                        current = attr(&e, b"styleId").map(|id| {
                            let style = Style {
                                name: String::new(),
                                based_on: None,
                                outline: None,
                                num: None,
                                ilvl: 0,
                            };
                            (id, style)
                        })
                    }
                    b"name" => {
                        if let Some((_, s)) = current.as_mut() {
                            s.name = attr(&e, b"val").unwrap_or_default().to_lowercase();
                        }
                    }
                    b"basedOn" => {
                        if let Some((_, s)) = current.as_mut() {
                            s.based_on = attr(&e, b"val");
                        }
                    }
                    b"outlineLvl" => {
                        if let Some((_, s)) = current.as_mut() {
                            s.outline = attr(&e, b"val").and_then(|v| v.parse().ok());
                        }
                    }
                    b"numId" => {
                        if let Some((_, s)) = current.as_mut() {
                            s.num = attr(&e, b"val");
                        }
                    }
                    b"ilvl" => {
                        if let Some((_, s)) = current.as_mut() {
                            s.ilvl = attr(&e, b"val").and_then(|v| v.parse().ok()).unwrap_or(0);
                        }
                    }
                    _ => {}
                },
                Event::End(e) if e.local_name().as_ref() == b"style" => {
                    if let Some((id, s)) = current.take() {
                        all.insert(id, s);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        let own_level = |s: &Style| -> Option<u8> {
            if s.name == "title" {
                return Some(0);
            }
            if let Some(n) = s.name.strip_prefix("heading ") {
                return n.trim().parse().ok().filter(|n| (1..=9).contains(n));
            }
            s.outline.filter(|o| *o < 9).map(|o| o + 1)
        };
        let mut styles = Styles::default();
        for (id, s) in &all {
            // A style based on a heading style is a heading too (a few steps at most).
            let mut at = Some(s);
            for _ in 0..6 {
                let Some(style) = at else { break };
                if let Some(level) = own_level(style) {
                    styles.level.insert(id.clone(), level);
                    break;
                }
                at = style.based_on.as_ref().and_then(|b| all.get(b));
            }
            if let Some(num) = &s.num {
                styles.numbering.insert(id.clone(), (num.clone(), s.ilvl));
            }
        }
        Ok(styles)
    }
}

/// A numbering level: its format ("decimal", "bullet", …), its text ("%1.", "%1.%2."),
/// and its first number.
#[derive(Clone)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

/// The lists' numberings and their counters as the document goes.
#[derive(Default)]
struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    nums: HashMap<String, String>,
    counters: HashMap<String, [u32; 9]>,
}

impl Numbering {
    fn read(xml: &str) -> Result<Numbering, FileError> {
        let mut n = Numbering::default();
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut level: Option<(usize, Level)> = None;
        let mut reader = Reader::from_str(xml);
        loop {
            match reader.read_event().map_err(|_| FileError::Damaged)? {
                Event::Start(e) | Event::Empty(e) => match local(&e).as_slice() {
                    b"abstractNum" => abstract_id = attr(&e, b"abstractNumId"),
                    b"num" => num_id = attr(&e, b"numId"),
                    b"abstractNumId" => {
                        if let (Some(num), Some(a)) = (num_id.clone(), attr(&e, b"val")) {
                            n.nums.insert(num, a);
                        }
                    }
                    b"lvl" => {
                        let ilvl = attr(&e, b"ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                        let l = Level {
                            format: "decimal".into(),
                            text: format!("%{}.", ilvl + 1),
                            start: 1,
                        };
                        level = Some((ilvl, l));
                    }
                    b"numFmt" => {
                        if let (Some((_, l)), Some(v)) = (level.as_mut(), attr(&e, b"val")) {
                            l.format = v;
                        }
                    }
                    b"lvlText" => {
                        if let (Some((_, l)), Some(v)) = (level.as_mut(), attr(&e, b"val")) {
                            l.text = v;
                        }
                    }
                    b"start" => {
                        if let (Some((_, l)), Some(v)) = (level.as_mut(), attr(&e, b"val")) {
                            l.start = v.parse().unwrap_or(1);
                        }
                    }
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    b"lvl" => {
                        if let (Some(a), Some((ilvl, l))) = (abstract_id.as_ref(), level.take()) {
                            let levels = n.abstracts.entry(a.clone()).or_default();
                            if ilvl < 9 {
                                if levels.len() <= ilvl {
                                    levels.resize(
                                        ilvl + 1,
                                        Level {
                                            format: "decimal".into(),
                                            text: String::new(),
                                            start: 1,
                                        },
                                    );
                                }
                                levels[ilvl] = l;
                            }
                        }
                    }
                    b"abstractNum" => abstract_id = None,
                    b"num" => num_id = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(n)
    }

    /// The label of the next item of list `num` at level `ilvl` ("3.", "5.1", "-"), its
    /// counters moved on; `None` for a list the file does not define.
    fn next(&mut self, num: &str, ilvl: usize) -> Option<String> {
        let abstract_id = self.nums.get(num)?.clone();
        let levels = self.abstracts.get(&abstract_id)?.clone();
        let ilvl = ilvl.min(8);
        let level = levels.get(ilvl)?;
        if level.format == "bullet" {
            return Some("-".into());
        }
        if level.format == "none" {
            return Some(String::new());
        }
        let counters = self.counters.entry(abstract_id).or_insert([0; 9]);
        for (i, c) in counters.iter_mut().enumerate() {
            if i < ilvl && *c == 0 {
                *c = levels.get(i).map_or(1, |l| l.start);
            }
        }
        counters[ilvl] = if counters[ilvl] == 0 {
            level.start
        } else {
            counters[ilvl] + 1
        };
        counters[ilvl + 1..].iter_mut().for_each(|c| *c = 0);
        let mut label = level.text.clone();
        for (i, value) in counters.iter().enumerate().take(ilvl + 1) {
            let format = levels.get(i).map_or("decimal", |l| l.format.as_str());
            label = label.replace(&format!("%{}", i + 1), &number(*value, format));
        }
        Some(label)
    }
}

/// A list number in a numbering format.
fn number(n: u32, format: &str) -> String {
    let letters = |upper: bool| {
        let mut s = String::new();
        let mut k = n.max(1);
        while k > 0 {
            k -= 1;
            let c = (b'a' + (k % 26) as u8) as char;
            s.insert(0, if upper { c.to_ascii_uppercase() } else { c });
            k /= 26;
        }
        s
    };
    let roman = |upper: bool| {
        const R: [(u32, &str); 13] = [
            (1000, "m"),
            (900, "cm"),
            (500, "d"),
            (400, "cd"),
            (100, "c"),
            (90, "xc"),
            (50, "l"),
            (40, "xl"),
            (10, "x"),
            (9, "ix"),
            (5, "v"),
            (4, "iv"),
            (1, "i"),
        ];
        let (mut k, mut s) = (n.min(3999), String::new());
        for (v, r) in R {
            while k >= v {
                s.push_str(r);
                k -= v;
            }
        }
        if upper {
            s.to_uppercase()
        } else {
            s
        }
    };
    match format {
        "lowerLetter" => letters(false),
        "upperLetter" => letters(true),
        "lowerRoman" => roman(false),
        "upperRoman" => roman(true),
        _ => n.to_string(),
    }
}

/// A paragraph being read.
#[derive(Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    num: Option<String>,
    ilvl: usize,
}

/// The document body read into lines.
struct Body<'a> {
    styles: &'a Styles,
    numbering: Numbering,
    lines: Vec<String>,
    /// Open paragraphs (a text box's paragraphs sit inside a paragraph).
    paragraphs: Vec<Paragraph>,
    /// How deep in tables; rows and cells are kept for the outermost only.
    tables: usize,
    row: Vec<String>,
    cell: Vec<String>,
}

impl<'a> Body<'a> {
    fn read(xml: &str, styles: &'a Styles, numbering: Numbering) -> Result<String, FileError> {
        let mut body = Body {
            styles,
            numbering,
            lines: Vec::new(),
            paragraphs: Vec::new(),
            tables: 0,
            row: Vec::new(),
            cell: Vec::new(),
        };
        // Inside deleted text, field codes or deleted field codes, text is not the document's.
        let mut hidden = 0usize;
        let mut in_text = false;
        let mut reader = Reader::from_str(xml);
        loop {
            let event = reader.read_event().map_err(|_| FileError::Damaged)?;
            match event {
                Event::Start(e) => match local(&e).as_slice() {
                    b"p" => body.paragraphs.push(Paragraph::default()),
                    b"del" | b"instrText" | b"delText" => hidden += 1,
                    b"t" => in_text = true,
                    b"tbl" => body.tables += 1,
                    _ => body.property(&e),
                },
                Event::Empty(e) => match local(&e).as_slice() {
                    b"p" if body.tables == 0 => body.lines.push(String::new()),
                    b"tab" | b"br" | b"cr" if hidden == 0 => {
                        if let Some(p) = body.paragraphs.last_mut() {
                            p.text.push(' ');
                        }
                    }
                    b"noBreakHyphen" if hidden == 0 => {
                        if let Some(p) = body.paragraphs.last_mut() {
                            p.text.push('-');
                        }
                    }
                    _ => body.property(&e),
                },
                Event::Text(t) if in_text && hidden == 0 => {
                    let text = t.unescape().map_err(|_| FileError::Damaged)?;
                    if let Some(p) = body.paragraphs.last_mut() {
                        p.text.push_str(&text);
                    }
                }
                Event::CData(t) if in_text && hidden == 0 => {
                    if let Some(p) = body.paragraphs.last_mut() {
                        p.text.push_str(&String::from_utf8_lossy(&t));
                    }
                }
                Event::End(e) => match e.local_name().as_ref() {
                    b"p" => body.end_paragraph(),
                    b"del" | b"instrText" | b"delText" => hidden = hidden.saturating_sub(1),
                    b"t" => in_text = false,
                    b"tc" if body.tables == 1 => {
                        let cell = std::mem::take(&mut body.cell).join("  ");
                        body.row.push(cell);
                    }
                    b"tr" if body.tables == 1 => {
                        let row = std::mem::take(&mut body.row);
                        body.lines.push(row.join("\t"));
                    }
                    b"tbl" => body.tables = body.tables.saturating_sub(1),
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(body.lines.join("\n"))
    }

    /// A paragraph property: its style and numbering.
    fn property(&mut self, e: &BytesStart) {
        let Some(p) = self.paragraphs.last_mut() else {
            return;
        };
        match local(e).as_slice() {
            b"pStyle" => p.style = attr(e, b"val"),
            b"numId" => p.num = attr(e, b"val"),
            b"ilvl" => p.ilvl = attr(e, b"val").and_then(|v| v.parse().ok()).unwrap_or(0),
            _ => {}
        }
    }

    fn end_paragraph(&mut self) {
        let Some(p) = self.paragraphs.pop() else {
            return;
        };
        let text = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let style_num = p
            .style
            .as_ref()
            .and_then(|s| self.styles.numbering.get(s).cloned());
        // A paragraph's own numbering wins over its style's; numId 0 turns numbering off.
        let (num, ilvl) = match (&p.num, style_num) {
            (Some(n), _) => (Some(n.clone()), p.ilvl),
            (None, Some((n, l))) => (Some(n), l),
            (None, None) => (None, 0),
        };
        let label = match num {
            Some(n) if n != "0" && !text.is_empty() => self.numbering.next(&n, ilvl),
            _ => None,
        };
        let level = p
            .style
            .as_ref()
            .and_then(|s| self.styles.level.get(s).copied());
        if self.tables > 0 {
            if !text.is_empty() {
                let text = match label {
                    Some(l) if !l.is_empty() => format!("{l} {text}"),
                    _ => text,
                };
                self.cell.push(text);
            }
            return;
        }
        let numbered = |text: String| match &label {
            Some(l) if !l.is_empty() => format!("{l} {text}"),
            _ => text,
        };
        let line = match level {
            _ if text.is_empty() => String::new(),
            Some(0) => text,
            Some(level) => {
                let tag = match level {
                    1 => "h2",
                    2 => "h3",
                    _ => "h4",
                };
                format!("<{tag}>{}</{tag}>", escape(&numbered(text)))
            }
            None => numbered(text),
        };
        self.lines.push(line);
    }
}

#[cfg(test)]
mod tests;
