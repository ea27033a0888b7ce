//! The registry office's keys in the form (issue 18): a request leaves the form encrypted
//! to the office when the notice names an encryption key, and the backend's signed receipt
//! is checked against the notice's signing key. `webcrypto.js` does the WebCrypto work (an
//! ephemeral ECDH key, AES-KW, AES-GCM; ECDSA verification), so no cryptographic code
//! enters the form's wasm; the key set and the receipt's claims are read in Rust
//! ([`crate::office`]).

use crate::notice::Notice;
use crate::office::keys::{KeySet, KeyUse, OfficeKeys};
use crate::office::receipt::{self, OfficeReceipt};
use crate::office::OfficeError;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/web/later/webcrypto.js")]
extern "C" {
    #[wasm_bindgen(js_name = encryptTo, catch)]
    async fn encrypt_to(key_json: &str, data: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = verifySignature, catch)]
    async fn verify_signature(
        key_json: &str,
        input: &str,
        signature: &str,
    ) -> Result<JsValue, JsValue>;
}

/// What the site's staff read in the console when the office's keys fail.
pub fn staff_note(text: &str) {
    web_sys::console::error_1(&format!("seloste: the registry office's keys: {text}").into());
}

/// The office's keys the notice names: inline, or fetched from its https address.
pub async fn keys_of(notice: &Notice) -> Result<Option<KeySet>, OfficeError> {
    match &notice.requests.keys {
        None => Ok(None),
        Some(inline @ OfficeKeys::Inline(_)) => inline.key_set().transpose(),
        Some(OfficeKeys::Address(url)) => {
            let text = crate::web::platform::fetch::fetch_text(url)
                .await
                .map_err(|_| OfficeError::KeySet(format!("{url} could not be fetched")))?;
            KeySet::from_json(&text).map(Some)
        }
    }
}

/// The request's JSON text encrypted to the office's first encryption key: a compact JWE.
pub async fn encrypt(keys: &KeySet, json: &str) -> Result<String, OfficeError> {
    let key = keys.for_use(KeyUse::Encryption)?;
    let key_json = serde_json::to_string(key).unwrap_or_default();
    encrypt_to(&key_json, json)
        .await
        .ok()
        .and_then(|jwe| jwe.as_string())
        .ok_or_else(|| {
            OfficeError::KeySet(format!("WebCrypto could not encrypt to key {}", key.kid))
        })
}

/// Checks the backend's receipt for the request `id` sealed with `digest`.
pub async fn check_receipt(keys: &KeySet, jws: String, id: &str, digest: &str) -> OfficeReceipt {
    let checked = async {
        let read = receipt::read(&jws)?;
        let key = read.key_for(keys, id, digest)?;
        let key_json = serde_json::to_string(key).unwrap_or_default();
        let signature = base64_signature(&jws);
        let holds = verify_signature(&key_json, &read.signing_input, signature)
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if holds {
            Ok(read.claims)
        } else {
            Err(OfficeError::ReceiptSignature)
        }
    };
    match checked.await {
        Ok(claims) => OfficeReceipt::Verified { jws, claims },
        Err(why) => {
            staff_note(&format!("the backend's receipt does not hold: {why:?}"));
            OfficeReceipt::NotVerified { jws, why }
        }
    }
}

/// The signature part of a compact JWS.
fn base64_signature(jws: &str) -> &str {
    jws.trim().rsplit('.').next().unwrap_or_default()
}
