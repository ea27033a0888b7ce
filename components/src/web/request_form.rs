//! A request form: fields, validation on blur and on submit, error summary, then
//! "check your answers" with change links.

use super::dom::{focus_next_frame, focus_within, today, unique_prefix};
use super::error_summary::ErrorSummary;
use super::field::FieldInput;
use crate::i18n::{ui, Lang};
use crate::notice::Notice;
use crate::request::form::{
    check_field, display_value, normalise, validate, Answers, Field, FieldError, ACCESS_FIELDS,
};
use crate::request::RequestKind;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Questions,
    CheckAnswers,
}

/// The request form for one register. `on_back` returns to the notice.
#[component]
pub fn RequestForm(
    notice: Notice,
    kind: RequestKind,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into, optional)] on_back: Option<Callback<()>>,
) -> impl IntoView {
    let fields: &'static [Field] = &ACCESS_FIELDS;
    let prefix = unique_prefix(kind.code());
    let answers = RwSignal::new(Answers::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let step = RwSignal::new(Step::Questions);
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let summary_ref = NodeRef::<leptos::html::Div>::new();
    let heading_ref = NodeRef::<leptos::html::H1>::new();
    let check_heading_ref = NodeRef::<leptos::html::H1>::new();

    let set_error = move |field: &'static str, problem: Option<crate::request::form::Problem>| {
        errors.update(|list| {
            list.retain(|e| e.field != field);
            if let Some(problem) = problem {
                list.push(FieldError { field, problem });
            }
            // Keep form order, so the summary reads top to bottom.
            list.sort_by_key(|e| fields.iter().position(|f| f.id == e.field));
        });
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let found = validate(fields, &answers.get_untracked(), today());
        let ok = found.is_empty();
        errors.set(found);
        if ok {
            answers.update(|a| {
                for f in fields {
                    if let Some(v) = a.get_mut(f.id) {
                        *v = normalise(f, v);
                    }
                }
            });
            step.set(Step::CheckAnswers);
            focus_next_frame(move || check_heading_ref.get().map(|h| h.unchecked_into()));
        } else {
            focus_next_frame(move || summary_ref.get().map(|d| d.unchecked_into()));
        }
    };

    let change = move |field_id: String| {
        step.set(Step::Questions);
        leptos::prelude::request_animation_frame(move || {
            if let Some(form) = form_ref.get() {
                focus_within(&form, &field_id);
            }
        });
    };

    let back = move || {
        on_back.map(|cb| {
            view! {
                <p class="seloste-back">
                    <button type="button" class="seloste-link" on:click=move |_| cb.run(())>
                        {move || ui::BACK_TO_NOTICE.get(lang.get())}
                    </button>
                </p>
            }
        })
    };

    let register = format!("{} – {}", notice.register_name, notice.controller.name);
    let register_for_check = register.clone();
    let prefix_for_check = prefix.clone();

    let questions = move || {
        let prefix = prefix.clone();
        let summary_prefix = prefix.clone();
        view! {
            {back()}
            <h1 id=format!("{prefix}-title") tabindex="-1" node_ref=heading_ref>{move || kind.title().get(lang.get())}</h1>
            <p class="seloste-caption">{move || ui::REGISTER.get(lang.get())} ": " <span lang=notice.lang.code()>{register.clone()}</span></p>
            <form novalidate node_ref=form_ref on:submit=on_submit>
                <Show when=move || !errors.with(Vec::is_empty)>
                    <ErrorSummary
                        errors=errors.into()
                        lang=lang
                        prefix=summary_prefix.clone()
                        root=form_ref
                        node_ref=summary_ref
                    />
                </Show>
                <p class="seloste-hint">{move || ui::FORM_INTRO.get(lang.get())}</p>
                {fields
                    .iter()
                    .map(|&field| {
                        let value = Signal::derive(move || answers.with(|a| a.get(field.id).cloned().unwrap_or_default()));
                        let problem = Signal::derive(move || {
                            errors.with(|list| list.iter().find(|e| e.field == field.id).map(|e| e.problem.clone()))
                        });
                        view! {
                            <FieldInput
                                field=field
                                id=format!("{prefix}-{}", field.id)
                                value=value
                                problem=problem
                                lang=lang
                                on_input=move |v: String| answers.update(|a| { a.insert(field.id.to_string(), v); })
                                on_blur=move |v: String| {
                                    if step.get_untracked() != Step::Questions {
                                        return; // the form is being replaced by the next step
                                    }
                                    // Check on leaving a field, but only once something was typed:
                                    // tabbing through an empty form should not fill it with errors.
                                    let has_error = errors.with_untracked(|l| l.iter().any(|e| e.field == field.id));
                                    if !v.trim().is_empty() || has_error {
                                        set_error(field.id, check_field(&field, &v, today()));
                                    }
                                }
                            />
                        }
                    })
                    .collect_view()}
                <button type="submit" class="seloste-button">{move || ui::CONTINUE.get(lang.get())}</button>
            </form>
        }
    };

    let check_answers = move || {
        let prefix = prefix_for_check.clone();
        view! {
            <h1 tabindex="-1" node_ref=check_heading_ref>{move || ui::CHECK_ANSWERS_TITLE.get(lang.get())}</h1>
            <p class="seloste-caption">
                {move || kind.title().get(lang.get())} ", " <span lang=notice.lang.code()>{register_for_check.clone()}</span>
            </p>
            <dl class="seloste-summary-list">
                {fields
                    .iter()
                    .map(|&field| {
                        let input_id = format!("{prefix}-{}", field.id);
                        view! {
                            <div class="seloste-summary-row">
                                <dt>{move || field.label.get(lang.get())}</dt>
                                <dd>{move || answers.with(|a| display_value(&field, a.get(field.id).map(String::as_str).unwrap_or("")))}</dd>
                                <dd class="seloste-summary-action">
                                    <button type="button" class="seloste-link" on:click=move |_| change(input_id.clone())>
                                        {move || ui::CHANGE.get(lang.get())}
                                        <span class="seloste-visually-hidden">" " {move || field.label.get(lang.get()).to_lowercase()}</span>
                                    </button>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
            {back()}
        }
    };

    view! {
        <div class="seloste-request" lang=move || lang.get().code()>
            {move || match step.get() {
                Step::Questions => questions.clone()().into_any(),
                Step::CheckAnswers => check_answers.clone()().into_any(),
            }}
        </div>
    }
}
