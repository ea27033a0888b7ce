//! Small DOM helpers shared by the views.

pub(crate) mod heading;
pub mod tree;

use crate::id::Date;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::JsCast;

/// Today's local date from the browser clock.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as u16,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
    // `new Date()` is always a real day; were it not, the clock's epoch.
    .unwrap_or(Date::ymd(1970, 1, 1))
}

/// A prefix unique to one mounted component, so that element ids never clash when a page
/// holds several forms (or the host page uses the same ids).
pub fn unique_prefix(kind: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("seloste{}-{kind}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Focuses the element with `id` inside `root` (works inside a shadow root too, where
/// `document.getElementById` cannot see), scrolling it into view.
pub fn focus_within(root: &web_sys::Element, id: &str) {
    let selector = format!("[id=\"{id}\"]");
    if let Ok(Some(el)) = root.query_selector(&selector) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
            el.scroll_into_view();
        }
    }
}

/// Focuses an element after the browser has drawn the pending changes.
pub fn focus_next_frame(el: impl Fn() -> Option<web_sys::HtmlElement> + 'static) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = el() {
            let _ = el.focus();
        }
    });
}

/// The interface language a page starts in: `?lang=` of its address (so that a choice made
/// on one page carries to the next; a language code is nothing personal), else the
/// browser's preferences.
pub fn page_lang() -> crate::i18n::Lang {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| {
            pair.strip_prefix("lang=")
                .and_then(crate::i18n::Lang::parse)
        })
        .unwrap_or_else(browser_lang)
}

/// The interface language from the browser's preferences; Finnish when none of ours is listed.
pub fn browser_lang() -> crate::i18n::Lang {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return crate::i18n::Lang::default();
    };
    nav.languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(nav.language())
        .find_map(|tag| crate::i18n::Lang::parse(&tag))
        .unwrap_or_default()
}

/// An object URL (`blob:`, of this page's origin) for `content` (a JS string or byte
/// array); the caller revokes it when done.
pub fn object_url(content: &wasm_bindgen::JsValue, media_type: &str) -> Option<String> {
    let parts = js_sys::Array::of1(content);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// The bytes of a file the user chose or dropped; `None` when the browser cannot read it.
pub async fn file_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The first file of a file input's change event, or of a drop.
pub fn chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    if let Some(drop) = ev.dyn_ref::<web_sys::DragEvent>() {
        return drop.data_transfer()?.files()?.get(0);
    }
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}

/// Saves `content` (a JS string or byte array) as a file through a temporary object URL.
pub fn download(file_name: &str, content: &wasm_bindgen::JsValue, media_type: &str) {
    let Some(url) = object_url(content, media_type) else {
        return;
    };
    if let Some(anchor) = leptos::prelude::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        if let Some(body) = leptos::prelude::document().body() {
            let _ = body.append_child(&anchor);
            anchor.click();
            anchor.remove();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// A user-facing string that follows the interface language. One concrete type for every
/// such string (rather than a closure each) keeps the view code small: each distinct
/// closure type costs its own copy of the reactive rendering code.
pub fn tr(
    text: crate::i18n::Text,
    lang: impl Into<leptos::prelude::Signal<crate::i18n::Lang>>,
) -> leptos::prelude::Signal<&'static str> {
    let lang = lang.into();
    leptos::prelude::Signal::derive(move || text.get(leptos::prelude::Get::get(&lang)))
}
