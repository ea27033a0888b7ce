//! Small field rules that need no heavy dependency.
//!
//! The `validator` crate's email rule alone brings regex and idna (docs/size.md), so the
//! rules here are hand-written, strict where a typo is likely and lenient where real
//! addresses vary (internationalised domains are accepted as typed).
//!
//! ```
//! use seloste::date::Date;
//! use seloste::validate::{email, past_date, postal_code};
//!
//! assert!(email("maija@example.fi").is_ok());
//! assert!(email("maija@").is_err());
//! assert!(postal_code("76100").is_ok());
//! let today = Date::ymd(2026, 12, 3);
//! assert_eq!(past_date("1.2.2026", today), Ok(Date::ymd(2026, 2, 1)));
//! assert!(past_date("1.2.2027", today).is_err(), "not in the future");
//! ```

use crate::date::Date;
use crate::i18n::{Lang, Text};

mod business_id;
mod contact;
pub use business_id::{business_id, BusinessIdError};
pub use contact::{abroad, foreign_postal_code, phone, postal_code, PhoneError, PostalCodeError};

/// Why an email address was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailError {
    /// No `@`, or more than one.
    NoAt,
    /// Nothing, or a character that cannot be there, before the `@`.
    Local,
    /// The part after the `@` is not a domain such as `example.fi`.
    Domain,
    /// Longer than the 254 characters an address may have.
    TooLong,
}

impl EmailError {
    /// What to tell the citizen.
    pub fn text(self) -> Text {
        match self {
            EmailError::NoAt => Text::new(
                "Anna sähköpostiosoite muodossa nimi@esimerkki.fi.",
                "Ange e-postadressen i formen namn@exempel.fi.",
                "Enter an email address in the form name@example.com.",
            ),
            EmailError::Local => Text::new(
                "Sähköpostiosoitteen alussa, ennen @-merkkiä, on merkki, joka ei voi olla osoitteessa. Tarkista osoite.",
                "Början av e-postadressen, före @, innehåller ett tecken som inte kan finnas i en adress. Kontrollera adressen.",
                "The part before the @ contains a character that cannot be in an address. Check the address.",
            ),
            EmailError::Domain => Text::new(
                "Sähköpostiosoitteen @-merkin jälkeinen osa ei ole verkkotunnus (esimerkiksi esimerkki.fi). Tarkista osoite.",
                "Delen efter @ i e-postadressen är inte en domän (till exempel exempel.fi). Kontrollera adressen.",
                "The part after the @ is not a domain such as example.com. Check the address.",
            ),
            EmailError::TooLong => Text::new(
                "Sähköpostiosoite on liian pitkä (enintään 254 merkkiä).",
                "E-postadressen är för lång (högst 254 tecken).",
                "The email address is too long (254 characters at most).",
            ),
        }
    }

    /// What to tell the citizen, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }
}

/// Checks an email address as people type them into forms (surrounding whitespace ignored).
pub fn email(input: &str) -> Result<(), EmailError> {
    let s = input.trim();
    if s.chars().count() > 254 {
        return Err(EmailError::TooLong);
    }
    let mut parts = s.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(EmailError::NoAt);
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    if !local_ok {
        return Err(EmailError::Local);
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.chars().count() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let tld_ok = labels
        .last()
        .is_some_and(|t| t.chars().count() >= 2 && t.chars().all(char::is_alphabetic));
    if labels.len() < 2 || !labels.iter().all(label_ok) || !tld_ok {
        return Err(EmailError::Domain);
    }
    Ok(())
}

/// Why a date was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not in the form day.month.year.
    Format,
    /// Day and month do not make a real date.
    NotADate,
    /// After today.
    InFuture,
    /// Before 1900: surely a typo in the year.
    TooOld,
}

impl DateError {
    /// What to tell the citizen.
    pub fn text(self) -> Text {
        match self {
            DateError::Format => Text::new(
                "Anna päivämäärä muodossa pp.kk.vvvv, esimerkiksi 27.3.1987.",
                "Ange datumet i formen dd.mm.åååå, till exempel 27.3.1987.",
                "Enter the date as day.month.year, for example 27.3.1987.",
            ),
            DateError::NotADate => Text::new(
                "Päivämäärää ei ole olemassa. Tarkista päivä ja kuukausi.",
                "Datumet finns inte. Kontrollera dag och månad.",
                "That date does not exist. Check the day and the month.",
            ),
            DateError::InFuture => Text::new(
                "Päivämäärä ei voi olla tulevaisuudessa.",
                "Datumet kan inte vara i framtiden.",
                "The date cannot be in the future.",
            ),
            DateError::TooOld => Text::new(
                "Tarkista vuosi: päivämäärä on ennen vuotta 1900.",
                "Kontrollera året: datumet är före år 1900.",
                "Check the year: the date is before 1900.",
            ),
        }
    }

