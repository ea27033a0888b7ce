//! One labelled input with its hint and inline error, tied together with `aria-describedby`.

use super::field_parts::{ErrorMessage, FieldIds};
use crate::i18n::{ui, Lang};
use crate::request::form::{Field, FieldKind, Problem};
use leptos::prelude::*;

#[component]
pub fn FieldInput(
    field: Field,
    /// Element id of the input; the hint and error use it as a prefix.
    id: String,
    value: Signal<String>,
    problem: Signal<Option<Problem>>,
    lang: Signal<Lang>,
    /// Called with the new value on every keystroke.
    on_input: impl Fn(String) + Send + Sync + 'static,
    /// Called with the value when focus leaves the field. Plain closures rather than
    /// `Callback`s: the browser fires `blur` while a step's view is being torn down, after
    /// its reactive owner is gone, so the handler must not reach into disposed state.
    on_blur: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    let ids = FieldIds::new(&id);
    let described_by = ids.described_by(field, problem);
    let (input_type, spellcheck) = match field.kind {
        FieldKind::Email => ("email", Some("false")),
        FieldKind::IdentityCode | FieldKind::NationalIdCode { .. } => ("text", Some("false")),
        FieldKind::Text | FieldKind::PastDate | FieldKind::Choice(_) => ("text", None),
    };
    let class = match field.kind {
        FieldKind::IdentityCode | FieldKind::NationalIdCode { .. } => {
            "seloste-input seloste-input--code"
        }
        FieldKind::PastDate => "seloste-input seloste-input--date",
        _ => "seloste-input",
    };
    view! {
        <div class="seloste-field" class:seloste-field--error=move || problem.with(Option::is_some)>
            <label class="seloste-label" for=id.clone()>
                {move || field.label.get(lang.get())}
                {(!field.required).then(|| view! { " " {move || ui::OPTIONAL.get(lang.get())} })}
            </label>
            {field.hint.map(|hint| view! { <p class="seloste-hint" id=ids.hint.clone()>{move || hint.get(lang.get())}</p> })}
            <ErrorMessage id=ids.error.clone() problem=problem lang=lang/>
            <input
                class=class
                id=id.clone()
                name=field.id
                type=input_type
                spellcheck=spellcheck
                autocomplete=field.autocomplete
                autocapitalize=(field.kind == FieldKind::IdentityCode).then_some("characters")
                aria-required=field.required.then_some("true")
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| on_input(event_target_value(&ev))
                on:blur=move |ev| on_blur(event_target_value(&ev))
            />
        </div>
    }
}
