//! The button at the head of every step that opens "save my answers to a file / continue
//! from a file", and where its panel shows. The panel comes with the form's later chunk
//! (`later/saved_answers.rs`) and is mounted by hand; the button is part of the step's
//! head, built with the DOM builder, since it is on the first step and a view of its own
//! would cost the first bundle its rendering code (measured: docs/size.md).

use crate::i18n::Lang;
use crate::request::saved::words;
use crate::web::dom::tree::Tree;
use crate::web::later::saved_answers::toggle_panel;
use crate::web::split::{Slot, CHUNK_FAILED};
use leptos::prelude::*;
use web_sys::Node;

/// The button and its panel, made under the step's owner.
#[derive(Clone, Copy)]
pub(crate) struct SavedToggle {
    slot: Slot,
    lang: Signal<Lang>,
}

impl SavedToggle {
    pub fn new(lang: Signal<Lang>) -> SavedToggle {
        SavedToggle {
            slot: Slot::new(),
            lang,
        }
    }

    /// Appends the button, and the place of its panel, to `parent`. Pressed, it opens or
    /// closes the panel (the later chunk's `toggle_panel`, which keeps what is open).
    pub fn build(self, tree: &mut Tree, parent: &Node) {
        let attributes = [
            ("type", "button"),
            ("class", "seloste-link seloste-saved-toggle"),
            ("aria-expanded", "false"),
        ];
        let (Some(button), Some(host)) = (
            tree.element(parent, "p", &[])
                .and_then(|p| tree.element(&p, "button", &attributes)),
            tree.element(parent, "div", &[]),
        ) else {
            return;
        };
        tree.ui_text(&button, words::TOGGLE);
        let pressed = button.clone();
        tree.on_click(&button, move || {
            let (pressed, host, owner) = (pressed.clone(), host.clone(), self.slot.owner());
            leptos::task::spawn_local(async move {
                if toggle_panel(owner, pressed, host.clone()).await.is_err() {
                    // Said as the other places that wait for the chunk say it: an alert.
                    if let Ok(said) = document().create_element("p") {
                        let _ = said.set_attribute("class", "seloste-error-message");
                        let _ = said.set_attribute("role", "alert");
                        said.set_text_content(Some(CHUNK_FAILED.get(self.lang.get_untracked())));
                        let _ = host.replace_children_with_node_1(&said);
                    }
                }
            });
        });
    }
}
