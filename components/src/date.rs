//! A calendar day, as identity codes, answers, deadlines and receipts use it.
//!
//! One type, with the two ways the product writes a day: ISO 8601 (`2026-11-22`, in
//! payloads and event details) and the Finnish and Swedish habit (`22.11.2026`, shown to
//! people). Days compare in calendar order.
//!
//! ```
//! use seloste::date::Date;
//!
//! let leap = Date::new(2024, 2, 29).expect("a leap day");
//! assert_eq!(leap.iso(), "2024-02-29");
//! assert_eq!(leap.finnish(), "29.2.2024");
//! assert_eq!(Date::new(2023, 2, 29), None);
//! ```

use std::fmt;

/// A day of the Gregorian calendar. Made only by [`Date::new`] or readers that check it,
/// so a `Date` is always a real day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order is calendar order, for the derived comparisons.
    year: u16,
    month: u8,
    day: u8,
}

/// The number of days in a month of a year (Gregorian leap years).
pub const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The day, or `None` when there is no such day (30 February, month 13, day 0).
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if day == 0 || day > days_in_month(year, month) {
            None
        } else {
            Some(Date { year, month, day })
        }
    }

    /// A day known to exist, for constants and tests; a day that does not exist is a
    /// compile error in a constant.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(date) => date,
            None => panic!("no such day"),
        }
    }

    /// The year.
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// (year, month, day), for code that writes a day in a format of its own (identity
    /// codes).
    pub const fn parts(self) -> (u16, u8, u8) {
        (self.year, self.month, self.day)
    }

    /// `2026-11-22`: payloads, event details, receipts.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `22.11.2026`: how Finnish and Swedish readers write a day.
    pub fn finnish(self) -> String {
        format!("{}.{}.{}", self.day, self.month, self.year)
    }

    /// The day an RFC 3339 timestamp or an ISO date starts with (`2026-11-22T10:15:00Z`).
    pub fn from_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() < 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |r: std::ops::Range<usize>| {
            let part = text.get(r)?;
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse::<u16>().ok())
                .flatten()
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// The same day `months` later; the month's last day when it has no such day (31
    /// January plus one month is 28 or 29 February), as time limits are counted in
    /// Finnish law.
    pub fn add_months(self, months: u8) -> Date {
        let index = u32::from(self.month) - 1 + u32::from(months);
        let year = self.year + (index / 12) as u16;
        let month = (index % 12) as u8 + 1;
        Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }
}

impl Date {
    /// The day `days` later (across months and years).
    pub fn add_days(self, days: u32) -> Date {
        let mut date = self;
        let mut left = days;
        while left > 0 {
            let in_month = u32::from(days_in_month(date.year, date.month));
            let to_month_end = in_month - u32::from(date.day);
            if left <= to_month_end {
                date.day += left as u8;
                break;
            }
            // To the first day of the next month.
            left -= to_month_end + 1;
            date = if date.month == 12 {
                Date {
                    year: date.year + 1,
                    month: 1,
                    day: 1,
                }
            } else {
                Date {
                    year: date.year,
                    month: date.month + 1,
                    day: 1,
                }
            };
        }
        date
    }

