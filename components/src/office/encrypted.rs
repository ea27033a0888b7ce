//! A request encrypted to the registry office: a compact JWE (RFC 7516 §7.1) with
//! `ECDH-ES+A256KW` (RFC 7518 §4.6: an ephemeral P-256 key agreed with the office's
//! `enc` key, the Concat KDF of NIST SP 800-56A, AES key wrap of RFC 3394) and `A256GCM`
//! (§5.3) over the sealed request's JSON. The browser makes it with WebCrypto
//! (`web/later/webcrypto.js`); [`open`] is what the office runs.

use super::keys::{point, KeyUse, PrivateKey, PublicKey};
use super::OfficeError;
use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes256Gcm, KeyInit, Nonce};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The key management algorithm (`alg`).
pub const ALG: &str = "ECDH-ES+A256KW";
/// The content encryption algorithm (`enc`).
pub const ENC: &str = "A256GCM";
/// The media type of a compact JWE in an HTTP body (RFC 7515 §9.2.1, RFC 7516 §9.2).
pub const MEDIA_TYPE: &str = "application/jose";
/// The file name a citizen keeps or mails.
pub const FILE_EXTENSION: &str = "jwe";

#[derive(serde::Deserialize)]
struct Header {
    alg: String,
    enc: String,
    #[serde(default)]
    kid: Option<String>,
    epk: Epk,
    #[serde(default)]
    apu: Option<String>,
    #[serde(default)]
    apv: Option<String>,
    #[serde(default)]
    zip: Option<String>,
    #[serde(default)]
    crit: Option<serde::de::IgnoredAny>,
}

#[derive(serde::Deserialize)]
struct Epk {
    kty: String,
    crv: String,
    x: String,
    y: String,
}

/// Whether a text is shaped as a compact JWE (five base64url parts): what the receiver
/// looks at before it tries to open a body.
pub fn is_compact_jwe(text: &str) -> bool {
    let text = text.trim();
    text.split('.').count() == 5
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// The Concat KDF of RFC 7518 §4.6.2 for a key of `bits` ≤ 256: one round of SHA-256, the
/// key its first `bits / 8` bytes.
pub(super) fn concat_kdf(z: &[u8], alg: &str, apu: &[u8], apv: &[u8], bits: u32) -> [u8; 32] {
    let mut hash = Sha256::new();
    hash.update(1u32.to_be_bytes());
    hash.update(z);
    for field in [alg.as_bytes(), apu, apv] {
        hash.update((field.len() as u32).to_be_bytes());
        hash.update(field);
    }
    hash.update(bits.to_be_bytes());
    hash.finalize().into()
}

fn b64(part: &str) -> Result<Vec<u8>, OfficeError> {
    URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|_| OfficeError::NotEncrypted)
}

