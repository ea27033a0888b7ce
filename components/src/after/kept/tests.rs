use super::*;
use crate::request::payload::{personal_strings, shipped_payload, Payload};

fn shipped() -> Payload {
    shipped_payload()
}

fn entry() -> Kept {
    Kept::of_receipt(&Receipt::new(shipped(), Date::ymd(2026, 11, 22)))
}

#[test]
fn an_entry_holds_nothing_of_the_person() {
    let payload = shipped();
    let kept = entry();
    let mut list = KeptList::new();
    list.keep(kept.clone());
    let stored = list.to_json();
    for personal in personal_strings(&payload) {
        assert!(!stored.contains(&personal), "{personal:?} kept in {stored}");
    }
    assert_eq!(
        kept.reference,
        crate::request::reference::reference(&payload.id)
    );
    assert_eq!(kept.kind, payload.kind);
    assert_eq!(kept.register, payload.register.register_name);
    assert_eq!(Some(kept.sent), Date::from_iso(&payload.created_at));
    assert_eq!(kept.status, Status::Waiting);
}

#[test]
fn the_list_is_read_back_and_a_foreign_text_is_refused() {
    let mut list = KeptList::new();
    let kept = entry();
    list.keep(kept.clone());
    list.set_status(
        &kept.reference,
        &kept.controller,
        Status::Refused,
        Date::ymd(2026, 12, 1),
    );
    let again = KeptList::from_json(Some(&list.to_json())).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again, list);
    assert_eq!(KeptList::from_json(None), Ok(KeptList::new()));
    for foreign in [
        "[]",
        "{\"format\":\"other/1\",\"requests\":[]}",
        "{\"format\":\"seloste.my-requests/1\",\"requests\":[{\"reference\":\"X\"}]}",
        "{\"format\":\"seloste.my-requests/1\",\"requests\":[],\"identity\":\"010101-123N\"}",
        "not json",
    ] {
        assert!(KeptList::from_json(Some(foreign)).is_err(), "{foreign}");
    }
}

#[test]
fn keeping_again_replaces_and_keeps_the_status() {
    let mut list = KeptList::new();
    let kept = entry();
    let (r, c) = (kept.reference.clone(), kept.controller.clone());
    list.keep(kept.clone());
    list.set_status(&r, &c, Status::Extended, Date::ymd(2026, 12, 10));
    list.keep(kept.clone());
    assert_eq!(list.requests.len(), 1);
    assert_eq!(list.requests[0].status, Status::Extended);
    assert_eq!(list.requests[0].status_on, Some(Date::ymd(2026, 12, 10)));
    list.set_status(&r, &c, Status::Waiting, Date::ymd(2026, 12, 11));
    assert_eq!(list.requests[0].status_on, None);
    // Another organisation's request of the same reference is another entry.
    let mut other = kept.clone();
    other.controller = "Toinen kunta".into();
    list.keep(other);
    assert_eq!(list.requests.len(), 2);
    list.remove(&r, "Kolmas kunta");
    list.remove(&r, &c);
    assert_eq!(list.requests.len(), 1);
    assert_eq!(list.requests[0].controller, "Toinen kunta");
}

#[test]
fn days_left_count_to_the_due_day_and_extension_moves_it() {
    let mut kept = entry();
    kept.sent = Date::ymd(2026, 1, 31);
    // No 31 February: the 28th, a Saturday, so Monday 2 March.
    assert_eq!(kept.due(), Date::ymd(2026, 3, 2));
    assert_eq!(kept.days_left(Date::ymd(2026, 2, 18)), 12);
    assert_eq!(kept.days_left(Date::ymd(2026, 3, 2)), 0);
    assert_eq!(kept.ground(Date::ymd(2026, 3, 2)), None);
    assert_eq!(kept.days_left(Date::ymd(2026, 3, 5)), -3);
    assert_eq!(kept.ground(Date::ymd(2026, 3, 3)), Some(Ground::NoAnswer));
    kept.status = Status::Extended;
    assert_eq!(kept.due(), Date::ymd(2026, 4, 30));
    assert_eq!(kept.ground(Date::ymd(2026, 3, 3)), None);
    assert_eq!(kept.ground(Date::ymd(2026, 5, 1)), Some(Ground::NoAnswer));
    for (status, ground) in [
        (Status::Answered, None),
        (Status::Refused, Some(Ground::Refused)),
        (Status::Fee, Some(Ground::Fee)),
        (Status::Identification, Some(Ground::Identification)),
        (Status::NoAnswer, Some(Ground::NoAnswer)),
    ] {
        kept.status = status;
        // Before the deadline too: what the controller did is the ground.
        assert_eq!(kept.ground(Date::ymd(2026, 2, 1)), ground, "{status:?}");
    }
}

#[test]
fn an_entry_typed_in_is_checked() {
    let today = Date::ymd(2026, 12, 2);
    let typed = Kept::typed(
        " ABC  123 ",
        "Kunta",
        "",
        RequestKind::Access,
        "3.11.2026",
        today,
    );
    let kept = typed.unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(kept.reference, "ABC 123");
    assert_eq!(kept.sent, Date::ymd(2026, 11, 3));
    assert_eq!(kept.due(), Date::ymd(2026, 12, 3));
    let typed = |r: &str, c: &str, d: &str| Kept::typed(r, c, "", RequestKind::Access, d, today);
    assert_eq!(typed("", "Kunta", "3.11.2026"), Err(EntryError::Reference));
    assert_eq!(typed("A", " ", "3.11.2026"), Err(EntryError::Organisation));
    assert_eq!(typed("A", "Kunta", "31.11.2026"), Err(EntryError::SentDate));
    assert_eq!(typed("A", "Kunta", "3.12.2026"), Err(EntryError::SentLater));
    assert!(typed("A", "Kunta", "2026-11-03").is_ok());
    for text in EntryError::ALL_FOR_TEST {
        for lang in Lang::ALL {
            assert!(!text.message().get(lang).is_empty());
        }
    }
}

impl EntryError {
    const ALL_FOR_TEST: [EntryError; 4] = [
        EntryError::Reference,
        EntryError::Organisation,
        EntryError::SentDate,
        EntryError::SentLater,
    ];
}

#[test]
fn days_are_read_as_people_type_them() {
    assert_eq!(read_day("3.11.2026"), Some(Date::ymd(2026, 11, 3)));
    assert_eq!(read_day(" 03.11.2026 "), Some(Date::ymd(2026, 11, 3)));
    assert_eq!(read_day("2026-11-03"), Some(Date::ymd(2026, 11, 3)));
    for bad in [
        "3.11.26",
        "3.11",
        "3.11.2026.",
        "a.b.c",
        "29.2.2026",
        "",
        "2026-11-03T10:00",
    ] {
        assert_eq!(read_day(bad), None, "{bad:?}");
    }
}

#[test]
fn days_left_are_said_in_each_language() {
    assert_eq!(days_left_text(12, Lang::Fi), "12 päivää jäljellä");
    assert_eq!(days_left_text(1, Lang::Sv), "1 dag kvar");
    assert_eq!(days_left_text(0, Lang::En), "Due today");
    assert_eq!(
        days_left_text(-3, Lang::Fi),
        "Määräaika päättyi 3 päivää sitten"
    );
    assert_eq!(days_left_text(-1, Lang::En), "1 day past the deadline");
    assert_eq!(
        days_left_text(-2, Lang::Sv),
        "Tiden gick ut för 2 dagar sedan"
    );
    for status in Status::ALL {
        for lang in Lang::ALL {
            assert!(!status.label().get(lang).is_empty());
        }
    }
}
