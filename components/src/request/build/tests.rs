//! Every request kind, completed on the shipped forms, yields a payload that keeps its
//! contract; the parts of the payload come from the right answers.

use super::*;
use crate::request::form::initial_answers;
use crate::request::spec::tests::shipped_form;
use crate::request::RequestKind;

fn notice(_: &str) -> Notice {
    let json = include_str!("../../../../public/notices/pieksamaki-lapsiperheet.json");
    Notice::from_json(json).unwrap_or_else(|e| panic!("{e:?}"))
}

const TODAY: Date = Date::ymd(2026, 11, 22);
const ID: &str = "0f8c2a4e-6b1d-4c3e-9a7f-2d5e8b1c4a90";

fn envelope(attachments: Vec<Attachment>) -> Envelope {
    Envelope {
        id: ID.into(),
        created_at: "2026-11-22T10:15:00Z".into(),
        lang: Lang::Fi,
        today: TODAY,
        attachments,
        identified_by: None,
    }
}

fn requester() -> Vec<(&'static str, &'static str)> {
    vec![
        ("name", "Maija Meikäläinen"),
        ("identity_code", "131052-308T"),
        ("email", "maija@example.fi"),
        ("place", "Pieksämäki"),
        ("signature_method", "on_paper"),
    ]
}

/// The kind's own answers that complete its form; every kind asks how the answer is
/// wanted (`delivery`).
fn own_answers(kind: RequestKind) -> Vec<(&'static str, &'static str)> {
    let mut own = kind_answers(kind);
    if !own.iter().any(|(k, _)| *k == "delivery") {
        own.push(("delivery", "secure_electronic"));
    }
    own
}

fn kind_answers(kind: RequestKind) -> Vec<(&'static str, &'static str)> {
    match kind {
        RequestKind::Access => vec![("access_scope", "all"), ("delivery", "viewing_at_office")],
        RequestKind::Rectification => vec![
            ("current_data", "Osoite: Kuja 1"),
            ("correct_data", "Osoite: Katu 2"),
            ("grounds", "Muutin"),
        ],
        RequestKind::LogData => vec![
            ("log_period_start", "1.1.2026"),
            ("log_period_end", "1.6.2026"),
            ("misuse_suspected", "no"),
            ("delivery", "secure_electronic"),
        ],
        RequestKind::Erasure => vec![
            ("erasure_data", "Markkinointirekisteri"),
            ("erasure_ground", "consent_withdrawn"),
        ],
        RequestKind::Restriction => vec![
            ("restriction_data", "Osoitetiedot"),
            ("restriction_ground", "accuracy_contested"),
        ],
        RequestKind::Portability => vec![
            ("portability_data", "Tilaukset"),
            ("portability_format", "json"),
            ("portability_to", "me"),
        ],
        RequestKind::Objection => vec![
            ("objection_processing", "Suoramarkkinointi"),
            ("objection_ground", "direct_marketing"),
        ],
        RequestKind::ConsentWithdrawal => vec![("consent_scope", "all")],
        RequestKind::Other => vec![
            ("other_topic", "question"),
            ("other_description", "Kysymys"),
        ],
    }
}

fn build_kind(
    kind: RequestKind,
    extra: &[(&str, &str)],
    attachments: Vec<Attachment>,
) -> Result<Payload, BuildError> {
    let form = shipped_form(kind);
    let mut a = initial_answers(&form, Lang::Fi, TODAY);
    for (k, v) in requester()
        .into_iter()
        .chain(own_answers(kind))
        .chain(extra.iter().copied())
    {
        a.insert(k.into(), v.into());
    }
    build(
        &form,
        &a,
        &notice("pieksamaki-lapsiperheet"),
        envelope(attachments),
    )
}

#[test]
fn every_kind_yields_a_payload_that_keeps_its_contract() {
    for kind in RequestKind::ALL {
        let payload = match build_kind(kind, &[], vec![]) {
            Ok(p) => p,
            Err(e) => panic!("{kind:?}: {e:?}"),
        };
        assert_eq!(payload.kind, kind);
        assert_eq!(payload.check(), Ok(()));
        assert_eq!(payload.requester.name, "Maija Meikäläinen");
        assert_eq!(payload.on_behalf, OnBehalf::None);
        assert_eq!(payload.answer_lang, Some(Lang::Fi));
        assert_eq!(payload.place.as_deref(), Some("Pieksämäki"));
        assert_eq!(payload.date.as_deref(), Some("2026-11-22"));
        assert_eq!(payload.register.notice_id, "pieksamaki-lapsiperheet");
        for (id, value) in own_answers(kind) {
            if id == "delivery" {
                assert_eq!(payload.delivery.as_deref(), Some(value));
            } else if id.ends_with("_start") || id.ends_with("_end") {
                assert!(payload.details[id].starts_with("2026-"), "{id}");
            } else {
                assert_eq!(payload.details[id], value, "{kind:?} {id}");
            }
        }
        for fixed in PAYLOAD_FIELDS {
            assert!(
                !payload.details.contains_key(fixed),
                "{fixed} leaked into details"
            );
        }
    }
}

#[test]
fn the_address_and_phone_are_put_together_for_the_office() {
    let p = build_kind(
        RequestKind::Access,
        &[
            ("delivery", "printout_by_post"),
            ("street_address", "Keskuskatu 1 A 2"),
            ("postal_code", "76100"),
            ("city", "Pieksämäki"),
            ("phone", "040 123 4567"),
        ],
        vec![],
    );
    let p = p.unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        p.requester.address.as_deref(),
        Some("Keskuskatu 1 A 2, 76100 Pieksämäki")
    );
    assert_eq!(p.requester.phone.as_deref(), Some("+358401234567"));
    assert_eq!(p.delivery.as_deref(), Some("printout_by_post"));
}

