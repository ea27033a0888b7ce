//! The `detail` of every DOM event the components send to the host page, as JSON text:
//! `seloste-submitted` (a receipt), `seloste-error` (what went wrong), `seloste-pdf` (a PDF
//! was made) and `seloste-request` (a notice's "make a request" button).
//!
//! Architecture Invariant: on the wasm side these functions are the only writers of event
//! details (the loader `seloste.js` writes one more: `seloste-error` with the message that
//! the form could not be loaded), and `public/schemas/events.schema.json` describes what
//! they write; the end-to-end tests check the events they receive against that schema.
//! `seloste-submitted` carries the whole payload only to a host page that asked for it
//! (`<meta name="seloste-event-payload" content="full">`: every script on the page can read
//! an event); by default it carries a summary with nothing personal but the masked
//! identity code ([`summary`]). `seloste-error` carries a message for the citizen, which
//! for a refusal quotes the backend's own words.
//! They are written by hand rather than with serde so that the form's first bundle carries
//! no serializer (the payload inside `seloste-submitted` is serde's, in the later chunk).
//!
//! ```
//! use seloste::event;
//!
//! let detail = event::pdf("7K3M-QF2P", "pyynto-7K3M-QF2P.pdf", 48_213, 350);
//! assert_eq!(
//!     detail,
//!     r#"{"reference":"7K3M-QF2P","file_name":"pyynto-7K3M-QF2P.pdf","size":48213,"ms":350}"#
//! );
//! ```

use crate::deadline::Deadline;
use crate::json::quote;
use crate::request::payload::Payload;
use crate::request::receipt::{DeliveryState, Receipt};
use crate::request::RequestKind;

/// The names of the events, as the host page listens for them.
pub const SUBMITTED: &str = "seloste-submitted";
/// Something went wrong: `detail` is [`error`]'s.
pub const ERROR: &str = "seloste-error";
/// A PDF was made: `detail` is [`pdf`]'s.
pub const PDF: &str = "seloste-pdf";
/// A notice's "make a request" was pressed: `detail` is [`request`]'s.
pub const REQUEST: &str = "seloste-request";

/// What `seloste-submitted` says of the request itself.
pub enum Told<'a> {
    /// The whole payload (its JSON text), as `payload`: only for a host page that asked.
    Payload(&'a str),
    /// [`summary`]'s JSON text, as `request`: the default.
    Summary(&'a str),
}

/// What the host page hears of a request by default: its id, kind, language, notice, the
/// identity masked (`131052-****`, or a date of birth alone) and the seal's digest, which
/// ties it to the sealed payload the office receives. No name, no contact details, no
/// answers.
pub fn summary(payload: &Payload) -> String {
    let digest = payload
        .seal
        .as_ref()
        .map(|s| format!(r#","seal_digest":{}"#, quote(&s.digest)))
        .unwrap_or_default();
    format!(
        r#"{{"id":{},"kind":"{}","lang":"{}","notice_id":{},"identity":{}{digest}}}"#,
        quote(&payload.id),
        payload.kind.name(),
        payload.lang.name(),
        quote(&payload.register.notice_id),
        quote(&payload.requester.identity.masked()),
    )
}

/// `seloste-submitted`: reference, time made, the answer's deadline, status (`made`,
/// `delivered`, `queued`), the backend's reference and time of delivery, and what is
/// `told` of the request.
pub fn submitted(
    reference: &str,
    created_at: &str,
    state: &DeliveryState,
    told: Told,
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
    let told = match told {
        Told::Payload(json) => format!(r#""payload":{json}"#),
        Told::Summary(json) => format!(r#""request":{json}"#),
    };
    format!(
        r#"{{"reference":{},"created_at":{},"deadline":{{"answer_by":"{}","extended_by":"{}"}},"status":"{}"{delivered},{told}}}"#,
        quote(reference),
        quote(created_at),
        deadline.answer_by.iso(),
        deadline.extended_by.iso(),
        state.name(),
    )
}

/// `seloste-submitted` for a receipt, telling what `told` says of its request.
pub fn receipt(receipt: &Receipt, told: Told) -> String {
    submitted(
        &receipt.reference,
        &receipt.payload.created_at,
        &receipt.delivery,
        told,
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
