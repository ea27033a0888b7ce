//! The request payload, `"schema": "seloste.request/1"`, as the registry office receives it
//! (DESIGN.md, "Request payload"), and the bytes its seal signs.

use super::canonical::{canonical_json, CanonicalError};
use super::identity::Identity;
use super::RequestKind;
use crate::i18n::Lang;
use crate::notice::{Controller, Notice};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use validator::Validate;

pub mod rules;
pub use rules::PayloadError;

/// The payload's `schema` member: the version of this format (docs/versioning.md).
pub const SCHEMA: &str = "seloste.request/1";

/// Which register the request is about, and who handles it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct Register {
    #[validate(length(min = 1, max = 200))]
    /// The notice's `id`.
    pub notice_id: String,
    /// The register's name, as the notice gives it.
    pub register_name: String,
    /// The controller, as the notice names it.
    pub controller: Controller,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// The organisation that handles requests for the controller, when the notice names one.
    pub handled_by: Option<Controller>,
}

impl Register {
    /// The register of `notice`.
    pub fn of(notice: &Notice) -> Register {
        Register {
            notice_id: notice.id.clone(),
            register_name: notice.register_name.clone(),
            controller: notice.controller.clone(),
            handled_by: notice.requests.handled_by.clone(),
        }
    }
}

/// The person making the request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct Requester {
    #[validate(length(min = 1, max = 200))]
    /// The requester's full name.
    pub name: String,
    #[validate(custom(function = "rules::identity"))]
    /// How the requester is identified: an identity code or number, or a date of birth.
    pub identity: Identity,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 400))]
    /// A postal address for the answer, on one line.
    pub address: Option<String>,
    /// E.164, e.g. `+358401234567`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::phone"))]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::email"))]
    /// An e-mail address for the answer.
    pub email: Option<String>,
    /// Who verified the name and identity code before the form was opened, as the host
    /// page named it (e.g. "Suomi.fi"); absent when the citizen typed them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 100))]
    pub identified_by: Option<String>,
}

/// Whether the requester acts for someone else, and for whom.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum OnBehalf {
    #[default]
    /// For themselves.
    None,
    /// As the guardian of a minor.
    GuardianOfMinor {
        /// The name of the person the request is about.
        subject_name: String,
        /// How that person is identified.
        subject_identity: Identity,
    },
    /// As a guardian appointed for an adult.
    LegalGuardian {
        /// The name of the person the request is about.
        subject_name: String,
        /// How that person is identified.
        subject_identity: Identity,
    },
    /// With a power of attorney (sent as an attachment).
    AuthorisedPerson {
        /// The name of the person the request is about.
        subject_name: String,
        /// How that person is identified.
        subject_identity: Identity,
    },
}

/// A file sent with the request, described (its bytes travel separately).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// The question it answers (e.g. `power_of_attorney`).
    #[validate(length(min = 1, max = 100))]
    pub field: String,
    #[validate(length(min = 1, max = 255))]
    /// The file's name.
    pub name: String,
    #[serde(rename = "type")]
    /// Its media type (`type` in JSON), e.g. `application/pdf`.
    pub media_type: String,
    #[validate(range(max = rules::MAX_ATTACHMENT_BYTES))]
    /// Its size in bytes.
    pub size: u64,
    /// Lowercase hex SHA-256 of the file.
    #[validate(custom(function = "rules::sha256_hex"))]
    pub sha256: String,
}

/// How the request is signed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum Signature {
    /// Drawn on screen: strokes of points (x, y) in a 0–1000 box.
    Drawn {
        /// The strokes, each a list of points.
        strokes: Vec<Vec<(u16, u16)>>,
    },
    /// The requester typed their name as their signature.
    Typed {
        /// The name as typed.
        name: String,
    },
    /// The requester signs the printed request by hand.
    OnPaper,
}

/// The public key of a seal (JWK, RFC 7517).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jwk {
    /// The key type: `EC`.
    pub kty: String,
    /// The curve: `P-256`.
    pub crv: String,
    /// The point's x coordinate, base64url.
    pub x: String,
    /// The point's y coordinate, base64url.
    pub y: String,
}

