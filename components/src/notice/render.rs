//! A notice written to a [`Markup`]: title, register, controller and date, contents,
//! sections (rich text re-read by the strict parser of [`super::rich`]) and "your rights"
//! with a button per request kind. The browser writes it to the DOM (`web/notice/`, the
//! notice bundle `app/src/bin/notice.rs`); `notice_html` writes the same markup as static
//! HTML for a CMS to paste inside `<seloste-notice>`.

use super::markup::{Html, Markup};
use super::rich::{self, Block, Inline};
use super::Notice;
use crate::i18n::{ui, Lang};

/// What the notice's parts are built from: the notice and the prefix of its element ids.
pub struct Parts<'a> {
    /// The notice.
    pub notice: &'a Notice,
    /// The prefix of its element ids (unique on the page).
    pub prefix: &'a str,
}

/// The attributes of the `<article>` the notice is written into.
pub fn article_attributes<'a>(
    notice: &'a Notice,
    title_id: &'a str,
) -> [(&'static str, &'a str); 4] {
    [
        ("class", "seloste-notice"),
        ("part", "notice"),
        ("lang", notice.lang.name()),
        ("aria-labelledby", title_id),
    ]
}

/// The notice's contents into `article` (whose `lang` is the notice's); titles at `level`.
pub fn render<M: Markup>(tree: &mut M, article: &M::Node, parts: &Parts, level: u8) -> Option<()> {
    let (notice, prefix) = (parts.notice, parts.prefix);
    let sub = level + 1;
    let title = tree.heading(article, level, &format!("{prefix}-title"))?;
    tree.text(&title, &notice.title);
    // "Only in Finnish", in the interface's language; empty, and hidden by the stylesheet
    // (`:empty`), when that is the notice's own: a language switch needs no redraw.
    let only_in = tree.element(article, "p", &[("class", "seloste-hint seloste-only-in")])?;
    tree.in_ui_lang(&only_in);
    tree.ui_text(&only_in, ui::only_in(notice.lang));

    let meta = tree.element(article, "dl", &[("class", "seloste-meta")])?;
    let rows = [
        (ui::REGISTER, Some(notice.register_name.clone())),
        (ui::CONTROLLER, Some(notice.controller.name.clone())),
        (ui::UPDATED, notice.updated_display()),
        (ui::WHAT_CHANGED, notice.change_note.clone()),
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
        write_rich(tree, &body, &section.body);
    }
    rights(tree, article, parts, sub)
}

/// "Your rights": a button for each request kind the register accepts.
fn rights<M: Markup>(tree: &mut M, article: &M::Node, parts: &Parts, level: u8) -> Option<()> {
    let (notice, prefix) = (parts.notice, parts.prefix);
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
        tree.on_request(&button, kind);
        let hint = tree.element(&item, "p", &[("class", "seloste-hint")])?;
        tree.ui_text(&hint, kind.summary());
    }
    Some(())
}

/// The blocks of `html` (read by [`rich::parse`]: only its allowed elements are ever
/// written) appended to `parent`.
pub fn write_rich<M: Markup>(tree: &mut M, parent: &M::Node, html: &str) {
    for block in rich::parse(html) {
        match &block {
            Block::Paragraph(inlines) => rich_element(tree, parent, "p", inlines),
            Block::List { ordered, items } => {
                let Some(list) = tree.element(parent, if *ordered { "ol" } else { "ul" }, &[])
                else {
                    continue;
                };
                for item in items {
                    rich_element(tree, &list, "li", item);
                }
            }
        }
    }
}

fn rich_element<M: Markup>(tree: &mut M, parent: &M::Node, tag: &str, children: &[Inline]) {
    if let Some(el) = tree.element(parent, tag, &[]) {
        write_inlines(tree, &el, children);
    }
}

fn write_inlines<M: Markup>(tree: &mut M, parent: &M::Node, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(t) => tree.text(parent, t),
            Inline::Strong(c) => rich_element(tree, parent, "strong", c),
            Inline::Emphasis(c) => rich_element(tree, parent, "em", c),
            Inline::Link { href, children } => {
                // `href` passed the allow-list of `rich` (http, https, mailto, tel).
                if let Some(a) = tree.element(parent, "a", &[("href", href)]) {
                    write_inlines(tree, &a, children);
                }
            }
            Inline::LineBreak => {
                tree.element(parent, "br", &[]);
            }
        }
    }
}

/// The prefix of the element ids of a pasted notice (unique within its shadow root); the
/// element takes pasted markup over only if it has these ids.
pub const PASTED_PREFIX: &str = "seloste-notice";

/// Where the static notice's shadow stylesheet is: the embed bundle's `seloste.css`, with
/// its SRI hash when known.
pub struct Stylesheet<'a> {
    /// The stylesheet's address.
    pub href: &'a str,
    /// Its SRI hash.
    pub integrity: Option<&'a str>,
}

/// The notice as static HTML to paste into a page: `<seloste-notice src=…>` holding a
/// declarative shadow root (`<template shadowrootmode="open">`) with the stylesheet and the
/// same markup the element draws, interface strings in `lang`. Readable with no script; when
/// `seloste.js` runs, the element draws the notice again and swaps it in once drawn.
pub fn notice_html(
    notice: &Notice,
    src: &str,
    lang: Lang,
    heading_level: u8,
    stylesheet: Option<Stylesheet>,
) -> String {
    let mut html = Html::new(lang);
    let root = Html::ROOT;
    let level = heading_level.to_string();
    let mut element = vec![("src", src), ("lang", lang.name())];
    if heading_level != 2 {
        element.push(("heading-level", &level));
    }
    let written = (|| {
        let host = html.element(&root, "seloste-notice", &element)?;
        let shadow = html.element(&host, "template", &[("shadowrootmode", "open")])?;
        if let Some(sheet) = stylesheet {
            let mut attributes = vec![("rel", "stylesheet"), ("href", sheet.href)];
            if let Some(hash) = sheet.integrity {
                attributes.extend([("integrity", hash), ("crossorigin", "anonymous")]);
            }
            html.element(&shadow, "link", &attributes)?;
        }
        let container = html.element(
            &shadow,
            "div",
            &[("class", "seloste-embed"), ("part", "root")],
        )?;
        let prefix = PASTED_PREFIX;
        let title_id = format!("{prefix}-title");
        let article = html.element(
            &container,
            "article",
            &article_attributes(notice, &title_id),
        )?;
        render(
            &mut html,
            &article,
            &Parts { notice, prefix },
            heading_level,
        )
    })();
    debug_assert!(written.is_some(), "HTML text is always written");
    html.write()
}

#[cfg(test)]
mod tests;
