//! A privacy notice: title, updated date, contents, sections, and the "your rights" block.
//!
//! A notice never changes once shown, but for the interface strings when the language
//! changes, so it is built with the DOM builder ([`crate::web::dom::tree`]) into one
//! `<article>` (what Leptos views of it cost: docs/size.md).

pub mod hydrate;
pub(crate) mod language_switch;

use crate::i18n::{Lang, Text};
use crate::notice::markup::Markup;
use crate::notice::render::{render, Parts};
use crate::notice::Notice;
use crate::request::RequestKind;
use crate::web::dom::tree::{build_into, Tree};
use crate::web::dom::unique_prefix;
use leptos::prelude::*;
use std::rc::Rc;
use web_sys::{Element, Node};

/// Renders a notice. Its text is in the notice's own language; interface strings follow `lang`.
/// `on_request` is called with the kind when the citizen starts a request.
#[component]
pub fn NoticeView(
    /// The notice.
    notice: Notice,
    /// The interface language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// Called with the kind when the citizen starts a request.
    #[prop(into)]
    on_request: Callback<RequestKind>,
    /// Level of the title heading (1 on a page of its own); sections are one level below.
    #[prop(default = 1)]
    heading_level: u8,
) -> impl IntoView {
    let prefix = unique_prefix("notice");
    let title_id = format!("{prefix}-title");
    let article = NodeRef::<leptos::html::Article>::new();
    let notice_lang = notice.lang.name();
    build_into(article, lang, move |tree, el| {
        let on_request = Rc::new(move |kind| on_request.run(kind));
        let parts = Parts {
            notice: &notice,
            prefix: &prefix,
        };
        let _ = render(
            &mut NoticeTree { tree, on_request },
            el,
            &parts,
            heading_level,
        );
    });
    view! {
        <article class="seloste-notice" part="notice" lang=notice_lang
            aria-labelledby=title_id node_ref=article></article>
    }
}

/// The DOM builder writing a notice (`notice/render.rs`): its request buttons call
/// `on_request` with their kind.
pub struct NoticeTree<'a> {
    /// The tree being built.
    pub tree: &'a mut Tree,
    /// Called with the kind when a request button is pressed.
    pub on_request: Rc<dyn Fn(RequestKind)>,
}

impl Markup for NoticeTree<'_> {
    type Node = Node;

    fn element(&mut self, parent: &Node, tag: &str, attributes: &[(&str, &str)]) -> Option<Node> {
        self.tree.element(parent, tag, attributes).map(Node::from)
    }

    fn text(&mut self, parent: &Node, text: &str) {
        self.tree.text(parent, text);
    }

    fn ui_text(&mut self, parent: &Node, text: Text) {
        self.tree.ui_text(parent, text);
    }

    fn in_ui_lang(&mut self, el: &Node) {
        if let Some(el) = wasm_bindgen::JsCast::dyn_ref::<Element>(el) {
            self.tree.in_ui_lang(el);
        }
    }

    fn on_request(&mut self, button: &Node, kind: RequestKind) {
        let on_request = Rc::clone(&self.on_request);
        if let Some(button) = wasm_bindgen::JsCast::dyn_ref::<Element>(button) {
            self.tree.on_click(button, move || on_request(kind));
        }
    }
}
