//! The registry office's keys. A notice names the public ones (`requests.keys`): a JWK set
//! (RFC 7517 §5) inline, or the https address of one on the office's own site. Each key is
//! an EC P-256 key with a key id (`kid`) and a use: `enc` encrypts requests to the office,
//! `sig` checks the receipts it signs. The private keys stay with the office: the receiver
//! and the verifier page read them from a file the office keeps ([`PrivateKey`]).
//!
//! *Invariant:* a key set read here holds public keys only; a key with a private part
//! (`d`) is refused, so a private key pasted into a notice by mistake is never published.

use super::OfficeError;
use crate::json::{Json, JsonError};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::Serialize;

/// What a key is for (the JWK `use` member).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum KeyUse {
    /// Requests are encrypted to it (`enc`, `ECDH-ES+A256KW`).
    #[serde(rename = "enc")]
    Encryption,
    /// Receipts are signed with it (`sig`, `ES256`).
    #[serde(rename = "sig")]
    Signing,
}

impl KeyUse {
    /// The use's name in a JWK: `enc` or `sig`.
    pub fn name(self) -> &'static str {
        match self {
            KeyUse::Encryption => "enc",
            KeyUse::Signing => "sig",
        }
    }

    /// The one algorithm a key of this use is for.
    pub fn alg(self) -> &'static str {
        match self {
            KeyUse::Encryption => super::encrypted::ALG,
            KeyUse::Signing => super::receipt::ALG,
        }
    }
}

/// One public key of the office, as a JWK.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PublicKey {
    /// The key type: `EC`.
    pub kty: String,
    /// The curve: `P-256`.
    pub crv: String,
    /// The point's x coordinate, base64url.
    pub x: String,
    /// The point's y coordinate, base64url.
    pub y: String,
    /// The key's id, which receipts and encrypted requests name.
    pub kid: String,
    #[serde(rename = "use")]
    /// What it is for (`use` in the JWK).
    pub key_use: KeyUse,
    /// The one algorithm it is for ([`KeyUse::alg`]).
    pub alg: String,
}

/// The office's public keys (a JWK set).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct KeySet {
    /// The keys.
    pub keys: Vec<PublicKey>,
}

/// Where a notice's office keys are: in the notice (a JWK set, kept as read and checked
/// key by key when a request is made: [`OfficeKeys::key_set`], so that a citizen's first
/// load carries no key reader), or at an address of the office's site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum OfficeKeys {
    /// A JWK set in the notice, as read.
    Inline(Json),
    /// The https address of a JWK set.
    Address(String),
}

impl OfficeKeys {
    /// `requests.keys` of a notice: a JWK set, or an https address of one. A key set with
    /// a private part is refused here already: a private key must never be published.
    pub fn read(v: &Json) -> Result<OfficeKeys, JsonError> {
        match v {
            Json::String(url) if url.starts_with("https://") && url.len() > 8 => {
                Ok(OfficeKeys::Address(url.clone()))
            }
            Json::String(url) => Err(JsonError::new(format!(
                "{url} is not an https:// address of a JWK set"
            ))),
            Json::Object(_) => {
                if has_private_part(v) {
                    return Err(JsonError::new(
                        "a key holds a private key (\"d\"): publish the public keys only",
                    ));
                }
                Ok(OfficeKeys::Inline(v.clone()))
            }
            _ => Err(JsonError::new(
                "expected a JWK set or an https:// address of one",
            )),
        }
    }

    /// The key set of an inline `keys`, read key by key; `None` for an address (fetched
    /// by the form, `web/later/office.rs`).
    pub fn key_set(&self) -> Option<Result<KeySet, OfficeError>> {
        match self {
            OfficeKeys::Inline(tree) => {
                Some(KeySet::read(tree).map_err(|e| OfficeError::KeySet(e.to_string())))
            }
            OfficeKeys::Address(_) => None,
        }
    }
}

/// Whether a JWK, or any key of a JWK set, has a private part (`d`).
pub fn has_private_part(v: &Json) -> bool {
    let private = |k: &Json| matches!(k, Json::Object(m) if m.iter().any(|(n, _)| n == "d"));
    private(v)
        || matches!(v, Json::Object(members) if members.iter().any(|(name, keys)| {
            name == "keys" && matches!(keys, Json::Array(items) if items.iter().any(private))
        }))
}

