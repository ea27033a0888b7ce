//! Swedish personnummer and samordningsnummer (coordination number).
//!
//! Forms: `YYMMDD-NNNC`, `YYMMDD+NNNC` (100 years or older), `YYMMDDNNNC`, `YYYYMMDDNNNC`
//! and `YYYYMMDD-NNNC`. The check digit is Luhn over the ten-digit form. A coordination
//! number has 60 added to the day.

use super::digits::{clean, date, digit_values, number};
use super::{Country, Date, IdError, PersonalId, Sex};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
/// A Swedish personnummer or samordningsnummer, checked.
pub struct Personnummer {
    birth: Date,
    coordination: bool,
    /// The last four digits.
    serial: u16,
}

impl Personnummer {
    /// Reads a number; `today` settles the century of the ten-digit forms.
    pub fn parse(input: &str, today: Date) -> Result<Personnummer, IdError> {
        let s = clean(input, |c| c.is_ascii_digit() || c == '-' || c == '+')?;
        let b = s.as_bytes();
        let (century, rest, plus) = match b.len() {
            10 | 11 => (None, b, b.get(6) == Some(&b'+')),
            12 | 13 => match number(b, 0..2) {
                Some(century) => (Some(century), &b[2..], false),
                None => {
                    let i = usize::from(b[0].is_ascii_digit());
                    return Err(IdError::InvalidCharacter {
                        position: i + 1,
                        found: char::from(b[i]),
                    });
                }
            },
            n => {
                return Err(IdError::Length {
                    found: n,
                    expected: "10–13",
                })
            }
        };
        // The separator, if any, stands right after the date; any other non-digit is misplaced.
        let offset = b.len() - rest.len();
        let sep = (rest.len() == 11).then(|| rest[6]);
        let is_sep_position = |i: usize| sep.is_some() && i == 6;
        if let Some((i, c)) = rest
            .iter()
            .enumerate()
            .find(|(i, c)| !c.is_ascii_digit() && !is_sep_position(*i))
        {
            return Err(IdError::InvalidCharacter {
                position: offset + i + 1,
                found: char::from(*c),
            });
        }
        if sep.is_some_and(|c| c.is_ascii_digit()) {
            // Eleven or thirteen digits: too many for the short form, too few for the long one.
            return Err(IdError::Length {
                found: b.len(),
                expected: "10–13",
            });
        }
        if century.is_some() && sep == Some(b'+') {
            return Err(IdError::Separator { found: '+' });
        }
        let digits: Vec<u8> = rest
            .iter()
            .enumerate()
            .filter(|(i, _)| !is_sep_position(*i))
            .map(|(_, c)| *c)
            .collect();
        let yy = number(&digits, 0..2).ok_or(IdError::Date)?;
        let month = number(&digits, 2..4).ok_or(IdError::Date)?;
        let raw_day = number(&digits, 4..6).ok_or(IdError::Date)?;
        let coordination = raw_day > 60;
        let day = if coordination { raw_day - 60 } else { raw_day };
        let year = match century {
            Some(c) => (c * 100 + yy) as u16,
            None => {
                // The latest year ending in yy that is not after today; '+' means a century earlier.
                let mut year = (u32::from(today.year()) / 100) * 100 + yy;
                if (year as u16, month as u8, day as u8) > today.parts() {
                    year = year.saturating_sub(100);
                }
                if plus {
                    year = year.saturating_sub(100);
                }
                year as u16
            }
        };
        let birth = date(year, month, day)?;
        let values = digit_values(&digits);
        let expected = luhn(&values[..9]);
        if values[9] != expected {
            return Err(IdError::CheckDigit {
                expected: Some(expected.to_string()),
            });
        }
        let serial = number(&digits, 6..10).ok_or(IdError::Date)? as u16;
        // Skatteverket never gives the birth number 000.
        if serial / 10 == 0 {
            return Err(IdError::NotIssued);
        }
        Ok(Personnummer {
            birth,
            coordination,
            serial,
        })
    }

