//! A request form: fields, validation on blur and on submit, error summary, then
//! "check your answers" with change links.

use super::choice::ChoiceInput;
use super::dom::{focus_next_frame, focus_within, today, unique_prefix};
use super::error_summary::ErrorSummary;
use super::field::FieldInput;
use crate::i18n::{ui, Lang};
use crate::notice::Notice;
use crate::request::fields::ACCESS_FIELDS;
use crate::request::form::{
    check_field, display_value, initial_answers, validate, Field, FieldError, FieldKind,
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
    let answers = RwSignal::new(initial_answers(fields));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let step = RwSignal::new(Step::Questions);
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let summary_ref = NodeRef::<leptos::html::Div>::new();
    let check_heading_ref = NodeRef::<leptos::html::H1>::new();

    // Re-checks one field.
    let recheck = move |field: &'static Field| {
        let problem = answers.with_untracked(|a| check_field(field, a, today()));
        errors.update(|list| {
            list.retain(|e| e.field != field.id);
            if let Some(problem) = problem {
                // Insert in form order (no sort), so the summary reads top to bottom.
                let position = |id: &str| fields.iter().position(|f| f.id == id);
                let at = list
                    .iter()
                    .position(|e| position(e.field) > position(field.id))
                    .unwrap_or(list.len());
                list.insert(
                    at,
                    FieldError {
                        field: field.id,
                        problem,
                    },
                );
            }
        });
    };

    // A press on another control blurs the field being left; an error appearing then would
    // shift the page between press and release, and the click would land elsewhere. So
    // blur checks wait while a pointer is down, and run once it is released.
    let pointer_down = StoredValue::new(false);
    let pending = StoredValue::new(Vec::<&'static Field>::new());
    let check_on_blur = move |field: &'static Field| {
        if pointer_down.try_get_value() == Some(true) {
            pending.try_update_value(|p| p.push(field));
        } else {
            recheck(field);
        }
    };
    let released = window_event_listener(leptos::ev::pointerup, move |_| {
        pointer_down.try_set_value(false);
        set_timeout(
            move || {
                let fields = pending.try_update_value(std::mem::take).unwrap_or_default();
                if step.try_get_untracked() == Some(Step::Questions) {
                    fields.into_iter().for_each(recheck);
                }
            },
            std::time::Duration::ZERO,
        );
    });
    on_cleanup(move || released.remove());

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let found = answers.with_untracked(|a| validate(fields, a, today()));
        let ok = found.is_empty();
        errors.set(found);
        if ok {
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

    // One field: its input, shown only while its condition holds. The memo keeps a field
    // from being rebuilt (and losing focus) on every keystroke elsewhere.
    let field_view = move |field: &'static Field, id: String| {
        let shown = Memo::new(move |_| answers.with(|a| field.is_shown(a)));
        let value =
            Signal::derive(move || answers.with(|a| a.get(field.id).cloned().unwrap_or_default()));
        let problem = Signal::derive(move || {
            errors.with(|list| {
                list.iter()
                    .find(|e| e.field == field.id)
                    .map(|e| e.problem.clone())
            })
        });
        let set_answer = move |v: String| {
            answers.update(|a| {
                a.insert(field.id.to_string(), v);
            })
        };
        move || {
            shown.get().then(|| match field.kind {
                FieldKind::Choice(options) => view! {
                    <ChoiceInput
                        field=*field
                        options=options
                        id=id.clone()
                        value=value
                        problem=problem
                        lang=lang
                        on_change=move |v: String| {
                            set_answer(v);
                            // A choice is complete when made: check it at once if it was wrong.
                            if problem.with_untracked(Option::is_some) {
                                recheck(field);
                            }
                        }
                    />
                }
                .into_any(),
                _ => view! {
                    <FieldInput
                        field=*field
                        id=id.clone()
                        value=value
                        problem=problem
                        lang=lang
                        on_input=set_answer
                        on_blur=move |v: String| {
                            if step.get_untracked() != Step::Questions {
                                return; // the form is being replaced by the next step
                            }
                            // Check on leaving a field, but only once something was typed:
                            // tabbing through an empty form should not fill it with errors.
                            let has_error = errors.with_untracked(|l| l.iter().any(|e| e.field == field.id));
                            if !v.trim().is_empty() || has_error {
                                check_on_blur(field);
                            }
                        }
                    />
                }
                .into_any(),
            })
        }
    };

    let questions = move || {
        let prefix = prefix.clone();
        let summary_prefix = prefix.clone();
        view! {
            {back()}
            <h1 id=format!("{prefix}-title") tabindex="-1">{move || kind.title().get(lang.get())}</h1>
            <p class="seloste-caption">{move || ui::REGISTER.get(lang.get())} ": " <span lang=notice.lang.code()>{register.clone()}</span></p>
            <form novalidate node_ref=form_ref on:submit=on_submit on:pointerdown=move |_| pointer_down.set_value(true)>
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
                {fields.iter().map(|field| field_view(field, format!("{prefix}-{}", field.id))).collect_view()}
                <button type="submit" class="seloste-button">{move || ui::CONTINUE.get(lang.get())}</button>
            </form>
        }
    };

    let check_answers = move || {
        let prefix = prefix_for_check.clone();
        let shown: Vec<&'static Field> =
            answers.with_untracked(|a| fields.iter().filter(|f| f.is_shown(a)).collect());
        view! {
            <h1 tabindex="-1" node_ref=check_heading_ref>{move || ui::CHECK_ANSWERS_TITLE.get(lang.get())}</h1>
            <p class="seloste-caption">
                {move || kind.title().get(lang.get())} ", " <span lang=notice.lang.code()>{register_for_check.clone()}</span>
            </p>
            <dl class="seloste-summary-list">
                {shown
                    .into_iter()
                    .map(|field| {
                        let input_id = format!("{prefix}-{}", field.id);
                        view! {
                            <div class="seloste-summary-row">
                                <dt>{move || field.label.get(lang.get())}</dt>
                                <dd>{move || answers.with(|a| display_value(field, a, lang.get(), today()))}</dd>
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
