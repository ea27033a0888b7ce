//! Questions answered by a file (a power of attorney) or a drawing (a signature), made by
//! the later chunk: no form asks them on its first step. Where they show, and what is said
//! when the chunk cannot be fetched, is `form/later_question.rs`.

use crate::request::form::FieldError;
use crate::request::spec::{Field, FieldType};
use crate::web::form::controller::use_form;
use crate::web::form::field_parts::Question;
use crate::web::later::drawing::DrawingInput;
use crate::web::later::file_input::{FileChosen, FileInput};
use crate::web::split::later;
use leptos::prelude::*;

later! {
    /// The view of a file or drawing question, made under `owner`.
    pub(crate) fn file_or_drawing(
        question: Question,
        stored: StoredValue<Field>,
        owner: Owner,
    ) -> AnyView {
        owner.with(|| {
            let state = use_form();
            let problem = question.problem;
            if question.field.kind == FieldType::Drawing {
                let on_change = move |v: String| state.complete(stored, problem, v);
                return view! { <DrawingInput question=question on_change=on_change/> }.into_any();
            }
            let on_change = move |chosen: FileChosen| {
                let field_id = stored.with_value(|f| f.id.clone());
                state.attachments.update(|list| list.retain(|a| a.field != field_id));
                match chosen {
                    FileChosen::Ok(attachment, _file) => {
                        state.set_answer(&field_id, attachment.name.clone());
                        state.attachments.update(|list| list.push(attachment));
                        stored.with_value(|f| state.recheck(f));
                    }
                    FileChosen::Cleared => state.set_answer(&field_id, String::new()),
                    FileChosen::Problem(problem) => {
                        state.set_answer(&field_id, String::new());
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
