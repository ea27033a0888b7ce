//! What the staff pages' fields share: the line that says what to fix.

use crate::i18n::{ui, Lang};
use leptos::prelude::*;

/// The line that says what to fix, in `lang`: "Virhe:" for screen readers, then `message`.
/// With the `id` its field names in `aria-describedby`; without one (a refusal that is no
/// field's), it is an alert.
pub fn error_line(id: Option<String>, lang: Lang, message: String) -> impl IntoView {
    let role = id.is_none().then_some("alert");
    view! {
        <p class="seloste-error-message" id=id role=role>
            <span class="seloste-visually-hidden">{ui::ERROR_PREFIX.get(lang)} " "</span>
            {message}
        </p>
    }
}