    /// The number of days from 1 January 1970 (negative before it): the proleptic
    /// Gregorian day count of Howard Hinnant's `days_from_civil`.
    pub fn day_number(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// The day with [`Date::day_number`] `number` (Hinnant's `civil_from_days`); `None`
    /// outside the years 1–65535.
    pub fn from_day_number(number: i64) -> Option<Date> {
        let z = number + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok().filter(|y| *y > 0)?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// The day of the week, Monday 1 to Sunday 7 (ISO 8601).
    pub fn weekday(self) -> u8 {
        // 1 January 1970 was a Thursday.
        ((self.day_number() + 3).rem_euclid(7) + 1) as u8
    }

    /// The next day.
    pub fn next(self) -> Date {
        self.add_days(1)
    }
}

impl fmt::Display for Date {
    /// ISO 8601.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// In files a day is its ISO text (`2026-11-22`); any other text is refused.
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::from_iso(&text)
            .filter(|_| text.len() == 10)
            .ok_or_else(|| serde::de::Error::custom(format!("{text:?} is not a day (yyyy-mm-dd)")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_days() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(2026, 1, 0).is_none());
    }

    #[test]
    fn written_both_ways_and_read_back() {
        let day = Date::ymd(2026, 3, 7);
        assert_eq!(day.iso(), "2026-03-07");
        assert_eq!(day.to_string(), "2026-03-07");
        assert_eq!(day.finnish(), "7.3.2026");
        assert_eq!(Date::from_iso("2026-03-07T10:15:00Z"), Some(day));
        assert_eq!(Date::from_iso("2026-03-07"), Some(day));
        for bad in [
            "2026-3-07",
            "2026-02-30",
            "20260307",
            "",
            "+026-03-07",
            "2026-0+-07",
        ] {
            assert_eq!(Date::from_iso(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn compares_in_calendar_order() {
        assert!(Date::ymd(2025, 12, 31) < Date::ymd(2026, 1, 1));
        assert!(Date::ymd(2026, 1, 31) < Date::ymd(2026, 2, 1));
    }

    /// Days later, as Python's `datetime.date + timedelta(days=n)` gives them (the
    /// expected days were computed there, not here).
    #[test]
    fn days_later_as_python_counts_them() {
        for ((y, m, d, n), expected) in [
            ((2026, 12, 2, 30), "2027-01-01"),
            ((2024, 2, 28, 1), "2024-02-29"),
            ((2023, 2, 28, 1), "2023-03-01"),
            ((2026, 1, 1, 365), "2027-01-01"),
            ((2024, 1, 1, 366), "2025-01-01"),
            ((2026, 11, 22, 30), "2026-12-22"),
            ((2099, 12, 31, 365), "2100-12-31"),
            ((2026, 3, 31, 0), "2026-03-31"),
        ] {
            assert_eq!(
                Date::ymd(y, m, d).add_days(n).iso(),
                expected,
                "{y}-{m}-{d} + {n}"
            );
        }
        // A day at a time comes to the same day as all at once.
        let start = Date::ymd(2023, 12, 30);
        let mut day = start;
        for n in 1..=800 {
            day = day.add_days(1);
            assert_eq!(start.add_days(n), day, "{n}");
        }
    }

    /// Day numbers as Python's `date.toordinal() - date(1970, 1, 1).toordinal()` gives them
    /// (computed there, not here).
    #[test]
    fn day_numbers_as_python_counts_them() {
        for ((y, m, d), expected) in [
            ((1970, 1, 1), 0),
            ((2000, 2, 29), 11_016),
            ((2026, 12, 2), 20_789),
            ((1900, 3, 1), -25_508),
            ((2100, 12, 31), 47_846),
        ] {
            assert_eq!(Date::ymd(y, m, d).day_number(), expected, "{y}-{m}-{d}");
        }
        // And back: weekdays as Python's `isoweekday()` gives them.
        for ((y, m, d), weekday) in [
            ((2026, 12, 3), 4),
            ((1970, 1, 1), 4),
            ((2000, 2, 29), 2),
            ((2100, 3, 1), 1),
        ] {
            let day = Date::ymd(y, m, d);
            assert_eq!(Date::from_day_number(day.day_number()), Some(day));
            assert_eq!(day.weekday(), weekday, "{day}");
        }
        for number in -30_000..60_000 {
            let day = Date::from_day_number(number).expect("a day of years 1888-2134");
            assert_eq!(day.day_number(), number);
        }
        assert_eq!(Date::from_day_number(-719_468 - 366), None);
        let start = Date::ymd(2023, 12, 30);
        for n in [0, 1, 31, 365, 800] {
            assert_eq!(start.days_until(start.add_days(n)), i64::from(n));
            assert_eq!(start.add_days(n).days_until(start), -i64::from(n));
        }
    }

    #[test]
    fn months_later_keep_the_day_or_take_the_last() {
        assert_eq!(Date::ymd(2026, 1, 31).add_months(1), Date::ymd(2026, 2, 28));
        assert_eq!(Date::ymd(2024, 1, 31).add_months(1), Date::ymd(2024, 2, 29));
        assert_eq!(
            Date::ymd(2026, 11, 30).add_months(3),
            Date::ymd(2027, 2, 28)
        );
        assert_eq!(Date::ymd(2026, 5, 15).add_months(1), Date::ymd(2026, 6, 15));
    }
}
