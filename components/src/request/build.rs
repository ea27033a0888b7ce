//! From a completed form to the payload the registry office receives.
//!
//! The questions that make up the fixed parts of the payload have fixed ids in every form
//! spec (listed below); every other answered question of the form goes into `details` under
//! its own id, so organisations can add questions without touching this code.

use super::drawing;
use super::form::{into_answers, normalise, validate_form, Answers, FieldError};
use super::identity::Identity;
use super::payload::{
    Attachment, OnBehalf, Payload, PayloadError, Register, Requester, Signature, SCHEMA,
};
use super::spec::{FieldType, Form};
use crate::i18n::Lang;
use crate::id::Date;
use crate::notice::Notice;

/// Question ids that fill the fixed parts of the payload rather than `details`.
pub const PAYLOAD_FIELDS: [&str; 21] = [
    "name",
    "identity_method",
    "identity_code",
    "id_country",
    "national_id",
    "birth_date",
    "other_id_type",
    "other_id",
    "email",
    "phone",
    "street_address",
    "postal_code",
    "city",
    "acting_for",
    "delivery",
    "answer_lang",
    "place",
    "date",
    "signature_method",
    "signature_name",
    "signature_drawing",
];

/// Also every `subject_…` question: it describes the person acted for (`on_behalf`).
fn is_payload_field(id: &str) -> bool {
    id.starts_with("subject_") || PAYLOAD_FIELDS.contains(&id)
}

/// What the browser adds to the answers: the request's id and time, and the files chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// The request's id: a random UUID (version 4).
    pub id: String,
    /// When it is made (RFC 3339, UTC).
    pub created_at: String,
    /// The language of the form.
    pub lang: Lang,
    /// Today in Finland, for the answers' dates.
    pub today: Date,
    /// Files of `file` questions, each with its question id in `field`.
    pub attachments: Vec<Attachment>,
    /// Who verified the requester's name and code (see [`super::verified`]), if anyone.
    pub identified_by: Option<String>,
}

/// Why no payload could be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BuildError {
    /// Answers that need fixing (the form shows them; this is a second line of defence).
    Answers(Vec<FieldError>),
    /// The payload would break its contract: a fault of the form spec or of this code.
    Contract(PayloadError),
}

/// Builds and checks the payload of a completed form.
pub fn build(
    form: &Form,
    answers: &Answers,
    notice: &Notice,
    envelope: Envelope,
) -> Result<Payload, BuildError> {
    let errors = validate_form(form, answers, envelope.today);
    if !errors.is_empty() {
        return Err(BuildError::Answers(errors));
    }
    let stored = normalise(form, answers, envelope.today);
    let get = |id: &str| stored.get(id).cloned();
    let missing = |path: &str| BuildError::Contract(PayloadError(vec![path.to_string()]));

    let address = {
        let town = [get("postal_code"), get("city")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        let parts: Vec<String> = [get("street_address"), Some(town)]
            .into_iter()
            .flatten()
            .filter(|p| !p.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    };
    let requester = Requester {
        name: get("name").ok_or_else(|| missing("requester.name"))?,
        identity: Identity::from_answers(&stored, "")
            .ok_or_else(|| missing("requester.identity"))?,
        address,
        phone: get("phone"),
        email: get("email"),
        identified_by: envelope.identified_by.clone(),
    };
    let subject = || -> Result<(String, Identity), BuildError> {
        Ok((
            get("subject_name").ok_or_else(|| missing("on_behalf.subject_name"))?,
            Identity::from_answers(&stored, "subject_")
                .ok_or_else(|| missing("on_behalf.subject_identity"))?,
        ))
    };
    let on_behalf = match get("acting_for").as_deref() {
        None | Some("self") => OnBehalf::None,
        Some("guardian_of_minor") => {
            let (subject_name, subject_identity) = subject()?;
            OnBehalf::GuardianOfMinor {
                subject_name,
                subject_identity,
            }
        }
        Some("legal_guardian") => {
            let (subject_name, subject_identity) = subject()?;
            OnBehalf::LegalGuardian {
                subject_name,
                subject_identity,
            }
        }
        Some("authorised_person") => {
            let (subject_name, subject_identity) = subject()?;
            OnBehalf::AuthorisedPerson {
                subject_name,
                subject_identity,
            }
        }
        Some(_) => return Err(missing("on_behalf")),
    };
    let signature = match get("signature_method").as_deref() {
        None => None,
        Some("typed") => Some(Signature::Typed {
            name: get("signature_name").ok_or_else(|| missing("signature.name"))?,
        }),
        Some("drawn") => Some(Signature::Drawn {
            strokes: get("signature_drawing")
                .and_then(|d| drawing::decode(&d).ok())
                .ok_or_else(|| missing("signature.strokes"))?,
        }),
        Some("on_paper") => Some(Signature::OnPaper),
        Some(_) => return Err(missing("signature")),
    };
    let details = into_answers(
        form.shown_fields(answers, envelope.today)
            .filter(|f| f.kind != FieldType::File && !is_payload_field(&f.id))
            .filter_map(|f| Some((f.id.clone(), get(&f.id)?))),
    );
    // Only files of questions still asked: a power of attorney chosen before switching to
    // "my own data" is not sent.
    let attachments = envelope
        .attachments
        .into_iter()
        .filter(|a| stored.contains_key(&a.field))
        .collect();

    let payload = Payload {
        schema: SCHEMA.to_string(),
        id: envelope.id,
        created_at: envelope.created_at,
        kind: form.kind,
        lang: envelope.lang,
        register: Register::of(notice),
        requester,
        on_behalf,
        details,
        delivery: get("delivery"),
        answer_lang: get("answer_lang").and_then(|l| Lang::parse(&l)),
        place: get("place"),
        date: get("date"),
        attachments,
        signature,
        seal: None,
    };
    payload.check().map_err(BuildError::Contract)?;
    Ok(payload)
}

#[cfg(test)]
mod tests;
