//! Where a notice is written: a [`Markup`] is either the page's DOM (`web/dom/tree.rs`,
//! in the browser) or HTML text ([`Html`], natively: the static notice a CMS pastes inside
//! `<seloste-notice>`, readable with no script). One renderer (`notice/render.rs`) writes
//! to both, so the element's take-over of pasted HTML draws the same markup again.

use crate::i18n::{Lang, Text};
use crate::request::RequestKind;

/// The tag of a heading of `level` (clamped to 1–6).
pub fn heading_tag(level: u8) -> &'static str {
    const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    TAGS[usize::from(level.clamp(1, 6)) - 1]
}

/// A document being written, element by element.
pub trait Markup {
    /// An element (or the container written into).
    type Node: Clone;

    /// A new `tag` element with `attributes`, appended to `parent` (`None` only if the
    /// browser refused to make it: the writer then stops, it does not panic).
    fn element(
        &mut self,
        parent: &Self::Node,
        tag: &str,
        attributes: &[(&str, &str)],
    ) -> Option<Self::Node>;

    /// Plain text appended to `parent`.
    fn text(&mut self, parent: &Self::Node, text: &str);

    /// An interface string appended to `parent`, in the current language (and, in the
    /// DOM, again in the next).
    fn ui_text(&mut self, parent: &Self::Node, text: Text);

    /// Marks `el` as being in the interface language.
    fn in_ui_lang(&mut self, el: &Self::Node);

    /// `button` starts a request of `kind` (in the DOM; text has no behaviour).
    fn on_request(&mut self, button: &Self::Node, kind: RequestKind);

    /// `<h1>`…`<h6>` by `level`, with `id` and `tabindex="-1"` so that focus can move to it.
    fn heading(&mut self, parent: &Self::Node, level: u8, id: &str) -> Option<Self::Node> {
        self.element(
            parent,
            heading_tag(level),
            &[("id", id), ("tabindex", "-1")],
        )
    }
}

/// HTML text: elements kept as a tree and written out escaped ([`Html::write`]).
pub struct Html {
    nodes: Vec<HtmlNode>,
    lang: Lang,
}

enum HtmlNode {
    Element {
        tag: String,
        attributes: Vec<(String, String)>,
        children: Vec<usize>,
    },
    Text(String),
}

/// Elements HTML writes without an end tag.
const VOID: [&str; 4] = ["br", "link", "meta", "img"];

impl Html {
    /// An empty document whose interface strings are in `lang`; its root is node 0, a
    /// container that writes only its children.
    pub fn new(lang: Lang) -> Html {
        Html {
            nodes: vec![HtmlNode::Element {
                tag: String::new(),
                attributes: Vec::new(),
                children: Vec::new(),
            }],
            lang,
        }
    }

    /// The root container.
    pub const ROOT: usize = 0;

    fn push(&mut self, parent: usize, node: HtmlNode) -> usize {
        let at = self.nodes.len();
        self.nodes.push(node);
        if let Some(HtmlNode::Element { children, .. }) = self.nodes.get_mut(parent) {
            children.push(at);
        }
        at
    }

    /// The HTML of everything below the root.
    pub fn write(&self) -> String {
        let mut out = String::new();
        self.write_node(Html::ROOT, &mut out);
        out
    }

    fn write_node(&self, at: usize, out: &mut String) {
        match &self.nodes[at] {
            HtmlNode::Text(text) => escape_into(text, false, out),
            HtmlNode::Element {
                tag,
                attributes,
                children,
            } => {
                if !tag.is_empty() {
                    out.push('<');
                    out.push_str(tag);
                    for (name, value) in attributes {
                        out.push(' ');
                        out.push_str(name);
                        out.push_str("=\"");
                        escape_into(value, true, out);
                        out.push('"');
                    }
                    out.push('>');
                    if VOID.contains(&tag.as_str()) {
                        return;
                    }
                }
                for child in children {
                    self.write_node(*child, out);
                }
                if !tag.is_empty() {
                    out.push_str("</");
                    out.push_str(tag);
                    out.push('>');
                }
            }
        }
    }
}

/// `text` with `&`, `<`, `>` (and in attributes `"`) as character references.
fn escape_into(text: &str, attribute: bool, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
}

impl Markup for Html {
    type Node = usize;

    fn element(&mut self, parent: &usize, tag: &str, attributes: &[(&str, &str)]) -> Option<usize> {
        let attributes = attributes
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        let node = HtmlNode::Element {
            tag: tag.to_string(),
            attributes,
            children: Vec::new(),
        };
        Some(self.push(*parent, node))
    }

    fn text(&mut self, parent: &usize, text: &str) {
        self.push(*parent, HtmlNode::Text(text.to_string()));
    }

    fn ui_text(&mut self, parent: &usize, text: Text) {
        let words = text.get(self.lang).to_string();
        self.text(parent, &words);
    }

    fn in_ui_lang(&mut self, el: &usize) {
        let lang = self.lang.name().to_string();
        if let Some(HtmlNode::Element { attributes, .. }) = self.nodes.get_mut(*el) {
            attributes.retain(|(name, _)| name != "lang");
            attributes.push(("lang".into(), lang));
        }
    }

    fn on_request(&mut self, _button: &usize, _kind: RequestKind) {}
}
