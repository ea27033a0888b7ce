//! Notices in OpenDocument text files (`.odt`, LibreOffice's) turned into the lines the
//! importer reads. The container and XML readers are the Word reader's ([`super::docx`]);
//! `content.xml` holds the text:
//!
//! - a heading (`text:h`, its outline level): `<h2>` for level 1, `<h3>` for 2, `<h4>`
//!   deeper, with the number LibreOffice wrote out for it, if any (`text:number`);
//! - a list item: `- text`, or its number where the list's style numbers it (`3. text`,
//!   counted on across lists that continue the numbering, as LibreOffice writes Word's
//!   numbered paragraphs);
//! - a table row: its cells joined by tabs, a cell's paragraphs by two spaces;
//! - any other paragraph: its text; an empty one, a blank line.
//!
//! Notes' citations and tracked deletions are left out; frames' text is kept.

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::docx::{attr, local, part};
use super::file::FileError;
use super::rich::escape_html as escape;

/// The text of an ODT file's `content.xml` part, as lines for the importer.
pub fn odt_text(bytes: &[u8]) -> Result<String, FileError> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| FileError::Damaged)?;
    let content = part(&mut archive, "content.xml")?.ok_or(FileError::NotANotice)?;
    let styles = part(&mut archive, "styles.xml")?.unwrap_or_default();
    let numbering = list_styles(&[&styles, &content])?;
    let text = content_lines(&content, &numbering)?;
    if text.trim().is_empty() {
        return Err(FileError::NoText);
    }
    Ok(text)
}

/// A block being read: a paragraph or a heading (its level), and the number of the list
/// item it begins.
struct Block {
    text: String,
    level: Option<u8>,
    in_list: bool,
    number: Option<String>,
}

/// How a list style numbers its first level: the first number, and what comes before and
/// after it ("", ".").
struct Numbering {
    start: u32,
    prefix: String,
    suffix: String,
}

/// The list styles that number their first level with digits, by name, from the parts
/// that define them (`styles.xml`, `content.xml`'s automatic styles).
fn list_styles(parts: &[&str]) -> Result<HashMap<String, Numbering>, FileError> {
    let mut styles = HashMap::new();
    for xml in parts {
        let mut reader = Reader::from_str(xml);
        let mut name: Option<String> = None;
        loop {
            match reader.read_event().map_err(|_| FileError::Damaged)? {
                Event::Start(e) | Event::Empty(e) => match local(&e).as_slice() {
                    b"list-style" => name = attr(&e, b"name"),
                    b"list-level-style-number"
                        if attr(&e, b"level").as_deref() == Some("1")
                            && attr(&e, b"num-format").as_deref() == Some("1") =>
                    {
                        if let Some(name) = name.clone() {
                            styles.insert(
                                name,
                                Numbering {
                                    start: attr(&e, b"start-value")
                                        .and_then(|v| v.parse().ok())
                                        .unwrap_or(1),
                                    prefix: attr(&e, b"num-prefix").unwrap_or_default(),
                                    suffix: attr(&e, b"num-suffix").unwrap_or_default(),
                                },
                            );
                        }
                    }
                    _ => {}
                },
                Event::End(e) if e.local_name().as_ref() == b"list-style" => name = None,
                Event::Eof => break,
                _ => {}
            }
        }
    }
    Ok(styles)
}

fn content_lines(xml: &str, numbering: &HashMap<String, Numbering>) -> Result<String, FileError> {
    let mut lines: Vec<String> = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    let (mut lists, mut tables) = (0usize, 0usize);
    // The numbered list being read (its style), the count of each style's lists, and the
    // number the next paragraph begins with.
    let mut list_style: Option<String> = None;
    let mut counts: HashMap<String, u32> = HashMap::new();
    let mut next_number: Option<String> = None;
    let (mut row, mut cell): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    // Inside a note's citation or a tracked deletion, text is not the document's.
    let mut hidden = 0usize;
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event().map_err(|_| FileError::Damaged)? {
            Event::Start(e) => match local(&e).as_slice() {
                b"p" => blocks.push(Block {
                    text: String::new(),
                    level: None,
                    in_list: lists > 0,
                    number: next_number.take(),
                }),
                b"h" => blocks.push(Block {
                    text: String::new(),
                    level: Some(
                        attr(&e, b"outline-level")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(1),
                    ),
                    in_list: false,
                    number: None,
                }),
                b"list" => {
                    lists += 1;
                    if lists == 1 {
                        list_style = attr(&e, b"style-name").filter(|n| numbering.contains_key(n));
                        let continues = attr(&e, b"continue-numbering").as_deref() == Some("true")
                            || attr(&e, b"continue-list").is_some();
                        if let (Some(style), false) = (&list_style, continues) {
                            counts.remove(style);
                        }
                    }
                }
                b"list-item" if lists == 1 => {
                    if let Some(style) = &list_style {
                        let n = &numbering[style];
                        let count = counts
                            .entry(style.clone())
                            .or_insert(n.start.saturating_sub(1));
                        *count = count.saturating_add(1);
                        next_number = Some(format!("{}{count}{}", n.prefix, n.suffix));
                    }
                }
                b"table" => tables += 1,
                b"note-citation" | b"deletion" => hidden += 1,
                _ => {}
            },
            Event::Empty(e) => match local(&e).as_slice() {
                b"p" | b"h" if tables == 0 => lines.push(String::new()),
                b"s" | b"tab" | b"line-break" if hidden == 0 => {
                    if let Some(b) = blocks.last_mut() {
                        let n = attr(&e, b"c")
                            .and_then(|c| c.parse().ok())
                            .unwrap_or(1usize);
                        b.text.push_str(&" ".repeat(n.min(8)));
                    }
                }
                _ => {}
            },
            Event::Text(t) if hidden == 0 => {
                let text = t.unescape().map_err(|_| FileError::Damaged)?;
                if let Some(b) = blocks.last_mut() {
                    b.text.push_str(&text);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"p" | b"h" => {
                    let Some(b) = blocks.pop() else { continue };
                    let text = b.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    if tables > 0 {
                        if !text.is_empty() {
                            cell.push(text);
                        }
                        continue;
                    }
                    lines.push(match b.level {
                        _ if text.is_empty() => String::new(),
                        Some(level) => {
                            let tag = match level {
                                0 | 1 => "h2",
                                2 => "h3",
                                _ => "h4",
                            };
                            format!("<{tag}>{}</{tag}>", escape(&text))
                        }
                        None => match b.number {
                            Some(number) => format!("{number} {text}"),
                            None if b.in_list => format!("- {text}"),
                            None => text,
                        },
                    });
                }
                b"list" => {
                    lists = lists.saturating_sub(1);
                    if lists == 0 {
                        list_style = None;
                        next_number = None;
                    }
                }
                b"table-cell" if tables == 1 => row.push(std::mem::take(&mut cell).join("  ")),
                b"table-row" if tables == 1 => lines.push(std::mem::take(&mut row).join("\t")),
                b"table" => tables = tables.saturating_sub(1),
                b"note-citation" | b"deletion" => hidden = hidden.saturating_sub(1),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(lines.join("\n"))
}

#[cfg(test)]
mod tests;
