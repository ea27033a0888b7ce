//! Fields of request forms and their validation.
//!
//! A form is a list of [`Field`]s; the citizen's [`Answers`] are checked with [`validate`],
//! which returns one [`FieldError`] per field in form order, so views can show an error
//! summary and inline errors from the same list. The same code runs in the browser and in
//! native tests.

use crate::i18n::{Lang, Text};
use crate::id::{Hetu, HetuError};
use crate::validate::{self, EmailError};
use std::collections::BTreeMap;

/// What kind of value a field holds, which decides how it is checked and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Free text on one line.
    Text,
    /// A Finnish personal identity code: uppercased, checked exactly, masked in summaries.
    IdentityCode,
    Email,
}

/// One question on a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Stable id: the key in answers and payloads, and the element id in the page.
    pub id: &'static str,
    pub label: Text,
    pub hint: Option<Text>,
    pub kind: FieldKind,
    pub required: bool,
    /// The HTML `autocomplete` token (`name`, `email`, `off`).
    pub autocomplete: &'static str,
    /// What to say when a required field is left empty.
    pub missing: Text,
}

/// The citizen's answers, by field id.
pub type Answers = BTreeMap<String, String>;

/// What is wrong with one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing(Text),
    IdentityCode(HetuError),
    /// A valid code whose birth date is after today.
    BornInFuture,
    Email(EmailError),
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::Missing(text) => text.get(lang).to_string(),
            Problem::IdentityCode(e) => e.message(lang),
            Problem::BornInFuture => Text::new(
                "Henkilötunnuksen syntymäaika on tulevaisuudessa. Tarkista henkilötunnus.",
                "Födelsedatumet i personbeteckningen ligger i framtiden. Kontrollera personbeteckningen.",
                "The date of birth in the code is in the future. Check the code.",
            )
            .get(lang)
            .to_string(),
            Problem::Email(e) => e.message(lang).to_string(),
        }
    }
}

/// An answer that needs fixing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub problem: Problem,
}

/// Today's date as (year, month, day), for rules such as "not born in the future".
pub type Date = (u16, u8, u8);

/// Checks one answer; `None` when it is fine.
pub fn check_field(field: &Field, value: &str, today: Date) -> Option<Problem> {
    let value = value.trim();
    if value.is_empty() {
        return field.required.then_some(Problem::Missing(field.missing));
    }
    match field.kind {
        FieldKind::Text => None,
        FieldKind::IdentityCode => match Hetu::parse(value) {
            Ok(hetu) if hetu.birth_date() > today => Some(Problem::BornInFuture),
            Ok(_) => None,
            Err(e) => Some(Problem::IdentityCode(e)),
        },
        FieldKind::Email => validate::email(value).err().map(Problem::Email),
    }
}

/// Checks every answer, in form order.
pub fn validate(fields: &[Field], answers: &Answers, today: Date) -> Vec<FieldError> {
    fields
        .iter()
        .filter_map(|f| {
            let value = answers.get(f.id).map(String::as_str).unwrap_or("");
            check_field(f, value, today).map(|problem| FieldError {
                field: f.id,
                problem,
            })
        })
        .collect()
}

/// How an answer is written back in a summary: identity codes masked, others trimmed.
pub fn display_value(field: &Field, value: &str) -> String {
    match field.kind {
        FieldKind::IdentityCode => Hetu::parse(value).map(|h| h.masked()).unwrap_or_default(),
        FieldKind::Text | FieldKind::Email => value.trim().to_string(),
    }
}

/// How an answer is stored once valid: identity codes in canonical uppercase form.
pub fn normalise(field: &Field, value: &str) -> String {
    match field.kind {
        FieldKind::IdentityCode => Hetu::parse(value)
            .map(|h| h.to_string())
            .unwrap_or_else(|_| value.trim().to_string()),
        FieldKind::Text | FieldKind::Email => value.trim().to_string(),
    }
}

