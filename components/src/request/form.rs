//! Checking the citizen's answers against a form spec ([`super::spec`]).
//!
//! A field may be shown or required only while an earlier answer holds (the identity path,
//! acting for someone else, an old log period). [`validate()`] returns one [`FieldError`] per
//! shown field in form order, so views show an error summary and inline errors from the
//! same list. [`normalise`] turns valid answers into their stored form. The same code runs
//! in the browser and in native tests.

use super::drawing::{self, DrawingError};
use super::spec::{Condition, Field, FieldType, Form, LocalText, Step};
use crate::i18n::{Lang, Text};
use crate::id::{self, Country, Date, Hetu, HetuError, IdError};
use crate::validate::{self, DateError, EmailError, PhoneError, PostalCodeError};
use std::collections::BTreeMap;

/// The citizen's answers, by field id.
pub type Answers = BTreeMap<String, String>;

fn answer<'a>(answers: &'a Answers, id: &str) -> &'a str {
    answers.get(id).map(String::as_str).unwrap_or("").trim()
}

impl Condition {
    /// Whether the answers meet the condition on `today` (a date's age counts from it).
    pub fn holds(&self, answers: &Answers, today: Date) -> bool {
        let value = answer(answers, &self.field);
        if let Some(equals) = &self.equals {
            return value == equals;
        }
        if let Some(years) = self.older_than_years {
            let (y, m, d) = today.parts();
            return validate::past_date(value, today)
                .is_ok_and(|date| date.parts() < (y.saturating_sub(years), m, d));
        }
        self.one_of.iter().any(|v| v == value)
    }
}

fn holds(condition: &Option<Condition>, answers: &Answers, today: Date) -> bool {
    condition.as_ref().is_none_or(|c| c.holds(answers, today))
}

impl Step {
    /// Whether the step is asked with these answers.
    pub fn is_shown(&self, answers: &Answers, today: Date) -> bool {
        holds(&self.shown_when, answers, today)
    }
}

impl Field {
    /// Whether the question is asked with these answers.
    pub fn is_shown(&self, answers: &Answers, today: Date) -> bool {
        holds(&self.shown_when, answers, today)
    }

    /// Whether the question must be answered with these answers.
    pub fn is_required(&self, answers: &Answers, today: Date) -> bool {
        self.required
            || self
                .required_when
                .as_ref()
                .is_some_and(|c| c.holds(answers, today))
    }
}

impl Form {
    /// The steps the citizen goes through with these answers.
    pub fn shown_steps<'a>(
        &'a self,
        answers: &'a Answers,
        today: Date,
    ) -> impl Iterator<Item = &'a Step> {
        self.steps
            .iter()
            .filter(move |s| s.is_shown(answers, today))
    }

    /// Fields asked with these answers: shown fields of shown steps, in form order.
    pub fn shown_fields<'a>(
        &'a self,
        answers: &'a Answers,
        today: Date,
    ) -> impl Iterator<Item = &'a Field> {
        self.shown_steps(answers, today)
            .flat_map(|s| s.fields.iter())
            .filter(move |f| f.is_shown(answers, today))
    }
}

/// A new form's answers: the fields' defaults (`today` for dates, the form's language for
/// the answer language).
pub fn initial_answers(form: &Form, lang: Lang, today: Date) -> Answers {
    into_answers(form.fields().filter_map(|f| {
        let value = match (f.kind, f.default.as_deref()) {
            (FieldType::Date, Some("today")) => today.finnish(),
            (FieldType::Language, None) => lang.name().to_string(),
            (_, default) => default?.to_string(),
        };
        Some((f.id.clone(), value))
    }))
}

/// Answers from pairs, inserted one by one: `collect` into a map sorts its input first,
/// which would add a sort routine (several KB) to the browser bundle.
pub fn into_answers(pairs: impl Iterator<Item = (String, String)>) -> Answers {
    let mut answers = Answers::new();
    for (k, v) in pairs {
        answers.insert(k, v);
    }
    answers
}

