//! Small field rules that need no heavy dependency.
//!
//! The `validator` crate's email rule alone costs about 110 KB of wasm (regex + idna), so the
//! rules here are hand-written, strict where a typo is likely and lenient where real
//! addresses vary (internationalised domains are accepted as typed).

use crate::i18n::{Lang, Text};

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
    pub fn text(self) -> Text {
        match self {
            EmailError::NoAt => Text::new(
                "Anna sähköpostiosoite muodossa nimi@esimerkki.fi.",
                "Ange e-postadressen i formen namn@exempel.fi.",
                "Enter an email address in the form name@example.com.",
            ),
            EmailError::Local => Text::new(
                "Sähköpostiosoitteen alussa, ennen @-merkkiä, on merkki joka ei voi olla osoitteessa. Tarkista osoite.",
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
    fn messages_exist_in_all_languages() {
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
