//! The outbox's store on the device (`outbox.js`): records in IndexedDB, each request's
//! secret part AES-GCM encrypted under a non-extractable key. What the records hold is
//! `crate::submit::outbox`.

use wasm_bindgen::prelude::*;

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
}
