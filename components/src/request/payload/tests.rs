use super::*;
use serde_json::json;

fn sample() -> Payload {
    Payload {
        schema: SCHEMA.into(),
        id: "0f8c2a4e-6b1d-4c3e-9a7f-2d5e8b1c4a90".into(),
        created_at: "2026-11-22T21:18:00Z".into(),
        kind: RequestKind::Access,
        lang: Lang::Fi,
        register: Register {
            notice_id: "pieksamaki-lapsiperheet".into(),
            register_name: "Perusturvan lapsiperheiden palvelujen asiakastietorekisteri".into(),
            controller: Controller {
                name: "Pieksämäen kaupunki, perusturvalautakunta".into(),
                ..Controller::default()
            },
            handled_by: None,
        },
        requester: Requester {
            name: "Maija Meikäläinen".into(),
            identity: Identity::PersonalIdentityCode {
                value: "131052-308T".into(),
                temporary: false,
            },
            address: None,
            phone: None,
            email: Some("maija@example.fi".into()),
            identified_by: None,
        },
        on_behalf: OnBehalf::None,
        details: BTreeMap::new(),
        delivery: Some("printout_by_post".into()),
        answer_lang: Some(Lang::Fi),
        place: Some("Pieksämäki".into()),
        date: Some("2026-11-22".into()),
        attachments: vec![],
        signature: Some(Signature::OnPaper),
        seal: None,
    }
}

#[test]
fn serialises_to_the_contract_names() {
    let v = serde_json::to_value(sample()).unwrap_or_default();
    assert_eq!(v["schema"], "seloste.request/1");
    assert_eq!(v["kind"], "access");
    assert_eq!(v["lang"], "fi");
    assert_eq!(v["register"]["notice_id"], "pieksamaki-lapsiperheet");
    assert_eq!(
        v["requester"]["identity"],
        json!({"type": "personal_identity_code", "value": "131052-308T"})
    );
    assert_eq!(v["on_behalf"], json!({"role": "none"}));
    assert_eq!(v["signature"], json!({"method": "on_paper"}));
    assert!(v.get("seal").is_none(), "no seal until sealed");
}

#[test]
fn signing_input_is_canonical_and_leaves_out_the_seal() {
    let mut p = sample();
    let unsealed = p.signing_input().unwrap_or_default();
    assert!(unsealed.starts_with(r#"{"answer_lang":"fi","attachments":[],"created_at":"2026-11-22T21:18:00Z","date":"2026-11-22","delivery":"printout_by_post","details":{},"id":"#), "{unsealed}");
    // Cross-check: serde_json's compact output with sorted keys is JCS for ASCII keys and
    // numbers-free strings like these.
    let mut value = serde_json::to_value(&p).unwrap_or_default();
    if let Value::Object(map) = &mut value {
        map.remove("seal");
    }
    assert_eq!(serde_json::to_string(&value).unwrap_or_default(), unsealed);
    p.seal = Some(Seal {
        alg: "ES256".into(),
        jwk: Jwk {
            kty: "EC".into(),
            crv: "P-256".into(),
            x: "x".into(),
            y: "y".into(),
        },
        digest: "d".into(),
        signature: "s".into(),
    });
    assert_eq!(
        p.signing_input().unwrap_or_default(),
        unsealed,
        "the seal is not part of what it signs"
    );
}

#[test]
fn a_payload_round_trips() {
    let mut p = sample();
    p.on_behalf = OnBehalf::GuardianOfMinor {
        subject_name: "Pikku Meikäläinen".into(),
        subject_identity: Identity::PersonalIdentityCode {
            value: "010115A1239".into(),
            temporary: false,
        },
    };
    p.attachments.push(Attachment {
        field: "power_of_attorney".into(),
        name: "valtakirja.pdf".into(),
        media_type: "application/pdf".into(),
        size: 48213,
        sha256: "ab".repeat(32),
    });
    let json = serde_json::to_string(&p).unwrap_or_default();
    assert!(json.contains(r#""role":"guardian_of_minor""#));
    assert!(json.contains(r#""type":"application/pdf""#));
    assert_eq!(serde_json::from_str::<Payload>(&json).ok(), Some(p));
}
