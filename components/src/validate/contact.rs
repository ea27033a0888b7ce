//! Phone numbers and Finnish postal codes, as people type them.

use crate::i18n::{Lang, Text};

/// Why a phone number was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneError {
    /// Letters or other characters that are not part of a phone number.
    Characters,
    /// Neither a Finnish number starting with 0 nor an international one starting with +.
    Start,
    /// Too few or too many digits.
    Length,
}

impl PhoneError {
    /// What to tell the citizen.
    pub fn text(self) -> Text {
        match self {
            PhoneError::Characters => Text::new(
                "Puhelinnumerossa voi olla vain numeroita, välilyöntejä, väliviivoja ja alussa +-merkki.",
                "Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och ett + i början.",
                "A phone number can only contain digits, spaces, hyphens and a + at the start.",
            ),
            PhoneError::Start => Text::new(
                "Aloita puhelinnumero nollalla (esimerkiksi 040 123 4567) tai maatunnuksella (esimerkiksi +358 40 123 4567).",
                "Börja telefonnumret med noll (till exempel 040 123 4567) eller med landsnumret (till exempel +358 40 123 4567).",
                "Start the number with 0 (for example 040 123 4567) or with the country code (for example +358 40 123 4567).",
            ),
            PhoneError::Length => Text::new(
                "Puhelinnumerossa on liian vähän tai liian monta numeroa. Tarkista numero.",
                "Telefonnumret har för få eller för många siffror. Kontrollera numret.",
                "The phone number has too few or too many digits. Check the number.",
            ),
        }
    }

    /// What to tell the citizen, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }
}

/// Reads a Finnish (`040 123 4567`, `09-123 456`) or international (`+46 8 123 456`,
/// `00358 40 1234567`) phone number and returns it in E.164 form (`+358401234567`).
pub fn phone(input: &str) -> Result<String, PhoneError> {
    // "+358 (0)40 …" is a common way of writing the optional trunk zero.
    let s = input.trim().replace("(0)", "");
    let mut digits = String::new();
    for (n, c) in s.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if n == 0 => {}
            ' ' | '-' | '(' | ')' | '.' | '\u{a0}' => {}
            _ => return Err(PhoneError::Characters),
        }
    }
    let international = if s.starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_string()
    } else if let Some(national) = digits.strip_prefix('0') {
        // A Finnish number: 0 + area or operator code + subscriber number.
        if !(5..=12).contains(&national.len()) {
            return Err(PhoneError::Length);
        }
        format!("358{national}")
    } else {
        return Err(PhoneError::Start);
    };
    if international.starts_with('0') {
        return Err(PhoneError::Start);
    }
    // E.164: at most 15 digits; 7 is the shortest real international number.
    let finnish_ok = international
        .strip_prefix("358")
        .is_none_or(|national| (5..=12).contains(&national.len()));
    if !(7..=15).contains(&international.len()) || !finnish_ok {
        return Err(PhoneError::Length);
    }
    Ok(format!("+{international}"))
}

/// Why a postal code was not accepted: not a Finnish one, or, for an address abroad, not
/// like any country's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PostalCodeError {
    /// Not five digits.
    Finnish,
    /// Not like any country's postal code.
    Foreign,
}

impl PostalCodeError {
    /// What to tell the citizen, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            PostalCodeError::Finnish => Text::new(
                "Suomalaisessa postinumerossa on viisi numeroa, esimerkiksi 76100.",
                "Ett finländskt postnummer har fem siffror, till exempel 76100.",
                "A Finnish postcode has five digits, for example 76100.",
            ),
            PostalCodeError::Foreign => Text::new(
                "Postinumerossa voi olla 2–10 kirjainta, numeroa, välilyöntiä tai yhdysmerkkiä.",
                "Postnumret kan ha 2–10 bokstäver, siffror, mellanslag eller bindestreck.",
                "A postcode can have 2 to 10 letters, digits, spaces or hyphens.",
            ),
        }
        .get(lang)
    }
}

