//! What the citizen keeps of a made request: its reference, when the answer is due, the
//! sealed payload, and where the request stands (made, delivered, kept to send later).

use crate::date::Date;
use crate::request::payload::Payload;
use crate::request::reference::{reference, Deadline};

/// A made request: what the host page receives in `seloste-submitted` and what the
/// confirmation shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Receipt {
    pub reference: String,
    pub deadline: Deadline,
    pub payload: Payload,
    pub delivery: DeliveryState,
}

/// Where the request stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeliveryState {
    /// Made, for the citizen to print, sign or mail (no backend).
    Made,
    /// Received by the backend at `at`, which may have given its own reference.
    Delivered {
        backend_reference: Option<String>,
        at: String,
    },
    /// Kept in the outbox, to be sent when the connection returns.
    Queued,
    /// Sent, but the backend's answer did not confirm it (a redirect): kept in the outbox
    /// and sent again under the same key. Its status is "queued" too: it waits there.
    Unconfirmed,
}

impl DeliveryState {
    /// Its name in the `status` of `seloste-submitted` (public/schemas/events.schema.json).
    pub fn name(&self) -> &'static str {
        match self {
            DeliveryState::Made => "made",
            DeliveryState::Delivered { .. } => "delivered",
            DeliveryState::Queued | DeliveryState::Unconfirmed => "queued",
        }
    }

    /// Every status name, for the schema test.
    pub const NAMES: [&'static str; 3] = ["made", "delivered", "queued"];
}

/// The deadline of a request made at `created_at` (RFC 3339); `today` when the time
/// cannot be read (a request this product made always has one).
pub fn deadline_of(created_at: &str, today: Date) -> Deadline {
    Deadline::from_received(Date::from_iso(created_at).unwrap_or(today))
}

impl Receipt {
    /// The receipt of a request just made (or found unsent), not delivered yet.
    pub fn new(payload: Payload, today: Date) -> Receipt {
        Receipt {
            reference: reference(&payload.id),
            deadline: deadline_of(&payload.created_at, today),
            payload,
            delivery: DeliveryState::Made,
        }
    }
}
