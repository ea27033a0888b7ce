use super::encrypted::{self, Fresh};
use super::keys::{public_set, KeySet, KeyUse, OfficeKeys, PrivateKey};
use super::receipt::{self, ReceiptClaims};
use super::OfficeError;
use crate::i18n::Lang;

fn key(byte: u8, key_use: KeyUse) -> PrivateKey {
    PrivateKey::from_bytes(&[byte; 32], key_use).unwrap_or_else(|| panic!("scalar {byte}"))
}

fn fresh(byte: u8) -> Fresh {
    Fresh {
        ephemeral: [byte; 32],
        content_key: [byte.wrapping_add(1); 32],
        iv: [byte.wrapping_add(2); 12],
    }
}

fn office() -> Vec<PrivateKey> {
    vec![key(7, KeyUse::Encryption), key(8, KeyUse::Signing)]
}

#[test]
fn the_concat_kdf_gives_rfc_7518_appendix_c_key() {
    // RFC 7518, Appendix C: Z, "A128GCM", apu "Alice", apv "Bob", 128 bits.
    let z = [
        158, 86, 217, 29, 129, 113, 53, 211, 114, 131, 66, 131, 191, 132, 38, 156, 251, 49, 110,
        163, 218, 128, 106, 72, 246, 218, 167, 121, 140, 254, 144, 196,
    ];
    let key = encrypted::concat_kdf(&z, "A128GCM", b"Alice", b"Bob", 128);
    assert_eq!(
        key[..16],
        [86, 170, 141, 234, 248, 35, 109, 32, 92, 34, 40, 205, 113, 167, 16, 26]
    );
}

#[test]
fn a_request_encrypted_to_the_office_opens_only_with_its_key() {
    let keys = office();
    let public = public_set(&keys);
    let enc = public
        .for_use(KeyUse::Encryption)
        .unwrap_or_else(|e| panic!("{e}"));
    let text = br#"{"id":"x","kind":"access"}"#;
    let jwe = encrypted::seal_to(text, enc, &fresh(3)).unwrap_or_else(|e| panic!("{e}"));
    assert!(encrypted::is_compact_jwe(&jwe));
    assert!(!jwe.contains("access"));
    assert_eq!(encrypted::open(&jwe, &keys).as_deref(), Ok(&text[..]));

    // Another office's key with the same kid: refused, not garbage.
    let mut other = key(9, KeyUse::Encryption);
    other.public.kid = enc.kid.clone();
    assert_eq!(
        encrypted::open(&jwe, &[other]),
        Err(OfficeError::Undecryptable)
    );
    // A key id that is not ours.
    assert_eq!(
        encrypted::open(&jwe, &[key(9, KeyUse::Encryption)]),
        Err(OfficeError::UnknownKey(enc.kid.clone()))
    );
    // Any changed character of any part is refused.
    let parts: Vec<&str> = jwe.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let mut changed: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
        let flip = if part.as_bytes()[2] == b'A' { "B" } else { "A" };
        changed[i] = format!("{}{flip}{}", &part[..2], &part[3..]);
        let result = encrypted::open(&changed.join("."), &keys);
        assert!(result.is_err(), "part {i} changed and still opened");
    }
    // Not a JWE at all.
    assert_eq!(encrypted::open("{}", &keys), Err(OfficeError::NotEncrypted));
}

#[test]
fn a_receipt_checks_only_for_its_request_and_the_office_key() {
    let keys = office();
    let public = public_set(&keys);
    let claims = ReceiptClaims {
        request_id: "0a1b".into(),
        digest: "digest".into(),
        received_at: "2026-12-03T07:00:00Z".into(),
        case_reference: Some("KIRJ-1".into()),
    };
    let jws = receipt::sign(&claims, &keys[1]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        receipt::verify(&jws, &public, "0a1b", "digest"),
        Ok(claims.clone())
    );
    assert_eq!(
        receipt::verify(&jws, &public, "other", "digest"),
        Err(OfficeError::ReceiptOtherRequest)
    );
    assert_eq!(
        receipt::verify(&jws, &public, "0a1b", "another digest"),
        Err(OfficeError::ReceiptOtherRequest)
    );
    // Signed with a key of the same id that is not the office's.
    let mut forger = key(10, KeyUse::Signing);
    forger.public.kid = keys[1].public.kid.clone();
    let forged = receipt::sign(&claims, &forger).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        receipt::verify(&forged, &public, "0a1b", "digest"),
        Err(OfficeError::ReceiptSignature)
    );
    // Signed with a key the notice does not name.
    let unknown =
        receipt::sign(&claims, &key(10, KeyUse::Signing)).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        receipt::verify(&unknown, &public, "0a1b", "digest"),
        Err(OfficeError::UnknownKey(_))
    ));
    // A changed claim breaks the signature.
    let parts: Vec<&str> = jws.split('.').collect();
    let later = claims.clone();
    let later = ReceiptClaims {
        received_at: "2026-12-24T07:00:00Z".into(),
        ..later
    };
    let payload = base64::Engine::encode(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD,
        serde_json::to_string(&later).unwrap_or_default(),
    );
    let changed = format!("{}.{payload}.{}", parts[0], parts[2]);
    assert_eq!(
        receipt::verify(&changed, &public, "0a1b", "digest"),
        Err(OfficeError::ReceiptSignature)
    );
    // An encryption key cannot sign receipts.
    assert_eq!(
        receipt::sign(&claims, &keys[0]),
        Err(OfficeError::NoKey(KeyUse::Signing))
    );
}