/// What is wrong with one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A required question left unanswered, with what the forms file says then.
    Missing(LocalText),
    /// A Finnish personal identity code that is not valid.
    IdentityCode(HetuError),
    /// Another country's identity number that is not valid.
    NationalId(IdError),
    /// A valid code whose birth date is after today.
    BornInFuture,
    /// A guardian of a minor asking for someone who is 18 or older today.
    NotAMinor,
    /// A temporary code where the form asks for the population register's.
    TemporaryCode,
    /// An e-mail address that is not one.
    Email(EmailError),
    /// A phone number that is not one.
    Phone(PhoneError),
    /// A postal code that is not one.
    PostalCode(PostalCodeError),
    /// A date that is not a date, or is in the future.
    Date(DateError),
    /// A date before the date of the named question (an end before its start).
    DateBefore(LocalText),
    /// An answer longer than the question allows (the limit, in characters).
    TooLong(usize),
    /// An answer that is none of the question's options.
    NotAnOption,
    /// A file larger than [`MAX_FILE_BYTES`].
    FileTooLarge,
    /// A file of a type the question does not accept.
    FileType,
    /// A drawn signature that cannot be taken.
    Drawing(DrawingError),
}

/// The largest file a question accepts (10 MB), as the payload contract allows.
pub const MAX_FILE_BYTES: u64 = crate::request::payload::rules::MAX_ATTACHMENT_BYTES;

/// Checks a chosen file against its question: size, and media type or extension against
/// the question's `accept` list (`application/pdf,image/*,.docx`).
pub fn check_file(field: &Field, name: &str, media_type: &str, size: u64) -> Option<Problem> {
    if size > MAX_FILE_BYTES {
        return Some(Problem::FileTooLarge);
    }
    let accept = field.accept.as_deref().unwrap_or("");
    let name = name.to_ascii_lowercase();
    let accepted = accept.trim().is_empty()
        || accept.split(',').map(str::trim).any(|a| {
            if let Some(ext) = a.strip_prefix('.') {
                name.ends_with(&format!(".{}", ext.to_ascii_lowercase()))
            } else if let Some(group) = a.strip_suffix("/*") {
                media_type.split('/').next() == Some(group)
            } else {
                a.eq_ignore_ascii_case(media_type)
            }
        });
    (!accepted).then_some(Problem::FileType)
}

impl Problem {
    /// What to tell the citizen, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let text = |fi, sv, en| Text::new(fi, sv, en).get(lang).to_string();
        match self {
            // A forms file of a host's own may leave out what to say: then it is said plainly.
            Problem::Missing(said) if said.get(lang).trim().is_empty() => text(
                "Vastaa tähän kysymykseen.",
                "Svara på den här frågan.",
                "Answer this question.",
            ),
            Problem::Missing(said) => said.get(lang).to_string(),
            Problem::IdentityCode(e) => e.message(lang),
            Problem::NationalId(e) => e.message(lang),
            Problem::BornInFuture => text(
                "Tunnuksen syntymäaika on tulevaisuudessa. Tarkista tunnus.",
                "Födelsedatumet i beteckningen ligger i framtiden. Kontrollera beteckningen.",
                "The date of birth in the code is in the future. Check the code.",
            ),
            Problem::NotAMinor => text(
                "Hän on täyttänyt 18 vuotta, joten et voi tehdä pyyntöä hänen huoltajanaan. Tarkista tieto tai valitse edelliseltä sivulta, että toimit edunvalvojana tai valtuutettuna.",
                "Personen har fyllt 18 år, så du kan inte göra begäran som vårdnadshavare. Kontrollera uppgiften, eller välj på föregående sida att du agerar som intressebevakare eller med fullmakt.",
                "They are 18 or older, so you cannot make the request as their guardian. Check what you entered, or choose on the previous page that you act as a legal guardian or an authorised person.",
            ),
            Problem::TemporaryCode => text(
                "Tämä on väliaikainen tunnus (loppuosan numero 900–999). Anna väestötietojärjestelmään merkitty henkilötunnus.",
                "Det här är en tillfällig beteckning (numret i slutet är 900–999). Ange den personbeteckning som finns i befolkningsdatasystemet.",
                "This is a temporary code (its number is 900–999). Enter the personal identity code in the Population Information System.",
            ),
            Problem::Email(e) => e.message(lang).to_string(),
            Problem::Phone(e) => e.message(lang).to_string(),
            Problem::PostalCode(e) => e.message(lang).to_string(),
            Problem::Date(e) => e.message(lang).to_string(),
            Problem::DateBefore(other) => {
                let label = other.get(lang);
                text(
                    "Päivämäärä ei voi olla aiemmin kuin kohdassa",
                    "Datumet kan inte vara tidigare än i frågan",
                    "The date cannot be earlier than the answer to",
                ) + &format!(" ”{label}”.")
            }
            Problem::TooLong(max) => {
                text(
                    "Vastaus on liian pitkä. Enintään",
                    "Svaret är för långt. Högst",
                    "The answer is too long. At most",
                ) + " "
                    + &super::length::number_text(*max, lang)
                    + " "
                    + &text("merkkiä.", "tecken.", "characters.")
            }
            Problem::NotAnOption => text(
                "Valitse yksi vaihtoehdoista.",
                "Välj ett av alternativen.",
                "Select one of the options.",
            ),
            Problem::FileTooLarge => text(
                "Tiedosto on liian suuri. Sen koko voi olla enintään 10 Mt.",
                "Filen är för stor. Den får vara högst 10 MB.",
                "The file is too large. It must be 10 MB or smaller.",
            ),
            Problem::FileType => text(
                "Tiedoston pitää olla PDF tai kuva (JPEG tai PNG).",
                "Filen ska vara en PDF eller en bild (JPEG eller PNG).",
                "The file must be a PDF or a picture (JPEG or PNG).",
            ),
            Problem::Drawing(e) => e.message().get(lang).to_string(),
        }
    }
}

