//! A section's text in the studio (issue 20): a rich-text field that can only make what a
//! notice may hold. The editor types and formats in a `contenteditable` box (bold, italics,
//! the two kinds of list and links, from a toolbar or the usual keys); what is pasted is
//! sanitised before it goes in; and when the field is left, its HTML goes through
//! [`Edit::Body`], which keeps only what the sanitiser allows, and the field shows that.

use super::studio::use_studio;
use crate::i18n::{ui, Text};
use crate::notice::edit::Edit;
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

/// The text of the section with `key`, editable.
#[component]
pub fn BodyEditor(
    /// The section's key in the studio.
    key: u64,
    /// The id of the editable box (its label and toolbar are named after it).
    id: String,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let label_id = format!("{id}-label");
    let field = NodeRef::<leptos::html::Div>::new();
    // The box shows the section's text as kept, except while the editor is in it.
    Effect::new(move || {
        let body = studio.section(key).map(|s| s.body).unwrap_or_default();
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
        let (Some(at), Some(el)) = (studio.place(key), field.get_untracked()) else {
            return;
        };
        let html = el.inner_html();
        let _ = studio.edit(Edit::Body { at, html });
        // What was kept, shown (the box has lost the focus).
        if let Some(kept) = studio.section_untracked(key) {
            el.set_inner_html(&kept.body);
        }
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
            <p class="seloste-label" id=label_id.clone()>{tr(ui::SECTION_TEXT, lang)}</p>
            <div class="seloste-toolbar" role="toolbar" aria-controls=id.clone()
                aria-label=move || ui::FORMATTING.get(lang.get())>
                {tools}
                <button type="button" class="seloste-button seloste-button--secondary seloste-tool"
                    on:mousedown=|ev| ev.prevent_default() on:click=link>
                    {tr(ui::LINK, lang)}
                </button>
            </div>
            <div class="seloste-rich-text" id=id contenteditable="true" role="textbox" aria-multiline="true"
                aria-labelledby=label_id node_ref=field on:blur=commit on:paste=paste></div>
        </div>
    }
}
