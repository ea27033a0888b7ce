//! Fields of request forms and their validation.
//!
//! A form is a list of [`Field`]s; a field may be shown only when another answer has a
//! given value (the identity path, for example). The citizen's [`Answers`] are checked
//! with [`validate`], which returns one [`FieldError`] per shown field in form order, so
//! views can show an error summary and inline errors from the same list. The same code
//! runs in the browser and in native tests.

use crate::i18n::{Lang, Text};
use crate::id::{self, Country, Date, Hetu, HetuError, IdError};
use crate::validate::{self, DateError, EmailError};
use std::collections::BTreeMap;

/// One option of a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: Text,
    pub hint: Option<Text>,
}

/// What kind of value a field holds, which decides how it is checked and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Free text on one line.
    Text,
    /// A Finnish personal identity code: uppercased, checked exactly, masked in summaries.
    IdentityCode,
    /// A personal identity number of the country chosen in `country_field`.
    NationalIdCode {
        country_field: &'static str,
    },
    Email,
    /// A date in the past, typed as `d.m.yyyy` (or ISO `yyyy-mm-dd`).
    PastDate,
    /// One of a few options, shown as radio buttons.
    Choice(&'static [Choice]),
}

/// Show a field only when another field has a given value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Condition {
    pub field: &'static str,
    pub equals: &'static str,
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
    /// The HTML `autocomplete` token (`name`, `email`, `bday`, `off`).
    pub autocomplete: &'static str,
    /// What to say when a required field is left empty.
    pub missing: Text,
    pub shown_when: Option<Condition>,
    /// The answer a new form starts with.
    pub default: Option<&'static str>,
}

impl Field {
    pub fn is_shown(&self, answers: &Answers) -> bool {
        self.shown_when
            .is_none_or(|c| answers.get(c.field).map(String::as_str) == Some(c.equals))
    }
}

/// The citizen's answers, by field id.
pub type Answers = BTreeMap<String, String>;

/// A new form's answers: the fields' defaults.
pub fn initial_answers(fields: &[Field]) -> Answers {
    fields
        .iter()
        .filter_map(|f| f.default.map(|d| (f.id.to_string(), d.to_string())))
        .collect()
}

/// What is wrong with one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing(Text),
    IdentityCode(HetuError),
    NationalId(IdError),
    /// A valid code whose birth date is after today.
    BornInFuture,
    Email(EmailError),
    Date(DateError),
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::Missing(text) => text.get(lang).to_string(),
            Problem::IdentityCode(e) => e.message(lang),
            Problem::NationalId(e) => e.message(lang),
            Problem::BornInFuture => Text::new(
                "Tunnuksen syntymäaika on tulevaisuudessa. Tarkista tunnus.",
                "Födelsedatumet i numret ligger i framtiden. Kontrollera numret.",
                "The date of birth in the code is in the future. Check the code.",
            )
            .get(lang)
            .to_string(),
            Problem::Email(e) => e.message(lang).to_string(),
            Problem::Date(e) => e.message(lang).to_string(),
        }
    }
}

/// An answer that needs fixing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub problem: Problem,
}

fn answer<'a>(answers: &'a Answers, id: &str) -> &'a str {
    answers.get(id).map(String::as_str).unwrap_or("").trim()
}

/// Reads the national identity number of `field` with the country chosen in its form.
fn national_id(
    country_field: &str,
    value: &str,
    answers: &Answers,
    today: Date,
) -> Option<Result<Box<dyn id::PersonalId>, IdError>> {
    let country = Country::ALL
        .into_iter()
        .find(|c| c.code() == answer(answers, country_field))?;
    Some(id::parse(country, value, today))
}

/// Checks one shown answer; `None` when it is fine.
pub fn check_field(field: &Field, answers: &Answers, today: Date) -> Option<Problem> {
    let value = answer(answers, field.id);
    if value.is_empty() {
        return field.required.then_some(Problem::Missing(field.missing));
    }
    let born_before_today = |birth: Date| {
        if birth > today {
            Some(Problem::BornInFuture)
        } else {
            None
        }
    };
    match field.kind {
        FieldKind::Text => None,
        FieldKind::IdentityCode => match Hetu::parse(value) {
            Ok(hetu) => born_before_today(hetu.birth_date()),
            Err(e) => Some(Problem::IdentityCode(e)),
        },
        // Without a chosen country the country question carries the error.
        FieldKind::NationalIdCode { country_field } => {
            match national_id(country_field, value, answers, today)? {
                Ok(code) => born_before_today(code.birth_date()),
                Err(e) => Some(Problem::NationalId(e)),
            }
        }
        FieldKind::Email => validate::email(value).err().map(Problem::Email),
        FieldKind::PastDate => validate::past_date(value, today).err().map(Problem::Date),
        FieldKind::Choice(options) => {
            (!options.iter().any(|o| o.value == value)).then_some(Problem::Missing(field.missing))
        }
    }
}

/// Checks every shown answer, in form order.
pub fn validate(fields: &[Field], answers: &Answers, today: Date) -> Vec<FieldError> {
    fields
        .iter()
        .filter(|f| f.is_shown(answers))
        .filter_map(|f| {
            check_field(f, answers, today).map(|problem| FieldError {
                field: f.id,
                problem,
            })
        })
        .collect()
}

/// How an answer is written back in a summary: codes masked, choices by their label.
pub fn display_value(field: &Field, answers: &Answers, lang: Lang, today: Date) -> String {
    let value = answer(answers, field.id);
    match field.kind {
        FieldKind::IdentityCode => Hetu::parse(value).map(|h| h.masked()).unwrap_or_default(),
        FieldKind::NationalIdCode { country_field } => {
            national_id(country_field, value, answers, today)
                .and_then(Result::ok)
                .map(|c| c.masked())
                .unwrap_or_default()
        }
        FieldKind::Choice(options) => options
            .iter()
            .find(|o| o.value == value)
            .map(|o| o.label.get(lang).to_string())
            .unwrap_or_default(),
        FieldKind::PastDate => validate::past_date(value, today)
            .map(|(y, m, d)| format!("{d}.{m}.{y}"))
            .unwrap_or_default(),
        FieldKind::Text | FieldKind::Email => value.to_string(),
    }
}

/// Answers in stored form once valid: trimmed, codes in canonical form, dates in ISO
/// form, and answers of hidden fields dropped.
pub fn normalise(fields: &[Field], answers: &Answers, today: Date) -> Answers {
    fields
        .iter()
        .filter(|f| f.is_shown(answers))
        .filter_map(|f| {
            let value = answer(answers, f.id);
            let stored = match f.kind {
                FieldKind::IdentityCode => Hetu::parse(value).map(|h| h.to_string()).ok(),
                FieldKind::NationalIdCode { country_field } => {
                    national_id(country_field, value, answers, today)
                        .and_then(Result::ok)
                        .map(|c| c.to_string())
                }
                FieldKind::PastDate => validate::past_date(value, today)
                    .ok()
                    .map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
                FieldKind::Text | FieldKind::Email | FieldKind::Choice(_) => None,
            };
            let stored = stored.unwrap_or_else(|| value.to_string());
            (!stored.is_empty()).then(|| (f.id.to_string(), stored))
        })
        .collect()
}

#[cfg(test)]
mod tests;
