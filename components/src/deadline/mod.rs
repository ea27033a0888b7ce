//! When a registry office must answer a request, counted as the law counts it.
//!
//! GDPR Art. 12(3): without undue delay and at the latest within one month of receipt,
//! extendable by two further months where necessary (the requester is told within the
//! first month). The month is counted as Regulation (EEC, Euratom) No 1182/71 counts it:
//! - from the day the request was received, in Finnish local time ([`day_in_finland`]):
//!   that day itself does not count, and the period ends on the same date of the next
//!   month, or that month's last day when it has no such date (received 31 January, due
//!   28 or 29 February);
//! - when that day is a Saturday, Sunday or public holiday, the period ends on the next
//!   working day ([`holidays`]).
//!
//! The extended limit is three months from receipt, counted the same way.
//!
//! Architecture Invariant: every deadline the product shows, files in a calendar, puts in
//! an event or a letter comes from [`Deadline::from_received`]; no other code counts a
//! deadline.
//!
//! ```
//! use seloste::date::Date;
//! use seloste::deadline::Deadline;
//!
//! // Received on 31 January 2025: February has no 31st, so the answer is due on its last
//! // day; extended, three months on.
//! let deadline = Deadline::from_received(Date::ymd(2025, 1, 31));
//! assert_eq!(deadline.answer_by, Date::ymd(2025, 2, 28));
//! assert_eq!(deadline.extended_by, Date::ymd(2025, 4, 30));
//!
//! // Received late on 5 December 2025 in Finland (UTC 22:30 is already the 6th there),
//! // Independence Day: counted from the 6th; 6 January 2026 is Epiphany, so the answer is
//! // due on the next working day.
//! let late = Deadline::received_at("2025-12-05T22:30:00Z", Date::ymd(2025, 12, 5));
//! assert_eq!(late.answer_by, Date::ymd(2026, 1, 7));
//! ```

mod finnish_time;
pub mod holidays;
#[cfg(test)]
mod tests;

use crate::date::Date;
pub use finnish_time::{day_in_finland, moment_text};
use holidays::working_day_from;

/// The last day for the answer, and the last day it can be extended to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// The last day for the answer.
    pub answer_by: Date,
    /// The last day when the controller extends the time by two months.
    pub extended_by: Date,
}

impl Deadline {
    /// The deadlines of a request received on `received` (a day in Finland).
    pub fn from_received(received: Date) -> Deadline {
        Deadline {
            answer_by: working_day_from(received.add_months(1)),
            extended_by: working_day_from(received.add_months(3)),
        }
    }

    /// The deadlines of a request received at `timestamp` (RFC 3339); counted from
    /// `today` when the time cannot be read (a request this product made always has one).
    pub fn received_at(timestamp: &str, today: Date) -> Deadline {
        Deadline::from_received(day_in_finland(timestamp).unwrap_or(today))
    }
}
