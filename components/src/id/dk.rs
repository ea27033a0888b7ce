//! Danish CPR number, `DDMMYY-SSSS`.
//!
//! The first digit of `SSSS` with the year gives the century. Numbers issued since 2007
//! need not pass the old modulus-11 check, so none is made: the date and century rules are
//! all that can be checked.

use super::digits::{clean, date, number};
use super::{Country, Date, IdError, PersonalId, Sex};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
/// A Danish CPR number, checked.
pub struct Cpr {
    birth: Date,
    serial: u16,
}

impl Cpr {
    /// Reads a CPR number (`DDMMYY-SSSS`, the hyphen optional).
    pub fn parse(input: &str) -> Result<Cpr, IdError> {
        let s = clean(input, |c| c.is_ascii_digit() || c == '-')?;
        let b = s.as_bytes();
        let digits: Vec<u8> = match b.len() {
            10 => b.to_vec(),
            11 if b[6] == b'-' => b
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != 6)
                .map(|(_, c)| *c)
                .collect(),
            11 => return Err(IdError::Separator { found: '-' }),
            n => {
                return Err(IdError::Length {
                    found: n,
                    expected: "10–11",
                })
            }
        };
        if let Some(pos) = digits.iter().position(|c| !c.is_ascii_digit()) {
            return Err(IdError::InvalidCharacter {
                position: pos + 1,
                found: char::from(digits[pos]),
            });
        }
        let day = number(&digits, 0..2).ok_or(IdError::Date)?;
        let month = number(&digits, 2..4).ok_or(IdError::Date)?;
        let yy = number(&digits, 4..6).ok_or(IdError::Date)? as u16;
        let serial = number(&digits, 6..10).ok_or(IdError::Date)? as u16;
        let century = match (serial / 1000, yy) {
            (0..=3, _) => 1900,
            (4 | 9, 0..=36) => 2000,
            (4 | 9, _) => 1900,
            (5..=8, 0..=57) => 2000,
            (5..=8, _) => 1800,
            _ => return Err(IdError::IndividualNumber),
        };
        let birth = date(century + yy, month, day)?;
        Ok(Cpr { birth, serial })
    }
}

impl fmt::Display for Cpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.birth.parts();
        write!(f, "{d:02}{m:02}{:02}-{:04}", y % 100, self.serial)
    }
}

impl PersonalId for Cpr {
    fn country(&self) -> Country {
        Country::Dk
    }
    fn birth_date(&self) -> Date {
        self.birth
    }
    fn sex(&self) -> Sex {
        Sex::of_odd_even(u32::from(self.serial))
    }
    fn masked(&self) -> String {
        format!("{}-****", &self.to_string()[..6])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_forms() {
        let c = Cpr::parse("070761-4285").expect("valid");
        assert_eq!(c.birth_date(), Date::ymd(1961, 7, 7));
        assert_eq!(c.sex(), Sex::Male);
        assert_eq!(Cpr::parse("0707614285"), Ok(c));
        assert_eq!(c.masked(), "070761-****");
    }

    #[test]
    fn century_rules() {
        assert_eq!(
            Cpr::parse("010136-4000").map(|c| c.birth_date().year()),
            Ok(2036)
        );
        assert_eq!(
            Cpr::parse("010137-4000").map(|c| c.birth_date().year()),
            Ok(1937)
        );
        assert_eq!(
            Cpr::parse("010157-5000").map(|c| c.birth_date().year()),
            Ok(2057)
        );
        assert_eq!(
            Cpr::parse("010158-5000").map(|c| c.birth_date().year()),
            Ok(1858)
        );
        assert_eq!(
            Cpr::parse("010199-9999").map(|c| c.birth_date().year()),
            Ok(1999)
        );
        // No modulus-11 check since 2007: this number fails it and is still valid.
        assert!(Cpr::parse("010190-0001").is_ok());
    }

    #[test]
    fn errors() {
        assert_eq!(Cpr::parse("300261-4285"), Err(IdError::Date));
        assert_eq!(
            Cpr::parse("070761+4285"),
            Err(IdError::InvalidCharacter {
                position: 7,
                found: '+'
            })
        );
        assert_eq!(
            Cpr::parse("07076-14285"),
            Err(IdError::Separator { found: '-' })
        );
        assert_eq!(
            Cpr::parse("070761428"),
            Err(IdError::Length {
                found: 9,
                expected: "10–11"
            })
        );
    }
}
