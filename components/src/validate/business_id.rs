//! The Finnish Business ID (Y-tunnus, FO-nummer) of a controller: seven digits, a hyphen
//! and a check digit. The check digit is the weighted sum of the seven digits (weights 7,
//! 9, 10, 5, 8, 4, 2) modulo 11, subtracted from 11 (0 when the remainder is 0); a
//! remainder of 1 gives no digit, so such numbers are never issued. Compared with
//! python-stdnum's `stdnum.fi.ytunnus` in `tests/contracts/ids_stdnum.py`.

use crate::i18n::{Lang, Text};

/// Why a Business ID was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BusinessIdError {
    /// Not seven digits, a hyphen and a digit.
    Format,
    /// The check digit is not the one the other digits make.
    CheckDigit,
}

impl BusinessIdError {
    /// What to tell the editor.
    pub fn text(self) -> Text {
        match self {
            BusinessIdError::Format => Text::new(
                "Kirjoita Y-tunnus muodossa 1234567-8.",
                "Ange FO-numret i formen 1234567-8.",
                "Enter the Business ID as 1234567-8.",
            ),
            BusinessIdError::CheckDigit => Text::new(
                "Y-tunnuksen tarkistusnumero ei täsmää. Tarkista tunnus.",
                "FO-numrets kontrollsiffra stämmer inte. Kontrollera numret.",
                "The Business ID's check digit does not match. Check the ID.",
            ),
        }
    }

    /// What to tell the editor, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }
}

const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];

/// A Business ID in its written form (`1234567-8`). Spaces around it are ignored, and the
/// hyphen may be left out; anything else is refused.
pub fn business_id(input: &str) -> Result<String, BusinessIdError> {
    let input = input.trim();
    let digits: Vec<u32> = match input.split_once('-') {
        Some((body, check)) if body.len() == 7 && check.len() == 1 => body
            .chars()
            .chain(check.chars())
            .map(|c| c.to_digit(10))
            .collect::<Option<_>>(),
        None if input.len() == 8 => input.chars().map(|c| c.to_digit(10)).collect::<Option<_>>(),
        _ => None,
    }
    .ok_or(BusinessIdError::Format)?;
    let sum: u32 = WEIGHTS.iter().zip(&digits).map(|(w, d)| w * d).sum();
    let expected = match sum % 11 {
        0 => 0,
        1 => return Err(BusinessIdError::CheckDigit),
        r => 11 - r,
    };
    if digits[7] != expected {
        return Err(BusinessIdError::CheckDigit);
    }
    let written: String = digits
        .iter()
        .filter_map(|d| char::from_digit(*d, 10))
        .collect();
    Ok(format!("{}-{}", &written[..7], &written[7..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Valid Business IDs (python-stdnum accepts them too), as editors type them.
    #[test]
    fn valid_business_ids_are_accepted() {
        for id in [
            "0208201-1",
            "0208201-1 ",
            "02082011",
            "0201256-6",
            "2077474-0",
        ] {
            assert!(business_id(id).is_ok(), "{id}");
        }
        assert_eq!(business_id(" 02082011 "), Ok("0208201-1".into()));
    }

    #[test]
    fn a_wrong_check_digit_or_form_is_refused() {
        assert_eq!(business_id("0208201-2"), Err(BusinessIdError::CheckDigit));
        for bad in [
            "",
            "208201-1",
            "0208201-11",
            "0208201–1",
            "FI02082011",
            "0208-2011",
            "abcdefg-h",
        ] {
            assert_eq!(business_id(bad), Err(BusinessIdError::Format), "{bad}");
        }
    }

    /// A sum whose remainder is 1 has no check digit: every last digit is refused.
    #[test]
    fn a_remainder_of_one_is_never_issued() {
        // 0000030: 3 × 4 = 12, remainder 1.
        for last in 0..=9 {
            assert_eq!(
                business_id(&format!("0000030-{last}")),
                Err(BusinessIdError::CheckDigit)
            );
        }
    }
}
