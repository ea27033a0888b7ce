//! The error summary at the top of a form (GOV.UK pattern): takes focus, links to each field.

use super::dom::focus_within;
use super::dom::tr;
use super::heading::{section_level, Heading};
use crate::i18n::{ui, Lang};
use crate::request::form::FieldError;
use leptos::prelude::*;

/// Lists `errors`; each entry moves focus to its field (found by id under `root`).
#[component]
pub fn ErrorSummary(
    errors: Signal<Vec<FieldError>>,
    lang: Signal<Lang>,
    /// Element ids are `{prefix}-{field}`.
    prefix: String,
    root: NodeRef<leptos::html::Form>,
    node_ref: NodeRef<leptos::html::Div>,
) -> impl IntoView {
    let title_id = format!("{prefix}-error-summary-title");
    let labelled_by = title_id.clone();
    view! {
        <div class="seloste-error-summary" part="error-summary" tabindex="-1" node_ref=node_ref aria-labelledby=labelled_by>
            <Heading level=section_level() id=title_id>{tr(ui::ERROR_SUMMARY_TITLE, lang)}</Heading>
            <ul>
                {move || {
                    let prefix = prefix.clone();
                    errors
                        .get()
                        .into_iter()
                        .map(|e| {
                            let id = format!("{prefix}-{}", e.field);
                            let href = format!("#{id}");
                            view! {
                                <li>
                                    <a
                                        href=href
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            if let Some(form) = root.get() {
                                                focus_within(&form, &id);
                                            }
                                        }
                                    >
                                        {e.problem.message(lang.get())}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
