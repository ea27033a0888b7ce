//! How the requester identified themselves, as it goes into the request payload.

use super::form::Answers;
use crate::id::Country;
use serde::{Deserialize, Serialize};

/// The answers of the identity question (`identity_method`) in form specs.
pub const METHOD_FINNISH_CODE: &str = "finnish_code";
/// The answer for a Swedish, Norwegian, Danish or Estonian number.
pub const METHOD_NORDIC_CODE: &str = "nordic_code";
/// The answer for a date of birth and another identifier.
pub const METHOD_OTHER_ID: &str = "other_id";

/// The identity of a person in a request: which path was used, and its values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Identity {
    /// A Finnish personal identity code (henkilötunnus), canonical form. `temporary`:
    /// a temporary code (individual number 900–999) that some organisations give, not
    /// the population register's; marked so that the office does not take it for one.
    PersonalIdentityCode {
        /// The code.
        value: String,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        /// Whether it is a temporary code.
        temporary: bool,
    },
    /// A personal identity number of another country.
    NationalIdentityNumber {
        /// Whose number it is.
        country: Country,
        /// The number, in its canonical form.
        value: String,
    },
    /// No personal identity code: date of birth (ISO) and another identifier.
    DateOfBirthAndIdentifier {
        /// The date of birth (ISO 8601).
        date_of_birth: String,
        /// `passport`, `id_card`, `client_number` or `other`; absent when not known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        identifier_type: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        /// The identifier (a passport's number, a client number, …).
        identifier: Option<String>,
    },
}

impl Identity {
    /// As shown where the whole code must not be (an email link, a DOM event): a code
    /// masked by its country's rules (`131052-****`), or the date of birth alone.
    pub fn masked(&self) -> String {
        match self {
            Identity::PersonalIdentityCode { value, .. } => crate::id::Hetu::parse(value)
                .map(|h| h.masked())
                .unwrap_or_default(),
            // Stored numbers are in long form, so their century does not depend on the day.
            Identity::NationalIdentityNumber { country, value } => {
                crate::id::parse(*country, value, crate::date::Date::ymd(2999, 12, 31))
                    .map(|id| id.masked())
                    .unwrap_or_default()
            }
            Identity::DateOfBirthAndIdentifier { date_of_birth, .. } => date_of_birth.clone(),
        }
    }

    /// Reads the identity from normalised answers (see [`super::form::normalise`]): the
    /// requester's with `prefix` "", the person acted for with "subject_". `None` when the
    /// answers are incomplete.
    pub fn from_answers(answers: &Answers, prefix: &str) -> Option<Identity> {
        let get = |k: &str| {
            answers
                .get(&format!("{prefix}{k}"))
                .filter(|v| !v.is_empty())
                .cloned()
        };
        match get("identity_method")?.as_str() {
            METHOD_FINNISH_CODE => {
                let value = get("identity_code")?;
                let temporary = crate::id::Hetu::parse(&value).is_ok_and(|h| h.is_temporary());
                Some(Identity::PersonalIdentityCode { value, temporary })
            }
            METHOD_NORDIC_CODE => {
                let code = get("id_country")?;
                let country = Country::ALL.into_iter().find(|c| c.name() == code)?;
                Some(Identity::NationalIdentityNumber {
                    country,
                    value: get("national_id")?,
                })
            }
            METHOD_OTHER_ID => Some(Identity::DateOfBirthAndIdentifier {
                date_of_birth: get("birth_date")?,
                identifier_type: get("other_id_type"),
                identifier: get("other_id"),
            }),
            _ => None,
        }
    }
}
