//! The deadlines of a made request as a calendar file (iCalendar, RFC 5545): one all-day
//! event on the day the answer is due, one on the latest day it can be extended to, each
//! with the request's reference, its kind, the register and the office that answers.
//!
//! Architecture Invariant: the file holds nothing personal. It is written from the
//! receipt's (or a kept entry's, `kept.rs`) reference, deadline, kind and register only;
//! the requester, the answers and the attachments are never read here (the test reads the
//! file for them).

use crate::after::kept::Kept;
use crate::date::Date;
use crate::i18n::{ui, Lang, Text};
use crate::request::receipt::Receipt;

/// The calendar file's media type.
pub const MEDIA_TYPE: &str = "text/calendar";

const ANSWER_DUE: Text = Text::new("Vastauksen määräaika", "Sista dag för svar", "Answer due");
const EXTENDED_DUE: Text = Text::new(
    "Pidennetyn määräajan viimeinen päivä",
    "Sista dag om tiden förlängs",
    "Latest day if the time is extended",
);
const REGISTER: Text = Text::new("Rekisteri", "Register", "Register");
const ANSWERS: Text = Text::new("Pyyntöön vastaa", "Begäran besvaras av", "Answered by");
const ANSWER_RULE: Text = Text::new(
    "Rekisterinpitäjän on vastattava ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa pyynnön vastaanottamisesta (EU:n yleisen tietosuoja-asetuksen 12 artiklan 3 kohta).",
    "Den personuppgiftsansvarige ska svara utan onödigt dröjsmål och senast en månad efter att ha mottagit begäran (artikel 12.3 i EU:s dataskyddsförordning).",
    "The controller must answer without undue delay and at the latest within one month of receiving the request (Article 12(3) of the EU General Data Protection Regulation).",
);
const COUNTED_FROM: Text = Text::new(
    "Määräaika on laskettu päivästä, jona pyyntö tehtiin:",
    "Tiden har räknats från den dag då begäran gjordes:",
    "Counted from the day the request was made:",
);
const IF_LATER: Text = Text::new(
    "Jos pyyntö saapui rekisterinpitäjälle myöhemmin, määräaika päättyy vastaavasti myöhemmin.",
    "Om begäran kom in till den personuppgiftsansvarige senare går tiden ut motsvarande senare.",
    "If the request reached the controller later, the deadline is later by as much.",
);

/// What a calendar file says of one request.
struct Deadlines<'a> {
    /// The start of each event's UID: the request's random id, or a kept entry's reference.
    uid: String,
    reference: &'a str,
    kind: crate::request::RequestKind,
    register: &'a str,
    office: &'a str,
    made: Option<Date>,
    /// DTSTAMP (RFC 5545 DATE-TIME in UTC).
    stamp: String,
    deadline: crate::deadline::Deadline,
}

/// The calendar file of a receipt, in `lang`: CRLF lines folded at 75 octets.
pub fn deadline_calendar(receipt: &Receipt, lang: Lang) -> String {
    let payload = &receipt.payload;
    let register = &payload.register;
    let office = register.handled_by.as_ref().unwrap_or(&register.controller);
    calendar(
        &Deadlines {
            uid: payload.id.clone(),
            reference: &receipt.reference,
            kind: payload.kind,
            register: &register.register_name,
            office: &office.name,
            made: receipt.counted_from(),
            stamp: basic_utc(&payload.created_at)
                .unwrap_or_else(|| format!("{}T000000Z", basic_date(receipt.deadline.answer_by))),
            deadline: receipt.deadline,
        },
        lang,
    )
}

/// The calendar file of a request kept on this device ("my requests"), in `lang`.
pub fn kept_calendar(kept: &Kept, lang: Lang) -> String {
    // A reference typed in may hold anything: the UID keeps letters, digits and dashes.
    let uid = crate::after::kept::file_part(&kept.reference);
    calendar(
        &Deadlines {
            uid: format!("{uid}-{}", basic_date(kept.sent)),
            reference: &kept.reference,
            kind: kept.kind,
            register: &kept.register,
            office: &kept.controller,
            made: Some(kept.sent),
            stamp: format!("{}T000000Z", basic_date(kept.sent)),
            deadline: kept.deadline(),
        },
        lang,
    )
}

fn calendar(d: &Deadlines, lang: Lang) -> String {
    let kind = d.kind.title().get(lang);
    let (made, stamp) = (d.made, &d.stamp);
    let facts = [
        format!("{}: {}", ui::REFERENCE.get(lang), d.reference),
        format!("{}: {}", REGISTER.get(lang), d.register),
        format!("{}: {}", ANSWERS.get(lang), d.office),
    ]
    .join("\n");
    let counted = made
        .map(|d| {
            format!(
                "\n{} {}. {}",
                COUNTED_FROM.get(lang),
                d.finnish(),
                IF_LATER.get(lang)
            )
        })
        .unwrap_or_default()
        + "\n"
        + ui::DEADLINE_WORKING_DAY.get(lang);
    // The confirmation page's words for the extension.
    let extension = format!(
        "{} {}. {}",
        ui::DEADLINE_EXTENSION.get(lang),
        d.deadline.extended_by.finnish(),
        ui::DEADLINE_EXTENSION_NOTICE.get(lang)
    );
    let events = [
        (
            "answer",
            d.deadline.answer_by,
            ANSWER_DUE,
            ANSWER_RULE.get(lang),
        ),
        (
            "extended",
            d.deadline.extended_by,
            EXTENDED_DUE,
            extension.as_str(),
        ),
    ];
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//seloste//deadlines//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    for (name, day, title, rule) in events {
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            // The request's random id (or a kept entry's reference and day): not personal.
            format!("UID:{}-{name}@seloste", d.uid),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", basic_date(day)),
            format!("DTEND;VALUE=DATE:{}", basic_date(day.add_days(1))),
            format!(
                "SUMMARY:{}",
                text(&format!("{}: {kind} {}", title.get(lang), d.reference))
            ),
            format!(
                "DESCRIPTION:{}",
                text(&format!("{facts}\n\n{rule}{counted}"))
            ),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect()
}

/// `20261122` (RFC 5545 DATE).
fn basic_date(day: Date) -> String {
    let (y, m, d) = day.parts();
    format!("{y:04}{m:02}{d:02}")
}

/// `20261122T211805Z` (RFC 5545 DATE-TIME in UTC) from RFC 3339 UTC
/// (`2026-11-22T21:18:05Z`, fractions of a second dropped); `None` for anything else.
fn basic_utc(rfc3339: &str) -> Option<String> {
    let day = Date::from_iso(rfc3339)?;
    let time = rfc3339.get(10..)?.strip_prefix('T')?.strip_suffix('Z')?;
    let hms = time.split('.').next()?;
    let parts: Vec<&str> = hms.split(':').collect();
    let ok = parts.len() == 3
        && parts
            .iter()
            .all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()));
    ok.then(|| format!("{}T{}Z", basic_date(day), parts.concat()))
}

/// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks
/// written as `\n`, other control characters dropped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line folded (RFC 5545 3.1): no line longer than 75 octets, continued on
/// lines that start with a space, never inside a UTF-8 character; ends with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests;
