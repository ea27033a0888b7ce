//! The seal of a request (DESIGN.md, "Seal"): ES256 over the RFC 8785 form of the payload
//! without its `seal` member, with the public key as a JWK, the SHA-256 digest of the
//! signed bytes and the signature in base64url without padding.
//!
//! [`verify`] is what a registry office runs on a received or printed request; [`seal`]
//! makes a seal with a given key (the browser makes its own with WebCrypto; this one
//! serves tests, tools and the reference receiver). The key fingerprint people see is the
//! RFC 7638 JWK thumbprint. A seal proves integrity, not identity.
//!
//! ```
//! use p256::ecdsa::SigningKey;
//! use seloste::request::payload::Payload;
//! use seloste::seal::{seal, verify};
//!
//! # let json = r#"{"schema": "seloste.request/1", "id": "0f8c2a4e-6b1d-4c3e-9a7f-2d5e8b1c4a90",
//! #   "created_at": "2026-11-22T10:15:00Z", "kind": "access", "lang": "fi",
//! #   "register": {"notice_id": "n", "register_name": "Asiakasrekisteri", "controller": {"name": "Esimerkkikunta"}},
//! #   "requester": {"name": "Maija Meikäläinen", "identity": {"type": "personal_identity_code", "value": "131052-308T"}},
//! #   "on_behalf": {"role": "none"}, "details": {"access_scope": "all"}, "delivery": "secure_electronic",
//! #   "answer_lang": "fi", "place": "Pieksämäki", "date": "2026-11-22", "attachments": [],
//! #   "signature": {"method": "on_paper"}}"#;
//! let mut payload: Payload = serde_json::from_str(json)?;
//! // In the browser the key is WebCrypto's, made for this one request.
//! let key = SigningKey::from_slice(&[7; 32]).expect("a P-256 scalar");
//! seal(&mut payload, &key).expect("sealed");
//! let sealed = verify(&payload).expect("the seal holds");
//! assert_eq!(Some(&sealed.digest), payload.seal.as_ref().map(|s| &s.digest));
//!
//! // Any change to an answer breaks it.
//! payload.requester.name = "Someone Else".into();
//! assert!(verify(&payload).is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::i18n::{Lang, Text};
use crate::request::payload::{Jwk, Payload, Seal};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use p256::ecdsa::signature::{Signer, Verifier};
use p256::ecdsa::{Signature, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// The seal's algorithm.
pub const ALG: &str = "ES256";

/// Why a seal does not hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealError {
    /// The payload carries no seal.
    Missing,
    /// Not ES256 with a P-256 key in JWK form.
    Algorithm(String),
    /// The public key is not a point of P-256.
    Key,
    /// The payload could not be put in canonical form (a number JSON cannot carry exactly).
    Canonical,
    /// The digest in the seal is not the digest of the payload: the payload was changed.
    DigestMismatch {
        /// The digest of the payload as it is.
        expected: String,
        /// The digest the seal holds.
        found: String,
    },
    /// The signature is malformed or not made with this key over this payload.
    Signature,
    /// The signature's S is in the upper half of the curve order: a valid ECDSA
    /// signature, but one that anyone can make from the low-S one, so seals carry only
    /// low-S signatures and a high-S one is refused.
    HighS,
    /// The text is not a request payload (not JSON, or members the contract does not have).
    NotARequest(String),
}

impl SealError {
    /// What to tell the reader of the report, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = |fi, sv, en| Text::new(fi, sv, en).get(lang).to_string();
        match self {
            SealError::Missing => t("Pyynnössä ei ole sinettiä.", "Begäran har ingen försegling.", "The request carries no seal."),
            SealError::Algorithm(found) => {
                t("Sinetin menetelmä ei ole ES256 (P-256):", "Förseglingens metod är inte ES256 (P-256):", "The seal's method is not ES256 (P-256):")
                    + " "
                    + found
            }
            SealError::Key => t("Sinetin julkinen avain on virheellinen.", "Förseglingens publika nyckel är felaktig.", "The seal's public key is not valid."),
            SealError::Canonical => t(
                "Pyyntöä ei voitu muuttaa kanoniseen muotoon.",
                "Begäran kunde inte ges kanonisk form.",
                "The request could not be put in canonical form.",
            ),
            SealError::DigestMismatch { expected, found } => {
                t(
                    "Pyynnön tiedot eivät vastaa sinettiä: pyyntöä on muutettu sinetöinnin jälkeen.",
                    "Begärans uppgifter stämmer inte med förseglingen: begäran har ändrats efter förseglingen.",
                    "The request does not match its seal: it was changed after it was sealed.",
                ) + &format!(
                    " ({} {expected}, {} {found})",
                    t("laskettu", "beräknad", "computed"),
                    t("sinetissä", "i förseglingen", "in the seal")
                )
            }
            SealError::Signature => t(
                "Sinetin allekirjoitus ei täsmää pyyntöön ja avaimeen.",
                "Förseglingens signatur stämmer inte med begäran och nyckeln.",
                "The seal's signature does not match the request and the key.",
            ),
            SealError::HighS => t(
                "Sinetin allekirjoitus ei ole vakiomuodossa (sen S-arvo on suuri), joten sitä ei hyväksytä.",
                "Förseglingens signatur är inte i normalform (dess S-värde är högt), så den godtas inte.",
                "The seal's signature is not in its normal form (its S value is high), so it is not accepted.",
            ),
            SealError::NotARequest(why) => {
                t("Tiedosto ei ole pyyntö:", "Filen är inte en begäran:", "The file is not a request:") + " " + why
            }
        }
    }
}

