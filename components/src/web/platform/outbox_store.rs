//! The outbox's store on the device (`outbox.js`): records in IndexedDB, each request's
//! secret part AES-GCM encrypted under a non-extractable key. What the records hold is
//! `crate::submit::outbox`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/web/platform/outbox.js")]
extern "C" {
    #[wasm_bindgen(js_name = outboxPut, catch)]
    pub(crate) async fn outbox_put(id: &str, meta: &str, secret: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = outboxAny)]
    pub(crate) async fn outbox_any() -> JsValue;
    #[wasm_bindgen(js_name = outboxList, catch)]
    pub(crate) async fn outbox_list() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = outboxRead, catch)]
    pub(crate) async fn outbox_read(id: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = outboxDelete, catch)]
    pub(crate) async fn outbox_delete(id: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = outboxMark, catch)]
    pub(crate) async fn outbox_mark(id: &str, meta: &str) -> Result<JsValue, JsValue>;
    /// A function that releases the lock, or null when another tab holds it.
    #[wasm_bindgen(js_name = outboxLock, catch)]
    async fn outbox_lock(id: &str) -> Result<JsValue, JsValue>;
}

/// The right to send request `id` from this tab, until dropped (Web Locks).
pub(crate) struct Sending(Option<js_sys::Function>);

impl Drop for Sending {
    fn drop(&mut self) {
        if let Some(release) = &self.0 {
            let _ = release.call0(&JsValue::NULL);
        }
    }
}

/// Takes the right to send request `id`; `None` while another tab sends it. Where the
/// browser gives no locks (storage blocked, say), this tab may send.
pub(crate) async fn sending(id: &str) -> Option<Sending> {
    match outbox_lock(id).await {
        Ok(release) if release.is_null() => None,
        Ok(release) => Some(Sending(release.dyn_into().ok())),
        Err(_) => Some(Sending(None)),
    }
}