/// A base64url coordinate of P-256: 32 bytes, so 43 characters without padding.
fn coordinate(v: &Json) -> Result<String, JsonError> {
    let text = v.string()?;
    let base64url = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if text.len() == 43 && text.chars().all(base64url) {
        Ok(text)
    } else {
        Err(JsonError::new(
            "expected a P-256 coordinate (43 base64url characters)",
        ))
    }
}

fn public_key(v: &Json) -> Result<PublicKey, JsonError> {
    let mut m = v.members()?;
    let kty = m.required("kty", Json::string)?;
    if kty != "EC" {
        return Err(JsonError::new(format!(
            "key type {kty}: only EC keys on P-256 are used"
        )));
    }
    let crv = m.required("crv", Json::string)?;
    if crv != "P-256" {
        return Err(JsonError::new(format!("curve {crv}: only P-256 is used")));
    }
    if m.optional("d", |_| Ok(()))?.is_some() {
        return Err(JsonError::new(
            "it holds a private key (\"d\"): publish the public key only",
        ));
    }
    let key_use = m.required("use", |v| match v.str()? {
        "enc" => Ok(KeyUse::Encryption),
        "sig" => Ok(KeyUse::Signing),
        other => Err(JsonError::new(format!("\"{other}\" is not enc or sig"))),
    })?;
    let alg = m
        .optional("alg", Json::string)?
        .unwrap_or_else(|| key_use.alg().to_string());
    if alg != key_use.alg() {
        return Err(JsonError::new(format!(
            "a key for {} is for {}, not {alg}",
            key_use.name(),
            key_use.alg()
        )));
    }
    let key = PublicKey {
        x: m.required("x", coordinate)?,
        y: m.required("y", coordinate)?,
        kid: m.required("kid", Json::string)?,
        kty,
        crv,
        key_use,
        alg,
    };
    if key.kid.is_empty() {
        return Err(JsonError::new("the key id (\"kid\") is empty"));
    }
    // Other members a JWK may carry (key_ops, ext, x5c…) say nothing this product uses.
    let _ = m.rest().count();
    Ok(key)
}

impl KeySet {
    /// A JWK set from the strict JSON reader (a notice's `requests.keys`, a JWKS file).
    pub fn read(v: &Json) -> Result<KeySet, JsonError> {
        let mut m = v.members()?;
        let keys = m.required("keys", |v| v.list(public_key))?;
        let _ = m.rest().count();
        if keys.is_empty() {
            return Err(JsonError::new("the key set has no keys"));
        }
        for (i, key) in keys.iter().enumerate() {
            if keys[..i].iter().any(|k| k.kid == key.kid) {
                return Err(JsonError::new(format!(
                    "two keys have the key id \"{}\"",
                    key.kid
                )));
            }
        }
        Ok(KeySet { keys })
    }

    /// A JWK set from its JSON text.
    pub fn from_json(text: &str) -> Result<KeySet, OfficeError> {
        crate::json::parse(text)
            .and_then(|tree| KeySet::read(&tree))
            .map_err(|e| OfficeError::KeySet(e.to_string()))
    }

    /// The first key for `key_use`: requests are encrypted to the first `enc` key, so an
    /// office rotating keys lists the new one first and keeps the old one to open what
    /// was encrypted to it.
    pub fn for_use(&self, key_use: KeyUse) -> Result<&PublicKey, OfficeError> {
        self.keys
            .iter()
            .find(|k| k.key_use == key_use)
            .ok_or(OfficeError::NoKey(key_use))
    }

    /// The key a JWE or JWS names by its `kid`, of the right use.
    pub fn named(&self, kid: &str, key_use: KeyUse) -> Result<&PublicKey, OfficeError> {
        self.keys
            .iter()
            .find(|k| k.kid == kid && k.key_use == key_use)
            .ok_or_else(|| OfficeError::UnknownKey(kid.to_string()))
    }

    /// The set as JSON, to publish.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl PublicKey {
    /// The point, checked to be on P-256.
    pub fn point(&self) -> Result<p256::PublicKey, OfficeError> {
        point(&self.x, &self.y).map_err(OfficeError::KeySet)
    }
}

