//! The error summary at the top of a form (GOV.UK pattern): takes focus, links to each field.
//!
//! Its list is static content, built with the DOM builder again whenever the errors or the
//! language change (see the rendering rule in `web/form/mod.rs`).

use crate::i18n::{ui, Lang};
use crate::request::form::FieldError;
use crate::web::dom::focus_within;
use crate::web::dom::heading::{section_level, Heading};
use crate::web::dom::tr;
use crate::web::dom::tree::Tree;
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
    let list_id = format!("{prefix}-error-summary-list");
    let list = NodeRef::<leptos::html::Ul>::new();
    // The list as last built, which keeps its links' click handlers.
    let built = StoredValue::new_local(None::<Tree>);
    Effect::new(move || {
        let lang = lang.get();
        let Some(ul) = list.get() else { return };
        ul.set_text_content(None);
        let mut tree = Tree::new(document(), lang);
        errors.with(|errors| {
            for e in errors {
                let id = format!("{prefix}-{}", e.field);
                let Some(li) = tree.element(&ul, "li", &[]) else {
                    continue;
                };
                let Some(a) = tree.element(&li, "a", &[("href", &format!("#{id}"))]) else {
                    continue;
                };
                tree.text(&a, &e.problem.message(lang));
                tree.instead_of_link(&a, move || {
                    if let Some(form) = root.get_untracked() {
                        focus_within(&form, &id);
                    }
                });
            }
        });
        built.set_value(Some(tree));
    });
    view! {
        // Focused when a step is refused: a named group described by its list, so that its
        // title and every error are read out, not its title alone. Not a live region: it
        // is rebuilt whenever an error changes, and would be read out again each time.
        <div class="seloste-error-summary" part="error-summary" tabindex="-1" role="group" node_ref=node_ref aria-labelledby=labelled_by aria-describedby=list_id.clone()>
            <Heading level=section_level() id=title_id>{tr(ui::ERROR_SUMMARY_TITLE, lang)}</Heading>
            <ul node_ref=list id=list_id.clone()></ul>
        </div>
    }
}
