//! A question answered with a file (a power of attorney): the file is checked, hashed with
//! WebCrypto and described in the payload; its bytes stay in the page for sending.

use crate::i18n::ui;
use crate::request::form::{check_file, Problem};
use crate::request::payload::Attachment;
use crate::web::form::field_parts::Question;
use crate::web::platform::device::sha256_hex;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What choosing a file led to.
pub enum FileChosen {
    Ok(Attachment, web_sys::File),
    Problem(Problem),
    Cleared,
}

/// The question's value is the chosen file's name, empty when none.
#[component]
pub fn FileInput(question: Question, on_change: impl Fn(FileChosen) + 'static) -> impl IntoView {
    let (field, id, value, problem, optional, lang) = (
        question.field.clone(),
        question.id.clone(),
        question.value,
        question.problem,
        question.optional,
        question.lang,
    );
    let described_by = question.described_by();
    let on_change = std::rc::Rc::new(on_change);
    let checked_field = field.clone();
    let changed = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(file) = input.and_then(|i| i.files()).and_then(|list| list.get(0)) else {
            on_change(FileChosen::Cleared);
            return;
        };
        let (name, media_type, size) = (file.name(), file.type_(), file.size() as u64);
        if let Some(p) = check_file(&checked_field, &name, &media_type, size) {
            on_change(FileChosen::Problem(p));
            return;
        }
        let on_change = on_change.clone();
        let field_id = checked_field.id.clone();
        leptos::task::spawn_local(async move {
            match sha256_hex(&file).await {
                Some(sha256) => {
                    let attachment = Attachment {
                        field: field_id,
                        name,
                        media_type,
                        size,
                        sha256,
                    };
                    on_change(FileChosen::Ok(attachment, file));
                }
                None => on_change(FileChosen::Problem(Problem::FileType)),
            }
        });
    };
    view! {
        <div class="seloste-field" class:seloste-field--error=question.has_problem()>
            <label class="seloste-label" for=id.clone()>{question.label()}</label>
            {question.hint()}
            {question.error()}
            <input
                class="seloste-file-upload"
                id=id.clone()
                name=field.id.clone()
                type="file"
                accept=field.accept.clone()
                aria-required=move || (!optional.get()).then_some("true")
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                on:change=changed
            />
            <p class="seloste-hint" aria-live="polite">
                {move || value.with(|v| (!v.is_empty()).then(|| format!("{} {v}", ui::FILE_CHOSEN.get(lang.get()))))}
            </p>
        </div>
    }
}