/// Checks a Finnish postal code: five digits (surrounding whitespace ignored).
pub fn postal_code(input: &str) -> Result<(), PostalCodeError> {
    let s = input.trim();
    if s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(PostalCodeError::Finnish)
    }
}

/// Checks a postal code of another country: 2 to 10 letters, digits, spaces or hyphens,
/// as the world's postcodes are written (`SW1A 1AA`, `10115`, `D02 X285`, `113-0033`).
pub fn foreign_postal_code(input: &str) -> Result<(), PostalCodeError> {
    let s = input.trim();
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == ' ' || c == '-';
    if (2..=10).contains(&s.chars().count()) && s.chars().all(allowed) {
        Ok(())
    } else {
        Err(PostalCodeError::Foreign)
    }
}

/// Whether a country answer names another country than Finland (empty is Finland).
pub fn abroad(country: &str) -> bool {
    // ASCII case only: `to_lowercase` would bring Unicode's case tables to the first load.
    let c = country.trim();
    !(c.is_empty()
        || ["suomi", "finland", "fi", "fin"]
            .iter()
            .any(|f| c.eq_ignore_ascii_case(f)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_numbers_in_the_ways_people_write_them() {
        for (input, e164) in [
            ("040 123 4567", "+358401234567"),
            ("040-1234567", "+358401234567"),
            ("0401234567", "+358401234567"),
            ("09 123 456", "+3589123456"),
            ("(09) 310 1691", "+35893101691"),
            ("+358 40 123 4567", "+358401234567"),
            ("+358 (0)40 123 4567", "+358401234567"),
            ("00358 40 123 4567", "+358401234567"),
            (" 015 123 456 ", "+35815123456"),
        ] {
            assert_eq!(phone(input).as_deref(), Ok(e164), "{input}");
        }
    }

    #[test]
    fn international_numbers() {
        assert_eq!(phone("+46 8 123 456 78").as_deref(), Ok("+46812345678"));
        assert_eq!(phone("+372 5123 4567").as_deref(), Ok("+37251234567"));
        assert_eq!(phone("0046 8 123 456 78").as_deref(), Ok("+46812345678"));
    }

    #[test]
    fn wrong_numbers_get_the_reason() {
        assert_eq!(phone("040 ABC 4567"), Err(PhoneError::Characters));
        assert_eq!(phone("040+1234567"), Err(PhoneError::Characters));
        assert_eq!(phone("40 123 4567"), Err(PhoneError::Start));
        assert_eq!(phone("+0 40 123"), Err(PhoneError::Start));
        assert_eq!(phone("040"), Err(PhoneError::Length));
        assert_eq!(phone("+358 40"), Err(PhoneError::Length));
        assert_eq!(phone("+1 234 567 890 123 456"), Err(PhoneError::Length));
        assert_eq!(phone(""), Err(PhoneError::Start));
        for e in [
            PhoneError::Characters,
            PhoneError::Start,
            PhoneError::Length,
        ] {
            for lang in Lang::ALL {
                assert!(!e.message(lang).is_empty());
            }
        }
    }

    #[test]
    fn postal_codes_abroad() {
        for good in ["SW1A 1AA", "10115", "D02 X285", "113-0033", "75008", "NW1"] {
            assert_eq!(foreign_postal_code(good), Ok(()), "{good}");
        }
        for bad in ["", "1", "12345678901", "SW1A<1AA", "öö 12"] {
            assert_eq!(
                foreign_postal_code(bad),
                Err(PostalCodeError::Foreign),
                "{bad}"
            );
        }
        assert!(!abroad("") && !abroad(" Suomi ") && !abroad("FINLAND"));
        assert!(abroad("Sverige") && abroad("Germany"));
    }

    #[test]
    fn postal_codes() {
        assert_eq!(postal_code("76100"), Ok(()));
        assert_eq!(postal_code(" 00100 "), Ok(()));
        for bad in ["7610", "761000", "76 100", "FI-76100", "７６１００", ""] {
            assert_eq!(postal_code(bad), Err(PostalCodeError::Finnish), "{bad}");
        }
    }
}
