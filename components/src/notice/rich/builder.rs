//! Builds blocks from the stream of tags and text [`super::parse`] reads: closes what
//! authors leave open, caps inline nesting, collapses spaces and trims each block so
//! that what it writes reads back the same.

use super::{is_safe_href, Block, Inline, Tag};

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
pub(super) struct Builder {
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

    pub(super) fn text(&mut self, text: &str) {
        let collapsed = collapse_whitespace(text);
        if !collapsed.is_empty() {
            push_inline(self.current(), Inline::Text(collapsed));
        }
    }

    pub(super) fn tag(&mut self, tag: Tag) {
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
                        let target = self.current();
                        for child in children {
                            push_inline(target, child);
                        }
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

    pub(super) fn finish(mut self) -> Vec<Block> {
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

/// Appends `inline`; text next to text joins it, and their spaces collapse too, as they
/// would when the sanitised text is read again (runs split by a dropped tag, the words of
/// a dropped link).
fn push_inline(target: &mut Vec<Inline>, inline: Inline) {
    match (target.last_mut(), inline) {
        (Some(Inline::Text(prev)), Inline::Text(text)) => {
            let rest = match prev.ends_with(' ') {
                true => text.strip_prefix(' ').unwrap_or(&text),
                false => &text,
            };
            prev.push_str(rest);
        }
        (_, inline) => target.push(inline),
    }
}

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
    content.retain(|i| !inline_is_empty(i));
    // Line breaks and spaces at either end, until none is left: what stays is what a
    // second reading keeps too.
    loop {
        match content.last_mut() {
            Some(Inline::LineBreak) => {
                content.pop();
            }
            Some(Inline::Text(t)) if t.trim_end().len() != t.len() => {
                *t = t.trim_end().to_string();
                if t.is_empty() {
                    content.pop();
                }
            }
            _ => break,
        }
    }
    loop {
        match content.first_mut() {
            Some(Inline::LineBreak) => {
                content.remove(0);
            }
            Some(Inline::Text(t)) if t.trim_start().len() != t.len() => {
                *t = t.trim_start().to_string();
                if t.is_empty() {
                    content.remove(0);
                }
            }
            _ => break,
        }
    }
}