    /// A samordningsnummer (day + 60), given to people not registered in Sweden.
    pub fn is_coordination_number(&self) -> bool {
        self.coordination
    }
}

/// The Luhn check digit of `digits`.
fn luhn(digits: &[u32]) -> u32 {
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 0 {
                let p = d * 2;
                p / 10 + p % 10
            } else {
                d
            }
        })
        .sum();
    (10 - sum % 10) % 10
}

impl fmt::Display for Personnummer {
    /// The twelve-digit form with a hyphen, `YYYYMMDD-NNNC`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.birth.parts();
        let day = if self.coordination { d + 60 } else { d };
        write!(f, "{y:04}{m:02}{day:02}-{:04}", self.serial)
    }
}

impl PersonalId for Personnummer {
    fn country(&self) -> Country {
        Country::Se
    }
    fn birth_date(&self) -> Date {
        self.birth
    }
    fn sex(&self) -> Sex {
        Sex::of_odd_even(u32::from(self.serial / 10))
    }
    fn masked(&self) -> String {
        let s = self.to_string();
        format!("{}-****", &s[..8])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    const TODAY: Date = Date::ymd(2026, 11, 22);

    #[test]
    fn every_form_of_the_same_number() {
        for form in [
            "811218-9876",
            "8112189876",
            "198112189876",
            "19811218-9876",
            " 811218-9876\t",
        ] {
            let p = Personnummer::parse(form, TODAY).unwrap_or_else(|e| panic!("{form}: {e:?}"));
            assert_eq!(p.birth_date(), Date::ymd(1981, 12, 18), "{form}");
            assert_eq!(p.to_string(), "19811218-9876");
            assert_eq!(p.sex(), Sex::Male);
            assert_eq!(p.masked(), "19811218-****");
        }
    }

    #[test]
    fn plus_means_a_hundred_years_older() {
        let p = Personnummer::parse("811218+9876", TODAY).expect("valid");
        assert_eq!(p.birth_date().year(), 1881);
        // A short form never lies in the future: 2030 becomes 1930.
        assert_eq!(
            Personnummer::parse("300101-1232", TODAY).map(|p| p.birth_date().year()),
            Ok(1930)
        );
        assert_eq!(
            Personnummer::parse("300101-1232", Date::ymd(2030, 1, 1))
                .map(|p| p.birth_date().year()),
            Ok(2030)
        );
    }

    #[test]
    fn coordination_numbers_add_sixty_to_the_day() {
        let p = Personnummer::parse("701063-2391", TODAY).expect("coordination number");
        assert!(p.is_coordination_number());
        assert_eq!(p.birth_date(), Date::ymd(1970, 10, 3));
        assert_eq!(p.to_string(), "19701063-2391");
    }

    #[test]
    fn errors() {
        assert_eq!(
            Personnummer::parse("811218-9875", TODAY),
            Err(IdError::CheckDigit {
                expected: Some("6".into())
            })
        );
        assert_eq!(
            Personnummer::parse("811318-9876", TODAY),
            Err(IdError::Date)
        );
        assert_eq!(
            Personnummer::parse("811218*9876", TODAY),
            Err(IdError::InvalidCharacter {
                position: 7,
                found: '*'
            })
        );
        assert_eq!(
            Personnummer::parse("8112189-876", TODAY),
            Err(IdError::InvalidCharacter {
                position: 8,
                found: '-'
            })
        );
        assert_eq!(
            Personnummer::parse("1-811218-9876", TODAY),
            Err(IdError::InvalidCharacter {
                position: 2,
                found: '-'
            })
        );
        assert_eq!(
            Personnummer::parse("81121898765", TODAY),
            Err(IdError::Length {
                found: 11,
                expected: "10–13"
            })
        );
        assert_eq!(
            Personnummer::parse("19811218+9876", TODAY),
            Err(IdError::Separator { found: '+' })
        );
        assert_eq!(
            Personnummer::parse("81121898", TODAY),
            Err(IdError::Length {
                found: 8,
                expected: "10–13"
            })
        );
        assert_eq!(Personnummer::parse("", TODAY), Err(IdError::Empty));
    }
}
