//! A question with a few options, as radio buttons in a fieldset (GOV.UK radios pattern).

use crate::i18n::Lang;
use crate::request::spec::{Choice, Field, FieldType, LocalText};
use crate::web::form::field_parts::Question;
use leptos::prelude::*;
use std::sync::Arc;

/// The options of a choice; a language question offers the three languages by their own names.
fn options(field: &Field) -> Vec<Choice> {
    if field.kind != FieldType::Language {
        return field.options.clone();
    }
    Lang::ALL
        .into_iter()
        .map(|l| {
            let name = l.native_name().to_string();
            Choice {
                value: l.name().into(),
                label: LocalText {
                    fi: name.clone(),
                    sv: name.clone(),
                    en: name,
                },
                hint: None,
            }
        })
        .collect()
}

/// `question.id` is the id of the first radio (the target of error summary links); the
/// others add `-{value}`.
#[component]
pub fn ChoiceInput(
    question: Question,
    /// Called with the chosen option's value.
    on_change: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    let (field, id, value, lang) = (
        &question.field,
        question.id.clone(),
        question.value,
        question.lang,
    );
    let described_by = question.described_by();
    let on_change = Arc::new(on_change);
    let is_language = field.kind == FieldType::Language;
    let radios = options(field)
        .into_iter()
        .enumerate()
        .map(|(n, option)| {
            let option_id = if n == 0 { id.clone() } else { format!("{id}-{}", option.value) };
            let option_hint_id = format!("{option_id}-item-hint");
            let on_change = Arc::clone(&on_change);
            let Choice { value: option_value, label, hint } = option;
            let checked_value = option_value.clone();
            let changed_value = option_value.clone();
            // Language names are in their own language (WCAG 3.1.2).
            let label_lang = is_language.then(|| option_value.clone());
            view! {
                <div class="seloste-radio">
                    <input
                        class="seloste-radio-input"
                        type="radio"
                        id=option_id.clone()
                        name=id.clone()
                        value=option_value
                        aria-describedby=hint.is_some().then(|| option_hint_id.clone())
                        prop:checked=move || value.with(|v| *v == checked_value)
                        on:change=move |_| on_change(changed_value.clone())
                    />
                    <label class="seloste-radio-label" for=option_id lang=label_lang>{move || label.get(lang.get()).to_string()}</label>
                    {hint.map(|hint| view! {
                        <p class="seloste-hint seloste-radio-hint" id=option_hint_id>{move || hint.get(lang.get()).to_string()}</p>
                    })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="seloste-field" class:seloste-field--error=question.has_problem()>
            <fieldset class="seloste-fieldset" aria-describedby=described_by>
                <legend class="seloste-legend">{question.label()}</legend>
                {question.hint()}
                {question.error()}
                <div class="seloste-radios">{radios}</div>
            </fieldset>
        </div>
    }
}
