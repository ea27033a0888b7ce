//! A section's text in the studio (issue 20): a rich-text field that can only make what a
//! notice may hold. The editor types and formats in a `contenteditable` box (bold, italics,
//! the two kinds of list and links, from a toolbar or the usual keys); what is pasted is
//! sanitised before it goes in; and when the field is left, its HTML goes through
//! `Edit::Body` (of the notice, or of a translation), which keeps only what the sanitiser
//! allows, and the field shows that.

use super::studio::use_studio;
use crate::i18n::{studio as studio_text, ui, Lang, Text};
use crate::notice::rich;
use crate::web::dom::tr;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The browser's editing command on the current selection (`execCommand`: the one API
/// every browser has for a `contenteditable` box).
fn command(name: &str, value: Option<&str>) {
    if let Ok(document) = document().dyn_into::<web_sys::HtmlDocument>() {
        let _ = document.exec_command_with_show_ui_and_value(name, false, value.unwrap_or(""));
    }
}

/// The toolbar's buttons: what each says, and the command it gives.
const TOOLS: [(Text, &str); 4] = [
    (ui::BOLD, "bold"),
    (ui::ITALIC, "italic"),
    (ui::BULLETED_LIST, "insertUnorderedList"),
    (ui::NUMBERED_LIST, "insertOrderedList"),
];

/// A section's text, editable: `body` is the text as kept, and `keep` is given the box's
/// HTML when the editor leaves it (and keeps what the sanitiser allows of it).
#[component]
pub fn BodyEditor(
    /// The id of the editable box (its label and toolbar are named after it).
    id: String,
    /// The text as kept (tracked).
    #[prop(into)]
    body: Signal<String>,
    /// Keeps the box's HTML.
    keep: Callback<String>,
    /// What the box is called.
    label: Text,
    /// The language of the text, when it is not the page's.
    #[prop(optional)]
    text_lang: Option<Lang>,
    /// Splits the section before the block (paragraph or list) at this place, when the
    /// toolbar offers it: the text is kept first.
    #[prop(optional)]
    split: Option<Callback<usize>>,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let label_id = format!("{id}-label");
    let field = NodeRef::<leptos::html::Div>::new();
    // The box shows the text as kept, except while the editor is in it.
    Effect::new(move || {
        let body = body.get();
        if let Some(el) = field.get() {
            let focused = document()
                .active_element()
                .is_some_and(|a| a.id() == el.id());
            if !focused && el.inner_html() != body {
                el.set_inner_html(&body);
            }
        }
    });
    let commit = move |_| {
        let Some(el) = field.get_untracked() else {
            return;
        };
        keep.run(el.inner_html());
        // What was kept, shown (the box has lost the focus).
        el.set_inner_html(&body.get_untracked());
    };
    let paste = move |ev: web_sys::ClipboardEvent| {
        let Some(data) = ev.clipboard_data() else {
            return;
        };
        ev.prevent_default();
        let html = data
            .get_data("text/html")
            .ok()
            .filter(|h| !h.trim().is_empty());
        let clean = match html {
            Some(html) => rich::sanitize(&html),
            None => rich::sanitize(&data.get_data("text/plain").unwrap_or_default()),
        };
        command("insertHTML", Some(&clean));
    };
    let link = move |_| {
        let address = window()
            .prompt_with_message(ui::LINK_ADDRESS.get(lang.get_untracked()))
            .ok()
            .flatten()
            .map(|a| a.trim().to_string())
            .filter(|a| rich::is_safe_href(a));
        if let Some(address) = address {
            command("createLink", Some(&address));
        }
    };
    // The block the caret is in: the box's child that holds it.
    let caret_block = move || -> Option<usize> {
        let el = field.get_untracked()?;
        let node = window().get_selection().ok().flatten()?.anchor_node()?;
        let mut child: web_sys::Node = node;
        loop {
            let parent = child.parent_node()?;
            if parent.is_same_node(Some(&el)) {
                break;
            }
            child = parent;
        }
        let children = el.children();
        (0..children.length()).position(|i| {
            children
                .item(i)
                .is_some_and(|c| c.is_same_node(Some(&child)))
        })
    };
    let split_button = split.map(|split| {
        let on_split = move |_| {
            let (Some(at), Some(el)) = (caret_block(), field.get_untracked()) else {
                return;
            };
            keep.run(el.inner_html());
            split.run(at);
            // The box still has the focus, so the kept text is not drawn by itself: drawn
            // here, or leaving the box would keep the whole text again.
            el.set_inner_html(&body.get_untracked());
        };
        view! {
            <button type="button" class="seloste-button seloste-button--secondary seloste-tool"
                on:mousedown=|ev| ev.prevent_default() on:click=on_split>
                {tr(studio_text::SPLIT_HERE, lang)}
            </button>
        }
    });
    let tools = TOOLS
        .iter()
        .map(|(text, name)| {
            let name = *name;
            view! {
                <button type="button" class="seloste-button seloste-button--secondary seloste-tool"
                    on:mousedown=|ev| ev.prevent_default() on:click=move |_| command(name, None)>
                    {tr(*text, lang)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="seloste-field">
            <p class="seloste-label" id=label_id.clone()>{tr(label, lang)}</p>
            <div class="seloste-toolbar" role="toolbar" aria-controls=id.clone()
                aria-label=move || ui::FORMATTING.get(lang.get())>
                {tools}
                <button type="button" class="seloste-button seloste-button--secondary seloste-tool"
                    on:mousedown=|ev| ev.prevent_default() on:click=link>
                    {tr(ui::LINK, lang)}
                </button>
                {split_button}
            </div>
            <div class="seloste-rich-text" id=id lang=text_lang.map(Lang::name) contenteditable="true" role="textbox" aria-multiline="true"
                aria-labelledby=label_id node_ref=field on:blur=commit on:paste=paste></div>
        </div>
    }
}
