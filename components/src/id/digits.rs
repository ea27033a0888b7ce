//! Helpers shared by the national number readers.

use super::{Date, IdError};

/// Trims ASCII whitespace and rejects empty input and characters outside `allowed`.
pub fn clean(input: &str, allowed: impl Fn(char) -> bool) -> Result<&str, IdError> {
    let s = input.trim_matches(|c: char| c.is_ascii_whitespace());
    if s.is_empty() {
        return Err(IdError::Empty);
    }
    match s.chars().enumerate().find(|(_, c)| !allowed(*c)) {
        Some((i, found)) => Err(IdError::InvalidCharacter {
            position: i + 1,
            found,
        }),
        None => Ok(s),
    }
}

/// The decimal value of ASCII digits `b[range]`; `None` if any is not a digit.
pub fn number(b: &[u8], range: std::ops::Range<usize>) -> Option<u32> {
    b.get(range)?.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

/// The digit values of an all-digit ASCII string.
pub fn digit_values(b: &[u8]) -> Vec<u32> {
    b.iter()
        .filter(|c| c.is_ascii_digit())
        .map(|c| u32::from(c - b'0'))
        .collect()
}

/// Checks that (year, month, day) exists.
pub fn date(year: u16, month: u32, day: u32) -> Result<Date, IdError> {
    let (Ok(month), Ok(day)) = (u8::try_from(month), u8::try_from(day)) else {
        return Err(IdError::Date);
    };
    Date::new(year, month, day).ok_or(IdError::Date)
}
