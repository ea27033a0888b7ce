//! Finland's public holidays and working days, as time limits count them.
//!
//! A period that ends on a Saturday, a Sunday or a public holiday ends on the next working
//! day instead (Regulation (EEC, Euratom) No 1182/71, Art. 3(4), which counts the GDPR's
//! time limits; Finland's own Act 150/1930 on the calculation of time limits, section 5,
//! says the same and names Independence Day, May Day, Christmas Eve and Midsummer Eve
//! with the holidays of the church year). The days are those of the Finnish calendar: the
//! fixed ones, those that follow Easter, and those that fall on a set week (Midsummer, All
//! Saints' Day). Some always fall on a Saturday or Sunday; they are listed all the same.

use crate::date::Date;

/// Easter Sunday of a Gregorian year (the anonymous algorithm of Meeus, Jones and Butcher).
pub fn easter_sunday(year: u16) -> Date {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // March or April, day 1–31: always a real day.
    Date::ymd(year, month as u8, day as u8)
}

/// The first day on or after `month`/`from` that is a `weekday` (Monday 1 … Sunday 7).
fn weekday_from(year: u16, month: u8, from: u8, weekday: u8) -> Date {
    let first = Date::ymd(year, month, from);
    let ahead = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
    first.add_days(ahead as u32)
}

/// Finland's public holidays of `year`, in calendar order.
pub fn public_holidays(year: u16) -> Vec<Date> {
    let easter = easter_sunday(year);
    let from_easter =
        |days: i64| Date::from_day_number(easter.day_number() + days).unwrap_or(easter);
    let midsummer_day = weekday_from(year, 6, 20, 6);
    let mut days = vec![
        Date::ymd(year, 1, 1),         // New Year's Day
        Date::ymd(year, 1, 6),         // Epiphany
        from_easter(-2),               // Good Friday
        easter,                        // Easter Sunday
        from_easter(1),                // Easter Monday
        Date::ymd(year, 5, 1),         // May Day
        from_easter(39),               // Ascension Day
        from_easter(49),               // Whit Sunday
        weekday_from(year, 6, 19, 5),  // Midsummer Eve: the Friday of 19–25 June
        midsummer_day,                 // Midsummer Day: the Saturday of 20–26 June
        weekday_from(year, 10, 31, 6), // All Saints' Day: the Saturday of 31 Oct – 6 Nov
        Date::ymd(year, 12, 6),        // Independence Day
        Date::ymd(year, 12, 24),       // Christmas Eve
        Date::ymd(year, 12, 25),       // Christmas Day
        Date::ymd(year, 12, 26),       // St Stephen's Day
    ];
    days.sort();
    days
}

/// Whether `day` is a public holiday in Finland.
pub fn is_public_holiday(day: Date) -> bool {
    public_holidays(day.year()).contains(&day)
}

/// Whether an office's time limit can end on `day`: not a Saturday, Sunday or public
/// holiday.
pub fn is_working_day(day: Date) -> bool {
    day.weekday() <= 5 && !is_public_holiday(day)
}

/// `day` when it is a working day, or else the first working day after it.
pub fn working_day_from(day: Date) -> Date {
    let mut day = day;
    // Five days at most: Christmas Eve on a Wednesday to the Sunday after.
    while !is_working_day(day) {
        day = day.next();
    }
    day
}
