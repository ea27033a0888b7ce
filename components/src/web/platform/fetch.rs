//! Loading files (notices, form specs), and what a page shows while they load.

use crate::i18n::Lang;
use crate::i18n::{ui, Text};
use crate::notice::Notice;
use crate::request::spec::{Form, FormSet};
use crate::request::RequestKind;
use crate::web::dom::tr;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be loaded, said for the citizen (details go to the host, not the page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The network failed or the server answered with an error status.
    Network,
    /// The file arrived but is not a valid notice.
    Invalid(String),
    /// The forms file is missing the form, or is not a valid forms file.
    FormInvalid(String),
}

impl LoadError {
    pub fn text(&self) -> Text {
        match self {
            LoadError::Network => ui::NOTICE_LOAD_FAILED,
            LoadError::Invalid(_) => ui::NOTICE_INVALID,
            LoadError::FormInvalid(_) => ui::FORM_LOAD_FAILED,
        }
    }
}

/// Fetches a text file with GET.
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let window = web_sys::window().ok_or(LoadError::Network)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| LoadError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Network);
    }
    let text = JsFuture::from(response.text().map_err(|_| LoadError::Network)?)
        .await
        .map_err(|_| LoadError::Network)?;
    text.as_string().ok_or(LoadError::Network)
}

/// Fetches and reads a notice file.
pub async fn load_notice(url: &str) -> Result<Notice, LoadError> {
    let text = fetch_text(url).await?;
    Notice::from_json(&text).map_err(|e| LoadError::Invalid(e.0))
}

/// Fetches a forms file and resolves the form of `kind`. What is wrong with a broken file
/// goes to the console for the site's staff (it holds nothing personal); the citizen gets
/// a plain message.
pub async fn load_form(url: &str, kind: RequestKind) -> Result<Form, LoadError> {
    let text = fetch_text(url)
        .await
        .map_err(|_| LoadError::FormInvalid(format!("{url}: not loaded")))?;
    FormSet::from_json(&text)
        .and_then(|set| set.form(kind))
        .map_err(|e| {
            web_sys::console::error_1(&format!("seloste: {url}: {e}").into());
            LoadError::FormInvalid(e.0)
        })
}

/// What is shown for files being loaded into `loaded`: a loading line, then why they could
/// not be loaded (in the citizen's words), or `ready`'s view of them.
pub fn loading_view<T, V>(
    loaded: RwSignal<Option<Result<T, LoadError>>>,
    lang: Signal<Lang>,
    ready: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    move || match loaded.get() {
        None => EitherOf3::A(view! { <p role="status">{tr(ui::LOADING, lang)}</p> }),
        Some(Err(e)) => EitherOf3::B(view! {
            <p class="seloste-error-message" role="alert">{move || e.text().get(lang.get())}</p>
        }),
        Some(Ok(value)) => EitherOf3::C(ready(value)),
    }
}
