//! Deadlines worked out by hand from a calendar of each year (weekdays and holidays read
//! off it, not computed here); tests/contracts/deadlines_holidays.py checks thousands more
//! against Python's `holidays` and `zoneinfo`, which we did not write.

use super::holidays::{easter_sunday, is_working_day, public_holidays, working_day_from};
use super::*;

fn day(text: &str) -> Date {
    Date::from_iso(text).expect("a day of the table")
}

/// (received, answer by, extended by, why).
const TABLE: [(&str, &str, &str, &str); 14] = [
    (
        "2026-11-22",
        "2026-12-22",
        "2027-02-22",
        "a Tuesday and a Monday: no move",
    ),
    (
        "2026-11-24",
        "2026-12-28",
        "2027-02-24",
        "Christmas Eve Thu, Christmas Fri, then the weekend",
    ),
    (
        "2025-11-24",
        "2025-12-29",
        "2026-02-24",
        "Christmas Eve on a Wednesday: five days off",
    ),
    (
        "2026-11-06",
        "2026-12-07",
        "2027-02-08",
        "Independence Day on a Sunday; 6 Feb a Saturday",
    ),
    (
        "2026-03-03",
        "2026-04-07",
        "2026-06-03",
        "Good Friday to Easter Monday",
    ),
    (
        "2026-04-14",
        "2026-05-15",
        "2026-07-14",
        "Ascension Day, Thursday 14 May",
    ),
    (
        "2026-05-19",
        "2026-06-22",
        "2026-08-19",
        "Midsummer Eve, Friday 19 June",
    ),
    (
        "2027-04-01",
        "2027-05-03",
        "2027-07-01",
        "May Day on a Saturday",
    ),
    (
        "2027-01-31",
        "2027-03-01",
        "2027-04-30",
        "no 31 February: the 28th, a Sunday",
    ),
    (
        "2028-01-31",
        "2028-02-29",
        "2028-05-02",
        "leap year; 30 April a Sunday, then May Day",
    ),
    (
        "2026-11-30",
        "2026-12-30",
        "2027-03-01",
        "no 30 February: the 28th, a Sunday",
    ),
    (
        "2026-12-06",
        "2027-01-07",
        "2027-03-08",
        "Epiphany, a Wednesday; 6 March a Saturday",
    ),
    (
        "2027-12-01",
        "2028-01-03",
        "2028-03-01",
        "New Year's Day on a Saturday",
    ),
    (
        "2026-12-29",
        "2027-01-29",
        "2027-03-30",
        "Easter Monday 29 March 2027",
    ),
];

#[test]
fn deadlines_move_off_weekends_and_holidays_as_worked_out_by_hand() {
    for (received, answer_by, extended_by, why) in TABLE {
        let deadline = Deadline::from_received(day(received));
        assert_eq!(
            (deadline.answer_by, deadline.extended_by),
            (day(answer_by), day(extended_by)),
            "received {received}: {why}"
        );
    }
}

#[test]
fn easter_and_the_holidays_of_2026_and_2027() {
    // Easter Sundays from the church's tables.
    for (year, easter) in [
        (2024, "2024-03-31"),
        (2025, "2025-04-20"),
        (2026, "2026-04-05"),
        (2027, "2027-03-28"),
        (2038, "2038-04-25"),
        (2285, "2285-03-22"),
    ] {
        assert_eq!(easter_sunday(year), day(easter), "{year}");
    }
    let days = |year| -> Vec<String> { public_holidays(year).into_iter().map(Date::iso).collect() };
    assert_eq!(
        days(2026),
        [
            "2026-01-01",
            "2026-01-06",
            "2026-04-03",
            "2026-04-05",
            "2026-04-06",
            "2026-05-01",
            "2026-05-14",
            "2026-05-24",
            "2026-06-19",
            "2026-06-20",
            "2026-10-31",
            "2026-12-06",
            "2026-12-24",
            "2026-12-25",
            "2026-12-26",
        ]
    );
    assert_eq!(
        days(2027),
        [
            "2027-01-01",
            "2027-01-06",
            "2027-03-26",
            "2027-03-28",
            "2027-03-29",
            "2027-05-01",
            "2027-05-06",
            "2027-05-16",
            "2027-06-25",
            "2027-06-26",
            "2027-11-06",
            "2027-12-06",
            "2027-12-24",
            "2027-12-25",
            "2027-12-26",
        ]
    );
}