#[test]
fn a_guardian_says_who_is_who() {
    let p = build_kind(
        RequestKind::LogData,
        &[
            ("acting_for", "guardian_of_minor"),
            ("subject_name", "Aino Meikäläinen"),
            ("subject_identity_code", "010515A123H"),
        ],
        vec![],
    );
    let p = p.unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        p.on_behalf,
        OnBehalf::GuardianOfMinor {
            subject_name: "Aino Meikäläinen".into(),
            subject_identity: Identity::PersonalIdentityCode {
                value: "010515A123H".into(),
                temporary: false,
            },
        }
    );
    let json = serde_json::to_value(&p).unwrap_or_default();
    assert_eq!(json["on_behalf"]["role"], "guardian_of_minor");
    assert_eq!(json["requester"]["identity"]["value"], "131052-308T");
}

#[test]
fn an_authorised_person_sends_the_power_of_attorney() {
    let file = Attachment {
        field: "power_of_attorney".into(),
        name: "valtakirja.pdf".into(),
        media_type: "application/pdf".into(),
        size: 12_345,
        sha256: "ab".repeat(32),
    };
    let extra = [
        ("acting_for", "authorised_person"),
        ("subject_name", "Pekka Virtanen"),
        ("subject_identity_method", "other_id"),
        ("subject_birth_date", "1.2.1950"),
        ("power_of_attorney", "valtakirja.pdf"),
    ];
    let p = build_kind(RequestKind::Access, &extra, vec![file.clone()])
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(
        matches!(&p.on_behalf, OnBehalf::AuthorisedPerson { subject_identity: Identity::DateOfBirthAndIdentifier { date_of_birth, .. }, .. } if date_of_birth == "1950-02-01")
    );
    assert_eq!(p.attachments, vec![file.clone()]);
    // Switching back to one's own data drops the file.
    let p = build_kind(
        RequestKind::Access,
        &[("power_of_attorney", "valtakirja.pdf")],
        vec![file],
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(p.attachments.is_empty());
}

#[test]
fn the_signature_is_recorded_by_its_method() {
    let signed = |extra: &[(&'static str, &'static str)]| {
        build_kind(RequestKind::Access, extra, vec![]).map(|p| p.signature)
    };
    assert_eq!(
        signed(&[]).ok().flatten(),
        Some(Signature::OnPaper),
        "on paper by default in these tests"
    );
    assert_eq!(
        signed(&[
            ("signature_method", "typed"),
            ("signature_name", " Maija Meikäläinen ")
        ])
        .ok()
        .flatten(),
        Some(Signature::Typed {
            name: "Maija Meikäläinen".into()
        })
    );
    assert_eq!(
        signed(&[
            ("signature_method", "drawn"),
            (
                "signature_drawing",
                "10,500 200,300 400,700;600,500 900,520"
            )
        ])
        .ok()
        .flatten(),
        Some(Signature::Drawn {
            strokes: vec![
                vec![(10, 500), (200, 300), (400, 700)],
                vec![(600, 500), (900, 520)]
            ]
        })
    );
    // A drawing left from before choosing to type the name is not sent.
    let typed = signed(&[
        ("signature_method", "typed"),
        ("signature_name", "Maija"),
        ("signature_drawing", "10,500 200,300"),
    ]);
    assert!(matches!(typed, Ok(Some(Signature::Typed { .. }))));
    // The chosen method's own answer is required, and a dot is no signature.
    for (extra, field) in [
        (vec![("signature_method", "typed")], "signature_name"),
        (vec![("signature_method", "drawn")], "signature_drawing"),
        (
            vec![("signature_method", "drawn"), ("signature_drawing", "5,5")],
            "signature_drawing",
        ),
    ] {
        match signed(&extra) {
            Err(BuildError::Answers(errors)) => assert_eq!(errors[0].field, field),
            other => panic!("{extra:?}: {other:?}"),
        }
    }
}

#[test]
fn a_host_verified_identity_is_recorded_with_who_verified_it() {
    let form = shipped_form(RequestKind::Access);
    let mut a = initial_answers(&form, Lang::Fi, TODAY);
    for (k, v) in requester()
        .into_iter()
        .chain(own_answers(RequestKind::Access))
    {
        a.insert(k.into(), v.into());
    }
    // Whatever was typed (a draft from before the portal identified the person) gives way.
    a.insert("name".into(), "Someone Else".into());
    a.insert("identity_code".into(), "010101-123N".into());
    let verified =
        crate::request::verified::Verified::new("Maija Meikäläinen", "131052-308t", "Suomi.fi")
            .unwrap_or_else(|e| panic!("{e:?}"));
    verified.apply(&mut a);
    let mut env = envelope(vec![]);
    env.identified_by = Some(verified.by.clone());
    let p = build(&form, &a, &notice("pieksamaki-lapsiperheet"), env)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(p.requester.name, "Maija Meikäläinen");
    assert_eq!(
        p.requester.identity,
        Identity::PersonalIdentityCode {
            value: "131052-308T".into(),
            temporary: false,
        }
    );
    assert_eq!(p.requester.identified_by.as_deref(), Some("Suomi.fi"));
    let json = serde_json::to_string(&p).unwrap_or_default();
    assert!(json.contains(r#""identified_by":"Suomi.fi""#));
}

mod refusals;