/// The fields of the access request (tarkastuspyyntö) in its first, minimal form.
pub const ACCESS_FIELDS: [Field; 3] = [
    Field {
        id: "name",
        label: Text::new("Koko nimi", "Fullständigt namn", "Full name"),
        hint: None,
        kind: FieldKind::Text,
        required: true,
        autocomplete: "name",
        missing: Text::new(
            "Kirjoita koko nimesi.",
            "Skriv ditt fullständiga namn.",
            "Enter your full name.",
        ),
    },
    Field {
        id: "identity_code",
        label: Text::new(
            "Henkilötunnus",
            "Personbeteckning",
            "Personal identity code",
        ),
        hint: Some(Text::new(
            "Esimerkiksi 131052-308T",
            "Till exempel 131052-308T",
            "For example 131052-308T",
        )),
        kind: FieldKind::IdentityCode,
        required: true,
        autocomplete: "off",
        missing: Text::new(
            "Anna henkilötunnuksesi.",
            "Ange din personbeteckning.",
            "Enter your personal identity code.",
        ),
    },
    Field {
        id: "email",
        label: Text::new("Sähköpostiosoite", "E-postadress", "Email address"),
        hint: Some(Text::new(
            "Lähetämme tähän osoitteeseen vain tiedon pyynnön käsittelystä.",
            "Vi skickar bara meddelanden om behandlingen av begäran till den här adressen.",
            "We only use this address to tell you about your request.",
        )),
        kind: FieldKind::Email,
        required: true,
        autocomplete: "email",
        missing: Text::new(
            "Anna sähköpostiosoitteesi.",
            "Ange din e-postadress.",
            "Enter your email address.",
        ),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = (2026, 11, 22);

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn empty_form_lists_every_required_field_in_order() {
        let errors = validate(&ACCESS_FIELDS, &Answers::new(), TODAY);
        let ids: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(ids, ["name", "identity_code", "email"]);
        assert_eq!(errors[0].problem.message(Lang::Fi), "Kirjoita koko nimesi.");
        assert_eq!(
            errors[2].problem.message(Lang::Sv),
            "Ange din e-postadress."
        );
    }

    #[test]
    fn valid_answers_pass() {
        let a = answers(&[
            ("name", "Maija Meikäläinen"),
            ("identity_code", " 131052-308t "),
            ("email", "maija@example.fi"),
        ]);
        assert_eq!(validate(&ACCESS_FIELDS, &a, TODAY), vec![]);
        assert_eq!(normalise(&ACCESS_FIELDS[1], " 131052-308t "), "131052-308T");
        assert_eq!(
            display_value(&ACCESS_FIELDS[1], "131052-308t"),
            "131052-****"
        );
    }

    #[test]
    fn wrong_values_get_specific_problems() {
        let a = answers(&[
            ("name", "   "),
            ("identity_code", "131052-308U"),
            ("email", "maija.example.fi"),
        ]);
        let errors = validate(&ACCESS_FIELDS, &a, TODAY);
        assert_eq!(
            errors,
            vec![
                FieldError {
                    field: "name",
                    problem: Problem::Missing(ACCESS_FIELDS[0].missing)
                },
                FieldError {
                    field: "identity_code",
                    problem: Problem::IdentityCode(HetuError::CheckCharacter {
                        expected: 'T',
                        found: 'U'
                    })
                },
                FieldError {
                    field: "email",
                    problem: Problem::Email(EmailError::NoAt)
                },
            ]
        );
    }

    #[test]
    fn a_code_born_after_today_is_refused_by_the_form() {
        // 1.1.2030, individual number 002: structurally valid.
        let code = "010130A0028";
        assert!(Hetu::parse(code).is_ok(), "check character of the fixture");
        assert_eq!(
            check_field(&ACCESS_FIELDS[1], code, TODAY),
            Some(Problem::BornInFuture)
        );
        assert_eq!(check_field(&ACCESS_FIELDS[1], code, (2030, 1, 1)), None);
    }

    #[test]
    fn every_field_speaks_three_languages() {
        for f in ACCESS_FIELDS {
            for lang in Lang::ALL {
                assert!(!f.label.get(lang).is_empty() && !f.missing.get(lang).is_empty());
            }
        }
    }
}
