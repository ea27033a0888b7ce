//! A question answered by the host page's verified identity (the JS API's `identity`):
//! shown as text with who verified it, never as an input.

use crate::i18n::ui;
use crate::request::spec::Field;
use crate::web::form::controller::use_form;
use leptos::prelude::*;

/// The locked question `field`: the name, or the code masked (`131052-****`); the identity
/// method question is not shown at all (a verified code answers it).
pub(crate) fn verified_answer(field: &Field) -> impl IntoView {
    let state = use_form();
    let lang = state.lang;
    let verified = state.verified.get_value()?;
    let (value, note) = match field.id.as_str() {
        "name" => (verified.name.clone(), false),
        "identity_code" => (verified.masked_code(), true),
        _ => return None,
    };
    let label = field.label.clone();
    let by = verified.by;
    Some(view! {
        <div class="seloste-field seloste-verified" part="verified">
            <p class="seloste-label">{move || label.get(lang.get()).to_string()}</p>
            <p class="seloste-verified-value">{value}</p>
            {note.then(|| view! {
                <p class="seloste-hint">
                    <span aria-hidden="true">"✓ "</span>
                    {move || format!("{} {by}.", ui::VERIFIED_BY.get(lang.get()))}
                </p>
            })}
        </div>
    })
}
