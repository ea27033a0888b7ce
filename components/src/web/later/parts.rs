//! Parts of the later chunk's panels built with the DOM builder (`dom/tree.rs`): a
//! question with its label and inline error, a paragraph, a button. Used by the
//! saved-answers panel and "my requests".

use crate::i18n::{ui, Lang, Text};
use crate::web::dom::tree::Tree;
use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, Node};

/// One question of the panel: its wrapper, input and inline error.
#[derive(Clone)]
pub(crate) struct Question {
    wrapper: Element,
    pub input: HtmlInputElement,
    error: Element,
    error_id: String,
    hint_id: Option<String>,
}

impl Question {
    pub fn new(
        tree: &mut Tree,
        parent: &Node,
        id: &str,
        label: Text,
        input: &[(&str, &str)],
        hint_id: Option<String>,
    ) -> Option<Question> {
        let wrapper = tree.element(parent, "div", &[("class", "seloste-field")])?;
        let l = tree.element(
            &wrapper,
            "label",
            &[("class", "seloste-label"), ("for", id)],
        )?;
        tree.ui_text(&l, label);
        let error_id = format!("{id}-error");
        let error = tree.element(
            &wrapper,
            "p",
            &[
                ("class", "seloste-error-message"),
                ("id", &error_id),
                ("role", "alert"),
            ],
        )?;
        let mut attributes = vec![("id", id)];
        attributes.extend_from_slice(input);
        if let Some(h) = &hint_id {
            attributes.push(("aria-describedby", h));
        }
        let input = tree
            .element(&wrapper, "input", &attributes)?
            .dyn_into()
            .ok()?;
        Some(Question {
            wrapper,
            input,
            error,
            error_id,
            hint_id,
        })
    }

    /// Shows `message` as the question's error (none: clears it).
    pub fn say(&self, message: Option<String>, lang: Lang) {
        self.error.set_text_content(None);
        let mut described: Vec<&str> = self.hint_id.iter().map(String::as_str).collect();
        if let Some(m) = &message {
            if let Ok(prefix) = document().create_element("span") {
                let _ = prefix.set_attribute("class", "seloste-visually-hidden");
                prefix.set_text_content(Some(&format!("{} ", ui::ERROR_PREFIX.get(lang))));
                let _ = self.error.append_child(&prefix);
            }
            let _ = self.error.append_child(&document().create_text_node(m));
            described.push(&self.error_id);
            let _ = self.input.set_attribute("aria-invalid", "true");
        } else {
            let _ = self.input.remove_attribute("aria-invalid");
        }
        let _ = if described.is_empty() {
            self.input.remove_attribute("aria-describedby")
        } else {
            self.input
                .set_attribute("aria-describedby", &described.join(" "))
        };
        let _ = self
            .wrapper
            .class_list()
            .toggle_with_force("seloste-field--error", message.is_some());
    }
}

/// A paragraph of `class` with an interface string.
pub(crate) fn paragraph(
    tree: &mut Tree,
    parent: &Node,
    attributes: &[(&str, &str)],
    text: Text,
) -> Option<Element> {
    let p = tree.element(parent, "p", attributes)?;
    tree.ui_text(&p, text);
    Some(p)
}

/// The attributes of a secondary button.
pub(crate) const SECONDARY: [(&str, &str); 3] = [
    ("type", "button"),
    ("class", "seloste-button seloste-button--secondary"),
    ("part", "button"),
];

/// A secondary button in a paragraph of its own.
pub(crate) fn button(tree: &mut Tree, parent: &Node, text: Text) -> Option<Element> {
    let p = tree.element(parent, "p", &[])?;
    let b = tree.element(&p, "button", &SECONDARY)?;
    tree.ui_text(&b, text);
    Some(b)
}

/// A labelled `<select>` of `options` (value, words), the one `selected` chosen.
pub(crate) fn select(
    tree: &mut Tree,
    parent: &Node,
    id: &str,
    label: Text,
    options: impl IntoIterator<Item = (&'static str, Text)>,
    selected: Option<&str>,
) -> Option<Element> {
    let field = tree.element(parent, "div", &[("class", "seloste-field")])?;
    let l = tree.element(&field, "label", &[("class", "seloste-label"), ("for", id)])?;
    tree.ui_text(&l, label);
    let select = tree.element(&field, "select", &[("class", "seloste-input"), ("id", id)])?;
    for (value, words) in options {
        let option = tree.element(&select, "option", &[("value", value)])?;
        if selected == Some(value) {
            let _ = option.set_attribute("selected", "");
        }
        tree.ui_text(&option, words);
    }
    Some(select)
}
