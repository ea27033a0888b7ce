//! The registry office's signed receipt: a compact JWS (RFC 7515 §7.1), `ES256` with the
//! office's `sig` key, over the request's id, its seal's digest, when the office received
//! it and the office's case reference. The backend answers a delivered request with it
//! (`receipt` in the answer, public/openapi.json); the form checks it against the notice's
//! keys and counts the legal deadline from `received_at`; the verifier page and the
//! command-line tool check it with its request.
//!
//! The receipt says what the office's key signed; it proves receipt to whoever trusts
//! that key as the office's (the one its notice publishes).

use super::keys::{KeySet, KeyUse, PrivateKey, PublicKey};
use super::OfficeError;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use p256::ecdsa::signature::{Signer, Verifier};
use p256::ecdsa::{Signature, SigningKey, VerifyingKey};

/// The receipts' algorithm.
pub const ALG: &str = "ES256";
/// The `typ` of a receipt's header (RFC 8725 §3.11: explicit typing, so no other token
/// the office's key signs can pass for a receipt).
pub const TYP: &str = "seloste-receipt";

/// What a receipt says.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReceiptClaims {
    /// The request's id (its `id`, the `Idempotency-Key`).
    pub request_id: String,
    /// The request's seal's digest.
    pub digest: String,
    /// When the office received it (RFC 3339, UTC): the legal deadline counts from it.
    pub received_at: String,
    /// The office's own case reference, if it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_reference: Option<String>,
}

#[derive(serde::Deserialize)]
struct Header {
    alg: String,
    #[serde(default)]
    kid: Option<String>,
    #[serde(default)]
    typ: Option<String>,
    /// Any `crit` is refused; read as "something", without building a JSON value.
    #[serde(default)]
    crit: Option<serde::de::IgnoredAny>,
}

/// A receipt read but not yet checked: its claims, the key it names, and what was signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadReceipt {
    /// What the receipt says.
    pub claims: ReceiptClaims,
    /// The key it names (`kid`), if any.
    pub kid: Option<String>,
    /// `header.payload`, the bytes the signature covers.
    pub signing_input: String,
    /// r‖s, 64 bytes.
    pub signature: Vec<u8>,
}

fn malformed(why: &str) -> OfficeError {
    OfficeError::ReceiptMalformed(why.to_string())
}

/// Reads a compact JWS receipt without checking its signature.
pub fn read(jws: &str) -> Result<ReadReceipt, OfficeError> {
    let jws = jws.trim();
    let parts: Vec<&str> = jws.split('.').collect();
    if parts.len() != 3 {
        return Err(malformed("not a compact JWS"));
    }
    let decode = |p: &str| {
        URL_SAFE_NO_PAD
            .decode(p)
            .map_err(|_| malformed("not base64url"))
    };
    let header: Header = serde_json::from_slice(&decode(parts[0])?)
        .map_err(|_| malformed("the header is not JSON"))?;
    if header.alg != ALG {
        return Err(OfficeError::Algorithm(header.alg));
    }
    if header.typ.as_deref() != Some(TYP) {
        return Err(malformed("typ is not seloste-receipt"));
    }
    if header.crit.is_some() {
        return Err(OfficeError::Algorithm("crit".into()));
    }
    let claims: ReceiptClaims = serde_json::from_slice(&decode(parts[1])?)
        .map_err(|_| malformed("its members are not those of a receipt"))?;
    if crate::deadline::day_in_finland(&claims.received_at).is_none() {
        return Err(malformed("received_at is not a time"));
    }
    let signature = decode(parts[2])?;
    if signature.len() != 64 {
        return Err(OfficeError::ReceiptSignature);
    }
    Ok(ReadReceipt {
        claims,
        kid: header.kid,
        signing_input: format!("{}.{}", parts[0], parts[1]),
        signature,
    })
}

impl ReadReceipt {
    /// Whether it is for this request, and the office key it must be checked with.
    pub fn key_for<'a>(
        &self,
        keys: &'a KeySet,
        request_id: &str,
        digest: &str,
    ) -> Result<&'a PublicKey, OfficeError> {
        if self.claims.request_id != request_id || self.claims.digest != digest {
            return Err(OfficeError::ReceiptOtherRequest);
        }
        match &self.kid {
            Some(kid) => keys.named(kid, KeyUse::Signing),
            None => keys.for_use(KeyUse::Signing),
        }
    }
}

/// Checks a receipt for the request `request_id` sealed with `digest` against the office's
/// keys: what it says, when it holds.
pub fn verify(
    jws: &str,
    keys: &KeySet,
    request_id: &str,
    digest: &str,
) -> Result<ReceiptClaims, OfficeError> {
    let read = read(jws)?;
    let key = read.key_for(keys, request_id, digest)?;
    let key = VerifyingKey::from(key.point()?);
    let signature =
        Signature::from_slice(&read.signature).map_err(|_| OfficeError::ReceiptSignature)?;
    key.verify(read.signing_input.as_bytes(), &signature)
        .map_err(|_| OfficeError::ReceiptSignature)?;
    Ok(read.claims)
}

/// Signs a receipt with the office's `sig` key (RFC 6979: no randomness needed).
pub fn sign(claims: &ReceiptClaims, key: &PrivateKey) -> Result<String, OfficeError> {
    if key.public.key_use != KeyUse::Signing {
        return Err(OfficeError::NoKey(KeyUse::Signing));
    }
    let header = format!(
        r#"{{"alg":"{ALG}","typ":"{TYP}","kid":{}}}"#,
        crate::json::quote(&key.public.kid)
    );
    let payload = serde_json::to_string(claims).unwrap_or_default();
    let input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header),
        URL_SAFE_NO_PAD.encode(payload)
    );
    let signing = SigningKey::from(key.secret());
    let signature: Signature = signing.sign(input.as_bytes());
    Ok(format!(
        "{input}.{}",
        URL_SAFE_NO_PAD.encode(signature.to_bytes())
    ))
}

/// The office's receipt as the form found it: checked against the notice's keys, or not,
/// and why. Either way the citizen can keep the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfficeReceipt {
    /// Signed with the notice's `sig` key, over this request.
    Verified {
        /// The receipt as received (a compact JWS).
        jws: String,
        /// What it says.
        claims: ReceiptClaims,
    },
    /// Not checked, or checked and refused.
    NotVerified {
        /// The receipt as received.
        jws: String,
        /// Why it was not taken.
        why: OfficeError,
    },
}

impl OfficeReceipt {
    /// The receipt as received.
    pub fn jws(&self) -> &str {
        match self {
            OfficeReceipt::Verified { jws, .. } | OfficeReceipt::NotVerified { jws, .. } => jws,
        }
    }

    /// When the office received the request, by a receipt that holds.
    pub fn received_at(&self) -> Option<&str> {
        match self {
            OfficeReceipt::Verified { claims, .. } => Some(&claims.received_at),
            OfficeReceipt::NotVerified { .. } => None,
        }
    }
}
