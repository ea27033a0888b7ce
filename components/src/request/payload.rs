//! The request payload, `"schema": "seloste.request/1"`, as the registry office receives it
//! (DESIGN.md, "Request payload"), and the bytes its seal signs.

use super::canonical::{canonical_json, CanonicalError};
use super::identity::Identity;
use super::RequestKind;
use crate::i18n::Lang;
use crate::notice::{Controller, Notice};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub const SCHEMA: &str = "seloste.request/1";

/// Which register the request is about, and who handles it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Register {
    pub notice_id: String,
    pub register_name: String,
    pub controller: Controller,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handled_by: Option<Controller>,
}

impl Register {
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requester {
    pub name: String,
    pub identity: Identity,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// Whether the requester acts for someone else, and for whom.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum OnBehalf {
    #[default]
    None,
    GuardianOfMinor {
        subject_name: String,
        subject_identity: Identity,
    },
    LegalGuardian {
        subject_name: String,
        subject_identity: Identity,
    },
    AuthorisedPerson {
        subject_name: String,
        subject_identity: Identity,
    },
}

/// A file sent with the request, described (its bytes travel separately).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub name: String,
    #[serde(rename = "type")]
    pub media_type: String,
    pub size: u64,
    /// Lowercase hex SHA-256 of the file.
    pub sha256: String,
}

/// How the request is signed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum Signature {
    /// Drawn on screen: strokes of points (x, y) in a 0–1000 box.
    Drawn {
        strokes: Vec<Vec<(u16, u16)>>,
    },
    Typed {
        name: String,
    },
    OnPaper,
}

/// The public key of a seal (JWK, RFC 7517).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jwk {
    pub kty: String,
    pub crv: String,
    pub x: String,
    pub y: String,
}

/// The seal of DESIGN.md: ES256 over the canonical payload without its seal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seal {
    pub alg: String,
    pub jwk: Jwk,
    pub digest: String,
    pub signature: String,
}

/// A data-subject request as sent to the registry office.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Payload {
    pub schema: String,
    pub id: String,
    /// RFC 3339 UTC, e.g. `2026-11-22T21:18:00Z`.
    pub created_at: String,
    pub kind: RequestKind,
    pub lang: Lang,
    pub register: Register,
    pub requester: Requester,
    #[serde(default)]
    pub on_behalf: OnBehalf,
    /// The kind's own answers, by field id.
    #[serde(default)]
    pub details: Map<String, Value>,
    /// How the answer is wanted (e.g. `viewing_at_office`, `printout_by_post`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<String>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<Signature>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
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

#[cfg(test)]
mod tests;
