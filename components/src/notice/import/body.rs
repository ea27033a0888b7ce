//! The body of a section as the notice keeps it: paragraphs, lists and the HTML the
//! allow-list lets through.

use crate::notice::rich::{self, escape_html as escape_text};

/// The body of a section: runs of plain lines become paragraphs (lines kept apart with
/// line breaks), "- " lines become lists, HTML is kept; then the allow-list applies.
pub(super) fn body_html(lines: &[String]) -> String {
    let mut html = String::new();
    let mut paragraph: Vec<String> = Vec::new();
    let mut list: Vec<String> = Vec::new();
    let flush_paragraph = |paragraph: &mut Vec<String>, html: &mut String| {
        if !paragraph.is_empty() {
            html.push_str(&format!("<p>{}</p>", paragraph.join("<br>")));
            paragraph.clear();
        }
    };
    let flush_list = |list: &mut Vec<String>, html: &mut String| {
        if !list.is_empty() {
            html.push_str("<ul>");
            for item in list.drain(..) {
                html.push_str(&format!("<li>{item}</li>"));
            }
            html.push_str("</ul>");
        }
    };
    for line in lines {
        let trimmed = line.trim().trim_start_matches('\u{a0}').trim();
        if trimmed.is_empty() {
            flush_paragraph(&mut paragraph, &mut html);
            flush_list(&mut list, &mut html);
        } else if has_markup(trimmed) {
            flush_paragraph(&mut paragraph, &mut html);
            flush_list(&mut list, &mut html);
            html.push_str(trimmed);
        } else if let Some(item) = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("• "))
        {
            flush_paragraph(&mut paragraph, &mut html);
            list.push(escape_text(item.trim()));
        } else {
            flush_list(&mut list, &mut html);
            paragraph.push(escape_text(&trimmed.replace("**", "")));
        }
    }
    flush_paragraph(&mut paragraph, &mut html);
    flush_list(&mut list, &mut html);
    rich::sanitize(&html)
}

/// The elements a page's HTML is written with: a line holding one of them is markup; any
/// other `<…>` is text ("wordpress_<hash>: upphör efter två veckor", a cookie's name).
const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "aside",
    "b",
    "big",
    "blockquote",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "font",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "label",
    "li",
    "main",
    "mark",
    "nav",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "section",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
];

/// Whether a line holds HTML: a tag of an element pages are written with.
fn has_markup(line: &str) -> bool {
    line.match_indices('<').any(|(i, _)| {
        let rest = line[i + 1..].strip_prefix('/').unwrap_or(&line[i + 1..]);
        let name: String = rest
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        let after = rest[name.len()..].chars().next();
        ELEMENTS.contains(&name.as_str())
            && matches!(after, Some('>' | ' ' | '/' | '\t' | '\n'))
            && line[i..].contains('>')
    })
}
