//! The head of a step page: "Step 2 of 7 · Request to access your data – register", the
//! step's title (where focus moves when the step opens), the form's introduction and the
//! office that handles the requests (on the first step), the step's hint, and the button
//! to save the answers to a file or continue from one (`saved_toggle.rs`). It changes
//! only with the language, so it is built with the DOM builder ([`crate::web::dom::tree`];
//! what Leptos views of it cost: docs/size.md).

use crate::i18n::{ui, Lang};
use crate::request::spec::LocalText;
use crate::request::RequestKind;
use crate::web::dom::tree::{build_into, Tree};
use crate::web::form::saved_toggle::SavedToggle;
use leptos::prelude::*;
use web_sys::Node;

/// What the head of one step says.
pub struct StepHead {
    pub kind: RequestKind,
    pub register_name: String,
    /// The step's place among the steps shown, from 1, and their number.
    pub position: usize,
    pub count: usize,
    pub title: LocalText,
    /// Element id of the title, and its heading level.
    pub title_id: String,
    pub level: u8,
    pub intro: Option<LocalText>,
    /// The registry office of another controller that handles the requests.
    pub handled_by: Option<String>,
    pub hint: Option<LocalText>,
}

/// The form's caption: "Request to access your data – register" (also on check answers).
pub fn caption_text(kind: RequestKind, register_name: &str, lang: Lang) -> String {
    format!("{} – {register_name}", kind.title().get(lang))
}

pub fn step_head(head: StepHead, lang: Signal<Lang>) -> impl IntoView {
    let container = NodeRef::<leptos::html::Div>::new();
    let saved = SavedToggle::new(lang);
    build_into(container, lang, move |tree, parent| {
        let StepHead {
            kind,
            register_name,
            position,
            count,
            title,
            title_id,
            level,
            intro,
            handled_by,
            hint,
        } = head;
        let Some(caption) = tree.element(parent, "p", &[("class", "seloste-caption")]) else {
            return;
        };
        if let Some(span) = tree.element(&caption, "span", &[]) {
            tree.text_in_lang(&span, move |l| {
                format!("{} {position} {} {count}", ui::STEP.get(l), ui::OF.get(l))
            });
        }
        tree.text_in_lang(&caption, move |l| {
            format!(" · {}", caption_text(kind, &register_name, l))
        });
        if let Some(h) = tree.heading(parent, level, &title_id) {
            tree.text_in_lang(&h, move |l| title.get(l).to_string());
        }
        paragraph(tree, parent, "seloste-lead", intro);
        if let Some(office) = handled_by {
            if let Some(inset) = tree.element(parent, "div", &[("class", "seloste-inset")]) {
                if let Some(p) = tree.element(&inset, "p", &[]) {
                    tree.ui_text(&p, ui::HANDLED_BY_FORM);
                }
                if let Some(name) = tree
                    .element(&inset, "p", &[])
                    .and_then(|p| tree.element(&p, "strong", &[]))
                {
                    tree.text(&name, &office);
                }
            }
        }
        paragraph(tree, parent, "seloste-hint", hint);
        saved.build(tree, parent);
    });
    view! { <div class="seloste-step-head" node_ref=container></div> }
}

/// A paragraph of `class` with a text of the forms file, when there is one.
fn paragraph(tree: &mut Tree, parent: &Node, class: &str, text: Option<LocalText>) {
    let Some(text) = text else { return };
    if let Some(p) = tree.element(parent, "p", &[("class", class)]) {
        tree.text_in_lang(&p, move |l| text.get(l).to_string());
    }
}
