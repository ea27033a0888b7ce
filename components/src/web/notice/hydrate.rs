//! Taking over a notice pasted as static HTML (`notice::render::notice_html`) without
//! drawing it again: [`Hydrate`] walks the pasted markup in the order the renderer writes
//! it, checks that each element, attribute and text is the one it would write, and only
//! adopts what is there — its interface strings (to follow the language), `lang`
//! attributes and request buttons. Nothing is re-laid out, so nothing moves (a redraw
//! could: text laid out before the browser loaded its hyphenation data wraps differently
//! after). Markup that differs (an older paste of a changed notice, an editor's changes)
//! stops the walk, and the notice is drawn again instead.

use crate::i18n::{Lang, Text};
use crate::notice::markup::Markup;
use crate::request::RequestKind;
use crate::web::dom::tree::Tree;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// The walk over pasted markup; `Markup::element` and the others answer `None` (and the
/// renderer stops) at the first difference.
pub struct Hydrate<'a> {
    /// The tree being built.
    pub tree: &'a mut Tree,
    /// Called with the kind when a request button is pressed.
    pub on_request: Rc<dyn Fn(RequestKind)>,
    /// Each parent seen, with the child to take next.
    next: Vec<(Node, Option<Node>)>,
    /// False after the first difference.
    pub matched: bool,
}

impl<'a> Hydrate<'a> {
    /// A walk over the pasted markup from its first node.
    pub fn new(tree: &'a mut Tree, on_request: Rc<dyn Fn(RequestKind)>) -> Hydrate<'a> {
        Hydrate {
            tree,
            on_request,
            next: Vec::new(),
            matched: true,
        }
    }

    /// The next child of `parent` that is not white space between elements (an editor
    /// may indent pasted HTML), and moves past it.
    fn take(&mut self, parent: &Node) -> Option<Node> {
        let at = match self
            .next
            .iter()
            .position(|(p, _)| p.is_same_node(Some(parent)))
        {
            Some(at) => at,
            None => {
                self.next.push((parent.clone(), parent.first_child()));
                self.next.len() - 1
            }
        };
        let mut child = self.next[at].1.clone();
        while let Some(node) = child.clone() {
            let blank = node.node_type() == Node::TEXT_NODE
                && node.text_content().is_some_and(|t| t.trim().is_empty());
            if !blank {
                break;
            }
            child = node.next_sibling();
        }
        self.next[at].1 = child.as_ref().and_then(Node::next_sibling);
        child
    }

    fn differs(&mut self) -> Option<Node> {
        self.matched = false;
        None
    }

    /// The next child of `parent` if it is a text node reading `wanted` (`None` otherwise).
    fn text_node(&mut self, parent: &Node, wanted: impl Fn(&str) -> bool) -> Option<Node> {
        let node = self.take(parent)?;
        let text = node.text_content().unwrap_or_default();
        if node.node_type() == Node::TEXT_NODE && wanted(text.trim()) {
            Some(node)
        } else {
            self.differs()
        }
    }
}

impl Markup for Hydrate<'_> {
    type Node = Node;

    fn element(&mut self, parent: &Node, tag: &str, attributes: &[(&str, &str)]) -> Option<Node> {
        if !self.matched {
            return None;
        }
        let Some(node) = self.take(parent) else {
            return self.differs();
        };
        let same = node.dyn_ref::<Element>().is_some_and(|el| {
            el.tag_name().eq_ignore_ascii_case(tag)
                && attributes
                    .iter()
                    .all(|(name, value)| el.get_attribute(name).as_deref() == Some(*value))
        });
        if same {
            Some(node)
        } else {
            self.differs()
        }
    }

    fn text(&mut self, parent: &Node, text: &str) {
        // White space alone was merged by the HTML parser into the text beside it.
        if self.matched && !text.trim().is_empty() {
            self.text_node(parent, |t| t == text.trim());
        }
    }

    fn ui_text(&mut self, parent: &Node, text: Text) {
        if !self.matched {
            return;
        }
        // Pasted in any of the three languages: set to the element's.
        let found = self.text_node(parent, |t| Lang::ALL.iter().any(|l| text.get(*l) == t));
        if let Some(node) = found {
            // White space the parser merged into it stays around it.
            let pasted = node.text_content().unwrap_or_default();
            let trimmed = pasted.trim_start();
            let lead = pasted[..pasted.len() - trimmed.len()].to_string();
            let trail = trimmed[trimmed.trim_end().len()..].to_string();
            self.tree
                .adopt_text(node, move |lang| format!("{lead}{}{trail}", text.get(lang)));
        }
    }

    fn in_ui_lang(&mut self, el: &Node) {
        if let Some(el) = el.dyn_ref::<Element>() {
            self.tree.in_ui_lang(el);
        }
    }

    fn on_request(&mut self, button: &Node, kind: RequestKind) {
        let on_request = Rc::clone(&self.on_request);
        if let Some(button) = button.dyn_ref::<Element>() {
            self.tree.on_click(button, move || on_request(kind));
        }
    }
}