#[test]
fn key_sets_are_public_p256_keys_with_ids_and_uses() {
    let keys = office();
    let set = public_set(&keys);
    let json = set.to_json();
    assert_eq!(KeySet::from_json(&json), Ok(set.clone()));
    let with = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
        edit(&mut v);
        KeySet::from_json(&v.to_string())
    };
    let refused = |edit: &dyn Fn(&mut serde_json::Value), why: &str| {
        let error = with(edit)
            .err()
            .map(|e| e.message(Lang::En))
            .unwrap_or_default();
        assert!(error.contains(why), "{error} does not say {why}");
    };
    refused(&|v| v["keys"][0]["d"] = "AAAA".into(), "private key");
    refused(&|v| v["keys"][0]["kty"] = "RSA".into(), "only EC keys");
    refused(&|v| v["keys"][0]["crv"] = "P-384".into(), "only P-256");
    refused(&|v| v["keys"][0]["use"] = "wrap".into(), "not enc or sig");
    refused(&|v| v["keys"][0]["alg"] = "RSA-OAEP".into(), "not RSA-OAEP");
    refused(
        &|v| v["keys"][1]["kid"] = v["keys"][0]["kid"].clone(),
        "two keys",
    );
    refused(&|v| v["keys"][0]["x"] = "short".into(), "coordinate");
    refused(&|v| v["keys"] = serde_json::json!([]), "no keys");
    refused(
        &|v| *v = serde_json::json!({"kty": "EC"}),
        "\"keys\" is missing",
    );
    assert!(matches!(
        KeySet::from_json("{"),
        Err(OfficeError::KeySet(_))
    ));
    // Three languages, and the detail for staff.
    let error = with(&|v| v["keys"][0]["kty"] = "RSA".into()).err();
    let said = |lang| error.as_ref().map(|e| e.message(lang)).unwrap_or_default();
    assert!(said(Lang::Fi).starts_with("Kirjaamon avainjoukko ei kelpaa."));
    assert!(said(Lang::Sv).starts_with("Registratorskontorets nyckeluppsättning duger inte."));
    // Extra members a JWK may carry are allowed; a missing alg is the use's.
    assert!(with(&|v| {
        v["keys"][0]["key_ops"] = serde_json::json!(["deriveBits"]);
        v["keys"][0].as_object_mut().map(|o| o.remove("alg"));
    })
    .is_ok());
    // A point that is not on the curve is read (it is text) but refused when used.
    let mut bad = set.clone();
    bad.keys[0].y = bad.keys[1].y.clone();
    assert!(bad.keys[0].point().is_err());
    // The notice's member: a set or an https address.
    let tree = |text: &str| crate::json::parse(text).unwrap_or(crate::json::Json::Null);
    assert_eq!(
        OfficeKeys::read(&tree(r#""https://kirjaamo.example.fi/jwks.json""#)),
        Ok(OfficeKeys::Address(
            "https://kirjaamo.example.fi/jwks.json".into()
        ))
    );
    assert!(OfficeKeys::read(&tree(r#""http://kirjaamo.example.fi/jwks.json""#)).is_err());
}

#[test]
fn private_key_files_round_trip_and_must_match_their_public_part() {
    let keys = office();
    let file = format!(
        r#"{{"keys":[{},{}]}}"#,
        keys[0].to_json(),
        keys[1].to_json()
    );
    assert_eq!(PrivateKey::from_json(&file), Ok(keys.clone()));
    assert_eq!(
        PrivateKey::from_json(&keys[0].to_json()),
        Ok(vec![keys[0].clone()])
    );
    // A public key is not a private key file.
    let public = public_set(&keys).to_json();
    let error = PrivateKey::from_json(&public)
        .err()
        .map(|e| e.message(Lang::En));
    assert!(error.unwrap_or_default().contains("no private part"));
    // d of another key.
    let mut v: serde_json::Value = serde_json::from_str(&keys[0].to_json()).unwrap_or_default();
    let other: serde_json::Value = serde_json::from_str(&keys[1].to_json()).unwrap_or_default();
    v["d"] = other["d"].clone();
    let error = PrivateKey::from_json(&v.to_string())
        .err()
        .map(|e| e.message(Lang::En));
    assert!(error.unwrap_or_default().contains("does not belong"));
}

#[test]
fn the_verifier_opens_an_encrypted_request_and_checks_its_receipt() {
    use crate::pdf::extract::ExtractError;
    use crate::pdf::verify::{inspect_with, Evidence, Status};
    let json = include_str!("../../../tests/fixtures/payloads/log_data_guardian.json");
    let mut payload: crate::request::payload::Payload =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"));
    let seal_key =
        p256::ecdsa::SigningKey::from_slice(&[5u8; 32]).unwrap_or_else(|e| panic!("{e}"));
    crate::seal::seal(&mut payload, &seal_key).unwrap_or_else(|e| panic!("{e:?}"));
    let sealed = serde_json::to_string(&payload).unwrap_or_default();
    let digest = payload
        .seal
        .as_ref()
        .map(|s| s.digest.clone())
        .unwrap_or_default();
    let keys = office();
    let jwe = encrypted::seal_to(sealed.as_bytes(), &keys[0].public, &fresh(4))
        .unwrap_or_else(|e| panic!("{e}"));
    let claims = ReceiptClaims {
        request_id: payload.id.clone(),
        digest,
        received_at: "2026-12-03T07:00:00Z".into(),
        case_reference: Some("KIRJ-000007".into()),
    };
    let jws = receipt::sign(&claims, &keys[1]).unwrap_or_else(|e| panic!("{e}"));
    let private = format!(
        r#"{{"keys":[{},{}]}}"#,
        keys[0].to_json(),
        keys[1].to_json()
    );

    // Without the keys: the file is named as encrypted, not as something broken.
    let plain = inspect_with(jwe.as_bytes(), &Evidence::default());
    assert_eq!(plain.request, Err(ExtractError::Encrypted));
    assert!(!plain.holds());

    let evidence = Evidence {
        receipt: Some(jws.clone()),
        ..Evidence::default()
    }
    .with_keys(&private)
    .unwrap_or_else(|e| panic!("{e}"));
    let found = inspect_with(jwe.as_bytes(), &evidence);
    assert!(found.holds(), "{:?}", found.checks(Lang::En));
    assert_eq!(found.receipt, Some(Ok(claims.clone())));
    let checks = found.checks(Lang::Sv);
    assert_eq!(checks.len(), 6);
    assert!(checks.iter().all(|c| c.status == Status::Passed));
    assert!(checks[5]
        .detail
        .as_deref()
        .unwrap_or_default()
        .contains("KIRJ-000007"));

    // The public set checks the receipt of the clear request too.
    let public = public_set(&keys).to_json();
    let evidence = Evidence {
        receipt: Some(jws),
        ..Evidence::default()
    }
    .with_keys(&public)
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(inspect_with(sealed.as_bytes(), &evidence).holds());
    // A receipt of another request fails the whole check.
    let other = ReceiptClaims {
        request_id: "another".into(),
        ..claims
    };
    let evidence = Evidence {
        receipt: Some(receipt::sign(&other, &keys[1]).unwrap_or_default()),
        ..evidence
    };
    let found = inspect_with(sealed.as_bytes(), &evidence);
    assert_eq!(found.receipt, Some(Err(OfficeError::ReceiptOtherRequest)));
    assert!(!found.holds());
    // A request that could not be opened: its receipt is not checked, and said so.
    let unopened = inspect_with(jwe.as_bytes(), &evidence);
    assert_eq!(unopened.receipt, None);
    let last = unopened.checks(Lang::Fi).pop();
    assert_eq!(last.map(|c| c.status), Some(Status::Skipped));
}

#[test]
fn a_notice_keeps_its_inline_key_set_as_read_and_refuses_a_private_part_at_once() {
    let keys = office();
    let json = public_set(&keys).to_json();
    let tree = crate::json::parse(&json).unwrap_or(crate::json::Json::Null);
    let inline = OfficeKeys::read(&tree).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(inline.key_set(), Some(Ok(public_set(&keys))));
    // Written back as it was read.
    let back: serde_json::Value = serde_json::to_value(&inline).unwrap_or_default();
    assert_eq!(
        back,
        serde_json::from_str::<serde_json::Value>(&json).unwrap_or_default()
    );
    // A private key is refused when the notice is read, before any request.
    let private = format!(r#"{{"keys":[{}]}}"#, keys[0].to_json());
    let tree = crate::json::parse(&private).unwrap_or(crate::json::Json::Null);
    let error = OfficeKeys::read(&tree)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(error.contains("private key"), "{error}");
    // A malformed inline set is read, and refused when it is used.
    let tree = crate::json::parse(r#"{"keys":[{"kty":"RSA"}]}"#).unwrap_or(crate::json::Json::Null);
    let read = OfficeKeys::read(&tree).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(read.key_set(), Some(Err(OfficeError::KeySet(_)))));
    assert!(OfficeKeys::read(&crate::json::Json::Bool(true)).is_err());
}
