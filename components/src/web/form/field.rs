//! One labelled text input (or text area) with its hint and inline error, tied together
//! with `aria-describedby`, and a text area's character count.

use crate::request::spec::FieldType;
use crate::web::form::field_parts::Question;
use crate::web::form::later_question::later_count;
use leptos::html::custom;
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
    question: Question,
    /// Called with the new value on every keystroke.
    on_input: impl Fn(String) + Send + Sync + 'static,
    /// Called with the value when focus leaves the field. Plain closures rather than
    /// `Callback`s: the browser fires `blur` while a step's view is being torn down, after
    /// its reactive owner is gone, so the handler must not reach into disposed state.
    on_blur: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    let (field, id, value, problem, optional) = (
        &question.field,
        question.id.clone(),
        question.value,
        question.problem,
        question.optional,
    );
    let described_by = question.described_by();
    let (input_type, input_mode, spellcheck, class) = input_traits(field.kind);
    let name = field.id.clone();
    let autocomplete = field.autocomplete.clone().unwrap_or_else(|| "off".into());
    let required = move || (!optional.get()).then_some("true");
    let invalid = move || problem.with(Option::is_some).then_some("true");
    // One element type for both (an input or a text area): one set of attributes, and no
    // view per branch in the bundle.
    let textarea = field.kind == FieldType::Textarea;
    let control = custom(if textarea { "textarea" } else { "input" })
        .attr("class", if textarea { "seloste-textarea" } else { class })
        .attr("part", "input")
        .attr("id", id.clone())
        .attr("name", name)
        .attr("type", (!textarea).then_some(input_type))
        .attr("rows", textarea.then_some("5"))
        .attr("inputmode", input_mode)
        .attr("spellcheck", spellcheck)
        .attr("autocomplete", autocomplete)
        .attr(
            "autocapitalize",
            (field.kind == FieldType::IdentityCode).then_some("characters"),
        )
        .attr("aria-required", required)
        .attr("aria-invalid", invalid)
        .attr("aria-describedby", described_by)
        .prop("value", move || value.get())
        .on(leptos::ev::input, move |ev| {
            on_input(event_target_value(&ev))
        })
        .on(leptos::ev::blur, move |ev| on_blur(event_target_value(&ev)));
    let count = question
        .limit()
        .map(|max| later_count(question.clone(), max));
    view! {
        <div class="seloste-field" class:seloste-field--error=question.has_problem()>
            <label class="seloste-label" for=id>{question.label()}</label>
            {question.hint()}
            {question.error()}
            {control}
            {count}
        </div>
    }
}
