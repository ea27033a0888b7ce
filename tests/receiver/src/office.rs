//! The registry office's keys in the receiver. `seloste-receiver keys --out FILE` makes an
//! encryption key and a receipt-signing key, writes both private keys to FILE (readable by
//! its owner only) and prints the public JWK set for the notice's `requests.keys`.
//! `--keys FILE` then opens requests encrypted to the office (JWE, in every encoding) and
//! signs a receipt (JWS ES256) for each request stored.

use seloste::office::keys::{public_set, KeyUse, PrivateKey};
use seloste::office::receipt::{self, ReceiptClaims};
use seloste::office::{encrypted, OfficeError};
use seloste::Lang;

use crate::decode::Delivery;
use crate::store::Stored;

pub struct Office {
    keys: Vec<PrivateKey>,
}

fn fresh_key(key_use: KeyUse) -> Result<PrivateKey, String> {
    // A random 32-byte string is a valid scalar but for about 2^-32 of them: try again.
    for _ in 0..8 {
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).map_err(|e| format!("no random source: {e}"))?;
        if let Some(key) = PrivateKey::from_bytes(&secret, key_use) {
            return Ok(key);
        }
    }
    Err("no valid key from the random source".into())
}

/// Makes the office's two keys, writes them to `out` and returns the public JWK set.
pub fn generate(out: &str) -> Result<String, String> {
    let keys = vec![fresh_key(KeyUse::Encryption)?, fresh_key(KeyUse::Signing)?];
    let private = format!(
        "{{\"keys\": [\n{}\n]}}\n",
        keys.iter()
            .map(PrivateKey::to_json)
            .collect::<Vec<_>>()
            .join(",\n")
    );
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(out)
        .map_err(|e| format!("cannot create {out} (it must not exist yet): {e}"))?;
    std::io::Write::write_all(&mut file, private.as_bytes())
        .map_err(|e| format!("cannot write {out}: {e}"))?;
    serde_json::to_string_pretty(&public_set(&keys)).map_err(|e| e.to_string())
}

impl Office {
    #[cfg(test)]
    pub fn new(keys: Vec<PrivateKey>) -> Office {
        Office { keys }
    }

    pub fn load(path: &str) -> Result<Office, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        let keys = PrivateKey::from_json(&text).map_err(|e| e.message(Lang::En))?;
        Ok(Office { keys })
    }

    /// The plaintext of a compact JWE encrypted to the office.
    pub fn open(&self, jwe: &str) -> Result<Vec<u8>, OfficeError> {
        encrypted::open(jwe, &self.keys)
    }

    /// The receipt of a stored request, signed with the office's signing key if it has
    /// one: its id, seal digest, the time first received and the case reference.
    pub fn receipt_of(&self, stored: &Stored, request_id: &str) -> Option<String> {
        let key = self
            .keys
            .iter()
            .find(|k| k.public.key_use == KeyUse::Signing)?;
        let claims = ReceiptClaims {
            request_id: request_id.to_string(),
            digest: stored.seal_digest.clone().unwrap_or_default(),
            received_at: stored.received_at.clone(),
            case_reference: Some(stored.case_reference.clone()),
        };
        receipt::sign(&claims, key).ok()
    }
}

/// A delivery encrypted to the office, opened: its payload (and PDF) in clear, its
/// encoding marked `+jwe`. A delivery in clear is left as it is.
pub fn opened(mut delivery: Delivery, office: Option<&Office>) -> Result<Delivery, String> {
    if !encrypted::is_compact_jwe(&delivery.payload_json) {
        return Ok(delivery);
    }
    let office = office.ok_or(
        "the request is encrypted, and this receiver has no office keys (--keys) to open it",
    )?;
    let open = |text: &str| {
        office.open(text).map_err(|e| {
            format!(
                "the encrypted request could not be opened: {}",
                e.message(Lang::En)
            )
        })
    };
    delivery.payload_json = String::from_utf8(open(&delivery.payload_json)?)
        .map_err(|_| "the encrypted request is not UTF-8 text")?;
    if let Some(pdf) = &delivery.pdf {
        let text = std::str::from_utf8(pdf).unwrap_or_default();
        if !encrypted::is_compact_jwe(text) {
            return Err("the request is encrypted but its PDF is not".into());
        }
        delivery.pdf = Some(open(text)?);
    }
    delivery.encoding = match delivery.encoding {
        "json" => "json+jwe",
        "form" => "form+jwe",
        _ => "multipart+jwe",
    };
    Ok(delivery)
}