/// An answer that needs fixing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The question's id.
    pub field: String,
    /// What is wrong.
    pub problem: Problem,
}

/// The answer of `acting_for` that asks for a child under 18.
const GUARDIAN_OF_MINOR: &str = "guardian_of_minor";
/// 18 years.
const ADULT_MONTHS: u8 = 18 * 12;

/// Reads the national identity number of `field` with the country chosen in its form.
fn national_id(
    field: &Field,
    answers: &Answers,
    today: Date,
) -> Option<Result<Box<dyn id::PersonalId>, IdError>> {
    let chosen = answer(answers, field.country_field.as_deref()?);
    let country = Country::ALL.into_iter().find(|c| c.name() == chosen)?;
    Some(id::parse(country, answer(answers, &field.id), today))
}

/// Checks one shown answer; `None` when it is fine.
pub fn check_field(field: &Field, form: &Form, answers: &Answers, today: Date) -> Option<Problem> {
    let value = answer(answers, &field.id);
    if value.is_empty() {
        let required = field.is_required(answers, today);
        return required.then(|| Problem::Missing(field.missing.clone().unwrap_or_default()));
    }
    if let Some(max) = field
        .max_length
        .filter(|max| super::length::answer_length(value) > *max)
    {
        return Some(Problem::TooLong(max));
    }
    // The child of a guardian of a minor is under 18 today, by their code or birth date.
    let minor =
        field.id.starts_with("subject_") && answer(answers, "acting_for") == GUARDIAN_OF_MINOR;
    let not_a_minor = |birth: Date| {
        (minor && birth.add_months(ADULT_MONTHS) <= today).then_some(Problem::NotAMinor)
    };
    let born_before_today = |birth: Date| {
        (birth > today)
            .then_some(Problem::BornInFuture)
            .or_else(|| not_a_minor(birth))
    };
    match field.kind {
        FieldType::Text | FieldType::Textarea | FieldType::File => None,
        FieldType::IdentityCode => match Hetu::parse(value) {
            Ok(hetu) if hetu.is_temporary() && !field.allow_temporary => {
                Some(Problem::TemporaryCode)
            }
            Ok(hetu) => born_before_today(hetu.birth_date()),
            Err(e) => Some(Problem::IdentityCode(e)),
        },
        // Without a chosen country the country question carries the error.
        FieldType::NationalId => match national_id(field, answers, today)? {
            Ok(code) => born_before_today(code.birth_date()),
            Err(e) => Some(Problem::NationalId(e)),
        },
        FieldType::Email => validate::email(value).err().map(Problem::Email),
        FieldType::Phone => validate::phone(value).err().map(Problem::Phone),
        // Finnish, unless the question its `country_field` names says the address is abroad.
        FieldType::PostalCode => match field.country_field.as_deref() {
            Some(country) if validate::abroad(answer(answers, country)) => {
                validate::foreign_postal_code(value).err()
            }
            _ => validate::postal_code(value).err(),
        }
        .map(Problem::PostalCode),
        FieldType::Date => match validate::past_date(value, today) {
            Err(e) => Some(Problem::Date(e)),
            Ok(date) if not_a_minor(date).is_some() => not_a_minor(date),
            Ok(date) => {
                let other = form.field(field.not_before.as_deref()?)?;
                let earliest = validate::past_date(answer(answers, &other.id), today).ok()?;
                (date < earliest).then(|| Problem::DateBefore(other.label.clone()))
            }
        },
        FieldType::Choice => {
            (!field.options.iter().any(|o| o.value == value)).then_some(Problem::NotAnOption)
        }
        FieldType::Language => Lang::parse(value).is_none().then_some(Problem::NotAnOption),
        FieldType::Drawing => drawing::decode(value).err().map(Problem::Drawing),
    }
}