/// Opens a compact JWE with the office's private keys: the plaintext (the sealed request's
/// JSON). The key is the one the header's `kid` names (or, without one, the only `enc` key).
pub fn open(compact: &str, keys: &[PrivateKey]) -> Result<Vec<u8>, OfficeError> {
    let compact = compact.trim();
    if !is_compact_jwe(compact) {
        return Err(OfficeError::NotEncrypted);
    }
    let parts: Vec<&str> = compact.split('.').collect();
    let header: Header =
        serde_json::from_slice(&b64(parts[0])?).map_err(|_| OfficeError::NotEncrypted)?;
    if header.alg != ALG || header.enc != ENC {
        return Err(OfficeError::Algorithm(format!(
            "{} {}",
            header.alg, header.enc
        )));
    }
    if let Some(zip) = header.zip {
        return Err(OfficeError::Algorithm(format!("zip {zip}")));
    }
    if header.crit.is_some() {
        return Err(OfficeError::Algorithm("crit".into()));
    }
    let encryption_keys: Vec<&PrivateKey> = keys
        .iter()
        .filter(|k| k.public.key_use == KeyUse::Encryption)
        .collect();
    let key = match &header.kid {
        Some(kid) => encryption_keys
            .iter()
            .find(|k| &k.public.kid == kid)
            .ok_or_else(|| OfficeError::UnknownKey(kid.clone()))?,
        None if encryption_keys.len() == 1 => &encryption_keys[0],
        None => return Err(OfficeError::UnknownKey("(no kid)".into())),
    };
    if header.epk.kty != "EC" || header.epk.crv != "P-256" {
        return Err(OfficeError::Algorithm(format!(
            "epk {} {}",
            header.epk.kty, header.epk.crv
        )));
    }
    let epk = point(&header.epk.x, &header.epk.y).map_err(|_| OfficeError::Undecryptable)?;
    let shared = p256::ecdh::diffie_hellman(key.secret().to_nonzero_scalar(), epk.as_affine());
    let apu = header
        .apu
        .as_deref()
        .map(b64)
        .transpose()?
        .unwrap_or_default();
    let apv = header
        .apv
        .as_deref()
        .map(b64)
        .transpose()?
        .unwrap_or_default();
    let kek = concat_kdf(shared.raw_secret_bytes(), ALG, &apu, &apv, 256);
    let cek = aes_kw::KekAes256::from(kek)
        .unwrap_vec(&b64(parts[1])?)
        .map_err(|_| OfficeError::Undecryptable)?;
    let iv = b64(parts[2])?;
    let mut sealed = b64(parts[3])?;
    let tag = b64(parts[4])?;
    if cek.len() != 32 || iv.len() != 12 || tag.len() != 16 {
        return Err(OfficeError::Undecryptable);
    }
    sealed.extend_from_slice(&tag);
    let cipher = Aes256Gcm::new_from_slice(&cek).map_err(|_| OfficeError::Undecryptable)?;
    cipher
        .decrypt(
            Nonce::from_slice(&iv),
            Payload {
                msg: &sealed,
                aad: parts[0].as_bytes(),
            },
        )
        .map_err(|_| OfficeError::Undecryptable)
}

/// The random values one encryption takes: the ephemeral key's secret, the content key and
/// the IV. Each must be fresh from a CSPRNG for every request.
pub struct Fresh {
    /// The ephemeral ECDH key's secret.
    pub ephemeral: [u8; 32],
    /// The content encryption key (AES-256-GCM).
    pub content_key: [u8; 32],
    /// AES-GCM's IV.
    pub iv: [u8; 12],
}

/// Encrypts `plaintext` to the office's `enc` key, as the browser does (for tests and the
/// command-line tool; the browser uses WebCrypto).
pub fn seal_to(plaintext: &[u8], key: &PublicKey, fresh: &Fresh) -> Result<String, OfficeError> {
    if key.key_use != KeyUse::Encryption {
        return Err(OfficeError::NoKey(KeyUse::Encryption));
    }
    let office = key.point()?;
    let ephemeral = PrivateKey::from_bytes(&fresh.ephemeral, KeyUse::Encryption)
        .ok_or(OfficeError::Undecryptable)?;
    let shared =
        p256::ecdh::diffie_hellman(ephemeral.secret().to_nonzero_scalar(), office.as_affine());
    let kek = concat_kdf(shared.raw_secret_bytes(), ALG, &[], &[], 256);
    let wrapped = aes_kw::KekAes256::from(kek)
        .wrap_vec(&fresh.content_key)
        .map_err(|_| OfficeError::Undecryptable)?;
    let header = format!(
        r#"{{"alg":"{ALG}","enc":"{ENC}","kid":{},"epk":{{"kty":"EC","crv":"P-256","x":"{}","y":"{}"}}}}"#,
        crate::json::quote(&key.kid),
        ephemeral.public.x,
        ephemeral.public.y
    );
    let header = URL_SAFE_NO_PAD.encode(header);
    let cipher =
        Aes256Gcm::new_from_slice(&fresh.content_key).map_err(|_| OfficeError::Undecryptable)?;
    let mut sealed = cipher
        .encrypt(
            Nonce::from_slice(&fresh.iv),
            Payload {
                msg: plaintext,
                aad: header.as_bytes(),
            },
        )
        .map_err(|_| OfficeError::Undecryptable)?;
    let tag = sealed.split_off(sealed.len() - 16);
    Ok([
        header,
        URL_SAFE_NO_PAD.encode(wrapped),
        URL_SAFE_NO_PAD.encode(fresh.iv),
        URL_SAFE_NO_PAD.encode(sealed),
        URL_SAFE_NO_PAD.encode(tag),
    ]
    .join("."))
}
