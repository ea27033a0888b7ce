//! The custom rules of the payload's `validator` checks. They reuse the form's own readers
//! (identity codes, email, phone, dates), so a payload built in the browser and one
//! received by a server are held to the same rules.

use super::{OnBehalf, Payload, Signature, SCHEMA};
use crate::date::Date;
use crate::i18n::{Lang, Text};
use crate::id::{self, Country, Hetu};
use crate::request::identity::Identity;
use crate::validate;
use std::collections::BTreeMap;
use validator::{Validate, ValidationError, ValidationErrors, ValidationErrorsKind};

/// Attachments larger than this are refused (10 MB).
pub const MAX_ATTACHMENT_BYTES: u64 = 10 * 1024 * 1024;
/// The longest free-text answer in `details`.
pub const MAX_DETAIL_CHARS: usize = 4000;

fn fail(code: &'static str) -> Result<(), ValidationError> {
    Err(ValidationError::new(code))
}

/// `schema` is [`super::SCHEMA`].
pub fn schema(value: &str) -> Result<(), ValidationError> {
    if value == SCHEMA {
        Ok(())
    } else {
        fail("schema")
    }
}

/// A lowercase UUID of version 4 (`xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx`).
pub fn uuid(value: &str) -> Result<(), ValidationError> {
    let b = value.as_bytes();
    let shape = b.len() == 36
        && b.iter().enumerate().all(|(n, c)| match n {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => matches!(c, b'0'..=b'9' | b'a'..=b'f'),
        });
    if shape && b[14] == b'4' && matches!(b[19], b'8' | b'9' | b'a' | b'b') {
        Ok(())
    } else {
        fail("uuid")
    }
}

/// `yyyy-mm-ddThh:mm:ssZ` (seconds precision, UTC).
pub fn utc_timestamp(value: &str) -> Result<(), ValidationError> {
    let ok = value.len() == 20
        && value.ends_with('Z')
        && value.as_bytes()[10] == b'T'
        && iso_date(&value[..10]).is_ok()
        && value[11..19]
            .split(':')
            .map(|p| p.parse::<u8>().ok())
            .collect::<Option<Vec<_>>>()
            .is_some_and(|t| t.len() == 3 && t[0] < 24 && t[1] < 60 && t[2] < 61);
    if ok {
        Ok(())
    } else {
        fail("utc_timestamp")
    }
}

/// A real ISO 8601 date (`2026-11-22`), not in the far future.
pub fn iso_date(value: &str) -> Result<(), ValidationError> {
    let ok = value.len() == 10
        && value.as_bytes()[4] == b'-'
        && validate::past_date(value, Date::ymd(9999, 12, 31)).is_ok();
    if ok {
        Ok(())
    } else {
        fail("iso_date")
    }
}

/// An e-mail address ([`crate::validate::email`]).
pub fn email(value: &str) -> Result<(), ValidationError> {
    validate::email(value).or_else(|_| fail("email"))
}

/// A phone number in E.164 form, as the form stores it.
pub fn phone(value: &str) -> Result<(), ValidationError> {
    match validate::phone(value) {
        Ok(e164) if e164 == value => Ok(()),
        _ => fail("phone"),
    }
}

/// Lowercase hex of 32 bytes.
pub fn sha256_hex(value: &str) -> Result<(), ValidationError> {
    let ok = value.len() == 64
        && value
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if ok {
        Ok(())
    } else {
        fail("sha256")
    }
}

/// An identity in canonical form: a valid code exactly as `Display` writes it (marked
/// temporary exactly when it is one), or an ISO date of birth.
pub fn identity(value: &Identity) -> Result<(), ValidationError> {
    // A date far ahead: the century of stored (long-form) numbers does not depend on it.
    const ANY_DAY: id::Date = Date::ymd(2999, 12, 31);
    let ok = match value {
        Identity::PersonalIdentityCode { value, temporary } => Hetu::parse(value)
            .is_ok_and(|h| h.to_string() == *value && h.is_temporary() == *temporary),
        Identity::NationalIdentityNumber { country, value } => {
            Country::ALL.contains(country)
                && id::parse(*country, value, ANY_DAY).is_ok_and(|c| c.to_string() == *value)
        }
        Identity::DateOfBirthAndIdentifier {
            date_of_birth,
            identifier,
            ..
        } => {
            iso_date(date_of_birth).is_ok()
                && identifier
                    .as_ref()
                    .is_none_or(|i| !i.trim().is_empty() && i.chars().count() <= 100)
        }
    };
    if ok {
        Ok(())
    } else {
        fail("identity")
    }
}