/// Checks the shown answers of `fields` (one step, or the whole form), in form order.
pub fn validate<'a>(
    fields: impl IntoIterator<Item = &'a Field>,
    form: &Form,
    answers: &Answers,
    today: Date,
) -> Vec<FieldError> {
    fields
        .into_iter()
        .filter(|f| f.is_shown(answers, today))
        .filter_map(|f| {
            check_field(f, form, answers, today).map(|problem| FieldError {
                field: f.id.clone(),
                problem,
            })
        })
        .collect()
}

/// Checks every question the citizen is asked, in form order.
pub fn validate_form(form: &Form, answers: &Answers, today: Date) -> Vec<FieldError> {
    validate(form.shown_fields(answers, today), form, answers, today)
}

/// How an answer is written back in a summary: codes masked, choices by their label.
pub fn display_value(field: &Field, answers: &Answers, lang: Lang, today: Date) -> String {
    let value = answer(answers, &field.id);
    match field.kind {
        FieldType::IdentityCode => Hetu::parse(value).map(|h| h.masked()).unwrap_or_default(),
        FieldType::NationalId => national_id(field, answers, today)
            .and_then(Result::ok)
            .map(|c| c.masked())
            .unwrap_or_default(),
        FieldType::Choice => field
            .options
            .iter()
            .find(|o| o.value == value)
            .map(|o| o.label.get(lang).to_string())
            .unwrap_or_default(),
        FieldType::Language => Lang::parse(value)
            .map(|l| l.native_name().to_string())
            .unwrap_or_default(),
        FieldType::Date => validate::past_date(value, today)
            .map(|d| d.finnish())
            .unwrap_or_default(),
        FieldType::Phone => validate::phone(value).unwrap_or_default(),
        FieldType::Drawing if !value.is_empty() => drawing::DRAWN.get(lang).to_string(),
        _ => value.to_string(),
    }
}

/// Answers in stored form once valid: trimmed, codes in canonical form, dates in ISO form,
/// phone numbers in E.164, and answers of hidden fields and steps dropped.
pub fn normalise(form: &Form, answers: &Answers, today: Date) -> Answers {
    into_answers(form.shown_fields(answers, today).filter_map(|f| {
        let value = answer(answers, &f.id);
        let stored = match f.kind {
            FieldType::IdentityCode => Hetu::parse(value).map(|h| h.to_string()).ok(),
            FieldType::NationalId => national_id(f, answers, today)
                .and_then(Result::ok)
                .map(|c| c.to_string()),
            FieldType::Date => validate::past_date(value, today).ok().map(|d| d.iso()),
            FieldType::Phone => validate::phone(value).ok(),
            _ => None,
        };
        let stored = stored.unwrap_or_else(|| value.to_string());
        (!stored.is_empty()).then(|| (f.id.clone(), stored))
    }))
}

#[cfg(test)]
mod tests;