/// The seal of DESIGN.md: ES256 over the canonical payload without its seal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seal {
    /// The algorithm: `ES256`.
    pub alg: String,
    /// The public key that checks the signature.
    pub jwk: Jwk,
    /// base64url SHA-256 of the signed bytes ([`Payload::signing_input`]).
    pub digest: String,
    /// base64url of the signature, r‖s (64 bytes).
    pub signature: String,
}

/// A data-subject request as sent to the registry office.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Validate)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    #[validate(custom(function = "rules::schema"))]
    /// Always [`SCHEMA`].
    pub schema: String,
    /// A random UUID (version 4).
    #[validate(custom(function = "rules::uuid"))]
    pub id: String,
    /// RFC 3339 UTC, e.g. `2026-11-22T21:18:00Z`.
    #[validate(custom(function = "rules::utc_timestamp"))]
    pub created_at: String,
    /// The kind of request.
    pub kind: RequestKind,
    /// The language the form was filled in.
    pub lang: Lang,
    #[validate(nested)]
    /// The register the request is about.
    pub register: Register,
    #[validate(nested)]
    /// Who makes the request.
    pub requester: Requester,
    #[serde(default)]
    #[validate(custom(function = "rules::on_behalf"))]
    /// For whom, when not for themselves.
    pub on_behalf: OnBehalf,
    /// The kind's own answers, by field id (all strings; dates ISO 8601).
    #[serde(default)]
    #[validate(custom(function = "rules::details"))]
    pub details: BTreeMap<String, String>,
    /// How the answer is wanted (e.g. `viewing_at_office`, `printout_by_post`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<String>,
    /// The language the answer is wanted in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_lang: Option<Lang>,
    /// Where and when the requester signs (ISO 8601 date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 100))]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::iso_date"))]
    /// The day of signing (ISO 8601).
    pub date: Option<String>,
    #[serde(default)]
    #[validate(nested)]
    /// The files sent with it, described.
    pub attachments: Vec<Attachment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::signature"))]
    /// How it is signed.
    pub signature: Option<Signature>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// The seal, once sealed ([`crate::seal`]).
    pub seal: Option<Seal>,
}

impl Payload {
    /// The bytes a seal signs and digests: the RFC 8785 form of the payload without `seal`.
    pub fn signing_input(&self) -> Result<String, CanonicalError> {
        let mut value = serde_json::to_value(self)
            .map_err(|e| CanonicalError::UnsupportedNumber(e.to_string()))?;
        if let Value::Object(map) = &mut value {
            map.remove("seal");
        }
        canonical_json(&value)
    }
}

/// The shipped example payload (`tests/fixtures/payloads/log_data_guardian.json`), for tests.
#[cfg(test)]
pub(crate) fn shipped_payload() -> Payload {
    let text = include_str!("../../../tests/fixtures/payloads/log_data_guardian.json");
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"))
}

/// Every personal thing a payload holds, as text: the requester's and the represented
/// person's names, contact details and identifiers, and every answer longer than a word
/// of three letters ("no" says nothing of a person). What tests look for in what must
/// hold nothing personal (event summaries, calendar files).
#[cfg(test)]
pub(crate) fn personal_strings(payload: &Payload) -> Vec<String> {
    let whole = serde_json::to_value(payload).unwrap_or_default();
    let mut personal = vec![payload.requester.name.clone()];
    personal.extend(payload.requester.email.clone());
    personal.extend(payload.requester.phone.clone());
    personal.extend(payload.requester.address.clone());
    for identity in [
        &whole["requester"]["identity"],
        &whole["on_behalf"]["subject_identity"],
    ] {
        for member in ["value", "identifier"] {
            personal.extend(identity[member].as_str().map(String::from));
        }
    }
    personal.extend(
        whole["on_behalf"]["subject_name"]
            .as_str()
            .map(String::from),
    );
    for (_, answer) in whole["details"].as_object().into_iter().flatten() {
        personal.extend(answer.as_str().filter(|a| a.len() > 3).map(String::from));
    }
    assert!(
        personal.len() > 4,
        "the payload has personal data to look for: {personal:?}"
    );
    personal
}

#[cfg(test)]
mod tests;
