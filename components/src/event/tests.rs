use super::*;
use crate::date::Date;
use crate::deadline::Deadline;

const TODAY: Date = Date::ymd(2026, 11, 22);

fn read(detail: &str) -> serde_json::Value {
    serde_json::from_str(detail).unwrap_or_else(|e| panic!("{detail}: {e}"))
}

#[test]
fn submitted_carries_the_receipt_and_the_payload() {
    let made = submitted(
        "AB12-CD34",
        "2026-01-31T10:15:00Z",
        &DeliveryState::Made,
        Told::Payload(r#"{"id":"x"}"#),
        &Deadline::received_at("2026-01-31T10:15:00Z", TODAY),
    );
    assert_eq!(
        made,
        r#"{"reference":"AB12-CD34","created_at":"2026-01-31T10:15:00Z","deadline":{"answer_by":"2026-03-02","extended_by":"2026-04-30"},"status":"made","payload":{"id":"x"}}"#
    );
    let delivered = DeliveryState::Delivered {
        backend_reference: Some("DNRO \"7\"".into()),
        at: "2026-01-31T10:15:02Z".into(),
    };
    let detail = read(&submitted(
        "AB12-CD34",
        "2026-01-31T10:15:00Z",
        &delivered,
        Told::Summary(r#"{"id":"x","kind":"access"}"#),
        &Deadline::received_at("2026-01-31T10:15:00Z", TODAY),
    ));
    assert_eq!(detail["status"], "delivered");
    assert_eq!(detail["backend_reference"], "DNRO \"7\"");
    assert_eq!(detail["delivered_at"], "2026-01-31T10:15:02Z");
    assert_eq!(detail["request"]["kind"], "access");
    assert!(detail.get("payload").is_none());
    let queued = read(&submitted(
        "AB12-CD34",
        "2026-01-31T10:15:00Z",
        &DeliveryState::Queued,
        Told::Payload("{}"),
        &Deadline::received_at("2026-01-31T10:15:00Z", TODAY),
    ));
    assert_eq!(queued["status"], "queued");
    assert!(queued.get("delivered_at").is_none());
}

#[test]
fn errors_say_what_and_which_request() {
    assert_eq!(
        error(None, "Lomaketta ei voitu ladata.", false),
        r#"{"message":"Lomaketta ei voitu ladata."}"#
    );
    let detail = read(&error(Some("AB12-CD34"), "kept \"later\"\n", true));
    assert_eq!(detail["reference"], "AB12-CD34");
    assert_eq!(detail["queued"], true);
    assert_eq!(detail["message"], "kept \"later\"\n");
}

#[test]
fn pdf_and_request_details() {
    assert_eq!(
        pdf("AB12-CD34", "pyynto-AB12-CD34.pdf", 31_000, 14),
        r#"{"reference":"AB12-CD34","file_name":"pyynto-AB12-CD34.pdf","size":31000,"ms":14}"#
    );
    for kind in RequestKind::ALL {
        assert_eq!(read(&request(kind))["kind"], kind.name());
    }
}

/// The schema's names (read with serde_json) are the ones written here.
#[test]
fn the_schema_describes_these_events() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/schemas/events.schema.json"
    );
    let schema = read(&std::fs::read_to_string(path).unwrap_or_default());
    for name in [SUBMITTED, ERROR, PDF, REQUEST] {
        assert!(
            schema["$defs"][name].is_object(),
            "events.schema.json has no {name}"
        );
    }
    let status: Vec<&str> = schema["$defs"][SUBMITTED]["properties"]["status"]["enum"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    assert_eq!(status, DeliveryState::NAMES);
    for state in [
        DeliveryState::Made,
        DeliveryState::Queued,
        DeliveryState::Delivered {
            backend_reference: None,
            at: String::new(),
        },
    ] {
        assert!(DeliveryState::NAMES.contains(&state.name()));
    }
}

/// By default the host page hears of a request without anything personal but the masked
/// code: on the shipped payload, with each kind of identity, no name, contact detail or
/// answer, and no whole code of the requester or of the person acted for.
#[test]
fn the_summary_tells_nothing_personal() {
    use crate::id::Country;
    use crate::request::identity::Identity;
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/payloads/log_data_guardian.json"
    );
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let shipped: Payload = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let with = |identity: Identity| {
        let mut p = shipped.clone();
        p.requester.identity = identity;
        p
    };
    let payloads = [
        shipped.clone(),
        with(Identity::NationalIdentityNumber {
            country: Country::Se,
            value: "19811218-9876".into(),
        }),
        with(Identity::DateOfBirthAndIdentifier {
            date_of_birth: "1987-03-27".into(),
            identifier_type: Some("passport".into()),
            identifier: Some("P1234567".into()),
        }),
    ];
    for payload in payloads {
        let summary = summary(&payload);
        let told = read(&summary);
        assert_eq!(told["id"], payload.id.as_str());
        assert_eq!(told["kind"], payload.kind.name());
        assert_eq!(told["lang"], payload.lang.name());
        assert_eq!(told["notice_id"], payload.register.notice_id.as_str());
        assert_eq!(
            told["identity"],
            payload.requester.identity.masked().as_str()
        );
        let personal = crate::request::payload::personal_strings(&payload);
        for p in personal {
            assert!(!summary.contains(&p), "the summary tells {p:?}: {summary}");
        }
    }
}
