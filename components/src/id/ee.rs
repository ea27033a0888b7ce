//! Estonian personal code (isikukood), `GYYMMDDSSSC`.
//!
//! `G` gives century and sex (1–2: 1800s, 3–4: 1900s, 5–6: 2000s, 7–8: 2100s; odd male);
//! `C` is a two-pass mod-11 check digit.

use super::digits::{clean, date, digit_values, number};
use super::{Country, Date, IdError, PersonalId, Sex};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
/// An Estonian isikukood, checked.
pub struct Isikukood {
    first: u8,
    birth: Date,
    serial: u16,
    check: u8,
}

/// The check digit: weights 1..9,1; if the remainder is 10, weights 3..9,1,2,3; then 10 → 0.
pub(crate) fn check_digit(d: &[u32]) -> u32 {
    let pass = |w: [u32; 10]| d.iter().zip(w).map(|(d, w)| d * w).sum::<u32>() % 11;
    match pass([1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) {
        10 => match pass([3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) {
            10 => 0,
            r => r,
        },
        r => r,
    }
}

impl Isikukood {
    /// Reads an isikukood (11 digits).
    pub fn parse(input: &str) -> Result<Isikukood, IdError> {
        let s = clean(input, |c| c.is_ascii_digit())?;
        let b = s.as_bytes();
        if b.len() != 11 {
            return Err(IdError::Length {
                found: b.len(),
                expected: "11",
            });
        }
        let first = b[0] - b'0';
        let century: u16 = match first {
            1 | 2 => 1800,
            3 | 4 => 1900,
            5 | 6 => 2000,
            7 | 8 => 2100,
            _ => return Err(IdError::CenturyDigit),
        };
        let yy = number(b, 1..3).ok_or(IdError::Date)? as u16;
        let month = number(b, 3..5).ok_or(IdError::Date)?;
        let day = number(b, 5..7).ok_or(IdError::Date)?;
        let birth = date(century + yy, month, day)?;
        let v = digit_values(b);
        let expected = check_digit(&v[..10]);
        if v[10] != expected {
            return Err(IdError::CheckDigit {
                expected: Some(expected.to_string()),
            });
        }
        let serial = number(b, 7..10).ok_or(IdError::Date)? as u16;
        Ok(Isikukood {
            first,
            birth,
            serial,
            check: v[10] as u8,
        })
    }
}

impl fmt::Display for Isikukood {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.birth.parts();
        write!(
            f,
            "{}{:02}{m:02}{d:02}{:03}{}",
            self.first,
            y % 100,
            self.serial,
            self.check
        )
    }
}

impl PersonalId for Isikukood {
    fn country(&self) -> Country {
        Country::Ee
    }
    fn birth_date(&self) -> Date {
        self.birth
    }
    fn sex(&self) -> Sex {
        Sex::of_odd_even(u32::from(self.first))
    }
    fn masked(&self) -> String {
        format!("{}****", &self.to_string()[..7])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_code() {
        let c = Isikukood::parse("37605030299").expect("valid");
        assert_eq!(c.birth_date(), Date::ymd(1976, 5, 3));
        assert_eq!(c.sex(), Sex::Male);
        assert_eq!(c.to_string(), "37605030299");
        assert_eq!(c.masked(), "3760503****");
    }

    #[test]
    fn second_pass_of_the_check() {
        // The first pass over 4900101009 leaves 10; the second pass gives 3.
        assert_eq!(check_digit(&[4, 9, 0, 0, 1, 0, 1, 0, 0, 9]), 3);
        assert_eq!(
            Isikukood::parse("49001010093").map(|c| c.birth_date()),
            Ok(Date::ymd(1990, 1, 1))
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            Isikukood::parse("37605030298"),
            Err(IdError::CheckDigit {
                expected: Some("9".into())
            })
        );
        assert_eq!(Isikukood::parse("97605030299"), Err(IdError::CenturyDigit));
        assert_eq!(Isikukood::parse("37613030299"), Err(IdError::Date));
        assert_eq!(
            Isikukood::parse("3760503029"),
            Err(IdError::Length {
                found: 10,
                expected: "11"
            })
        );
        assert_eq!(
            Isikukood::parse("376050-0299"),
            Err(IdError::InvalidCharacter {
                position: 7,
                found: '-'
            })
        );
    }
}
