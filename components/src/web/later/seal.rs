//! The seal made in the browser (DESIGN.md, "Seal"): `webcrypto.js` makes it with WebCrypto (a
//! fresh, non-exportable P-256 key per request) over the RFC 8785 form of the payload.
//! Doing the canonical form and the WebCrypto calls in a small module keeps them out of
//! the form's wasm (measured against the same in Rust with `web-sys`: docs/size.md);
//! the seal is checked by the Rust verifier (`seloste::seal`) in the tests.

use crate::request::payload::{Payload, Seal};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/web/later/webcrypto.js")]
extern "C" {
    #[wasm_bindgen(js_name = sealPayload, catch)]
    async fn seal_payload(payload_json: &str) -> Result<JsValue, JsValue>;
}

/// Seals `payload` in place. Fails where WebCrypto is missing (a page not served over
/// HTTPS); the request is then made without a seal.
pub async fn seal(payload: &mut Payload) -> Result<(), JsValue> {
    let json = serde_json::to_string(payload).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let sealed = seal_payload(&json).await?;
    let text = sealed.as_string().unwrap_or_default();
    let seal: Seal = serde_json::from_str(&text).map_err(|e| JsValue::from_str(&e.to_string()))?;
    payload.seal = Some(seal);
    Ok(())
}
