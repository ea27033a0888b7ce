use super::*;
use crate::date::Date;
use crate::request::receipt::deadline_of;

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
        r#"{"id":"x"}"#,
        &deadline_of("2026-01-31T10:15:00Z", TODAY),
    );
    assert_eq!(
        made,
        r#"{"reference":"AB12-CD34","created_at":"2026-01-31T10:15:00Z","deadline":{"answer_by":"2026-02-28","extended_by":"2026-04-30"},"status":"made","payload":{"id":"x"}}"#
    );
    let delivered = DeliveryState::Delivered {
        backend_reference: Some("DNRO \"7\"".into()),
        at: "2026-01-31T10:15:02Z".into(),
    };
    let detail = read(&submitted(
        "AB12-CD34",
        "2026-01-31T10:15:00Z",
        &delivered,
        "{}",
        &deadline_of("2026-01-31T10:15:00Z", TODAY),
    ));
    assert_eq!(detail["status"], "delivered");
    assert_eq!(detail["backend_reference"], "DNRO \"7\"");
    assert_eq!(detail["delivered_at"], "2026-01-31T10:15:02Z");
    let queued = read(&submitted(
        "AB12-CD34",
        "2026-01-31T10:15:00Z",
        &DeliveryState::Queued,
        "{}",
        &deadline_of("2026-01-31T10:15:00Z", TODAY),
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
