//! A heading whose level is chosen by the caller, so a component can sit under any heading.
//! One element type for every level keeps the wasm small (no view per level).

use leptos::html::custom;
use leptos::prelude::*;

/// The level of a request form's page titles, as the host page asks (`heading-level`;
/// 1 by default); the form's other headings are one level below. Given as a context by
/// [`crate::web::RequestForm`], so every part of the form (also those of its later chunk) reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TitleLevel(pub u8);

/// The level of the current form's page titles.
pub fn title_level() -> u8 {
    use_context::<TitleLevel>().map_or(1, |l| l.0)
}

/// The level of the current form's other headings (one below its titles).
pub fn section_level() -> u8 {
    title_level() + 1
}

pub use crate::notice::markup::heading_tag;

/// `<h1>`…`<h6>` by `level` (clamped); `id` and `tabindex="-1"` let focus move to it.
#[component]
pub fn Heading(
    level: u8,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    custom(heading_tag(level))
        .attr("id", id)
        .attr("class", class)
        .attr("tabindex", "-1")
        .child(children())
}
