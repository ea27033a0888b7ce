//! Renders notice rich text as DOM nodes built one by one with the DOM builder
//! ([`crate::web::dom::tree`]), never `innerHTML`: the body is read again by the strict
//! parser of [`crate::notice::rich`], so only its allowed elements are ever made.

use crate::notice::rich::{self, Block, Inline};
use crate::web::dom::tree::Tree;
use web_sys::Node;

/// The blocks of `html` (read by [`rich::parse`]) appended to `parent`.
pub fn append_rich(tree: &Tree, parent: &Node, html: &str) {
    for block in rich::parse(html) {
        match &block {
            Block::Paragraph(inlines) => element(tree, parent, "p", inlines),
            Block::List { ordered, items } => {
                let Some(list) = tree.element(parent, if *ordered { "ol" } else { "ul" }, &[])
                else {
                    continue;
                };
                for item in items {
                    element(tree, &list, "li", item);
                }
            }
        }
    }
}

fn element(tree: &Tree, parent: &Node, tag: &str, children: &[Inline]) {
    if let Some(el) = tree.element(parent, tag, &[]) {
        append_inlines(tree, &el, children);
    }
}

fn append_inlines(tree: &Tree, parent: &Node, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => tree.text(parent, t),
            Inline::Strong(c) => element(tree, parent, "strong", c),
            Inline::Emphasis(c) => element(tree, parent, "em", c),
            Inline::Link { href, children } => {
                // `href` passed the allow-list of `rich` (http, https, mailto, tel).
                if let Some(a) = tree.element(parent, "a", &[("href", href)]) {
                    append_inlines(tree, &a, children);
                }
            }
            Inline::LineBreak => {
                tree.element(parent, "br", &[]);
            }
        }
    }
}
