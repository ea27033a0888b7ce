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
    /// What to tell the citizen.
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
    Files::default().text(url, None).await
}

/// Where the notice and forms files come from: the embed loader's page-wide fetch
/// (`seloste.js`, `fileOf(url, integrity)`: each file asked for once per page, and as soon
/// as the loader knows it, before the wasm runs), or else the browser's `fetch`.
#[derive(Clone, Default)]
pub struct Files(Option<js_sys::Function>);

impl Files {
    /// Files from `fetch_file(url, integrity)`, a JS function that returns a promise of
    /// the file's `Response` (a copy of its own for each caller).
    pub fn from_loader(fetch_file: js_sys::Function) -> Files {
        Files(Some(fetch_file))
    }

    /// The text of `url` (GET); with `integrity` (an SRI hash, `sha384-…`), a file whose
    /// bytes do not match it is refused as if it had not come.
    pub async fn text(&self, url: &str, integrity: Option<&str>) -> Result<String, LoadError> {
        let pending = match &self.0 {
            Some(fetch_file) => fetch_file
                .call2(
                    &wasm_bindgen::JsValue::NULL,
                    &url.into(),
                    &integrity.unwrap_or_default().into(),
                )
                .map_err(|_| LoadError::Network)?
                .dyn_into::<js_sys::Promise>()
                .map_err(|_| LoadError::Network)?,
            None => {
                let window = web_sys::window().ok_or(LoadError::Network)?;
                let init = web_sys::RequestInit::new();
                if let Some(hash) = integrity {
                    init.set_integrity(hash);
                }
                window.fetch_with_str_and_init(url, &init)
            }
        };
        let response = JsFuture::from(pending)
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
}

/// The SRI hash of `url` in `map` (a JSON object of hashes by address, as `seloste.js`
/// gives them), read with the browser's own JSON reader (already linked: no code added).
pub fn integrity_in(map: &str, url: &str) -> Option<String> {
    let map = js_sys::JSON::parse(map).ok()?;
    js_sys::Reflect::get(&map, &wasm_bindgen::JsValue::from_str(url))
        .ok()?
        .as_string()
}

/// Fetches and reads a notice file.
pub async fn load_notice(url: &str) -> Result<Notice, LoadError> {
    load_notice_from(&Files::default(), url).await
}

/// Reads the notice file `url` from `files`.
pub async fn load_notice_from(files: &Files, url: &str) -> Result<Notice, LoadError> {
    let text = files.text(url, None).await?;
    Notice::from_json(&text).map_err(|e| LoadError::Invalid(e.0))
}

/// The notice at `url` as a reader of `lang` should see it: its translation into `lang`
/// when it names one (a path relative to `url`), or else itself (which then says it is
/// only in its own language). A translation that cannot be had, or is not in `lang`,
/// leaves the original, and a note for the site's staff in the console.
pub async fn load_notice_in(files: &Files, url: &str, lang: Lang) -> Result<Notice, LoadError> {
    let original = load_notice_from(files, url).await?;
    let Some(path) = original.translation(lang) else {
        return Ok(original);
    };
    let address = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
        .and_then(|notice| web_sys::Url::new_with_base(path, &notice.href()).ok())
        .map(|u| u.href());
    match address {
        Some(address) => match load_notice_from(files, &address).await {
            Ok(translated) if translated.lang == lang => Ok(translated),
            Ok(_) | Err(_) => {
                web_sys::console::warn_1(
                    &format!("seloste: {url}: its translation {address} could not be read, or is not in {}", lang.name()).into(),
                );
                Ok(original)
            }
        },
        None => Ok(original),
    }
}

/// Fetches a forms file (checked against `integrity` when the loader knows its hash) and
/// resolves the form of `kind`. What is wrong with a broken file goes to the console for
/// the site's staff (it holds nothing personal); the citizen gets a plain message.
pub async fn load_form(
    url: &str,
    kind: RequestKind,
    integrity: Option<&str>,
) -> Result<Form, LoadError> {
    load_form_from(&Files::default(), url, kind, integrity).await
}

/// [`load_form`] from `files`.
pub async fn load_form_from(
    files: &Files,
    url: &str,
    kind: RequestKind,
    integrity: Option<&str>,
) -> Result<Form, LoadError> {
    // (A file refused for its integrity hash is named in the console by the browser.)
    let text = files
        .text(url, integrity)
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
