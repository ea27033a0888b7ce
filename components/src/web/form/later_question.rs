//! Where a file or drawing question shows: as soon as the later chunk is there (at once
//! when it already is, as it is from the second step on); if it cannot be fetched, the
//! citizen is told so in its place, and the question comes when the step is shown again.
//! The question itself is `later/question.rs`.

use crate::request::spec::Field;
use crate::web::form::field_parts::Question;
use crate::web::later::question::file_or_drawing;
use crate::web::split::{Slot, CHUNK_FAILED};
use leptos::either::Either;
use leptos::prelude::*;

/// A file or drawing question, shown once the later chunk is there.
pub(crate) fn later_question(question: Question, stored: StoredValue<Field>) -> impl IntoView {
    let lang = question.lang;
    let slot = Slot::new();
    // None while the chunk is being fetched, then whether the question could be made.
    let made = RwSignal::new(None::<bool>);
    let owner = slot.owner();
    leptos::task::spawn_local(async move {
        match file_or_drawing(question, stored, owner).await {
            Ok(view) => {
                slot.put(view);
                made.try_set(Some(true));
            }
            Err(_) => {
                made.try_set(Some(false));
            }
        }
    });
    move || match made.get()? {
        true => slot.take().map(Either::Left),
        false => Some(Either::Right(view! {
            <p class="seloste-error-message" role="alert">{move || CHUNK_FAILED.get(lang.get())}</p>
        })),
    }
}