pub(crate) fn point(x: &str, y: &str) -> Result<p256::PublicKey, String> {
    let x = URL_SAFE_NO_PAD
        .decode(x)
        .map_err(|_| "x is not base64url")?;
    let y = URL_SAFE_NO_PAD
        .decode(y)
        .map_err(|_| "y is not base64url")?;
    if x.len() != 32 || y.len() != 32 {
        return Err("a coordinate is not 32 bytes".into());
    }
    let mut sec1 = Vec::with_capacity(65);
    sec1.push(0x04);
    sec1.extend_from_slice(&x);
    sec1.extend_from_slice(&y);
    p256::PublicKey::from_sec1_bytes(&sec1).map_err(|_| "the point is not on P-256".to_string())
}

/// One private key of the office (a JWK with `d`), as the receiver and the verifier read
/// it from the file the office keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrivateKey {
    /// Its public part.
    pub public: PublicKey,
    secret: p256::SecretKey,
}

#[derive(Serialize)]
struct PrivateJwk<'a> {
    #[serde(flatten)]
    public: &'a PublicKey,
    d: String,
}

impl PrivateKey {
    /// A key from 32 secret bytes (from the system's random source), with the RFC 7638
    /// thumbprint as its key id. `None` for the rare bytes that are not a valid scalar.
    pub fn from_bytes(secret: &[u8; 32], key_use: KeyUse) -> Option<PrivateKey> {
        let secret = p256::SecretKey::from_slice(secret).ok()?;
        let jwk = crate::seal::jwk(&p256::ecdsa::SigningKey::from(&secret));
        Some(PrivateKey {
            public: PublicKey {
                kid: crate::seal::thumbprint(&jwk),
                kty: jwk.kty,
                crv: jwk.crv,
                x: jwk.x,
                y: jwk.y,
                key_use,
                alg: key_use.alg().into(),
            },
            secret,
        })
    }

    /// Its secret scalar.
    pub fn secret(&self) -> &p256::SecretKey {
        &self.secret
    }

    /// The private keys of a file: one private JWK, or a JWK set of them.
    pub fn from_json(text: &str) -> Result<Vec<PrivateKey>, OfficeError> {
        let bad = |e: JsonError| OfficeError::PrivateKey(e.to_string());
        let tree = crate::json::parse(text).map_err(bad)?;
        let list: Vec<&Json> = match &tree {
            Json::Object(members) if members.iter().any(|(n, _)| n == "keys") => {
                match members.iter().find(|(n, _)| n == "keys").map(|(_, v)| v) {
                    Some(Json::Array(items)) => items.iter().collect(),
                    _ => return Err(bad(JsonError::new("\"keys\" is not a list"))),
                }
            }
            _ => vec![&tree],
        };
        let keys = list
            .into_iter()
            .enumerate()
            .map(|(i, v)| private_key(v).map_err(|e| bad(e.at_index(i))))
            .collect::<Result<Vec<_>, _>>()?;
        if keys.is_empty() {
            return Err(bad(JsonError::new("the file has no keys")));
        }
        Ok(keys)
    }

    /// The private JWK (to keep, never to publish).
    pub fn to_json(&self) -> String {
        let d = URL_SAFE_NO_PAD.encode(self.secret.to_bytes());
        serde_json::to_string_pretty(&PrivateJwk {
            public: &self.public,
            d,
        })
        .unwrap_or_default()
    }
}

fn private_key(v: &Json) -> Result<PrivateKey, JsonError> {
    let Json::Object(members) = v else {
        return Err(JsonError::new("expected a private JWK"));
    };
    let d = members
        .iter()
        .find(|(n, _)| n == "d")
        .map(|(_, v)| v.string())
        .transpose()?
        .ok_or_else(|| JsonError::new("it has no private part (\"d\"): it is a public key"))?;
    let public: Vec<(String, Json)> = members.iter().filter(|(n, _)| n != "d").cloned().collect();
    let public = public_key(&Json::Object(public))?;
    let secret = URL_SAFE_NO_PAD
        .decode(&d)
        .ok()
        .and_then(|d| p256::SecretKey::from_slice(&d).ok())
        .ok_or_else(|| JsonError::new("\"d\" is not a P-256 private key"))?;
    let expected = public.point().map_err(|e| JsonError::new(e.to_string()))?;
    if secret.public_key() != expected {
        return Err(JsonError::new("\"d\" does not belong to x and y"));
    }
    Ok(PrivateKey { public, secret })
}

/// The public key set of private keys (what a notice names).
pub fn public_set(keys: &[PrivateKey]) -> KeySet {
    KeySet {
        keys: keys.iter().map(|k| k.public.clone()).collect(),
    }
}
