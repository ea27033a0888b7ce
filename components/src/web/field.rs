//! One labelled text input (or text area) with its hint and inline error, tied together
//! with `aria-describedby`.

use super::field_parts::{hint_view, label_text, ErrorMessage, FieldIds};
use crate::i18n::Lang;
use crate::request::form::Problem;
use crate::request::spec::{Field, FieldType};
use leptos::either::Either;
use leptos::prelude::*;

/// `type`, `inputmode` and `spellcheck` of an input, and its width class.
fn input_traits(
    kind: FieldType,
) -> (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
) {
    match kind {
        FieldType::Email => ("email", None, Some("false"), "seloste-input"),
        FieldType::Phone => (
            "tel",
            None,
            Some("false"),
            "seloste-input seloste-input--phone",
        ),
        FieldType::PostalCode => (
            "text",
            Some("numeric"),
            Some("false"),
            "seloste-input seloste-input--postal",
        ),
        FieldType::IdentityCode | FieldType::NationalId => (
            "text",
            None,
            Some("false"),
            "seloste-input seloste-input--code",
        ),
        FieldType::Date => ("text", None, None, "seloste-input seloste-input--date"),
        _ => ("text", None, None, "seloste-input"),
    }
}

#[component]
pub fn FieldInput(
    field: Field,
    /// Element id of the input; the hint and error use it as a prefix.
    id: String,
    value: Signal<String>,
    problem: Signal<Option<Problem>>,
    optional: Signal<bool>,
    lang: Signal<Lang>,
    /// Called with the new value on every keystroke.
    on_input: impl Fn(String) + Send + Sync + 'static,
    /// Called with the value when focus leaves the field. Plain closures rather than
    /// `Callback`s: the browser fires `blur` while a step's view is being torn down, after
    /// its reactive owner is gone, so the handler must not reach into disposed state.
    on_blur: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    let ids = FieldIds::new(&id);
    let described_by = ids.described_by(field.hint.is_some(), problem);
    let (input_type, input_mode, spellcheck, class) = input_traits(field.kind);
    let label = label_text(&field, optional, lang);
    let hint = hint_view(&field, ids.hint.clone(), lang);
    let name = field.id.clone();
    let autocomplete = field.autocomplete.clone().unwrap_or_else(|| "off".into());
    let required = move || (!optional.get()).then_some("true");
    let invalid = move || problem.with(Option::is_some).then_some("true");
    let control = if field.kind == FieldType::Textarea {
        Either::Left(view! {
            <textarea
                class="seloste-textarea"
                id=id.clone()
                name=name
                rows="5"
                autocomplete=autocomplete
                aria-required=required
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| on_input(event_target_value(&ev))
                on:blur=move |ev| on_blur(event_target_value(&ev))
            ></textarea>
        })
    } else {
        Either::Right(view! {
            <input
                class=class
                id=id.clone()
                name=name
                type=input_type
                inputmode=input_mode
                spellcheck=spellcheck
                autocomplete=autocomplete
                autocapitalize=(field.kind == FieldType::IdentityCode).then_some("characters")
                aria-required=required
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| on_input(event_target_value(&ev))
                on:blur=move |ev| on_blur(event_target_value(&ev))
            />
        })
    };
    view! {
        <div class="seloste-field" class:seloste-field--error=move || problem.with(Option::is_some)>
            <label class="seloste-label" for=id.clone()>{label}</label>
            {hint}
            <ErrorMessage id=ids.error.clone() problem=problem lang=lang/>
            {control}
        </div>
    }
}
