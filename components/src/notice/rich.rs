//! Rich text of notice bodies: a strict allow-list reader of HTML.
//!
//! Bodies keep paragraphs, line breaks, lists, emphasis and links (http, https, mailto,
//! tel). Any other tag is dropped and its text kept; the content of `script`, `style` and
//! similar elements is dropped whole; attributes other than a link's `href` never survive.
//! Views build DOM nodes from [`Block`]s and never set `innerHTML`, so nothing from a
//! notice file can run in the page even if a file skipped the sanitiser.

/// A block of body text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
}

/// Text inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(Vec<Inline>),
    Emphasis(Vec<Inline>),
    Link { href: String, children: Vec<Inline> },
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

/// Decodes the character references people and CMSs actually use.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let decoded = end
            .filter(|&e| rest[e..].starts_with(';'))
            .and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        // Digits only: `from_str_radix` and `parse` would also take a sign (`&#x+41;`).
        let (digits, radix) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (num, 10),
        };
        if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        let code = u32::from_str_radix(digits, radix).ok()?;
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" | "#39" => '\'',
        "nbsp" => '\u{a0}',
        "auml" => 'ä',
        "Auml" => 'Ä',
        "ouml" => 'ö',
        "Ouml" => 'Ö',
        "aring" => 'å',
        "Aring" => 'Å',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "euro" => '€',
        "sect" => '§',
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Frame {
    Strong,
    Emphasis,
    Link,
}

/// How deep emphasis and links may nest in a body. Real notices nest two or three; the cap
/// keeps every walk over the tree (writing HTML, plain text, the DOM) shallow whatever a
/// file holds.
pub const MAX_INLINE_DEPTH: usize = 8;

/// Builds blocks from a stream of tags and text, closing what authors leave open.
#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    /// Open inline elements; the content of each is collected in `stack[i].1`.
    stack: Vec<(Frame, Vec<Inline>, Option<String>)>,
    root: Vec<Inline>,
    /// An open list and its finished items.
    list: Option<(bool, Vec<Vec<Inline>>)>,
    in_item: bool,
}

impl Builder {
    fn current(&mut self) -> &mut Vec<Inline> {
        match self.stack.last_mut() {
            Some((_, children, _)) => children,
            None => &mut self.root,
        }
    }

    fn text(&mut self, text: &str) {
        let collapsed = collapse_whitespace(text);
        if collapsed.is_empty() {
            return;
        }
        let target = self.current();
        if let Some(Inline::Text(prev)) = target.last_mut() {
            // Runs split by a dropped tag join into one: their spaces collapse too, as
            // they would when the sanitised text is read again.
            let rest = match prev.ends_with(' ') {
                true => collapsed.strip_prefix(' ').unwrap_or(&collapsed),
                false => &collapsed,
            };
            prev.push_str(rest);
        } else {
            target.push(Inline::Text(collapsed));
        }
    }

    fn tag(&mut self, tag: Tag) {
        let opens_inline = matches!(tag.name.as_str(), "strong" | "b" | "em" | "i" | "a");
        if opens_inline && !tag.closing && self.stack.len() >= MAX_INLINE_DEPTH {
            // Deeper emphasis says nothing more; its words stay, at the depth reached.
            return;
        }
        match (tag.name.as_str(), tag.closing) {
            ("br", _) => self.current().push(Inline::LineBreak),
            ("strong" | "b", false) => self.stack.push((Frame::Strong, Vec::new(), None)),
            ("em" | "i", false) => self.stack.push((Frame::Emphasis, Vec::new(), None)),
            ("a", false) if !self.stack.iter().any(|f| f.0 == Frame::Link) => {
                let href = tag
                    .href
                    .filter(|h| is_safe_href(h))
                    .map(|h| h.trim().to_string());
                self.stack.push((Frame::Link, Vec::new(), href));
            }
            ("strong" | "b", true) => self.close(Frame::Strong),
            ("em" | "i", true) => self.close(Frame::Emphasis),
            ("a", true) => self.close(Frame::Link),
            ("ul" | "ol", false) => {
                self.end_paragraph();
                self.end_list();
                self.list = Some((tag.name == "ol", Vec::new()));
            }
            ("ul" | "ol", true) => {
                self.end_paragraph();
                self.end_list();
            }
            ("li", false) => {
                self.end_paragraph();
                if self.list.is_none() {
                    self.list = Some((false, Vec::new()));
                }
                self.in_item = true;
            }
            ("li", true) => self.end_paragraph(),
            (name, _) if BLOCK_BREAKS.contains(&name) => {
                self.end_paragraph();
                if !matches!(name, "li") && self.list.is_some() && !self.in_item {
                    self.end_list();
                }
            }
            _ => {}
        }
    }

    fn close(&mut self, frame: Frame) {
        if !self.stack.iter().any(|f| f.0 == frame) {
            return;
        }
        while let Some((f, children, href)) = self.stack.pop() {
            let done = f == frame;
            let node = match f {
                Frame::Strong => Some(Inline::Strong(children)),
                Frame::Emphasis => Some(Inline::Emphasis(children)),
                Frame::Link => match href {
                    Some(href) => Some(Inline::Link { href, children }),
                    None => {
                        // An unsafe or missing target: keep the words, drop the link.
                        self.current().extend(children);
                        None
                    }
                },
            };
            if let Some(node) = node {
                if !inline_is_empty(&node) {
                    self.current().push(node);
                }
            }
            if done {
                break;
            }
        }
    }

    /// Ends the paragraph or list item being collected.
    fn end_paragraph(&mut self) {
        while let Some(frame) = self.stack.last().map(|f| f.0) {
            self.close(frame);
        }
        let mut content = std::mem::take(&mut self.root);
        trim_inlines(&mut content);
        let in_item = std::mem::replace(&mut self.in_item, false);
        if content.is_empty() {
            return;
        }
        match (&mut self.list, in_item) {
            (Some((_, items)), true) => items.push(content),
            _ => {
                self.end_list();
                self.blocks.push(Block::Paragraph(content));
            }
        }
    }

    fn end_list(&mut self) {
        if let Some((ordered, items)) = self.list.take() {
            if !items.is_empty() {
                self.blocks.push(Block::List { ordered, items });
            }
        }
    }

    fn finish(mut self) -> Vec<Block> {
        self.end_paragraph();
        self.end_list();
        self.blocks
    }
}

/// Tags that end a paragraph even though they are not kept.
const BLOCK_BREAKS: [&str; 21] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "blockquote",
    "pre",
    "header",
    "footer",
    "nav",
    "dl",
    "dd",
];

fn inline_is_empty(i: &Inline) -> bool {
    match i {
        Inline::Text(t) => t.is_empty(),
        Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { children: c, .. } => {
            c.iter().all(inline_is_empty)
        }
        Inline::LineBreak => false,
    }
}

fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// Drops leading and trailing spaces and line breaks of a paragraph.
fn trim_inlines(content: &mut Vec<Inline>) {
    while matches!(content.last(), Some(Inline::LineBreak)) {
        content.pop();
    }
    while matches!(content.first(), Some(Inline::LineBreak)) {
        content.remove(0);
    }
    if let Some(Inline::Text(t)) = content.first_mut() {
        *t = t.trim_start().to_string();
    }
    if let Some(Inline::Text(t)) = content.last_mut() {
        *t = t.trim_end().to_string();
    }
    content.retain(|i| !inline_is_empty(i));
}

#[cfg(test)]
mod tests;
