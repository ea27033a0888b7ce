//! What the citizen keeps of a made request: its reference, when the answer is due, the
//! sealed payload, and where the request stands (made, delivered, kept to send later).

use crate::date::Date;
use crate::deadline::Deadline;
use crate::request::payload::Payload;
use crate::request::reference::reference;

/// A made request: what the host page receives in `seloste-submitted` and what the
/// confirmation shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Receipt {
    /// The request's short reference.
    pub reference: String,
    /// When the answer is due.
    pub deadline: Deadline,
    /// The request.
    pub payload: Payload,
    /// Where it stands.
    pub delivery: DeliveryState,
    /// The receipt the registry office signed, when its backend gave one.
    pub office_receipt: Option<crate::office::receipt::OfficeReceipt>,
}

/// Where the request stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeliveryState {
    /// Made, for the citizen to print, sign or mail (no backend).
    Made,
    /// Received by the backend at `at`, which may have given its own reference.
    Delivered {
        /// The backend's own case reference.
        backend_reference: Option<String>,
        /// When it was received (RFC 3339).
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

impl Receipt {
    /// The receipt of a request just made (or found unsent), not delivered yet.
    pub fn new(payload: Payload, today: Date) -> Receipt {
        Receipt {
            reference: reference(&payload.id),
            deadline: Deadline::received_at(&payload.created_at, today),
            payload,
            delivery: DeliveryState::Made,
            office_receipt: None,
        }
    }

    /// The same receipt with the office's signed receipt. One that holds says when the
    /// office received the request: the delivery's time, and so the deadlines, are its.
    pub fn with_office_receipt(
        mut self,
        office_receipt: Option<crate::office::receipt::OfficeReceipt>,
        today: Date,
    ) -> Receipt {
        if let (
            Some(at),
            DeliveryState::Delivered {
                backend_reference, ..
            },
        ) = (
            office_receipt.as_ref().and_then(|r| r.received_at()),
            &self.delivery,
        ) {
            let state = DeliveryState::Delivered {
                backend_reference: backend_reference.clone(),
                at: at.to_string(),
            };
            self = self.delivered_as(state, today);
        }
        self.office_receipt = office_receipt;
        self
    }

    /// The same receipt where the request now stands. Delivered, its deadlines count from
    /// when the backend received it (for a request sent from the outbox, days later).
    pub fn delivered_as(mut self, state: DeliveryState, today: Date) -> Receipt {
        self.delivery = state;
        self.deadline = Deadline::from_received(self.counted_from().unwrap_or(today));
        self
    }

    /// The day in Finland its deadlines count from: when the backend received it, or,
    /// not delivered yet, when it was made. `None` when the time cannot be read.
    pub fn counted_from(&self) -> Option<Date> {
        crate::deadline::day_in_finland(match &self.delivery {
            DeliveryState::Delivered { at, .. } => at,
            _ => &self.payload.created_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payload(created_at: &str) -> Payload {
        let json = include_str!("../../../tests/fixtures/payloads/log_data_guardian.json");
        let mut payload: Payload = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"));
        payload.created_at = created_at.into();
        payload
    }

    #[test]
    fn deadlines_count_from_receipt_in_finland() {
        let today = Date::ymd(2026, 12, 3);
        // Made at 22:30 UTC on 23 November: 24 November in Finland, so due on 24
        // December, Christmas Eve, and moved to Monday 28 December.
        let made = Receipt::new(payload("2026-11-23T22:30:00Z"), today);
        assert_eq!(made.deadline.answer_by, Date::ymd(2026, 12, 28));
        // Kept offline and delivered on 2 December: counted from then.
        let delivered = made.delivered_as(
            DeliveryState::Delivered {
                backend_reference: None,
                at: "2026-12-02T08:00:00Z".into(),
            },
            today,
        );
        assert_eq!(delivered.deadline.answer_by, Date::ymd(2027, 1, 4));
        assert_eq!(delivered.delivery.name(), "delivered");
        // Queued: still counted from when it was made (it may reach the office any day).
        let queued = Receipt::new(payload("2026-11-23T22:30:00Z"), today)
            .delivered_as(DeliveryState::Queued, today);
        assert_eq!(queued.deadline.answer_by, Date::ymd(2026, 12, 28));
    }

    #[test]
    fn a_verified_office_receipt_sets_when_the_deadline_counts_from() {
        use crate::office::receipt::{OfficeReceipt, ReceiptClaims};
        use crate::office::OfficeError;
        let today = Date::ymd(2026, 12, 3);
        let delivered = |at: &str| {
            Receipt::new(payload("2026-11-23T22:30:00Z"), today).delivered_as(
                DeliveryState::Delivered {
                    backend_reference: Some("K-1".into()),
                    at: at.into(),
                },
                today,
            )
        };
        let claims = ReceiptClaims {
            request_id: "x".into(),
            digest: "d".into(),
            // 8 December in Finland (22:30 UTC is 00:30 on the 8th): due 8 January.
            received_at: "2026-12-07T22:30:00Z".into(),
            case_reference: None,
        };
        let verified = delivered("2026-12-02T08:00:00Z").with_office_receipt(
            Some(OfficeReceipt::Verified {
                jws: "a.b.c".into(),
                claims,
            }),
            today,
        );
        assert_eq!(verified.deadline.answer_by, Date::ymd(2027, 1, 8));
        assert!(
            matches!(&verified.delivery, DeliveryState::Delivered { at, backend_reference }
            if at == "2026-12-07T22:30:00Z" && backend_reference.as_deref() == Some("K-1"))
        );
        // One that does not hold changes nothing but is kept.
        let not = delivered("2026-12-02T08:00:00Z").with_office_receipt(
            Some(OfficeReceipt::NotVerified {
                jws: "a.b.c".into(),
                why: OfficeError::ReceiptSignature,
            }),
            today,
        );
        assert_eq!(not.deadline.answer_by, Date::ymd(2027, 1, 4));
        assert!(not.office_receipt.is_some());
    }
}
