//! The notice bundle behind `<seloste-notice>` (and `mount(el, {type: "notice"})`), loaded
//! by `seloste.js` apart from the form's: a page that shows only a notice — most CMS pages —
//! fetches no form code. No Leptos either: the notice never changes once drawn but for its
//! interface strings, so it is written with the DOM builder (`web/dom/tree.rs`) by the same
//! renderer as the static HTML of `notice_html` (`notice/render.rs`). A notice pasted as
//! that HTML is taken over where it is (`web/notice/hydrate.rs`), not drawn again. The loader
//! passes the element's settings as a [`Config`].

use seloste::i18n::ui;
use seloste::notice::render::{article_attributes, render, Parts, PASTED_PREFIX};
use seloste::notice::Notice;
use seloste::request::RequestKind;
use seloste::web::dom::tree::Tree;
use seloste::web::dom::unique_prefix;
use seloste::web::notice::hydrate::Hydrate;
use seloste::web::notice::NoticeTree;
use seloste::web::{browser_lang, dispatch, fetch};
use seloste::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, Node};

/// What the loader passes for one `<seloste-notice>` (every URL already absolute).
#[wasm_bindgen]
#[derive(Default)]
pub struct Config {
    /// The notice file.
    src: String,
    lang: Option<String>,
    /// Level of the notice's title (`heading-level`); 2 by default (the host page has its h1).
    heading_level: Option<u8>,
    /// The loader's page-wide fetch (each notice fetched once per page).
    files: fetch::Files,
}

#[wasm_bindgen]
impl Config {
    /// `base` (where the bundle's files are) is taken for the loader's sake: a notice
    /// needs none of them.
    #[wasm_bindgen(constructor)]
    pub fn new(src: String, _base: String) -> Config {
        Config {
            src,
            ..Config::default()
        }
    }
    pub fn lang(&mut self, code: Option<String>) {
        self.lang = code;
    }
    pub fn heading_level(&mut self, level: u8) {
        self.heading_level = Some(level.clamp(1, 5));
    }
    /// `fileOf(url, integrity)` → a promise of the file's `Response`.
    pub fn files(&mut self, file_of: js_sys::Function) {
        self.files = fetch::Files::from_loader(file_of);
    }
}

/// A mounted notice: its element, and the tree drawn in it (which translates its
/// interface strings, and holds its buttons' listeners).
struct Mounted {
    id: u32,
    target: HtmlElement,
    tree: Option<Tree>,
    lang: Lang,
    /// The notice's file, how it is fetched, and its title's level.
    src: String,
    files: fetch::Files,
    level: u8,
    /// The language of the notice drawn, and the languages it can be read in (its own and
    /// its translations'): a change of `lang` to another of these draws that one.
    shown: Option<(Lang, Vec<Lang>)>,
}

thread_local! {
    /// The last handle given, and the mounted notices.
    static MOUNTED: RefCell<(u32, Vec<Mounted>)> = const { RefCell::new((0, Vec::new())) };
}

fn with_mounted<T>(handle: u32, act: impl FnOnce(&mut Mounted) -> T) -> Option<T> {
    MOUNTED.with_borrow_mut(|(_, all)| all.iter_mut().find(|m| m.id == handle).map(act))
}

/// Replaces what `handle` shows with what `draw` writes into a fresh tree.
fn draw(handle: u32, draw: impl FnOnce(&mut Tree, &Node)) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    with_mounted(handle, |m| {
        m.target.set_text_content(None);
        let mut tree = Tree::new(document, m.lang);
        draw(&mut tree, &m.target.clone().into());
        m.tree = Some(tree);
    });
}

/// A status line ("Loading…") or an alert, in the interface language.
fn line(tree: &mut Tree, target: &Node, text: seloste::Text, alert: bool) {
    let attributes: &[(&str, &str)] = if alert {
        &[("class", "seloste-error-message"), ("role", "alert")]
    } else {
        &[("role", "status")]
    };
    if let Some(p) = tree.element(target, "p", attributes) {
        tree.ui_text(&p, text);
    }
}

/// Mounts the notice `config.src` into `target`: takes over the notice pasted in it (an
/// `<article>` written by `notice_html`), or draws it. Returns the handle for `set_lang`
/// and `unmount`.
#[wasm_bindgen]
pub fn mount_notice(target: HtmlElement, config: Config) -> u32 {
    let lang = config
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_else(browser_lang);
    let Config {
        src,
        files,
        heading_level,
        ..
    } = config;
    let handle = MOUNTED.with_borrow_mut(|(next, all)| {
        *next += 1;
        all.push(Mounted {
            id: *next,
            target: target.clone(),
            tree: None,
            lang,
            src,
            files,
            level: heading_level.unwrap_or(2),
            shown: None,
        });
        *next
    });
    let pasted = target.query_selector(":scope > article").ok().flatten();
    if pasted.is_none() {
        draw(handle, |tree, node| line(tree, node, ui::LOADING, false));
    }
    show(handle, pasted);
    handle
}