#[test]
fn working_days() {
    assert!(is_working_day(day("2026-12-03")));
    assert!(!is_working_day(day("2026-12-05")), "a Saturday");
    assert!(!is_working_day(day("2026-12-24")), "Christmas Eve");
    assert_eq!(working_day_from(day("2026-12-03")), day("2026-12-03"));
    assert_eq!(working_day_from(day("2026-12-24")), day("2026-12-28"));
}

/// (received at, UTC, the day in Finland, why).
const MOMENTS: [(&str, &str, &str); 9] = [
    (
        "2026-11-23T22:30:00Z",
        "2026-11-24",
        "winter: UTC+2, past midnight",
    ),
    ("2026-11-23T21:59:59Z", "2026-11-23", "winter: 23:59:59"),
    ("2026-04-30T21:30:00Z", "2026-05-01", "summer: UTC+3"),
    (
        "2026-03-28T22:30:00Z",
        "2026-03-29",
        "the night summer time begins, still winter",
    ),
    (
        "2026-03-29T21:30:00Z",
        "2026-03-30",
        "the first evening of summer time",
    ),
    (
        "2026-10-24T21:30:00Z",
        "2026-10-25",
        "the night summer time ends, still summer",
    ),
    (
        "2026-10-25T21:30:00Z",
        "2026-10-25",
        "the first evening of winter time",
    ),
    (
        "2026-11-24T00:30:00+02:00",
        "2026-11-24",
        "a timestamp with an offset",
    ),
    (
        "2026-11-23T19:30:00.250-03:00",
        "2026-11-24",
        "a fraction and a western offset",
    ),
];

#[test]
fn the_day_of_receipt_is_the_day_in_finland() {
    for (moment, finnish_day, why) in MOMENTS {
        assert_eq!(
            day_in_finland(moment),
            Some(day(finnish_day)),
            "{moment}: {why}"
        );
    }
    // Received late on 23 November UTC is 24 November in Finland: Christmas moves it.
    let deadline = Deadline::received_at("2026-11-23T22:30:00Z", day("2000-01-01"));
    assert_eq!(deadline.answer_by, day("2026-12-28"));
    for bad in [
        "2026-11-23",
        "2026-11-23T22:30:00",
        "2026-11-23T24:00:00Z",
        "2026-11-23T22:60:00Z",
        "2026-11-23T22:30:00+0200",
        "2026-11-23X22:30:00Z",
        "",
    ] {
        assert_eq!(day_in_finland(bad), None, "{bad:?}");
    }
    let today = day("2026-12-03");
    assert_eq!(
        Deadline::received_at("not a time", today),
        Deadline::from_received(today)
    );
}

#[test]
fn moments_as_a_citizen_reads_them() {
    use crate::i18n::Lang;
    let at = "2026-12-03T12:05:09Z";
    assert_eq!(
        moment_text(at, Lang::Fi).as_deref(),
        Some("3.12.2026 klo 14.05")
    );
    assert_eq!(
        moment_text(at, Lang::Sv).as_deref(),
        Some("3.12.2026 kl. 14.05")
    );
    assert_eq!(
        moment_text(at, Lang::En).as_deref(),
        Some("3.12.2026 at 14:05")
    );
    // Summer time, and past midnight in Finland.
    let late = "2026-07-01T21:30:00Z";
    assert_eq!(
        moment_text(late, Lang::Fi).as_deref(),
        Some("2.7.2026 klo 0.30")
    );
    assert_eq!(moment_text("yesterday", Lang::Fi), None);
}
