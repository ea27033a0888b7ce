//! Finnish personal identity code (henkilötunnus), form `DDMMYYCZZZQ`.
//!
//! * `C`, the century sign: `+` 1800s; `-` `Y` `X` `W` `V` `U` 1900s;
//!   `A` `B` `C` `D` `E` `F` 2000s (decree 690/2022, in force 1.1.2023).
//! * `ZZZ`, the individual number: 002–899 normal, 900–999 temporary, 000 and 001 invalid.
//! * `Q`, the check character: `CHECK_CHARS[DDMMYYZZZ mod 31]`.
//!
//! [`Hetu::parse`] checks structure, not plausibility: a future birth date parses, and a
//! form that wants a born person rejects it with its own message.

use crate::date::Date;
use crate::i18n::Lang;
use std::fmt;

const CHECK_CHARS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// A valid Finnish personal identity code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Hetu {
    birth: Date,
    sign: u8,
    individual: u16,
    check: u8,
}

/// Sex as recorded by the individual number (odd: male, even: female).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sex {
    /// Recorded as male (an odd individual number).
    Male,
    /// Recorded as female (an even individual number).
    Female,
}

impl Sex {
    /// The rule all the Nordic and Estonian numbers share: an odd digit or number is male.
    pub(crate) fn of_odd_even(n: u32) -> Sex {
        if n % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        }
    }
}

/// What is wrong with a personal identity code, in words a citizen can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HetuError {
    /// Nothing was entered.
    Empty,
    /// A character that never appears in a code (a letter outside A–Y, a space inside, a non-ASCII character).
    InvalidCharacter {
        /// Where, counted from 0.
        position: usize,
        /// The character.
        found: char,
    },
    /// The code is not 11 characters long.
    Length {
        /// How many characters there were.
        found: usize,
    },
    /// The first six characters are not a date in the century the sign gives.
    Date,
    /// The seventh character is not a century sign.
    CenturySign {
        /// The character found there.
        found: char,
    },
    /// Characters 8–10 are not an individual number 002–999.
    IndividualNumber,
    /// Everything else is right but the last character; `expected` is what it should be.
    CheckCharacter {
        /// The character the rest of the code makes.
        expected: char,
        /// The character given.
        found: char,
    },
}

impl Hetu {
    /// Parses a code. Surrounding ASCII whitespace is ignored and lowercase letters are accepted.
    pub fn parse(input: &str) -> Result<Hetu, HetuError> {
        let s = input.trim_matches(|c: char| c.is_ascii_whitespace());
        if s.is_empty() {
            return Err(HetuError::Empty);
        }
        if let Some((position, found)) = s
            .chars()
            .enumerate()
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '+'))
        {
            return Err(HetuError::InvalidCharacter {
                position: position + 1,
                found,
            });
        }
        // Only ASCII from here on: bytes are characters.
        let b = s.as_bytes();
        if b.len() != 11 {
            return Err(HetuError::Length { found: b.len() });
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            b[range].iter().try_fold(0u32, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
            })
        };
        let sign = b[6].to_ascii_uppercase();
        let century: u16 = match sign {
            b'+' => 1800,
            b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => 1900,
            b'A' | b'B' | b'C' | b'D' | b'E' | b'F' => 2000,
            _ => {
                return Err(HetuError::CenturySign {
                    found: char::from(b[6]),
                })
            }
        };
        let (Some(day), Some(month), Some(yy)) = (digits(0..2), digits(2..4), digits(4..6)) else {
            return Err(HetuError::Date);
        };
        let year = century + yy as u16;
        let (Ok(m), Ok(d)) = (u8::try_from(month), u8::try_from(day)) else {
            return Err(HetuError::Date);
        };
        let birth = Date::new(year, m, d).ok_or(HetuError::Date)?;
        let individual = match digits(7..10) {
            Some(n) if n >= 2 => n as u16,
            _ => return Err(HetuError::IndividualNumber),
        };
        let number = (day * 10_000 + month * 100 + yy) * 1000 + u32::from(individual);
        let expected = CHECK_CHARS[(number % 31) as usize];
        let found = b[10].to_ascii_uppercase();
        if found != expected {
            return Err(HetuError::CheckCharacter {
                expected: char::from(expected),
                found: char::from(b[10]),
            });
        }
        Ok(Hetu {
            birth,
            sign,
            individual,
            check: expected,
        })
    }

    /// Birth date as (year, month, day).
    pub fn birth_date(&self) -> Date {
        self.birth
    }

    /// The sex the individual number encodes.
    pub fn sex(&self) -> Sex {
        Sex::of_odd_even(u32::from(self.individual))
    }

    /// Individual numbers 900–999 are temporary codes given by some organisations.
    pub fn is_temporary(&self) -> bool {
        self.individual >= 900
    }

    /// The code with its individual part hidden, for summaries and receipts: `131052-****`.
    pub fn masked(&self) -> String {
        format!(
            "{:02}{:02}{:02}{}****",
            self.birth.day(),
            self.birth.month(),
            self.birth.year() % 100,
            char::from(self.sign)
        )
    }
}

impl fmt::Display for Hetu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:02}{:02}{:02}{}{:03}{}",
            self.birth.day(),
            self.birth.month(),
            self.birth.year() % 100,
            char::from(self.sign),
            self.individual,
            char::from(self.check)
        )
    }
}

