//! A question with a few options, as radio buttons in a fieldset (GOV.UK radios pattern).

use super::field_parts::{ErrorMessage, FieldIds};
use crate::i18n::Lang;
use crate::request::form::{Choice, Field, Problem};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ChoiceInput(
    field: Field,
    options: &'static [Choice],
    /// Id of the first radio (the target of error summary links); the others add `-{value}`.
    id: String,
    value: Signal<String>,
    problem: Signal<Option<Problem>>,
    lang: Signal<Lang>,
    /// Called with the chosen option's value.
    on_change: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    let ids = FieldIds::new(&id);
    let described_by = ids.described_by(field, problem);
    let on_change = Arc::new(on_change);
    let radios = options
        .iter()
        .enumerate()
        .map(|(n, option)| {
            let option_id = if n == 0 { id.clone() } else { format!("{id}-{}", option.value) };
            let option_hint_id = format!("{option_id}-item-hint");
            let on_change = Arc::clone(&on_change);
            view! {
                <div class="seloste-radio">
                    <input
                        class="seloste-radio-input"
                        type="radio"
                        id=option_id.clone()
                        name=id.clone()
                        value=option.value
                        aria-describedby=option.hint.map(|_| option_hint_id.clone())
                        prop:checked=move || value.with(|v| v == option.value)
                        on:change=move |_| on_change(option.value.to_string())
                    />
                    <label class="seloste-radio-label" for=option_id>{move || option.label.get(lang.get())}</label>
                    {option.hint.map(|hint| view! {
                        <p class="seloste-hint seloste-radio-hint" id=option_hint_id>{move || hint.get(lang.get())}</p>
                    })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="seloste-field" class:seloste-field--error=move || problem.with(Option::is_some)>
            <fieldset class="seloste-fieldset" aria-describedby=described_by>
                <legend class="seloste-legend">{move || field.label.get(lang.get())}</legend>
                {field.hint.map(|hint| view! { <p class="seloste-hint" id=ids.hint.clone()>{move || hint.get(lang.get())}</p> })}
                <ErrorMessage id=ids.error.clone() problem=problem lang=lang/>
                <div class="seloste-radios">{radios}</div>
            </fieldset>
        </div>
    }
}