    /// What to tell the citizen, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }
}

/// Reads a date in the past typed as `d.m.yyyy` (Finnish and Swedish habit) or `yyyy-mm-dd`.
pub fn past_date(input: &str, today: Date) -> Result<Date, DateError> {
    let s = input.trim();
    let parts: Vec<&str> = if s.contains('-') {
        s.split('-').collect()
    } else {
        s.split('.').collect()
    };
    let numbers: Vec<u32> = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|p| p.parse().ok())
        .collect();
    let (year, month, day) = match (numbers.as_slice(), s.contains('-')) {
        ([y, m, d], true) if parts[0].trim().len() == 4 => (*y, *m, *d),
        ([d, m, y], false) if parts.len() == 3 && parts[2].trim().len() == 4 => (*y, *m, *d),
        _ => return Err(DateError::Format),
    };
    let year = u16::try_from(year).map_err(|_| DateError::Format)?;
    let (Ok(month), Ok(day)) = (u8::try_from(month), u8::try_from(day)) else {
        return Err(DateError::NotADate);
    };
    let date = Date::new(year, month, day).ok_or(DateError::NotADate)?;
    if date > today {
        return Err(DateError::InFuture);
    }
    if year < 1900 {
        return Err(DateError::TooOld);
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_addresses() {
        for ok in [
            "matti.meikalainen@pieksamaki.fi",
            "  kirjaamo@jyvaskyla.fi ",
            "first.last+tag@sub.example.co.uk",
            "o'brien@example.ie",
            "pääkäyttäjä@esimerkki.fi",
            "info@äänekoski.fi",
        ] {
            assert_eq!(email(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn rejects_typos_with_the_reason() {
        assert_eq!(email(""), Err(EmailError::NoAt));
        assert_eq!(email("matti.pieksamaki.fi"), Err(EmailError::NoAt));
        assert_eq!(email("a@b@c.fi"), Err(EmailError::NoAt));
        assert_eq!(email("@pieksamaki.fi"), Err(EmailError::Local));
        assert_eq!(email("matti..m@pieksamaki.fi"), Err(EmailError::Local));
        assert_eq!(email("matti m@pieksamaki.fi"), Err(EmailError::Local));
        assert_eq!(email("matti@pieksamaki"), Err(EmailError::Domain));
        assert_eq!(email("matti@pieksamaki."), Err(EmailError::Domain));
        assert_eq!(email("matti@pieksamaki,fi"), Err(EmailError::Domain));
        assert_eq!(email("matti@-x.fi"), Err(EmailError::Domain));
        assert_eq!(email("matti@x.f1"), Err(EmailError::Domain));
        let long = format!("{}@example.fi", "a".repeat(250));
        assert_eq!(email(&long), Err(EmailError::TooLong));
    }

    #[test]
    fn past_dates() {
        let today = Date::ymd(2026, 11, 22);
        assert_eq!(past_date("27.3.1987", today), Ok(Date::ymd(1987, 3, 27)));
        assert_eq!(past_date(" 01.01.2000 ", today), Ok(Date::ymd(2000, 1, 1)));
        assert_eq!(past_date("1987-03-27", today), Ok(Date::ymd(1987, 3, 27)));
        assert_eq!(past_date("29.2.2024", today), Ok(Date::ymd(2024, 2, 29)));
        assert_eq!(past_date("29.2.2023", today), Err(DateError::NotADate));
        assert_eq!(past_date("31.4.1990", today), Err(DateError::NotADate));
        assert_eq!(past_date("27.3.87", today), Err(DateError::Format));
        assert_eq!(past_date("27/3/1987", today), Err(DateError::Format));
        assert_eq!(past_date("27.3.", today), Err(DateError::Format));
        assert_eq!(past_date("23.11.2026", today), Err(DateError::InFuture));
        assert_eq!(past_date("22.11.2026", today), Ok(Date::ymd(2026, 11, 22)));
        assert_eq!(past_date("1.1.1899", today), Err(DateError::TooOld));
        assert_eq!(past_date("", today), Err(DateError::Format));
        assert_eq!(past_date("1.1.99999", today), Err(DateError::Format));
    }

    #[test]
    fn messages_exist_in_all_languages() {
        for e in [
            DateError::Format,
            DateError::NotADate,
            DateError::InFuture,
            DateError::TooOld,
        ] {
            for lang in Lang::ALL {
                assert!(!e.message(lang).is_empty());
            }
        }
        for e in [
            EmailError::NoAt,
            EmailError::Local,
            EmailError::Domain,
            EmailError::TooLong,
        ] {
            for lang in Lang::ALL {
                assert!(!e.message(lang).is_empty());
            }
        }
    }
}
