//! Where the parts of a question that the later chunk makes show: a file or drawing
//! question, and a text area's character count. They show as soon as the chunk is there
//! (at once when it already is, as it is from the second step on). If it cannot be
//! fetched, a question's place tells the citizen so, and it comes when the step is shown
//! again; a count is left out (the limit is still checked on "Continue"). The parts
//! themselves are `later/question.rs` and `later/character_count.rs`.

use crate::i18n::Lang;
use crate::request::spec::Field;
use crate::web::form::field_parts::Question;
use crate::web::later::character_count::character_count;
use crate::web::later::question::file_or_drawing;
use crate::web::split::{ChunkError, Slot, CHUNK_FAILED};
use leptos::either::Either;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// A view the later chunk is making.
type Making = Pin<Box<dyn Future<Output = Result<AnyView, ChunkError>>>>;

/// A file or drawing question, shown once the later chunk is there.
pub(crate) fn later_question(question: Question, stored: StoredValue<Field>) -> impl IntoView {
    let lang = question.lang;
    let slot = Slot::new();
    let making = Box::pin(file_or_drawing(question, stored, slot.owner()));
    made_later(slot, making, Some(lang))
}

/// A text area's character count, shown once the later chunk is there.
pub(crate) fn later_count(question: Question, max: usize) -> impl IntoView {
    let slot = Slot::new();
    let making = Box::pin(character_count(question, max, slot.owner()));
    made_later(slot, making, None)
}

/// The view `making` makes, once made; if the chunk cannot be fetched, the citizen is told
/// so in `tell_in`'s language, when given.
fn made_later(slot: Slot, making: Making, tell_in: Option<Signal<Lang>>) -> impl IntoView {
    // None while the chunk is being fetched, then whether the view could be made.
    let made = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move {
        match making.await {
            Ok(view) => {
                slot.put(view);
                made.try_set(Some(true));
            }
            Err(_) => {
                made.try_set(Some(false));
            }
        }
    });
    move || {
        match made.get()? {
        true => slot.take().map(Either::Left),
        false => tell_in.map(|lang| {
            Either::Right(view! {
                <p class="seloste-error-message" role="alert">{move || CHUNK_FAILED.get(lang.get())}</p>
            })
        }),
    }
    }
}
