//! "Check your answers" (GOV.UK pattern): every answer under its question, with a change
//! link that returns to the question, then the button that makes the request.

use crate::i18n::ui;
use crate::request::form::display_value;
use crate::request::saved::words;
use crate::request::spec::Field;
use crate::web::dom::heading::{section_level, title_level, Heading};
use crate::web::dom::today;
use crate::web::dom::tr;
use crate::web::form::controller::use_form;
use crate::web::later::pdf_download::{self, PdfDownload};
use crate::web::later::saved_answers;
use crate::web::split::{later, Slot};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// "Check your answers", and the PDF of a request that could not be sent.
fn check_answers() -> impl IntoView {
    let state = use_form();
    let (title_id, failed, sending, send_error) = (
        state.title_id(),
        state.failed,
        state.sending,
        state.send_error,
    );
    let pdf = state.pdf.get_value();
    // Where making the request makes its PDF, the PDF maker loads while the answers are
    // read, so that pressing for the PDF does not wait for its download. (A notice that
    // names the office's keys may have the request encrypted, and then sent without it.)
    let encrypted = state.notice.with_value(|n| n.requests.keys.is_some());
    if let Some(assets) = pdf.as_ref() {
        if state.delivery.with_value(|d| d.makes_pdf(encrypted)) {
            pdf_download::warm(assets);
        }
    }
    let lang = state.lang;
    // "Save my answers to a file / continue from one", as on every step.
    let (saved_slot, saved_host) = (Slot::new(), NodeRef::<leptos::html::Div>::new());
    let toggle_saved = move |ev: leptos::ev::MouseEvent| {
        let pressed = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let (Some(pressed), Some(host)) = (pressed, saved_host.get_untracked()) {
            saved_answers::toggle(saved_slot.owner(), &pressed, &host.into());
        }
    };
    // Each shown step with its shown questions, in form order.
    let sections: Vec<(String, Vec<Field>)> = state.form.with_value(|form| {
        state.answers.with_untracked(|a| {
            form.shown_steps(a, today())
                .map(|s| {
                    let title = s.title.get(lang.get_untracked()).to_string();
                    (
                        title,
                        s.fields
                            .iter()
                            .filter(|f| f.is_shown(a, today()))
                            .cloned()
                            .collect(),
                    )
                })
                .filter(|(_, fields): &(String, Vec<Field>)| !fields.is_empty())
                .collect()
        })
    });
    let row = move |field: Field| {
        let field = StoredValue::new(field);
        let label = move || field.with_value(|f| f.label.get(lang.get()).to_string());
        let value = move || {
            let shown = field.with_value(|f| {
                state
                    .answers
                    .with(|a| display_value(f, a, lang.get(), today()))
            });
            if shown.is_empty() {
                ui::NOT_GIVEN.get(lang.get()).to_string()
            } else {
                shown
            }
        };
        let field_id = field.with_value(|f| f.id.clone());
        // A verified identity cannot be changed here.
        let locked = state.locked(&field_id);
        view! {
            <div class="seloste-summary-row">
                <dt>{label}</dt>
                <dd class="seloste-summary-value">{value}</dd>
                <dd class="seloste-summary-action">
                    {(!locked).then(|| view! {
                        <button type="button" class="seloste-link" on:click=move |_| state.change(field_id.clone())>
                            {tr(ui::CHANGE, lang)}
                            <span class="seloste-visually-hidden">" " {label}</span>
                        </button>
                    })}
                </dd>
            </div>
        }
    };
    view! {
        <p class="seloste-caption">{move || state.caption()}</p>
        <Heading level=title_level() id=title_id>{tr(ui::CHECK_ANSWERS_TITLE, lang)}</Heading>
        {sections
            .into_iter()
            .map(|(title, fields)| view! {
                <Heading level=section_level() class="seloste-summary-heading">{title}</Heading>
                <dl class="seloste-summary-list">{fields.into_iter().map(row).collect_view()}</dl>
            })
            .collect_view()}
        <p>{tr(ui::DECLARATION, lang)}</p>
        {move || send_error.get().map(|e| view! { <p class="seloste-error-message" role="alert">{e}</p> })}
        <button type="button" class="seloste-button" part="button" on:click=move |_| state.send() aria-disabled=move || sending.get().then_some("true")>{tr(ui::SEND_REQUEST, lang)}</button>
        <p class="seloste-hint" role="status">{move || sending.get().then(|| ui::SENDING.get(lang.get()))}</p>
        {move || failed.get().zip(pdf.clone()).map(|(r, assets)| view! { <PdfDownload receipt=r assets=assets lang=lang/> })}
        <p><button type="button" class="seloste-link seloste-saved-toggle" aria-expanded="false" on:click=toggle_saved>{tr(words::TOGGLE, lang)}</button></p>
        <div node_ref=saved_host></div>
    }
}

later! {
    /// The check-answers page, from the form's later chunk.
    pub(crate) fn check_answers_page(owner: Owner) -> AnyView {
        owner.with(|| check_answers().into_any())
    }
}
