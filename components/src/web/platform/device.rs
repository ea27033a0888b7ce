//! The browser services a request form uses: random ids, SHA-256 of files, the tab's
//! session storage for drafts, and DOM events for the host page. Errors become `None` or
//! `Err`: storage may be disabled (private mode, strict settings) and the form must still work.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// 16 random bytes from the browser's CSPRNG.
pub fn random_bytes() -> Option<[u8; 16]> {
    let mut bytes = [0u8; 16];
    web_sys::window()?
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut bytes)
        .ok()?;
    Some(bytes)
}

/// The current UTC time as (date, hour, minute, second).
pub fn utc_now() -> (crate::date::Date, u8, u8, u8) {
    let d = js_sys::Date::new_0();
    let day = crate::date::Date::new(
        d.get_utc_full_year() as u16,
        (d.get_utc_month() + 1) as u8,
        d.get_utc_date() as u8,
    );
    (
        day.unwrap_or(crate::date::Date::ymd(1970, 1, 1)),
        d.get_utc_hours() as u8,
        d.get_utc_minutes() as u8,
        d.get_utc_seconds() as u8,
    )
}

/// The current UTC time as an RFC 3339 timestamp (`2026-11-23T10:15:00Z`).
pub fn utc_now_text() -> String {
    let (date, h, m, s) = utc_now();
    crate::request::reference::utc_timestamp(date, h, m, s)
}

async fn resolve(promise: Result<Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// Lowercase hex SHA-256 of a file's bytes (WebCrypto: no hashing code in the bundle).
pub async fn sha256_hex(file: &web_sys::File) -> Option<String> {
    let buffer = resolve(Ok(file.array_buffer())).await.ok()?;
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let object: js_sys::Object = buffer.dyn_into().ok()?;
    let digest = resolve(subtle.digest_with_str_and_buffer_source("SHA-256", &object))
        .await
        .ok()?;
    let bytes = Uint8Array::new(&digest).to_vec();
    Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Runs `f` now when the browser is online, or else once the connection returns (the
/// `online` event): a chunk fetched while offline would only fail.
pub fn when_online(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.navigator().on_line() {
        f();
        return;
    }
    // Run once: later `online` events find it taken (the listener, a few bytes, stays).
    let f = std::cell::Cell::new(Some(f));
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = f.take() {
            f();
        }
    });
    let _ = window.add_event_listener_with_callback("online", listener.as_ref().unchecked_ref());
    listener.forget();
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

pub fn session_get(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok()?
}

pub fn session_set(key: &str, value: &str) {
    if let Some(s) = session_storage() {
        let _ = s.set_item(key, value);
    }
}

pub fn session_remove(key: &str) {
    if let Some(s) = session_storage() {
        let _ = s.remove_item(key);
    }
}

/// Dispatches `seloste-error` with `{[reference,] message[, queued]}`: the request's short
/// reference (none when no request was made yet) and what the citizen or staff was told.
pub fn dispatch_error(
    target: &web_sys::Element,
    reference: Option<&str>,
    message: &str,
    queued: bool,
) {
    let detail = crate::event::error(reference, message, queued);
    dispatch(target, crate::event::ERROR, &detail);
}

/// Dispatches `name` from `target` with `detail` (a JSON text, parsed into an object). The
/// event bubbles and crosses shadow roots, so the host page can listen on `document`.
pub fn dispatch(target: &web_sys::Element, name: &str, detail_json: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&js_sys::JSON::parse(detail_json).unwrap_or(JsValue::NULL));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}