impl std::str::FromStr for Hetu {
    type Err = HetuError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Hetu::parse(s)
    }
}

#[cfg(test)]
use crate::date::days_in_month;

impl HetuError {
    /// The message shown to the person who typed the code.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (HetuError::Empty, Lang::Fi) => "Anna henkilötunnus.".into(),
            (HetuError::Empty, Lang::Sv) => "Ange personbeteckningen.".into(),
            (HetuError::Empty, Lang::En) => "Enter the personal identity code.".into(),
            (HetuError::InvalidCharacter { position, found }, Lang::Fi) => format!(
                "Henkilötunnuksessa ei voi olla merkkiä ”{}” (merkki {position}). Siinä on vain numeroita, välimerkki (-, + tai kirjain) ja tarkistusmerkki, esimerkiksi 131052-308T.",
                shown(*found)
            ),
            (HetuError::InvalidCharacter { position, found }, Lang::Sv) => format!(
                "Personbeteckningen kan inte innehålla tecknet ”{}” (tecken {position}). Den består av siffror, ett skiljetecken (-, + eller en bokstav) och ett kontrolltecken, till exempel 131052-308T.",
                shown(*found)
            ),
            (HetuError::InvalidCharacter { position, found }, Lang::En) => format!(
                "A personal identity code cannot contain “{}” (character {position}). It has digits, a century sign (-, + or a letter) and a check character, for example 131052-308T.",
                shown(*found)
            ),
            (HetuError::Length { found }, Lang::Fi) => {
                format!("Henkilötunnuksessa on 11 merkkiä, esimerkiksi 131052-308T. Antamassasi on {found}.")
            }
            (HetuError::Length { found }, Lang::Sv) => {
                format!("En personbeteckning har 11 tecken, till exempel 131052-308T. Du angav {found}.")
            }
            (HetuError::Length { found }, Lang::En) => {
                format!("A personal identity code has 11 characters, for example 131052-308T. You entered {found}.")
            }
            (HetuError::Date, Lang::Fi) => "Henkilötunnuksen kuusi ensimmäistä numeroa ovat syntymäaika muodossa ppkkvv (esimerkiksi 131052 on 13.10.1952). Tarkista päivä ja kuukausi.".into(),
            (HetuError::Date, Lang::Sv) => "De sex första siffrorna i personbeteckningen är födelsedatumet i formen ddmmåå (till exempel 131052 är 13.10.1952). Kontrollera dag och månad.".into(),
            (HetuError::Date, Lang::En) => "The first six digits of the code are the date of birth as ddmmyy (for example 131052 is 13 October 1952). Check the day and the month.".into(),
            (HetuError::CenturySign { found }, Lang::Fi) => format!(
                "Seitsemäs merkki ”{}” ei ole välimerkki. Välimerkki on 1900-luvulla syntyneillä - (tai Y, X, W, V, U), 2000-luvulla A (tai B–F) ja 1800-luvulla +.",
                shown(*found)
            ),
            (HetuError::CenturySign { found }, Lang::Sv) => format!(
                "Det sjunde tecknet ”{}” är inte ett skiljetecken. För födda på 1900-talet är det - (eller Y, X, W, V, U), på 2000-talet A (eller B–F) och på 1800-talet +.",
                shown(*found)
            ),
            (HetuError::CenturySign { found }, Lang::En) => format!(
                "The seventh character “{}” is not a century sign. It is - (or Y, X, W, V, U) for people born in the 1900s, A (or B–F) in the 2000s and + in the 1800s.",
                shown(*found)
            ),
            (HetuError::IndividualNumber, Lang::Fi) => "Välimerkin jälkeen tulee kolminumeroinen yksilönumero väliltä 002–999.".into(),
            (HetuError::IndividualNumber, Lang::Sv) => "Efter skiljetecknet kommer ett tresiffrigt individnummer mellan 002 och 999.".into(),
            (HetuError::IndividualNumber, Lang::En) => "After the century sign comes a three-digit individual number from 002 to 999.".into(),
            (HetuError::CheckCharacter { expected, .. }, Lang::Fi) => format!(
                "Henkilötunnus ei täsmää: viimeisen merkin pitäisi olla {expected}. Joko viimeinen merkki tai jokin sitä edeltävistä numeroista on kirjoitettu väärin."
            ),
            (HetuError::CheckCharacter { expected, .. }, Lang::Sv) => format!(
                "Personbeteckningen stämmer inte: det sista tecknet borde vara {expected}. Antingen det sista tecknet eller någon av siffrorna före det är felskriven."
            ),
            (HetuError::CheckCharacter { expected, .. }, Lang::En) => format!(
                "The code does not add up: its last character should be {expected}. Either the last character or one of the digits before it is mistyped."
            ),
        }
    }
}

/// How an offending character is shown in a message (whitespace would be invisible).
fn shown(c: char) -> String {
    if c.is_whitespace() {
        match c {
            ' ' | '\u{a0}' => "␣".into(),
            _ => format!("U+{:04X}", u32::from(c)),
        }
    } else {
        c.to_string()
    }
}

#[cfg(test)]
mod tests;
