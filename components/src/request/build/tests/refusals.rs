//! What build() and the contract rules refuse, and the payload against its checked-in
//! contract sample.

use super::*;

#[test]
fn incomplete_answers_and_broken_contracts_are_errors_not_payloads() {
    let form = shipped_form(RequestKind::Access);
    let a = initial_answers(&form, Lang::Fi, TODAY);
    assert!(
        matches!(build(&form, &a, &notice("pieksamaki-lapsiperheet"), envelope(vec![])), Err(BuildError::Answers(e)) if !e.is_empty())
    );
    let bad_file = Attachment {
        field: "power_of_attorney".into(),
        name: "x.pdf".into(),
        media_type: "application/pdf".into(),
        size: 1,
        sha256: "not hex".into(),
    };
    let extra = [
        ("acting_for", "authorised_person"),
        ("subject_name", "Pekka"),
        ("subject_identity_code", "131052-308T"),
        ("power_of_attorney", "x.pdf"),
    ];
    match build_kind(RequestKind::Access, &extra, vec![bad_file]) {
        Err(BuildError::Contract(e)) => {
            assert_eq!(e.0, ["attachments[0].sha256"]);
            assert!(e.message(Lang::En).contains("nothing was sent"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_contract_rules_refuse_what_a_server_must_refuse() {
    let mut p = build_kind(RequestKind::Access, &[], vec![]).unwrap_or_else(|e| panic!("{e:?}"));
    p.requester.identity = Identity::PersonalIdentityCode {
        value: "131052-308U".into(),
        temporary: false,
    };
    p.requester.phone = Some("040 123 4567".into()); // not E.164
    p.id = "not-a-uuid".into();
    p.created_at = "22.11.2026".into();
    p.details.insert("x".into(), " ".into());
    let error = p.check().err().unwrap_or(PayloadError(vec![]));
    assert_eq!(
        error.0,
        [
            "created_at",
            "details",
            "id",
            "requester.identity",
            "requester.phone"
        ]
    );
    // The members are for the site's staff; the citizen is told in words only.
    assert_eq!(
        error.detail(),
        "the payload breaks its contract at created_at, details, id, requester.identity, requester.phone"
    );
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        let message = error.message(lang);
        assert!(message.ends_with('.'), "{message}");
        assert!(
            !message.contains("requester") && !message.contains('_'),
            "{message}"
        );
    }
}

/// The payload of a guardian's log-data request, as checked in: the contract tests validate
/// the same file against public/schemas/request.schema.json, so the Rust types and the JSON
/// Schema cannot drift apart.
#[test]
fn the_payload_matches_the_checked_in_contract_sample() {
    let extra = [
        ("acting_for", "guardian_of_minor"),
        ("subject_name", "Aino Meikäläinen"),
        ("subject_identity_code", "010515A123H"),
        ("misuse_suspected", "yes"),
        ("misuse_when", "keväällä 2026"),
        ("misuse_how", "Naapuri tiesi asioita"),
        ("phone", "040 123 4567"),
        ("answer_lang", "sv"),
    ];
    let p = build_kind(RequestKind::LogData, &extra, vec![]).unwrap_or_else(|e| panic!("{e:?}"));
    let json = serde_json::to_string_pretty(&p).unwrap_or_default();
    let sample = include_str!("../../../../../tests/fixtures/payloads/log_data_guardian.json");
    if std::env::var_os("SELOSTE_WRITE_FIXTURES").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/payloads/log_data_guardian.json"
        );
        std::fs::write(path, format!("{json}\n")).unwrap_or_else(|e| panic!("{e}"));
    }
    assert_eq!(
        json.trim(),
        sample.trim(),
        "rerun with SELOSTE_WRITE_FIXTURES=1 after a deliberate change"
    );
}

#[test]
fn every_kind_refuses_each_of_its_own_required_answers_left_out() {
    for kind in RequestKind::ALL {
        let form = shipped_form(kind);
        for (left_out, _) in own_answers(kind) {
            let required = form.field(left_out).is_some_and(|f| f.required);
            if !required {
                continue;
            }
            let mut a = initial_answers(&form, Lang::Fi, TODAY);
            for (k, v) in requester().into_iter().chain(own_answers(kind)) {
                if k != left_out {
                    a.insert(k.into(), v.into());
                }
            }
            match build(
                &form,
                &a,
                &notice("pieksamaki-lapsiperheet"),
                envelope(vec![]),
            ) {
                Err(BuildError::Answers(errors)) => {
                    assert_eq!(
                        errors.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(),
                        [left_out],
                        "{kind:?}"
                    );
                    assert!(!errors[0].problem.message(Lang::Sv).is_empty());
                }
                other => panic!("{kind:?} without {left_out}: {other:?}"),
            }
        }
    }
}

/// A temporary code travels marked; the mark must match the code either way.
#[test]
fn the_temporary_mark_matches_the_code() {
    let mut p = build_kind(RequestKind::Access, &[], vec![]).unwrap_or_else(|e| panic!("{e:?}"));
    for (value, temporary, ok) in [
        ("010594Y9032", true, true),
        ("010594Y9032", false, false),
        ("131052-308T", true, false),
        ("131052-308T", false, true),
    ] {
        p.requester.identity = Identity::PersonalIdentityCode {
            value: value.into(),
            temporary,
        };
        assert_eq!(
            p.check().is_ok(),
            ok,
            "{value} marked temporary: {temporary}"
        );
    }
}
