//! A privacy notice: title, updated date, contents, sections, and the "your rights" block.

use super::dom::tr;
use super::dom::unique_prefix;
use super::heading::Heading;
use super::rich_view::RichText;
use crate::i18n::{ui, Lang};
use crate::notice::Notice;
use crate::request::RequestKind;
use leptos::prelude::*;

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
    let sub = heading_level + 1;
    let prefix = unique_prefix("notice");
    let title_id = format!("{prefix}-title");
    let article_labelled_by = title_id.clone();
    let toc_id = format!("{prefix}-toc");
    let toc_labelled_by = toc_id.clone();
    let rights_id = format!("{prefix}-rights");
    let section_id = |n: usize| format!("{prefix}-s{n}");
    let ui_lang = move || lang.get().code();
    let updated = notice.updated_display();
    let handled_by = notice.requests.handled_by.clone();
    let kinds = notice.requests.kinds.clone();

    let ordered: Vec<(String, String)> = notice
        .reading_order()
        .into_iter()
        .map(|s| (s.heading.clone(), s.body.clone()))
        .collect();
    let toc = ordered
        .iter()
        .enumerate()
        .map(|(n, (heading, _))| view! { <li><a href=format!("#{}", section_id(n))>{heading.clone()}</a></li> })
        .collect_view();
    let sections = ordered
        .into_iter()
        .enumerate()
        .map(|(n, (heading, body))| {
            let id = section_id(n);
            view! {
                // Not labelled: notices repeat headings, and a labelled section would be a
                // landmark, which must be unique.
                <section class="seloste-section">
                    <Heading level=sub id=id>{heading}</Heading>
                    <RichText html=body/>
                </section>
            }
        })
        .collect_view();

    let rights_labelled_by = rights_id.clone();
    let rights = (!kinds.is_empty()).then(|| {
        view! {
            <section class="seloste-rights" aria-labelledby=rights_labelled_by lang=ui_lang>
                <Heading level=sub id=rights_id>{tr(ui::YOUR_RIGHTS, lang)}</Heading>
                <p>{tr(ui::YOUR_RIGHTS_INTRO, lang)}</p>
                {handled_by.map(|c| view! {
                    <p class="seloste-handled-by">
                        {tr(ui::HANDLED_BY, lang)} " " <strong lang=notice.lang.code()>{c.name.clone()}</strong>
                    </p>
                })}
                <ul class="seloste-request-list">
                    {kinds
                        .into_iter()
                        .map(|kind| view! {
                            <li>
                                <button type="button" class="seloste-button" part="button" on:click=move |_| on_request.run(kind)>
                                    {move || kind.title().get(lang.get())}
                                </button>
                                <p class="seloste-hint">{move || kind.summary().get(lang.get())}</p>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    });

    view! {
        <article class="seloste-notice" part="notice" lang=notice.lang.code() aria-labelledby=article_labelled_by>
            <Heading level=heading_level id=title_id>{notice.title.clone()}</Heading>
            <dl class="seloste-meta">
                <dt lang=ui_lang>{tr(ui::REGISTER, lang)}</dt>
                <dd>{notice.register_name.clone()}</dd>
                <dt lang=ui_lang>{tr(ui::CONTROLLER, lang)}</dt>
                <dd>{notice.controller.name.clone()}</dd>
                {updated.map(|date| view! {
                    <dt lang=ui_lang>{tr(ui::UPDATED, lang)}</dt>
                    <dd>{date}</dd>
                })}
            </dl>
            <nav class="seloste-toc" aria-labelledby=toc_labelled_by>
                <Heading level=sub id=toc_id><span lang=ui_lang>{tr(ui::CONTENTS, lang)}</span></Heading>
                <ol>{toc}</ol>
            </nav>
            {sections}
            {rights}
        </article>
    }
}
