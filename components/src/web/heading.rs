//! A heading whose level is chosen by the caller, so a component can sit under any heading.
//! One element type for every level keeps the wasm small (no view per level).

use leptos::html::custom;
use leptos::prelude::*;

/// `<h1>`…`<h6>` by `level` (clamped); `id` and `tabindex="-1"` let focus move to it.
#[component]
pub fn Heading(
    level: u8,
    #[prop(optional, into)] id: Option<String>,
    children: Children,
) -> impl IntoView {
    const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    let tag = TAGS[usize::from(level.clamp(1, 6)) - 1];
    custom(tag)
        .attr("id", id)
        .attr("tabindex", "-1")
        .child(children())
}