/// base64url without padding of SHA-256 of `bytes`.
pub fn digest(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(bytes))
}

/// The RFC 7638 thumbprint of a P-256 JWK: base64url SHA-256 of its required members in
/// lexicographic order, without whitespace.
pub fn thumbprint(jwk: &Jwk) -> String {
    let json = format!(
        r#"{{"crv":"{}","kty":"{}","x":"{}","y":"{}"}}"#,
        jwk.crv, jwk.kty, jwk.x, jwk.y
    );
    digest(json.as_bytes())
}

/// The public key of a signing key as a JWK.
pub fn jwk(key: &SigningKey) -> Jwk {
    let point = key.verifying_key().to_encoded_point(false);
    let coordinate =
        |c: Option<&p256::FieldBytes>| c.map(|b| URL_SAFE_NO_PAD.encode(b)).unwrap_or_default();
    Jwk {
        kty: "EC".into(),
        crv: "P-256".into(),
        x: coordinate(point.x()),
        y: coordinate(point.y()),
    }
}

/// Seals `payload` with `key` (RFC 6979 deterministic ECDSA, so no randomness is needed).
pub fn seal(payload: &mut Payload, key: &SigningKey) -> Result<(), SealError> {
    let input = payload.signing_input().map_err(|_| SealError::Canonical)?;
    let signature: Signature = key.sign(input.as_bytes());
    let signature = signature.normalize_s().unwrap_or(signature);
    payload.seal = Some(Seal {
        alg: ALG.into(),
        jwk: jwk(key),
        digest: digest(input.as_bytes()),
        signature: URL_SAFE_NO_PAD.encode(signature.to_bytes()),
    });
    Ok(())
}

/// What a valid seal tells: the digest and the key's thumbprint, to compare with the ones
/// printed on a PDF or recorded at submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    /// base64url SHA-256 of the signed bytes.
    pub digest: String,
    /// The RFC 7638 thumbprint of the key that signed.
    pub thumbprint: String,
}

fn verifying_key(jwk: &Jwk) -> Result<VerifyingKey, SealError> {
    if jwk.kty != "EC" || jwk.crv != "P-256" {
        return Err(SealError::Algorithm(format!("{} {}", jwk.kty, jwk.crv)));
    }
    crate::office::keys::point(&jwk.x, &jwk.y)
        .map(VerifyingKey::from)
        .map_err(|_| SealError::Key)
}

/// Checks a payload's seal: its digest against the payload, then its signature.
pub fn verify(payload: &Payload) -> Result<Verified, SealError> {
    let seal = payload.seal.as_ref().ok_or(SealError::Missing)?;
    let input = payload.signing_input().map_err(|_| SealError::Canonical)?;
    check(seal, &input)
}

/// Checks the seal of a payload as received (a `request.json`, a POST body): the signed
/// bytes are made from the JSON as it is, so nothing added, renamed or dropped on the way
/// can pass; then the payload is read with the contract's strict rules.
pub fn verify_json(text: &str) -> Result<(Payload, Verified), SealError> {
    let mut value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| SealError::NotARequest(e.to_string()))?;
    let seal_value = value
        .as_object_mut()
        .and_then(|o| o.remove("seal"))
        .ok_or(SealError::Missing)?;
    let seal: Seal =
        serde_json::from_value(seal_value).map_err(|e| SealError::NotARequest(e.to_string()))?;
    let input =
        crate::request::canonical::canonical_json(&value).map_err(|_| SealError::Canonical)?;
    let verified = check(&seal, &input)?;
    let payload: Payload =
        serde_json::from_str(text).map_err(|e| SealError::NotARequest(e.to_string()))?;
    Ok((payload, verified))
}

fn check(seal: &Seal, input: &str) -> Result<Verified, SealError> {
    if seal.alg != ALG {
        return Err(SealError::Algorithm(seal.alg.clone()));
    }
    let key = verifying_key(&seal.jwk)?;
    let expected = digest(input.as_bytes());
    if expected != seal.digest {
        return Err(SealError::DigestMismatch {
            expected,
            found: seal.digest.clone(),
        });
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(&seal.signature)
        .map_err(|_| SealError::Signature)?;
    let signature = Signature::from_slice(&bytes).map_err(|_| SealError::Signature)?;
    if signature.normalize_s().is_some() {
        return Err(SealError::HighS);
    }
    key.verify(input.as_bytes(), &signature)
        .map_err(|_| SealError::Signature)?;
    Ok(Verified {
        digest: expected,
        thumbprint: thumbprint(&seal.jwk),
    })
}

#[cfg(test)]
mod tests;
