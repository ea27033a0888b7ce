//! The error summary at the top of a form (GOV.UK pattern): takes focus, links to each field.
//!
//! Its list is built with the DOM API, again whenever the errors or the language change
//! (a Leptos list view of links cost about 3 KB more wasm: ARCHITECTURE.md, "Size").

use crate::i18n::{ui, Lang};
use crate::request::form::FieldError;
use crate::web::dom::focus_within;
use crate::web::dom::heading::{section_level, Heading};
use crate::web::dom::tr;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

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
    let list = NodeRef::<leptos::html::Ul>::new();
    // The links' click handlers, replaced with the links.
    let handlers = StoredValue::new_local(Vec::<Closure<dyn FnMut(web_sys::Event)>>::new());
    Effect::new(move || {
        let lang = lang.get();
        let Some(ul) = list.get() else { return };
        ul.set_text_content(None);
        let mut made = Vec::new();
        errors.with(|errors| {
            for e in errors {
                let id = format!("{prefix}-{}", e.field);
                let (Ok(li), Ok(a)) = (
                    document().create_element("li"),
                    document().create_element("a"),
                ) else {
                    continue;
                };
                let _ = a.set_attribute("href", &format!("#{id}"));
                a.set_text_content(Some(&e.problem.message(lang)));
                let on_click =
                    Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
                        ev.prevent_default();
                        if let Some(form) = root.get_untracked() {
                            focus_within(&form, &id);
                        }
                    });
                let _ =
                    a.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
                made.push(on_click);
                let _ = li.append_child(&a);
                let _ = ul.append_child(&li);
            }
        });
        handlers.set_value(made);
    });
    view! {
        <div class="seloste-error-summary" part="error-summary" tabindex="-1" node_ref=node_ref aria-labelledby=labelled_by>
            <Heading level=section_level() id=title_id>{tr(ui::ERROR_SUMMARY_TITLE, lang)}</Heading>
            <ul node_ref=list></ul>
        </div>
    }
}
