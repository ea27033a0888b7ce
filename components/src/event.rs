//! The `detail` of every DOM event the components send to the host page, as JSON text:
//! `seloste-submitted` (a receipt), `seloste-error` (what went wrong), `seloste-pdf` (a PDF
//! was made) and `seloste-request` (a notice's "make a request" button).
//!
//! Architecture Invariant: on the wasm side these functions are the only writers of event
//! details (the loader `seloste.js` writes one more: `seloste-error` with the message that
//! the form could not be loaded), and `public/schemas/events.schema.json` describes what
//! they write; the end-to-end tests check the events they receive against that schema.
//! Only `seloste-submitted` carries the payload; `seloste-error` carries a message for the
//! citizen, which for a refusal quotes the backend's own words.
//! They are written by hand rather than with serde so that the form's first bundle carries
//! no serializer (the payload inside `seloste-submitted` is serde's, in the later chunk).

use crate::json::quote;
use crate::request::receipt::{DeliveryState, Receipt};
use crate::request::reference::Deadline;
use crate::request::RequestKind;

/// The names of the events, as the host page listens for them.
pub const SUBMITTED: &str = "seloste-submitted";
pub const ERROR: &str = "seloste-error";
pub const PDF: &str = "seloste-pdf";
pub const REQUEST: &str = "seloste-request";

/// `seloste-submitted`, from a payload's JSON text: reference, time made, the answer's
/// deadline, status (`made`, `delivered`, `queued`), the backend's reference and time of
/// delivery, and the payload.
pub fn submitted(
    reference: &str,
    created_at: &str,
    state: &DeliveryState,
    payload_json: &str,
    deadline: &Deadline,
) -> String {
    let mut delivered = String::new();
    if let DeliveryState::Delivered {
        backend_reference,
        at,
    } = state
    {
        if let Some(r) = backend_reference {
            delivered += &format!(r#","backend_reference":{}"#, quote(r));
        }
        delivered += &format!(r#","delivered_at":{}"#, quote(at));
    }
    format!(
        r#"{{"reference":{},"created_at":{},"deadline":{{"answer_by":"{}","extended_by":"{}"}},"status":"{}"{delivered},"payload":{payload_json}}}"#,
        quote(reference),
        quote(created_at),
        deadline.answer_by.iso(),
        deadline.extended_by.iso(),
        state.name(),
    )
}

/// `seloste-submitted` for a receipt whose payload is `payload_json`.
pub fn receipt(receipt: &Receipt, payload_json: &str) -> String {
    submitted(
        &receipt.reference,
        &receipt.payload.created_at,
        &receipt.delivery,
        payload_json,
        &receipt.deadline,
    )
}

/// `seloste-error`: the request's short reference (none when no request was made yet),
/// whether the request was kept to be sent later, and what the citizen or staff was told.
pub fn error(reference: Option<&str>, message: &str, queued: bool) -> String {
    let reference = reference
        .map(|r| format!(r#""reference":{},"#, quote(r)))
        .unwrap_or_default();
    let queued = if queued { r#""queued":true,"# } else { "" };
    format!(r#"{{{reference}{queued}"message":{}}}"#, quote(message))
}

/// `seloste-pdf`: which request, the file's name and size, and how long making it took
/// (whole milliseconds: formatting a float would add its code to the bundle).
pub fn pdf(reference: &str, file_name: &str, size: usize, ms: u64) -> String {
    format!(
        r#"{{"reference":{},"file_name":{},"size":{size},"ms":{ms}}}"#,
        quote(reference),
        quote(file_name)
    )
}

/// `seloste-request`: the kind of request the reader of a notice asked to make.
pub fn request(kind: RequestKind) -> String {
    format!(r#"{{"kind":"{}"}}"#, kind.name())
}

#[cfg(test)]
mod tests;
