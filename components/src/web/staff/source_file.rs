//! Starting the studio from a notice's file (issue 23): a Word file, a PDF, a text file or a
//! saved web page, chosen or dropped, read by [`crate::notice::file::notice_text_with`] and
//! imported as pasted text is; a PDF by the PDF reader's own bundle (`pdf-text/`), loaded
//! only then, so that the studio's first load does not carry the PDF parser. A file that
//! cannot be read is said so in the page's language; what went wrong in detail goes to the
//! console for staff.

use crate::i18n::{ui, Lang, Text};
use crate::notice::file::{is_pdf, notice_text_with, FileError, MAX_FILE};
use crate::web::dom::{chosen_file, file_bytes, tr};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/web/staff/pdf_text_loader.js")]
extern "C" {
    #[wasm_bindgen(js_name = pdfText, catch)]
    async fn pdf_text(module_url: &str, bytes: &[u8]) -> Result<JsValue, JsValue>;
}

/// The PDF reader's module, beside the studio's page (`cargo xtask bundles`).
const PDF_READER: &str = "../pdf-text/seloste-pdf-text.js";

const READER_UNAVAILABLE: Text = Text::new(
    "PDF-tiedostojen lukijaa ei voitu ladata. Tarkista verkkoyhteys ja yritä uudelleen.",
    "Läsaren för PDF-filer kunde inte laddas. Kontrollera nätverksanslutningen och försök igen.",
    "The reader of PDF files could not be loaded. Check the network connection and try again.",
);

/// Why a file gave no text: the file, or the PDF reader that could not be loaded.
#[derive(Clone, Copy)]
enum Refusal {
    File(FileError),
    ReaderUnavailable,
}

impl Refusal {
    fn message(self, lang: Lang) -> &'static str {
        match self {
            Refusal::File(e) => e.message(lang),
            Refusal::ReaderUnavailable => READER_UNAVAILABLE.get(lang),
        }
    }
}

/// The text of a file's bytes: PDFs by the reader's own bundle, loaded now.
async fn text_of(bytes: Vec<u8>) -> Result<String, Refusal> {
    if !is_pdf(&bytes) {
        // Never reached for a PDF: the studio's bundle does not carry the PDF parser.
        return notice_text_with(&bytes, |_| Err(FileError::Damaged)).map_err(Refusal::File);
    }
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let url = web_sys::Url::new_with_base(PDF_READER, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| PDF_READER.to_string());
    match pdf_text(&url, &bytes).await {
        Ok(text) => text.as_string().ok_or(Refusal::File(FileError::Damaged)),
        Err(e) => Err(match e.as_string().as_deref() {
            Some("Unavailable") | None => Refusal::ReaderUnavailable,
            Some(name) => Refusal::File(FileError::from_name(name)),
        }),
    }
}

/// A file field (and drop zone) that reads a notice's file and hands its text to `read`.
#[component]
pub(super) fn SourceFile(prefix: String, read: Callback<String>) -> impl IntoView {
    let lang = super::studio::use_studio().lang;
    let error = RwSignal::new(None::<Refusal>);
    let id = format!("{prefix}-file");
    let hint_id = format!("{prefix}-file-hint");
    let error_id = format!("{prefix}-file-error");
    let take = move |ev: leptos::ev::Event| {
        ev.prevent_default();
        let Some(file) = chosen_file(&ev) else { return };
        leptos::task::spawn_local(async move {
            let name = file.name();
            let said = if file.size() > MAX_FILE as f64 {
                Err(Refusal::File(FileError::TooLarge))
            } else {
                match file_bytes(&file).await {
                    Some(bytes) => text_of(bytes).await,
                    None => Err(Refusal::File(FileError::Damaged)),
                }
            };
            match said {
                Ok(text) => {
                    error.set(None);
                    read.run(text);
                }
                Err(e) => {
                    if let Refusal::File(e) = e {
                        web_sys::console::warn_1(&format!("seloste studio: {name}: {e:?}").into());
                    }
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
