use super::*;
use crate::after::kept::Kept;
use crate::deadline::Deadline;
use crate::request::payload::{personal_strings, shipped_payload, Payload};

fn shipped() -> Payload {
    shipped_payload()
}

fn receipt(payload: Payload) -> Receipt {
    Receipt::new(payload, Date::ymd(2026, 11, 22))
}

/// The content lines, unfolded (a CRLF followed by a space joins two lines).
fn unfolded(file: &str) -> Vec<String> {
    file.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn unescaped(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn two_all_day_events_on_the_two_deadlines() {
    let payload = shipped();
    let receipt = receipt(payload.clone());
    let made = Date::from_iso(&payload.created_at).unwrap_or(Date::ymd(2000, 1, 1));
    assert_eq!(receipt.deadline, Deadline::from_received(made));
    for lang in Lang::ALL {
        let file = deadline_calendar(&receipt, lang);
        assert!(file.ends_with("END:VCALENDAR\r\n"), "{file}");
        assert!(
            !file.replace("\r\n", "").contains('\n'),
            "only CRLF ends lines"
        );
        let lines = unfolded(&file);
        let starts: Vec<&str> = lines
            .iter()
            .filter_map(|l| l.strip_prefix("DTSTART;VALUE=DATE:"))
            .collect();
        let (a, e) = (receipt.deadline.answer_by, receipt.deadline.extended_by);
        assert_eq!(starts, [basic_date(a), basic_date(e)]);
        let ends: Vec<&str> = lines
            .iter()
            .filter_map(|l| l.strip_prefix("DTEND;VALUE=DATE:"))
            .collect();
        assert_eq!(ends, [basic_date(a.add_days(1)), basic_date(e.add_days(1))]);
        let uids: Vec<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), 2);
        assert_ne!(uids[0], uids[1]);
        for summary in lines.iter().filter_map(|l| l.strip_prefix("SUMMARY:")) {
            assert!(summary.contains(&receipt.reference), "{summary}");
            assert!(
                summary.contains(payload.kind.title().get(lang)),
                "{summary}"
            );
        }
        let stamp = lines.iter().find_map(|l| l.strip_prefix("DTSTAMP:"));
        assert_eq!(stamp, basic_utc(&payload.created_at).as_deref());
    }
}

#[test]
fn the_file_holds_nothing_personal() {
    let payload = shipped();
    let personal = personal_strings(&payload);
    for lang in Lang::ALL {
        let file = unfolded(&deadline_calendar(&receipt(payload.clone()), lang))
            .iter()
            .map(|l| unescaped(l))
            .collect::<Vec<_>>()
            .join("\n");
        for p in &personal {
            assert!(
                !file.contains(p.as_str()),
                "the calendar tells {p:?}:\n{file}"
            );
        }
        // Not even the birth date in the code (131052 is 13.10.1952), nor the digits.
        assert!(!file.contains("1952"), "{file}");
        assert!(file.contains(&payload.register.register_name), "{file}");
    }
}

#[test]
fn lines_are_folded_at_75_octets_and_text_escaped() {
    let mut payload = shipped();
    let name = "Västra Nylands välfärdsområde; register för klienter, \\ patienter och 🧾 kvitton\npå många rader, åäö ÅÄÖ ".repeat(3);
    payload.register.register_name = name.clone();
    payload.register.controller.name = "Kunta, \"lainausmerkein\"; ja puolipistein".into();
    payload.register.handled_by = None;
    let file = deadline_calendar(&receipt(payload.clone()), Lang::Sv);
    for line in file.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let lines = unfolded(&file);
    let description = lines
        .iter()
        .find_map(|l| l.strip_prefix("DESCRIPTION:"))
        .unwrap_or_default();
    // Unescaped, the description gives back the register's name and the office's.
    let read = unescaped(description);
    assert!(read.contains(name.as_str()), "{read}");
    assert!(read.contains(&payload.register.controller.name), "{read}");
    // Nothing in a TEXT value is left unescaped.
    for c in [';', ','] {
        let raw = description.replace(&format!("\\{c}"), "");
        assert!(!raw.contains(c), "an unescaped {c:?} in {description}");
    }
}

#[test]
fn the_office_that_answers_is_the_one_that_handles_requests() {
    let mut payload = shipped();
    let mut office = payload.register.controller.clone();
    office.name = "Keski-Suomen hyvinvointialue, tietopyynnöt".into();
    payload.register.handled_by = Some(office);
    let file = unescaped(&unfolded(&deadline_calendar(&receipt(payload), Lang::Fi)).join("\n"));
    assert!(
        file.contains("Pyyntöön vastaa: Keski-Suomen hyvinvointialue, tietopyynnöt"),
        "{file}"
    );
}

#[test]
fn utc_times_are_written_in_basic_form() {
    assert_eq!(
        basic_utc("2026-11-22T21:18:05Z").as_deref(),
        Some("20261122T211805Z")
    );
    assert_eq!(
        basic_utc("2026-11-22T21:18:05.123Z").as_deref(),
        Some("20261122T211805Z")
    );
    assert_eq!(basic_utc("2026-11-22T21:18:05+02:00"), None);
    assert_eq!(basic_utc("2026-11-22"), None);
    assert_eq!(basic_utc("2026-11-22T2:18:05Z"), None);
}

#[test]
fn a_kept_entry_gives_the_same_days_and_a_safe_uid() {
    let receipt = receipt(shipped());
    let kept = Kept::of_receipt(&receipt);
    let from_kept = unfolded(&kept_calendar(&kept, Lang::Fi));
    let from_receipt = unfolded(&deadline_calendar(&receipt, Lang::Fi));
    let starts = |lines: &[String]| -> Vec<String> {
        lines
            .iter()
            .filter(|l| l.starts_with("DTSTART") || l.starts_with("SUMMARY"))
            .cloned()
            .collect()
    };
    assert_eq!(starts(&from_kept), starts(&from_receipt));
    let typed = Kept::typed(
        "Dnro 12/2026; kirje",
        "Kunta",
        "",
        crate::request::RequestKind::Erasure,
        "3.11.2026",
        Date::ymd(2026, 12, 2),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    let lines = unfolded(&kept_calendar(&typed, Lang::En));
    assert!(
        lines.contains(&"UID:Dnro_12_2026__kirje-20261103-answer@seloste".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20261203".to_string()),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("SUMMARY:") && l.contains("Dnro 12/2026\\; kirje")),
        "{lines:?}"
    );
}
