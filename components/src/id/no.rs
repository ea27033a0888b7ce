//! Norwegian fødselsnummer and D-number, `DDMMYYIIIKK`.
//!
//! The individual number `III` with the year gives the century; `KK` are two mod-11 check
//! digits. A D-number (for people not resident in Norway) has 40 added to the day, an
//! H-number (a temporary number of the health services) 40 added to the month.

use super::digits::{clean, date, digit_values, number};
use super::{Country, Date, IdError, PersonalId, Sex};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
/// A Norwegian fødselsnummer (or D- or H-number), checked.
pub struct Fodselsnummer {
    birth: Date,
    d_number: bool,
    h_number: bool,
    individual: u16,
    check: u8,
}

const K1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// A mod-11 check digit; `None` when the remainder gives 10 (no valid number has these digits).
fn mod11(digits: &[u32], weights: &[u32]) -> Option<u32> {
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k),
    }
}

impl Fodselsnummer {
    /// Reads a number; one space between the date and the personal number is allowed.
    pub fn parse(input: &str) -> Result<Fodselsnummer, IdError> {
        let s = clean(input, |c| c.is_ascii_digit() || c == ' ')?;
        let digits: Vec<u8> = match s.find(' ') {
            None => s.bytes().collect(),
            Some(6) if s.matches(' ').count() == 1 => s.bytes().filter(|c| *c != b' ').collect(),
            Some(i) => {
                return Err(IdError::InvalidCharacter {
                    position: i + 1,
                    found: ' ',
                })
            }
        };
        if digits.len() != 11 {
            return Err(IdError::Length {
                found: digits.len(),
                expected: "11",
            });
        }
        let raw_day = number(&digits, 0..2).ok_or(IdError::Date)?;
        let raw_month = number(&digits, 2..4).ok_or(IdError::Date)?;
        let yy = number(&digits, 4..6).ok_or(IdError::Date)?;
        let individual = number(&digits, 6..9).ok_or(IdError::Date)?;
        let d_number = raw_day > 40;
        let day = if d_number { raw_day - 40 } else { raw_day };
        let h_number = raw_month > 40;
        let month = if h_number { raw_month - 40 } else { raw_month };
        let century = match (individual, yy) {
            (0..=499, _) => 1900,
            (500..=749, 54..=99) => 1800,
            (500..=999, 0..=39) => 2000,
            (900..=999, 40..=99) => 1900,
            _ => return Err(IdError::IndividualNumber),
        };
        let birth = date(century + yy as u16, month, day)?;
        let v = digit_values(&digits);
        let k1 = mod11(&v[..9], &K1);
        let k2 = k1.and_then(|k1| {
            let mut first_ten = v[..9].to_vec();
            first_ten.push(k1);
            mod11(&first_ten, &K2)
        });
        match (k1, k2) {
            (Some(k1), Some(k2)) if v[9] == k1 && v[10] == k2 => {}
            (Some(k1), Some(k2)) => {
                return Err(IdError::CheckDigit {
                    expected: Some(format!("{k1}{k2}")),
                })
            }
            _ => return Err(IdError::CheckDigit { expected: None }),
        }
        Ok(Fodselsnummer {
            birth,
            d_number,
            h_number,
            individual: individual as u16,
            check: (v[9] * 10 + v[10]) as u8,
        })
    }

    /// Whether it is a D-number (40 added to the day: for people not resident in Norway).
    pub fn is_d_number(&self) -> bool {
        self.d_number
    }

    /// Whether it is an H-number (40 added to the month: a temporary number of the health services).
    pub fn is_h_number(&self) -> bool {
        self.h_number
    }
}

impl fmt::Display for Fodselsnummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.birth.parts();
        let day = if self.d_number { d + 40 } else { d };
        let m = if self.h_number { m + 40 } else { m };
        write!(
            f,
            "{day:02}{m:02}{:02}{:03}{:02}",
            y % 100,
            self.individual,
            self.check
        )
    }
}

impl PersonalId for Fodselsnummer {
    fn country(&self) -> Country {
        Country::No
    }
    fn birth_date(&self) -> Date {
        self.birth
    }
    fn sex(&self) -> Sex {
        Sex::of_odd_even(u32::from(self.individual))
    }
    fn masked(&self) -> String {
        format!("{}*****", &self.to_string()[..6])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_birth_numbers_and_d_numbers() {
        let f = Fodselsnummer::parse("01010012356").expect("valid");
        assert_eq!(f.birth_date(), Date::ymd(1900, 1, 1));
        assert_eq!(f.to_string(), "01010012356");
        assert_eq!(f.masked(), "010100*****");
        let spaced = Fodselsnummer::parse("010100 12356").expect("a space after the date is fine");
        assert_eq!(spaced, f);
        let d = Fodselsnummer::parse("41010010096").expect("D-number");
        assert!(d.is_d_number());
        assert_eq!(d.birth_date(), Date::ymd(1900, 1, 1));
    }

    #[test]
    fn century_comes_from_the_individual_number() {
        // 500–999 with year 00–39 is the 2000s.
        let f = Fodselsnummer::parse("01010050053").expect("valid");
        assert_eq!(f.birth_date(), Date::ymd(2000, 1, 1));
        // 750–899 with a year 40–99 fits no century.
        assert_eq!(
            Fodselsnummer::parse("01014080000"),
            Err(IdError::IndividualNumber)
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            Fodselsnummer::parse("01010012357"),
            Err(IdError::CheckDigit {
                expected: Some("56".into())
            })
        );
        assert_eq!(Fodselsnummer::parse("32010012356"), Err(IdError::Date));
        assert_eq!(
            Fodselsnummer::parse("0101001235"),
            Err(IdError::Length {
                found: 10,
                expected: "11"
            })
        );
        assert_eq!(
            Fodselsnummer::parse("0101 0012356"),
            Err(IdError::InvalidCharacter {
                position: 5,
                found: ' '
            })
        );
        assert_eq!(
            Fodselsnummer::parse("01010012a56"),
            Err(IdError::InvalidCharacter {
                position: 9,
                found: 'a'
            })
        );
    }
}