/// Someone else's name and identity, when acting for them.
pub fn on_behalf(value: &OnBehalf) -> Result<(), ValidationError> {
    match value {
        OnBehalf::None => Ok(()),
        OnBehalf::GuardianOfMinor {
            subject_name,
            subject_identity,
        }
        | OnBehalf::LegalGuardian {
            subject_name,
            subject_identity,
        }
        | OnBehalf::AuthorisedPerson {
            subject_name,
            subject_identity,
        } => {
            if subject_name.trim().is_empty() || subject_name.chars().count() > 200 {
                return fail("subject_name");
            }
            identity(subject_identity)
        }
    }
}

/// Every detail is a non-empty string of at most [`MAX_DETAIL_CHARS`] characters.
pub fn details(value: &BTreeMap<String, String>) -> Result<(), ValidationError> {
    let ok = value
        .values()
        .all(|s| !s.trim().is_empty() && s.chars().count() <= MAX_DETAIL_CHARS);
    if ok {
        Ok(())
    } else {
        fail("details")
    }
}

/// A typed name of 1–200 characters, or strokes the drawing rules accept.
pub fn signature(value: &Signature) -> Result<(), ValidationError> {
    match value {
        Signature::Typed { name } if name.trim().is_empty() || name.chars().count() > 200 => {
            fail("signature_name")
        }
        Signature::Drawn { strokes } if crate::request::drawing::check(strokes).is_err() => {
            fail("signature_strokes")
        }
        _ => Ok(()),
    }
}

/// A payload that breaks its contract: the paths of the members that do
/// (`requester.phone`, `attachments[0].sha256`), sorted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayloadError(pub Vec<String>);

impl PayloadError {
    /// What a citizen is told: this is our fault, not theirs, and nothing was sent. The
    /// members in error are [`PayloadError::detail`], for the site's staff.
    pub fn message(&self, lang: Lang) -> String {
        Text::new(
            "Pyyntöä ei voitu muodostaa lomakkeen virheen vuoksi, eikä mitään lähetetty. Vastauksesi ovat tallessa. Ilmoita asiasta sivuston ylläpitäjälle.",
            "Begäran kunde inte skapas på grund av ett fel i formuläret, och inget skickades. Dina svar finns kvar. Meddela webbplatsens administratör.",
            "The request could not be made because of an error in the form, and nothing was sent. Your answers are kept. Please tell the site's administrator.",
        )
        .get(lang)
        .to_string()
    }

    /// The members that break the contract, for the console.
    pub fn detail(&self) -> String {
        format!("the payload breaks its contract at {}", self.0.join(", "))
    }
}

fn paths(prefix: &str, errors: &ValidationErrors, out: &mut Vec<String>) {
    for (field, kind) in errors.errors() {
        let path = if prefix.is_empty() {
            field.to_string()
        } else {
            format!("{prefix}.{field}")
        };
        match kind {
            ValidationErrorsKind::Field(_) => out.push(path),
            ValidationErrorsKind::Struct(inner) => paths(&path, inner, out),
            ValidationErrorsKind::List(items) => {
                for (n, inner) in items {
                    paths(&format!("{path}[{n}]"), inner, out);
                }
            }
        }
    }
}

impl Payload {
    /// Checks the payload against its contract with the `validator` rules.
    pub fn check(&self) -> Result<(), PayloadError> {
        self.validate().map_err(|errors| {
            let mut list = Vec::new();
            paths("", &errors, &mut list);
            // Sorted by inserting one by one: `sort` or `collect` into a set would each add
            // a sort routine (several KB) to the browser bundle.
            let mut sorted = std::collections::BTreeSet::new();
            for path in list {
                sorted.insert(path);
            }
            PayloadError(sorted.into_iter().collect())
        })
    }
}
