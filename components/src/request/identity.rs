//! How the requester identified themselves, as it goes into the request payload.

use super::fields::{METHOD_FINNISH_CODE, METHOD_NORDIC_CODE, METHOD_OTHER_ID};
use super::form::Answers;
use crate::id::Country;
use serde::{Deserialize, Serialize};

/// The identity of a person in a request: which path was used, and its values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Identity {
    /// A Finnish personal identity code (henkilötunnus), canonical form.
    PersonalIdentityCode { value: String },
    /// A personal identity number of another country.
    NationalIdentityNumber { country: Country, value: String },
    /// No personal identity code: date of birth (ISO) and another identifier.
    DateOfBirthAndIdentifier {
        date_of_birth: String,
        identifier_type: String,
        identifier: String,
    },
}

impl Identity {
    /// Reads the identity from normalised answers (see [`super::form::normalise`]);
    /// `None` when the answers are incomplete.
    pub fn from_answers(answers: &Answers) -> Option<Identity> {
        let get = |k: &str| answers.get(k).filter(|v| !v.is_empty()).cloned();
        match answers.get("identity_method").map(String::as_str) {
            Some(METHOD_FINNISH_CODE) => Some(Identity::PersonalIdentityCode {
                value: get("identity_code")?,
            }),
            Some(METHOD_NORDIC_CODE) => {
                let code = get("id_country")?;
                let country = Country::ALL.into_iter().find(|c| c.code() == code)?;
                Some(Identity::NationalIdentityNumber {
                    country,
                    value: get("national_id")?,
                })
            }
            Some(METHOD_OTHER_ID) => Some(Identity::DateOfBirthAndIdentifier {
                date_of_birth: get("birth_date")?,
                identifier_type: get("other_id_type")?,
                identifier: get("other_id")?,
            }),
            _ => None,
        }
    }
}
