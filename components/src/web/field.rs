//! One labelled input with its hint and inline error, tied together with `aria-describedby`.

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
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if field.hint.is_some() {
                ids.push(hint_id.clone());
            }
            if problem.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
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
            {field.hint.map(|hint| view! { <p class="seloste-hint" id=hint_id.clone()>{move || hint.get(lang.get())}</p> })}
            {move || problem.get().map(|p| view! {
                <p class="seloste-error-message" id=error_id.clone()>
                    <span class="seloste-visually-hidden">{ui::ERROR_PREFIX.get(lang.get())} " "</span>
                    {p.message(lang.get())}
                </p>
            })}
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