/// Fetches the notice in the element's language (its translation, when it has one into
/// that language) and takes over `pasted`, the notice pasted in the element, if it is that
/// notice, or else draws it.
fn show(handle: u32, pasted: Option<Element>) {
    let Some((src, files, lang, level, target)) = with_mounted(handle, |m| {
        (
            m.src.clone(),
            m.files.clone(),
            m.lang,
            m.level,
            m.target.clone(),
        )
    }) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match fetch::load_notice_in(&files, &src, lang).await {
            Ok(notice) => {
                let readable = std::iter::once(notice.lang)
                    .chain(notice.translations.keys().copied())
                    .collect();
                with_mounted(handle, |m| m.shown = Some((notice.lang, readable)));
                let taken = pasted.is_some_and(|a| take_over(handle, &a, &notice, level, &target));
                if !taken {
                    draw(handle, |tree, node| {
                        notice_into(tree, node, &notice, level, &target)
                    });
                }
            }
            Err(e) => {
                web_sys::console::error_1(&format!("seloste: {src}: {e:?}").into());
                // A pasted notice stays: it is the notice, if maybe an older one.
                if pasted.is_none() {
                    draw(handle, |tree, node| line(tree, node, e.text(), true));
                }
            }
        }
    });
}

/// What a notice's request buttons do: `seloste-request` from `host`.
fn requests_from(host: &HtmlElement) -> Rc<dyn Fn(RequestKind)> {
    let host = host.clone();
    Rc::new(move |kind: RequestKind| {
        dispatch(
            &host,
            seloste::event::REQUEST,
            &seloste::event::request(kind),
        );
    })
}

/// Takes over `article`, a pasted notice, if it is `notice` as the renderer writes it at
/// `level`: true if so (its strings and buttons are then the element's).
fn take_over(
    handle: u32,
    article: &Element,
    notice: &Notice,
    level: u8,
    host: &HtmlElement,
) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let title_id = format!("{PASTED_PREFIX}-title");
    let same_article = article_attributes(notice, &title_id)
        .iter()
        .all(|(name, value)| article.get_attribute(name).as_deref() == Some(*value));
    if !same_article {
        return false;
    }
    with_mounted(handle, |m| {
        let mut tree = Tree::new(document, m.lang);
        let mut walk = Hydrate::new(&mut tree, requests_from(host));
        let parts = Parts {
            notice,
            prefix: PASTED_PREFIX,
        };
        let node: Node = article.clone().into();
        let taken = render(&mut walk, &node, &parts, level).is_some() && walk.matched;
        if taken {
            m.tree = Some(tree);
        }
        taken
    })
    .unwrap_or(false)
}

/// The notice in an `<article>` in `parent`; its request buttons send `seloste-request`
/// from `host`.
fn notice_into(tree: &mut Tree, parent: &Node, notice: &Notice, level: u8, host: &HtmlElement) {
    let prefix = unique_prefix("notice");
    let title_id = format!("{prefix}-title");
    let Some(article) = tree.element(parent, "article", &article_attributes(notice, &title_id))
    else {
        return;
    };
    let parts = Parts {
        notice,
        prefix: &prefix,
    };
    let on_request = requests_from(host);
    let _ = render(
        &mut NoticeTree { tree, on_request },
        &article.into(),
        &parts,
        level,
    );
}

/// Changes a mounted notice's interface language: without drawing it again, unless the\n/// notice has a translation to show instead.
#[wasm_bindgen]
pub fn set_lang(handle: u32, code: &str) {
    let Some(lang) = Lang::parse(code) else {
        return;
    };
    let other_version = with_mounted(handle, |m| {
        m.lang = lang;
        if let Some(tree) = &mut m.tree {
            tree.set_lang(lang);
        }
        // A notice with translations is drawn again when another of its versions (or,
        // for a language it has none in, its original) may be the one to show.
        m.shown
            .as_ref()
            .is_some_and(|(shown, readable)| *shown != lang && readable.len() > 1)
    });
    if other_version == Some(true) {
        show(handle, None);
    }
}

/// Unmounts a notice mounted by `mount_notice`.
#[wasm_bindgen]
pub fn unmount(handle: u32) {
    let removed = MOUNTED.with_borrow_mut(|(_, all)| {
        let at = all.iter().position(|m| m.id == handle)?;
        Some(all.swap_remove(at))
    });
    if let Some(m) = removed {
        m.target.set_text_content(None);
    }
}

fn main() {}
