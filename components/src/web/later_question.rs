//! Questions answered by a file (a power of attorney) or a drawing (a signature). No form
//! asks them on its first step (they follow "who is the request for" and end the form), so
//! their views live in the form's later chunk ([`super::split`]): a page with a notice and
//! a form loads them only once the citizen is past the first step (about 6 KB brotli).
//!
//! The question shows as soon as the chunk is there (at once when it already is, as it is
//! from the second step on); if it cannot be fetched, the citizen is told so in its place,
//! and the question comes when the step is shown again.

use super::drawing::DrawingInput;
use super::field_parts::Question;
use super::file_input::{FileChosen, FileInput};
use super::request_form::FormState;
use super::request_step::{complete, recheck, set_answer};
use super::split::{later, Slot, CHUNK_FAILED};
use crate::request::form::FieldError;
use crate::request::spec::{Field, FieldType};
use leptos::either::Either;
use leptos::prelude::*;

/// A file or drawing question, shown once the later chunk is there.
pub(super) fn later_question(
    state: FormState,
    question: Question,
    stored: StoredValue<Field>,
) -> impl IntoView {
    let lang = question.lang;
    let slot = Slot::new();
    // None while the chunk is being fetched, then whether the question could be made.
    let made = RwSignal::new(None::<bool>);
    let owner = slot.owner();
    leptos::task::spawn_local(async move {
        match file_or_drawing(state, question, stored, owner).await {
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

later! {
    /// The view of a file or drawing question, made under `owner`.
    fn file_or_drawing(
        state: FormState,
        question: Question,
        stored: StoredValue<Field>,
        owner: Owner,
    ) -> AnyView {
        owner.with(|| {
            let problem = question.problem;
            if question.field.kind == FieldType::Drawing {
                let on_change = move |v: String| complete(state, stored, problem, v);
                return view! { <DrawingInput question=question on_change=on_change/> }.into_any();
            }
            let on_change = move |chosen: FileChosen| {
                let field_id = stored.with_value(|f| f.id.clone());
                state.attachments.update(|list| list.retain(|a| a.field != field_id));
                match chosen {
                    FileChosen::Ok(attachment, _file) => {
                        set_answer(state, &field_id, attachment.name.clone());
                        state.attachments.update(|list| list.push(attachment));
                        stored.with_value(|f| recheck(state, f));
                    }
                    FileChosen::Cleared => set_answer(state, &field_id, String::new()),
                    FileChosen::Problem(problem) => {
                        set_answer(state, &field_id, String::new());
                        state.errors.update(|list| {
                            list.retain(|e| e.field != field_id);
                            list.push(FieldError { field: field_id, problem });
                        });
                    }
                }
            };
            view! { <FileInput question=question on_change=on_change/> }.into_any()
        })
    }
}
