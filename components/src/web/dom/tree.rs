//! The DOM builder: parts of views that never change but for the interface language (a
//! notice, a step's head, rich text, the error summary's list), built straight with the
//! DOM API. A Leptos view per element instantiates Leptos's build, rebuild and drop code
//! for each element tree's type, which costs far more wasm than these calls for nothing
//! (docs/size.md). Anything with state is a `view!` (the rule of `web/form/mod.rs`).
//!
//! A [`Tree`] remembers which nodes hold an interface string ([`Text`]) and which elements
//! carry the interface language in `lang`, and sets them again with [`Tree::set_lang`].

use crate::i18n::{Lang, Text};
use crate::web::dom::heading::heading_tag;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

/// A DOM tree built by hand (no Leptos view), whose texts follow the interface language.
pub struct Tree {
    document: Document,
    /// Nodes whose text depends on the language, and how.
    translated: Vec<(Node, Box<dyn Fn(Lang) -> String>)>,
    /// Elements whose `lang` is the interface language.
    ui_lang: Vec<Element>,
    /// Click handlers, kept as long as the tree (dropped with the view that built it).
    listeners: Vec<Closure<dyn FnMut(web_sys::Event)>>,
    lang: Lang,
}

impl Tree {
    /// A tree of `document`, in `lang`.
    pub fn new(document: Document, lang: Lang) -> Tree {
        Tree {
            document,
            translated: Vec::new(),
            ui_lang: Vec::new(),
            listeners: Vec::new(),
            lang,
        }
    }

    /// A new `tag` element with `attributes`, appended to `parent` (`None` only if the
    /// browser refused to make it: the builder then stops, it does not panic).
    pub fn element(
        &self,
        parent: &Node,
        tag: &str,
        attributes: &[(&str, &str)],
    ) -> Option<Element> {
        let el = self.document.create_element(tag).ok()?;
        for (name, value) in attributes {
            let _ = el.set_attribute(name, value);
        }
        parent.append_child(&el).ok()?;
        Some(el)
    }

    /// Plain text appended to `parent`.
    pub fn text(&self, parent: &Node, text: &str) {
        let _ = parent.append_child(&self.document.create_text_node(text));
    }

    /// An interface string appended to `parent`, in the current language and the next.
    pub fn ui_text(&mut self, parent: &Node, text: Text) {
        self.text_in_lang(parent, move |lang| text.get(lang).to_string());
    }

    /// Text appended to `parent` made by `text` for the current language, and again for
    /// the next.
    pub fn text_in_lang(&mut self, parent: &Node, text: impl Fn(Lang) -> String + 'static) {
        let node: Node = self.document.create_text_node(&text(self.lang)).into();
        let _ = parent.append_child(&node);
        self.translated.push((node, Box::new(text)));
    }

    /// `<h1>`…`<h6>` by `level`, with `id` and `tabindex="-1"` so that focus can move to it.
    pub fn heading(&self, parent: &Node, level: u8, id: &str) -> Option<Element> {
        self.element(
            parent,
            heading_tag(level),
            &[("id", id), ("tabindex", "-1")],
        )
    }

    /// Takes `node`, a text node already in the page, as text made by `text` for the
    /// current language (set now) and again for the next.
    pub fn adopt_text(&mut self, node: Node, text: impl Fn(Lang) -> String + 'static) {
        node.set_text_content(Some(&text(self.lang)));
        self.translated.push((node, Box::new(text)));
    }

    /// Marks `el` as being in the interface language (its `lang` follows it).
    pub fn in_ui_lang(&mut self, el: &Element) {
        let _ = el.set_attribute("lang", self.lang.name());
        self.ui_lang.push(el.clone());
    }

    /// Calls `action` when `el` is clicked (or pressed with Enter or Space, for a button).
    pub fn on_click(&mut self, el: &Element, mut action: impl FnMut() + 'static) {
        self.listen(el, move |_| action());
    }

    /// Calls `action` instead of following the link `el` (the page's address stays).
    pub fn instead_of_link(&mut self, el: &Element, mut action: impl FnMut() + 'static) {
        self.listen(el, move |event| {
            event.prevent_default();
            action();
        });
    }

    fn listen(&mut self, el: &Element, action: impl FnMut(web_sys::Event) + 'static) {
        self.on_event(el, "click", action);
    }

    /// Calls `action` on each `event` of `el` (`input`, `change`, `toggle`…).
    pub fn on_event(
        &mut self,
        el: &Element,
        event: &str,
        action: impl FnMut(web_sys::Event) + 'static,
    ) {
        let listener = Closure::<dyn FnMut(web_sys::Event)>::new(action);
        let _ = el.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        self.listeners.push(listener);
    }

    /// Sets every interface string and `lang` to `lang`.
    pub fn set_lang(&mut self, lang: Lang) {
        if lang == self.lang {
            return;
        }
        self.lang = lang;
        for (node, text) in &self.translated {
            node.set_text_content(Some(&text(lang)));
        }
        for el in &self.ui_lang {
            let _ = el.set_attribute("lang", lang.name());
        }
    }
}

/// Builds into `container` once it is in the page (`build` gets a [`Tree`] in the current
/// language and the container, emptied), and keeps what was built in the language of `lang`.
pub fn build_into<E>(
    container: NodeRef<E>,
    lang: Signal<Lang>,
    build: impl FnOnce(&mut Tree, &Node) + 'static,
) where
    E: leptos::html::ElementType + 'static,
    E::Output: JsCast + Clone + Into<Node> + 'static,
{
    let tree = StoredValue::new_local(None::<Tree>);
    container.on_load(move |el| {
        let el: Node = el.into();
        // A view of the same shape shown next (the next step) reuses the container: what
        // the previous one built goes first.
        el.set_text_content(None);
        let mut built = Tree::new(document(), lang.get_untracked());
        build(&mut built, &el);
        tree.set_value(Some(built));
    });
    Effect::new(move || {
        let lang = lang.get();
        tree.update_value(|t| {
            if let Some(t) = t {
                t.set_lang(lang);
            }
        });
    });
}
