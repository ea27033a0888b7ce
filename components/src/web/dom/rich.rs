//! Renders notice rich text as DOM nodes built one by one (never `innerHTML`).
//!
//! The body is static, so it is built straight with the DOM API (by the notice view, see
//! [`crate::web::dom::tree`]); views per block kind would cost far more wasm for no reactivity.

use crate::notice::rich::{self, Block, Inline};
use web_sys::{Document, Element, Node};

/// The blocks of `html` (read by [`rich::parse`]) appended to `parent`.
pub fn append_rich(document: &Document, parent: &Element, html: &str) {
    for block in rich::parse(html) {
        if let Some(node) = block_node(document, &block) {
            let _ = parent.append_child(&node);
        }
    }
}

fn element(document: &Document, tag: &str, children: &[Inline]) -> Option<Element> {
    let el = document.create_element(tag).ok()?;
    append_inlines(document, &el, children);
    Some(el)
}

fn block_node(document: &Document, block: &Block) -> Option<Node> {
    match block {
        Block::Paragraph(inlines) => element(document, "p", inlines).map(Into::into),
        Block::List { ordered, items } => {
            let list = document
                .create_element(if *ordered { "ol" } else { "ul" })
                .ok()?;
            for item in items {
                if let Some(li) = element(document, "li", item) {
                    let _ = list.append_child(&li);
                }
            }
            Some(list.into())
        }
    }
}

fn append_inlines(document: &Document, parent: &Element, inlines: &[Inline]) {
    for inline in inlines {
        let node: Option<Node> = match inline {
            Inline::Text(t) => Some(document.create_text_node(t).into()),
            Inline::Strong(c) => element(document, "strong", c).map(Into::into),
            Inline::Emphasis(c) => element(document, "em", c).map(Into::into),
            Inline::Link { href, children } => element(document, "a", children).map(|a| {
                // `href` passed the allow-list of `rich` (http, https, mailto, tel).
                let _ = a.set_attribute("href", href);
                a.into()
            }),
            Inline::LineBreak => document.create_element("br").ok().map(Into::into),
        };
        if let Some(node) = node {
            let _ = parent.append_child(&node);
        }
    }
}
