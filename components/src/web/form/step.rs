//! One step of a request form: its questions, checked on blur and on continue, with the
//! error summary on top (GOV.UK "question page").

use crate::i18n::ui;
use crate::request::spec::{Field, FieldType};
use crate::web::dom::today;
use crate::web::dom::tr;
use crate::web::form::choice::ChoiceInput;
use crate::web::form::controller::use_form;
use crate::web::form::error_summary::ErrorSummary;
use crate::web::form::field::FieldInput;
use crate::web::form::field_parts::Question;
use crate::web::form::later_question::later_question;
use crate::web::form::verified_answer::verified_answer;
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

/// The questions of step `index`, and the continue button.
#[component]
pub fn StepQuestions(index: usize) -> impl IntoView {
    let state = use_form();
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let summary_ref = NodeRef::<leptos::html::Div>::new();
    let lang = state.lang;
    let fields: Vec<Field> = state.form.with_value(|f| f.steps[index].fields.clone());
    let step_fields = StoredValue::new(fields.clone());

    // A press on another control blurs the field being left; an error appearing then would
    // shift the page between press and release, and the click would land elsewhere. So
    // blur checks wait while a pointer is down, and run once it is released.
    let pointer_down = StoredValue::new(false);
    let pending = StoredValue::new(Vec::<Field>::new());
    // An error found on leaving a field is said, politely, in a live region: focus is on
    // the next field by then, and the error beside the field left is not read out. (Its
    // text is set by hand: a signal and a reactive text node cost the first load 2 KiB.)
    let said = NodeRef::<leptos::html::Div>::new();
    let say = move |text: Option<&str>| {
        if let Some(region) = said.get_untracked() {
            region.set_text_content(text);
        }
    };
    let check_left = move |field: &Field| {
        if let Some(message) = state.recheck(field) {
            let prefix = ui::ERROR_PREFIX.get(lang.get_untracked());
            say(Some(&[prefix, &message].join(" ")));
        }
    };
    let released = window_event_listener(leptos::ev::pointerup, move |_| {
        pointer_down.try_set_value(false);
        set_timeout(
            move || {
                let fields = pending.try_update_value(std::mem::take).unwrap_or_default();
                fields.iter().for_each(check_left);
            },
            std::time::Duration::ZERO,
        );
    });
    on_cleanup(move || released.remove());

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let found = state.form.with_value(|form| {
            step_fields.with_value(|fields| {
                state
                    .answers
                    .with_untracked(|a| crate::request::form::validate(fields, form, a, today()))
            })
        });
        if found.is_empty() {
            state.errors.set(found);
            state.continue_from(index);
        } else {
            state.errors.set(found);
            // The summary says them all; the live region must not say one again.
            say(None);
            crate::web::dom::focus_next_frame(move || {
                summary_ref
                    .get()
                    .map(|d| wasm_bindgen::JsCast::unchecked_into(d))
            });
        }
    };

    let field_view = move |field: Field| {
        if state.locked(&field.id) {
            return Either::Left(verified_answer(&field));
        }
        let id = state.input_id(&field.id);
        let field_id = field.id.clone();
        let shown = Memo::new({
            let field = field.clone();
            move |_| state.answers.with(|a| field.is_shown(a, today()))
        });
        let optional = Memo::new({
            let field = field.clone();
            move |_| state.answers.with(|a| !field.is_required(a, today()))
        });
        let value = Signal::derive({
            let field_id = field_id.clone();
            move || {
                state
                    .answers
                    .with(|a| a.get(&field_id).cloned().unwrap_or_default())
            }
        });
        let problem = Signal::derive({
            let field_id = field_id.clone();
            move || {
                state.errors.with(|list| {
                    list.iter()
                        .find(|e| e.field == field_id)
                        .map(|e| e.problem.clone())
                })
            }
        });
        let stored = StoredValue::new(field.clone());
        Either::Right(move || {
            if !shown.get() {
                return None;
            }
            let field = stored.get_value();
            let kind = field.kind;
            let question = Question {
                field,
                id: id.clone(),
                value,
                problem,
                optional: optional.into(),
                lang,
            };
            let view = match kind {
                FieldType::Choice | FieldType::Language => EitherOf3::A(view! {
                    <ChoiceInput question=question
                        on_change=move |v: String| state.complete(stored, problem, v)/>
                }),
                FieldType::File | FieldType::Drawing => {
                    EitherOf3::B(later_question(question, stored))
                }
                _ => EitherOf3::C(view! {
                    <FieldInput question=question
                        on_input=move |v: String| { stored.try_with_value(|f| state.set_answer(&f.id, v)); }
                        on_blur=move |v: String| {
                            // Check on leaving a field, but only once something was typed:
                            // tabbing through an empty form should not fill it with errors.
                            let Some(field) = stored.try_get_value() else { return };
                            let has_error = state.errors.try_with_untracked(|l| l.iter().any(|e| e.field == field.id)).unwrap_or(false);
                            if v.trim().is_empty() && !has_error {
                                return;
                            }
                            if pointer_down.try_get_value() == Some(true) {
                                pending.try_update_value(|p| p.push(field));
                            } else {
                                check_left(&field);
                            }
                        }
                    />
                }),
            };
            Some(view)
        })
    };

    let prefix = state.prefix();
    view! {
        <form novalidate node_ref=form_ref on:submit=on_submit on:pointerdown=move |_| pointer_down.set_value(true)>
            <Show when=move || !state.errors.with(Vec::is_empty)>
                <ErrorSummary errors=state.errors.into() lang=lang prefix=prefix.clone() root=form_ref node_ref=summary_ref/>
            </Show>
            {fields.into_iter().map(field_view).collect_view()}
            <button type="submit" class="seloste-button" part="button">{tr(ui::CONTINUE, lang)}</button>
            <div class="seloste-visually-hidden" aria-live="polite" node_ref=said></div>
        </form>
    }
}
