//! A privacy notice: title, updated date, contents, sections, and the "your rights" block.
//!
//! A notice never changes once shown, but for the interface strings when the language
//! changes, so it is built with the DOM builder ([`crate::web::dom::tree`]) into one
//! `<article>` (what Leptos views of it cost: docs/size.md).

pub(crate) mod language_switch;

use crate::i18n::{ui, Lang};
use crate::notice::Notice;
use crate::request::RequestKind;
use crate::web::dom::rich::append_rich;
use crate::web::dom::tree::{build_into, Tree};
use crate::web::dom::unique_prefix;
use leptos::prelude::*;
use web_sys::Node;

/// Renders a notice. Its text is in the notice's own language; interface strings follow `lang`.
/// `on_request` is called with the kind when the citizen starts a request.
#[component]
pub fn NoticeView(
    notice: Notice,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] on_request: Callback<RequestKind>,
    /// Level of the title heading (1 on a page of its own); sections are one level below.
    #[prop(default = 1)]
    heading_level: u8,
) -> impl IntoView {
    let prefix = unique_prefix("notice");
    let title_id = format!("{prefix}-title");
    let article = NodeRef::<leptos::html::Article>::new();
    let notice_lang = notice.lang.name();
    build_into(article, lang, move |tree, el| {
        let parts = Parts {
            notice: &notice,
            prefix: &prefix,
            on_request,
        };
        let _ = build(tree, el, &parts, heading_level);
    });
    view! {
        <article class="seloste-notice" part="notice" lang=notice_lang
            aria-labelledby=title_id node_ref=article></article>
    }
}

/// What the notice's parts are built from: the notice, the prefix of its element ids, and
/// what its request buttons call.
struct Parts<'a> {
    notice: &'a Notice,
    prefix: &'a str,
    on_request: Callback<RequestKind>,
}

/// The notice's contents into `article` (whose `lang` is the notice's); titles at `level`.
fn build(tree: &mut Tree, article: &Node, parts: &Parts, level: u8) -> Option<()> {
    let (notice, prefix) = (parts.notice, parts.prefix);
    let sub = level + 1;
    let title = tree.heading(article, level, &format!("{prefix}-title"))?;
    tree.text(&title, &notice.title);

    let meta = tree.element(article, "dl", &[("class", "seloste-meta")])?;
    let rows = [
        (ui::REGISTER, Some(notice.register_name.clone())),
        (ui::CONTROLLER, Some(notice.controller.name.clone())),
        (ui::UPDATED, notice.updated_display()),
    ];
    for (term, value) in rows {
        let Some(value) = value else { continue };
        let dt = tree.element(&meta, "dt", &[])?;
        tree.in_ui_lang(&dt);
        tree.ui_text(&dt, term);
        let dd = tree.element(&meta, "dd", &[])?;
        tree.text(&dd, &value);
    }

    let toc_id = format!("{prefix}-toc");
    let sections = notice.reading_order();
    let nav = tree.element(
        article,
        "nav",
        &[("class", "seloste-toc"), ("aria-labelledby", &toc_id)],
    )?;
    let toc_heading = tree.heading(&nav, sub, &toc_id)?;
    let span = tree.element(&toc_heading, "span", &[])?;
    tree.in_ui_lang(&span);
    tree.ui_text(&span, ui::CONTENTS);
    let list = tree.element(&nav, "ol", &[])?;
    for (n, section) in sections.iter().enumerate() {
        let item = tree.element(&list, "li", &[])?;
        let link = tree.element(&item, "a", &[("href", &format!("#{prefix}-s{n}"))])?;
        tree.text(&link, &section.heading);
    }
    for (n, section) in sections.iter().enumerate() {
        // Not labelled: notices repeat headings, and a labelled section would be a
        // landmark, which must be unique.
        let part = tree.element(article, "section", &[("class", "seloste-section")])?;
        let h = tree.heading(&part, sub, &format!("{prefix}-s{n}"))?;
        tree.text(&h, &section.heading);
        let body = tree.element(&part, "div", &[("class", "seloste-body")])?;
        append_rich(tree, &body, &section.body);
    }
    rights(tree, article, parts, sub)
}

/// "Your rights": a button for each request kind the register accepts.
fn rights(tree: &mut Tree, article: &Node, parts: &Parts, level: u8) -> Option<()> {
    let (notice, prefix, on_request) = (parts.notice, parts.prefix, parts.on_request);
    if notice.requests.kinds.is_empty() {
        return Some(());
    }
    let rights_id = format!("{prefix}-rights");
    let part = tree.element(
        article,
        "section",
        &[("class", "seloste-rights"), ("aria-labelledby", &rights_id)],
    )?;
    tree.in_ui_lang(&part);
    let title = tree.heading(&part, level, &rights_id)?;
    tree.ui_text(&title, ui::YOUR_RIGHTS);
    let intro = tree.element(&part, "p", &[])?;
    tree.ui_text(&intro, ui::YOUR_RIGHTS_INTRO);
    if let Some(office) = &notice.requests.handled_by {
        let p = tree.element(&part, "p", &[("class", "seloste-handled-by")])?;
        tree.ui_text(&p, ui::HANDLED_BY);
        tree.text(&p, " ");
        let name = tree.element(&p, "strong", &[("lang", notice.lang.name())])?;
        tree.text(&name, &office.name);
    }
    let list = tree.element(&part, "ul", &[("class", "seloste-request-list")])?;
    for kind in notice.requests.kinds.iter().copied() {
        let item = tree.element(&list, "li", &[])?;
        let button = tree.element(
            &item,
            "button",
            &[
                ("type", "button"),
                ("class", "seloste-button"),
                ("part", "button"),
            ],
        )?;
        tree.ui_text(&button, kind.title());
        tree.on_click(&button, move || on_request.run(kind));
        let hint = tree.element(&item, "p", &[("class", "seloste-hint")])?;
        tree.ui_text(&hint, kind.summary());
    }
    Some(())
}
