//! The day a moment falls on in Finland (Europe/Helsinki): UTC+2, and UTC+3 in summer time,
//! which begins and ends at 01:00 UTC on the last Sunday of March and of October (the EU
//! rule Finland has kept since 1996, now Directive 2000/84/EC; the tz database agrees from
//! 1996 to 2040, `tests/contracts/deadlines_holidays.py`). A request received at 23:30 UTC on
//! 30 April was received on 1 May in Finland, and its time limit counts from that day.

use crate::date::Date;
use crate::i18n::Lang;

const MINUTES_A_DAY: i64 = 24 * 60;

/// The last Sunday of `month` in `year`.
fn last_sunday(year: u16, month: u8) -> Date {
    let last = Date::ymd(year, month, crate::date::days_in_month(year, month));
    let back = i64::from(last.weekday() % 7);
    Date::from_day_number(last.day_number() - back).unwrap_or(last)
}

/// Whether summer time is in force at `utc` (minutes from 1970-01-01 00:00 UTC) of `year`.
fn summer_time(year: u16, utc: i64) -> bool {
    let change = |month| last_sunday(year, month).day_number() * MINUTES_A_DAY + 60;
    (change(3)..change(10)).contains(&utc)
}

/// Reads an RFC 3339 timestamp (`2026-11-22T21:18:05Z`, `2026-11-22T23:18:05+02:00`,
/// fractions of a second allowed) as minutes from 1970-01-01 00:00 UTC.
fn utc_minutes(timestamp: &str) -> Option<i64> {
    let date = Date::from_iso(timestamp)?;
    let rest = timestamp.get(10..)?;
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let number = |text: Option<&str>, max: i64| {
        let text = text?;
        (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<i64>().ok())
            .flatten()
            .filter(|n| *n <= max)
    };
    let hour = number(rest.get(0..2), 23)?;
    (rest.get(2..3)? == ":").then_some(())?;
    let minute = number(rest.get(3..5), 59)?;
    // Seconds and their fraction do not change the day's minute.
    let zone_at = rest.find(['Z', 'z', '+', '-'])?;
    let offset = match rest.get(zone_at..)? {
        "Z" | "z" => 0,
        zone => {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            (zone.len() == 6 && zone.get(3..4)? == ":").then_some(())?;
            sign * (number(zone.get(1..3), 23)? * 60 + number(zone.get(4..6), 59)?)
        }
    };
    Some(date.day_number() * MINUTES_A_DAY + hour * 60 + minute - offset)
}

/// Minutes from 1970-01-01 00:00 in Finnish time at the moment `timestamp` names.
fn finnish_minutes(timestamp: &str) -> Option<i64> {
    let utc = utc_minutes(timestamp)?;
    let utc_day = Date::from_day_number(utc.div_euclid(MINUTES_A_DAY))?;
    let offset = if summer_time(utc_day.year(), utc) {
        180
    } else {
        120
    };
    Some(utc + offset)
}

/// The day in Finland at the moment `timestamp` (RFC 3339) names; `None` when it is not
/// such a timestamp.
pub fn day_in_finland(timestamp: &str) -> Option<Date> {
    Date::from_day_number(finnish_minutes(timestamp)?.div_euclid(MINUTES_A_DAY))
}

/// The moment `timestamp` names, in Finnish time, as a citizen reads it:
/// `3.12.2026 klo 14.05`, `3.12.2026 kl. 14.05`, `3.12.2026 at 14:05`.
pub fn moment_text(timestamp: &str, lang: Lang) -> Option<String> {
    let minutes = finnish_minutes(timestamp)?;
    let day = Date::from_day_number(minutes.div_euclid(MINUTES_A_DAY))?.finnish();
    let (hour, minute) = (minutes.rem_euclid(MINUTES_A_DAY) / 60, minutes % 60);
    Some(match lang {
        Lang::Fi => format!("{day} klo {hour}.{minute:02}"),
        Lang::Sv => format!("{day} kl. {hour}.{minute:02}"),
        Lang::En => format!("{day} at {hour}:{minute:02}"),
    })
}
