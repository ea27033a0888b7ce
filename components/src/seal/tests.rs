use super::*;
use crate::request::payload::OnBehalf;

/// A fixed key: tests need no randomness.
fn key() -> SigningKey {
    let mut bytes = [7u8; 32];
    bytes[0] = 1;
    SigningKey::from_slice(&bytes).unwrap_or_else(|e| panic!("{e}"))
}

fn payload() -> Payload {
    let json = include_str!("../../../tests/fixtures/payloads/log_data_guardian.json");
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"))
}

fn sealed() -> Payload {
    let mut p = payload();
    seal(&mut p, &key()).unwrap_or_else(|e| panic!("{e:?}"));
    p
}

#[test]
fn a_sealed_payload_verifies_and_says_its_digest_and_key() {
    let p = sealed();
    let verified = verify(&p).unwrap_or_else(|e| panic!("{e:?}"));
    let s = p.seal.clone().unwrap_or_else(|| panic!("sealed"));
    assert_eq!(verified.digest, s.digest);
    assert_eq!(s.digest.len(), 43, "base64url of 32 bytes, no padding");
    assert_eq!(s.signature.len(), 86, "base64url of r‖s, 64 bytes");
    assert_eq!(verified.thumbprint, thumbprint(&s.jwk));
    assert_eq!(s.alg, "ES256");
    // The seal travels in the payload's JSON and survives a round trip.
    let json = serde_json::to_string(&p).unwrap_or_default();
    let back: Payload = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(verify(&back).map(|v| v.digest), Ok(s.digest));
}

#[test]
fn any_changed_answer_breaks_the_seal() {
    let mut p = sealed();
    p.requester.name.push('x');
    assert!(matches!(verify(&p), Err(SealError::DigestMismatch { .. })));
    let mut p = sealed();
    p.details.insert("misuse_how".into(), "toinen".into());
    assert!(matches!(verify(&p), Err(SealError::DigestMismatch { .. })));
    let mut p = sealed();
    p.on_behalf = OnBehalf::None;
    assert!(matches!(verify(&p), Err(SealError::DigestMismatch { .. })));
}

#[test]
fn one_changed_byte_of_the_json_breaks_the_seal() {
    let json = serde_json::to_string(&sealed()).unwrap_or_default();
    // Change each letter or digit of the values in turn (not of the keys, which would make
    // the JSON fail to read): every change is caught by the digest or the signature.
    let bytes = json.as_bytes();
    let mut checked = 0;
    for (n, b) in bytes.iter().enumerate() {
        if !b.is_ascii_alphanumeric() || n % 7 != 0 {
            continue;
        }
        let mut changed = bytes.to_vec();
        changed[n] = if *b == b'a' { b'b' } else { b'a' };
        let Ok(text) = String::from_utf8(changed) else {
            continue;
        };
        assert!(
            verify_json(&text).is_err(),
            "byte {n} changed and still verified: …{}…",
            &text[n.saturating_sub(30)..(n + 10).min(text.len())]
        );
        checked += 1;
    }
    assert!(checked > 50, "{checked}");
    assert!(verify_json(&json).is_ok(), "the untouched text verifies");
    // A member added on the way is caught too, although a lenient reader would ignore it.
    let added = json.replacen("{", r#"{"note":"x","#, 1);
    assert!(verify_json(&added).is_err());
}

#[test]
fn a_seal_from_another_key_or_a_bad_signature_is_refused() {
    let mut p = sealed();
    let mut other = [9u8; 32];
    other[0] = 2;
    let other = SigningKey::from_slice(&other).unwrap_or_else(|e| panic!("{e}"));
    if let Some(s) = p.seal.as_mut() {
        s.jwk = jwk(&other);
    }
    assert_eq!(verify(&p), Err(SealError::Signature));
    let mut p = sealed();
    if let Some(s) = p.seal.as_mut() {
        s.signature = "AAAA".into();
    }
    assert_eq!(verify(&p), Err(SealError::Signature));
    let mut p = sealed();
    if let Some(s) = p.seal.as_mut() {
        s.alg = "RS256".into();
    }
    assert_eq!(verify(&p), Err(SealError::Algorithm("RS256".into())));
    let mut p = sealed();
    if let Some(s) = p.seal.as_mut() {
        s.jwk.x = "bm90IGEgcG9pbnQ".into();
    }
    assert_eq!(verify(&p), Err(SealError::Key));
    assert_eq!(verify(&payload()), Err(SealError::Missing));
    for lang in Lang::ALL {
        assert!(!SealError::Signature.message(lang).is_empty());
    }
}

#[test]
fn the_thumbprint_follows_rfc_7638() {
    // RFC 7638 §3.1 computes a thumbprint of an RSA key; for EC keys the members are
    // crv, kty, x, y. Checked against a thumbprint computed independently with Python's
    // hashlib over the same canonical string.
    let jwk = Jwk {
        kty: "EC".into(),
        crv: "P-256".into(),
        x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU".into(),
        y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0".into(),
    };
    assert_eq!(thumbprint(&jwk), THUMBPRINT);
}

/// `python3 -c "import hashlib,base64;s=b'{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}';print(base64.urlsafe_b64encode(hashlib.sha256(s).digest()).rstrip(b'=').decode())"`
const THUMBPRINT: &str = "oKIywvGUpTVTyxMQ3bwIIeQUudfr_CkLMjCE19ECD-U";

/// The same signature with S replaced by n − S verifies under plain ECDSA: anyone can make
/// it from a seal. Seals carry the low-S form only; the high-S one is refused.
#[test]
fn a_high_s_signature_is_refused() {
    let p = sealed();
    let s = p.seal.clone().unwrap_or_else(|| panic!("sealed"));
    let bytes = URL_SAFE_NO_PAD.decode(&s.signature).unwrap_or_default();
    let low = Signature::from_slice(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert!(low.normalize_s().is_none(), "our own seal is low-S");
    let (r, s_scalar) = low.split_scalars();
    let high = Signature::from_scalars(r, -s_scalar).unwrap_or_else(|e| panic!("{e}"));
    let input = p.signing_input().unwrap_or_default();
    let key = verifying_key(&s.jwk).unwrap_or_else(|e| panic!("{e:?}"));
    use p256::ecdsa::signature::Verifier;
    assert!(
        key.verify(input.as_bytes(), &high).is_ok(),
        "plain ECDSA accepts it"
    );
    let mut forged = p.clone();
    if let Some(seal) = forged.seal.as_mut() {
        seal.signature = URL_SAFE_NO_PAD.encode(high.to_bytes());
    }
    assert_eq!(verify(&forged), Err(SealError::HighS));
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        assert!(!SealError::HighS.message(lang).is_empty());
    }
}
