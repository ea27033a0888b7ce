//! A privacy notice: title, updated date, contents, sections, and the "your rights" block.

use super::dom::unique_prefix;
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
) -> impl IntoView {
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

    let toc = notice
        .sections
        .iter()
        .enumerate()
        .map(|(n, s)| view! { <li><a href=format!("#{}", section_id(n))>{s.heading.clone()}</a></li> })
        .collect_view();
    let sections = notice
        .sections
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let id = section_id(n);
            view! {
                // Not labelled: notices repeat headings, and a labelled section would be a
                // landmark, which must be unique.
                <section class="seloste-section">
                    <h2 id=id tabindex="-1">{s.heading.clone()}</h2>
                    <RichText html=s.body.clone()/>
                </section>
            }
        })
        .collect_view();

    let rights_labelled_by = rights_id.clone();
    let rights = (!kinds.is_empty()).then(|| {
        view! {
            <section class="seloste-rights" aria-labelledby=rights_labelled_by lang=ui_lang>
                <h2 id=rights_id>{move || ui::YOUR_RIGHTS.get(lang.get())}</h2>
                <p>{move || ui::YOUR_RIGHTS_INTRO.get(lang.get())}</p>
                {handled_by.map(|c| view! {
                    <p class="seloste-handled-by">
                        {move || ui::HANDLED_BY.get(lang.get())} " " <strong lang=notice.lang.code()>{c.name.clone()}</strong>
                    </p>
                })}
                <ul class="seloste-request-list">
                    {kinds
                        .into_iter()
                        .map(|kind| view! {
                            <li>
                                <button type="button" class="seloste-button" on:click=move |_| on_request.run(kind)>
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
        <article class="seloste-notice" lang=notice.lang.code() aria-labelledby=article_labelled_by>
            <h1 id=title_id tabindex="-1">{notice.title.clone()}</h1>
            <dl class="seloste-meta">
                <dt lang=ui_lang>{move || ui::REGISTER.get(lang.get())}</dt>
                <dd>{notice.register_name.clone()}</dd>
                <dt lang=ui_lang>{move || ui::CONTROLLER.get(lang.get())}</dt>
                <dd>{notice.controller.name.clone()}</dd>
                {updated.map(|date| view! {
                    <dt lang=ui_lang>{move || ui::UPDATED.get(lang.get())}</dt>
                    <dd>{date}</dd>
                })}
            </dl>
            <nav class="seloste-toc" aria-labelledby=toc_labelled_by>
                <h2 id=toc_id lang=ui_lang>{move || ui::CONTENTS.get(lang.get())}</h2>
                <ol>{toc}</ol>
            </nav>
            {sections}
            {rights}
        </article>
    }
}
