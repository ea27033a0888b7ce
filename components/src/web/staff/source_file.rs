//! Starting the studio from a notice's file (issue 23): a Word file, a PDF, a text file or a
//! saved web page, chosen or dropped, read by [`crate::notice::file::notice_text`] and imported
//! as pasted text is. A file that cannot be read is said so in the page's language; what
//! went wrong in detail goes to the console for staff.

use crate::i18n::ui;
use crate::notice::file::{notice_text, FileError, MAX_FILE};
use crate::web::dom::{chosen_file, file_bytes, tr};
use leptos::prelude::*;

/// A file field (and drop zone) that reads a notice's file and hands its text to `read`.
#[component]
pub(super) fn SourceFile(prefix: String, read: Callback<String>) -> impl IntoView {
    let lang = super::studio::use_studio().lang;
    let error = RwSignal::new(None::<FileError>);
    let id = format!("{prefix}-file");
    let hint_id = format!("{prefix}-file-hint");
    let error_id = format!("{prefix}-file-error");
    let take = move |ev: leptos::ev::Event| {
        ev.prevent_default();
        let Some(file) = chosen_file(&ev) else { return };
        leptos::task::spawn_local(async move {
            let name = file.name();
            let said = if file.size() > MAX_FILE as f64 {
                Err(FileError::TooLarge)
            } else {
                match file_bytes(&file).await {
                    Some(bytes) => notice_text(&bytes),
                    None => Err(FileError::Damaged),
                }
            };
            match said {
                Ok(text) => {
                    error.set(None);
                    read.run(text);
                }
                Err(e) => {
                    web_sys::console::warn_1(&format!("seloste studio: {name}: {e:?}").into());
                    error.set(Some(e));
                }
            }
        });
    };
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error.get() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    view! {
        <div class="seloste-field seloste-drop" class:seloste-field--error=move || error.get().is_some()
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=move |ev: leptos::ev::DragEvent| take(ev.into())>
            <label class="seloste-label" for=id.clone()>{tr(ui::IMPORT_FILE, lang)}</label>
            <p class="seloste-hint" id=hint_id>{tr(ui::IMPORT_FILE_HINT, lang)}</p>
            {move || error.get().map(|e| view! {
                <p class="seloste-error-message" id=error_id.clone() role="alert">
                    {move || e.message(lang.get())}
                </p>
            })}
            <input class="seloste-file-upload" id=id type="file"
                accept=".docx,.odt,.pdf,.txt,.htm,.html,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,application/pdf,text/plain,text/html"
                aria-describedby=described
                aria-invalid=move || error.get().is_some().then_some("true")
                on:change=take/>
        </div>
    }
}
