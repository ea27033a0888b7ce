//! Renders notice rich text as DOM nodes built one by one (never `innerHTML`).

use crate::notice::rich::{self, Block, Inline};
use leptos::prelude::*;

/// The body of a section: allow-listed HTML read by [`rich::parse`].
#[component]
pub fn RichText(html: String) -> impl IntoView {
    rich::parse(&html).iter().map(block).collect_view()
}

fn block(b: &Block) -> AnyView {
    match b {
        Block::Paragraph(inlines) => view! { <p>{inline_list(inlines)}</p> }.into_any(),
        Block::List { ordered: false, items } => {
            view! { <ul>{items.iter().map(|i| view! { <li>{inline_list(i)}</li> }).collect_view()}</ul> }.into_any()
        }
        Block::List { ordered: true, items } => {
            view! { <ol>{items.iter().map(|i| view! { <li>{inline_list(i)}</li> }).collect_view()}</ol> }.into_any()
        }
    }
}

fn inline_list(items: &[Inline]) -> Vec<AnyView> {
    items.iter().map(inline).collect()
}

fn inline(i: &Inline) -> AnyView {
    match i {
        Inline::Text(t) => t.clone().into_any(),
        Inline::Strong(c) => view! { <strong>{inline_list(c)}</strong> }.into_any(),
        Inline::Emphasis(c) => view! { <em>{inline_list(c)}</em> }.into_any(),
        Inline::Link { href, children } => {
            view! { <a href=href.clone()>{inline_list(children)}</a> }.into_any()
        }
        Inline::LineBreak => view! { <br/> }.into_any(),
    }
}
