//! Rich text of notice bodies: a strict allow-list reader of HTML.
//!
//! Bodies keep paragraphs, line breaks, lists, emphasis and links (http, https, mailto,
//! tel). Any other tag is dropped and its text kept; the content of `script`, `style` and
//! similar elements is dropped whole; attributes other than a link's `href` never survive.
//! Views build DOM nodes from [`Block`]s and never set `innerHTML`, so nothing from a
//! notice file can run in the page even if a file skipped the sanitiser.

mod builder;
mod entities;

use builder::Builder;
pub use builder::MAX_INLINE_DEPTH;
pub use entities::decode_entities;
#[cfg(test)]
use entities::entity;

/// A block of body text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Paragraph(Vec<Inline>),
    /// A list.
    List {
        /// Numbered (`<ol>`) rather than bulleted.
        ordered: bool,
        /// Its items, each a run of text.
        items: Vec<Vec<Inline>>,
    },
}

/// Text inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Strong importance (`<strong>`).
    Strong(Vec<Inline>),
    /// Emphasis (`<em>`).
    Emphasis(Vec<Inline>),
    /// A link (`https:`, `http:`, `mailto:` or `tel:` only).
    Link {
        /// Where it goes.
        href: String,
        /// Its text.
        children: Vec<Inline>,
    },
    /// A line break (`<br>`).
    LineBreak,
}

/// Reads allow-listed HTML (or plain text) into blocks.
pub fn parse(html: &str) -> Vec<Block> {
    let mut b = Builder::default();
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        if rest.starts_with('<') {
            if let Some((tag, after)) = read_tag(rest) {
                rest = after;
                if !tag.closing && RAW_TEXT.contains(&tag.name.as_str()) {
                    rest = skip_raw_text(rest, &tag.name);
                    continue;
                }
                b.tag(tag);
                continue;
            }
        }
        // A `<` that starts no tag is text; search for the next one after it.
        let skip = usize::from(rest.starts_with('<'));
        let end = rest[skip..].find('<').map_or(rest.len(), |i| i + skip);
        b.text(&decode_entities(&rest[..end]));
        rest = &rest[end..];
    }
    b.finish()
}

/// Writes blocks back as the canonical HTML stored in notice files.
pub fn to_html(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Paragraph(inlines) => {
                out.push_str("<p>");
                inlines_html(inlines, &mut out);
                out.push_str("</p>");
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                out.push_str(&format!("<{tag}>"));
                for item in items {
                    out.push_str("<li>");
                    inlines_html(item, &mut out);
                    out.push_str("</li>");
                }
                out.push_str(&format!("</{tag}>"));
            }
        }
    }
    out
}

/// Keeps only what is allowed: `to_html(parse(html))`.
pub fn sanitize(html: &str) -> String {
    to_html(&parse(html))
}

/// The plain text of blocks, paragraphs separated by blank lines.
pub fn plain_text(blocks: &[Block]) -> String {
    fn inline_text(inlines: &[Inline], out: &mut String) {
        for i in inlines {
            match i {
                Inline::Text(t) => out.push_str(t),
                Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { children: c, .. } => {
                    inline_text(c, out)
                }
                Inline::LineBreak => out.push('\n'),
            }
        }
    }
    let mut parts = Vec::new();
    for block in blocks {
        let mut s = String::new();
        match block {
            Block::Paragraph(inlines) => inline_text(inlines, &mut s),
            Block::List { items, .. } => {
                for (n, item) in items.iter().enumerate() {
                    if n > 0 {
                        s.push('\n');
                    }
                    s.push_str("• ");
                    inline_text(item, &mut s);
                }
            }
        }
        parts.push(s);
    }
    parts.join("\n\n")
}

/// Elements whose content is never text for people.
const RAW_TEXT: [&str; 10] = [
    "script", "style", "template", "iframe", "object", "embed", "noscript", "textarea", "title",
    "svg",
];

/// Whether a link target is one a notice may point to.
pub fn is_safe_href(href: &str) -> bool {
    let compact: String = href
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    let lower = compact.to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|p| lower.starts_with(p) && lower.len() > p.len())
}

/// `text` escaped for HTML: the readers of text, Word, OpenDocument and PDF files write
/// the text they read into section bodies with it.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape(text, &mut out);
    out
}

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

fn inlines_html(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => escape(t, out),
            Inline::Strong(c) => {
                out.push_str("<strong>");
                inlines_html(c, out);
                out.push_str("</strong>");
            }
            Inline::Emphasis(c) => {
                out.push_str("<em>");
                inlines_html(c, out);
                out.push_str("</em>");
            }
            Inline::Link { href, children } => {
                out.push_str("<a href=\"");
                escape(href, out);
                out.push_str("\">");
                inlines_html(children, out);
                out.push_str("</a>");
            }
            Inline::LineBreak => out.push_str("<br>"),
        }
    }
}

struct Tag {
    name: String,
    closing: bool,
    href: Option<String>,
}

/// Reads one tag at the start of `s`; `None` when `<` does not start a tag (it is then text).
fn read_tag(s: &str) -> Option<(Tag, &str)> {
    let inner = &s[1..];
    let closing = inner.starts_with('/');
    let inner = if closing { &inner[1..] } else { inner };
    let name_len = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    if name_len == 0 || !inner.starts_with(|c: char| c.is_ascii_alphabetic()) {
        // `<!doctype>`, `<?xml?>` and the like are dropped; a lone `<` stays text.
        if inner.starts_with(['!', '?']) {
            let end = inner.find('>')?;
            return Some((
                Tag {
                    name: String::new(),
                    closing: true,
                    href: None,
                },
                &inner[end + 1..],
            ));
        }
        return None;
    }
    let name = inner[..name_len].to_ascii_lowercase();
    let (attrs, rest) = split_attributes(&inner[name_len..])?;
    let href = if name == "a" && !closing {
        attribute(attrs, "href")
    } else {
        None
    };
    Some((
        Tag {
            name,
            closing,
            href,
        },
        rest,
    ))
}

/// Splits at the `>` that ends a tag, skipping `>` inside quoted attribute values.
fn split_attributes(s: &str) -> Option<(&str, &str)> {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some((&s[..i], &s[i + 1..])),
            _ => {}
        }
    }
    None
}

fn attribute(attrs: &str, wanted: &str) -> Option<String> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let mut value = String::new();
        if let Some(after_eq) = rest.strip_prefix('=') {
            let after_eq = after_eq.trim_start();
            if let Some(q) = after_eq.chars().next().filter(|c| *c == '"' || *c == '\'') {
                let body = &after_eq[1..];
                let end = body.find(q).unwrap_or(body.len());
                value = body[..end].to_string();
                rest = body.get(end + 1..).unwrap_or("");
            } else {
                let end = after_eq.find(char::is_whitespace).unwrap_or(after_eq.len());
                value = after_eq[..end].to_string();
                rest = &after_eq[end..];
            }
        }
        if name == wanted {
            return Some(decode_entities(&value));
        }
    }
}

fn skip_raw_text<'a>(s: &'a str, name: &str) -> &'a str {
    let closing = format!("</{name}");
    let lower = s.to_ascii_lowercase();
    match lower.find(&closing) {
        Some(i) => s[i..].find('>').map_or("", |j| &s[i + j + 1..]),
        None => "",
    }
}

#[cfg(test)]
mod tests;
