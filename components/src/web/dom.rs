//! Small DOM helpers shared by the views.

use crate::id::Date;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::JsCast;

/// Today's local date from the browser clock.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    (
        now.get_full_year() as u16,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
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
