//! The outbox's records: what a request kept on the device (to be sent when the connection
//! returns) is stored as. The browser side (`web/later/outbox.rs`, `outbox.js`) keeps
//! [`Meta`] in the clear and [`Kept`] encrypted; this module says what each holds and how
//! it is written and read, so the format is tested natively.
//!
//! Architecture Invariant: nothing personal is in [`Meta`]: the id, the short reference,
//! the kind, the time, the last day it is kept and whether the backend refused it. The
//! answers are only in [`Kept`], which the browser encrypts.
//!
//! A kept request is not kept for ever: after its last day ([`Meta::expires`], the day it
//! was made plus the notice's `requests.outbox_days`, default [`DEFAULT_OUTBOX_DAYS`]) it
//! is removed from the device unsent, and the citizen is told which one.

use crate::date::Date;
use crate::json::{self, Json, JsonError};
use crate::request::RequestKind;
use crate::submit::delivery::Delivery;
use crate::submit::encode::Adapter;

/// What is kept in the clear, to list kept requests without decrypting them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meta {
    /// The request's id.
    pub id: String,
    /// Its short reference.
    pub reference: String,
    /// The kind of request.
    pub kind: RequestKind,
    /// When it was made (RFC 3339).
    pub created_at: String,
    /// The backend refused it when it was sent again: it is not sent again by itself,
    /// only when the citizen asks.
    pub refused: bool,
    /// The last day it is kept; `None` only for a record of an earlier version whose
    /// time cannot be read (kept until the citizen deletes it).
    pub expires: Option<Date>,
}

/// How many days a request waits in the outbox when the notice does not say
/// (`requests.outbox_days`).
pub const DEFAULT_OUTBOX_DAYS: u16 = 30;
/// The longest a notice may keep requests on a citizen's device.
pub const MAX_OUTBOX_DAYS: u16 = 365;

/// What is kept encrypted: the sealed request (its JSON text, sent as it is, so the form
/// never needs to read a whole payload back), where it goes, and what the host page is told
/// of it when it is delivered ([`crate::event::summary`], made when it was kept).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    /// The sealed request's JSON, or the JWE encrypted to the office.
    pub payload: String,
    /// How it is sent.
    pub adapter: Adapter,
    /// Where it is sent.
    pub endpoint: Option<String>,
    /// `None` in a record of an earlier version.
    pub summary: Option<String>,
    /// For a request encrypted to the office (`payload` is then its JWE): its seal's
    /// digest and the office's public keys (a JWK set's JSON), to check the receipt the
    /// backend signs when it is sent from the outbox, on whatever page.
    pub receipt_check: Option<(String, String)>,
}

impl Meta {
    /// The clear part of a request made at `created_at` (RFC 3339), kept for `days` (the
    /// notice's `requests.outbox_days`, or the default) from the day it was made.
    pub fn kept(
        id: &str,
        reference: &str,
        kind: RequestKind,
        created_at: &str,
        days: Option<u16>,
    ) -> Meta {
        let days = days
            .unwrap_or(DEFAULT_OUTBOX_DAYS)
            .clamp(1, MAX_OUTBOX_DAYS);
        Meta {
            id: id.to_string(),
            reference: reference.to_string(),
            kind,
            created_at: created_at.to_string(),
            refused: false,
            expires: Date::from_iso(created_at).map(|d| d.add_days(u32::from(days))),
        }
    }

    /// Whether its last day has passed on `today`: it is removed unsent.
    pub fn expired(&self, today: Date) -> bool {
        self.expires.is_some_and(|last| today > last)
    }

    /// `{"id":…,"reference":…,"kind":…,"created_at":…,"refused":false,"expires":"2026-12-22"}`
    pub fn to_json(&self) -> String {
        let expires = self
            .expires
            .map_or(String::new(), |d| format!(r#","expires":"{}""#, d.iso()));
        format!(
            r#"{{"id":{},"reference":{},"kind":"{}","created_at":{},"refused":{}{expires}}}"#,
            json::quote(&self.id),
            json::quote(&self.reference),
            self.kind.name(),
            json::quote(&self.created_at),
            self.refused
        )
    }

    fn read(item: &Json) -> Result<Meta, JsonError> {
        let mut m = item.members()?;
        let created_at = m.required("created_at", Json::string)?;
        let expires = m.optional("expires", |v| {
            let text = v.string()?;
            Date::from_iso(&text).ok_or_else(|| JsonError::new(format!("{text:?} is not a day")))
        })?;
        Ok(Meta {
            id: m.required("id", Json::string)?,
            reference: m.required("reference", Json::string)?,
            kind: m.required("kind", crate::notice::read::request_kind)?,
            refused: m.optional("refused", Json::bool)?.unwrap_or(false),
            // Kept before records said their last day: the default from the day made.
            expires: expires.or_else(|| {
                Date::from_iso(&created_at).map(|d| d.add_days(u32::from(DEFAULT_OUTBOX_DAYS)))
            }),
            created_at,
        })
    }

    /// A list of kept requests' clear parts, as `outboxList` gives them.
    pub fn list_from_json(text: &str) -> Result<Vec<Meta>, JsonError> {
        json::parse(text)?.list(Meta::read)
    }
}

impl Kept {
    /// What to keep of a sealed request (`payload` is its JSON text, `summary` what the
    /// host page hears of it) going to `delivery`.
    pub fn of(payload: &str, summary: &str, delivery: &Delivery) -> Kept {
        Kept {
            payload: payload.to_string(),
            adapter: delivery.adapter,
            endpoint: delivery.endpoint.clone(),
            summary: Some(summary.to_string()),
            receipt_check: None,
        }
    }

    /// `{"payload":"…","adapter":"json","endpoint":…,"summary":"…"}`
    pub fn to_json(&self) -> String {
        let optional = |text: Option<&str>| text.map_or("null".to_string(), json::quote);
        let receipt_check = self
            .receipt_check
            .as_ref()
            .map_or(String::new(), |(digest, keys)| {
                format!(
                    r#","digest":{},"office_keys":{}"#,
                    json::quote(digest),
                    json::quote(keys)
                )
            });
        format!(
            r#"{{"payload":{},"adapter":"{}","endpoint":{},"summary":{}{receipt_check}}}"#,
            json::quote(&self.payload),
            self.adapter.name(),
            optional(self.endpoint.as_deref()),
            optional(self.summary.as_deref()),
        )
    }

    /// Reads what [`Kept::to_json`] wrote (and what earlier versions wrote: the same
    /// members, with an adapter by any of its names).
    pub fn from_json(text: &str) -> Result<Kept, JsonError> {
        let doc = json::parse(text)?;
        let mut m = doc.members()?;
        let adapter = m.required("adapter", Json::string)?;
        Ok(Kept {
            payload: m.required("payload", Json::string)?,
            adapter: Adapter::parse(&adapter).ok_or_else(|| {
                JsonError::new(format!("{adapter:?} is not an adapter")).at("adapter")
            })?,
            endpoint: m.optional("endpoint", Json::string)?,
            summary: m.optional("summary", Json::string)?,
            receipt_check: m
                .optional("digest", Json::string)?
                .zip(m.optional("office_keys", Json::string)?),
        })
    }

    /// Where the kept request goes.
    pub fn delivery(&self) -> Delivery {
        Delivery {
            adapter: self.adapter,
            endpoint: self.endpoint.clone(),
            mailto: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_read_back_as_written() {
        let meta = Meta::kept(
            "7f1c0e4a-2b7d-4c1e-9a3f-5d6e7f8a9b0c",
            "FZ0E-9JNW",
            RequestKind::LogData,
            "2026-11-22T10:15:00Z",
            None,
        );
        let refused = Meta {
            refused: true,
            ..meta.clone()
        };
        let list = format!("[{},{}]", meta.to_json(), refused.to_json());
        assert_eq!(Meta::list_from_json(&list), Ok(vec![meta.clone(), refused]));
        let kept = Kept {
            payload: r#"{"id":"x","requester":{"name":"Äijälä \"A\""}}"#.into(),
            adapter: Adapter::FormUrlencoded,
            endpoint: Some("https://asiointi.example.fi/api/requests".into()),
            summary: Some(r#"{"id":"x","kind":"access"}"#.into()),
            receipt_check: None,
        };
        assert_eq!(Kept::from_json(&kept.to_json()), Ok(kept.clone()));
        let encrypted = Kept {
            payload: "eyJhbGciOiJFQ0RILUVTK0EyNTZLVyJ9.a.b.c.d".into(),
            receipt_check: Some(("digest".into(), r#"{"keys":[]}"#.into())),
            ..kept.clone()
        };
        assert_eq!(Kept::from_json(&encrypted.to_json()), Ok(encrypted));
        let mailless = Kept {
            endpoint: None,
            summary: None,
            ..kept
        };
        assert_eq!(Kept::from_json(&mailless.to_json()), Ok(mailless));
    }

    /// serde_json, a reader we did not write, reads the records the same way.
    #[test]
    fn serde_json_reads_them_too() {
        let kept = Kept {
            payload: "{\"a\":\"\\u0000\n\"}".into(),
            adapter: Adapter::Multipart,
            endpoint: None,
            summary: Some("{\"id\":\"x\"}".into()),
            receipt_check: None,
        };
        let read: serde_json::Value = serde_json::from_str(&kept.to_json()).unwrap_or_default();
        assert_eq!(read["payload"], kept.payload.as_str());
        assert_eq!(read["adapter"], "multipart");
        assert!(read["endpoint"].is_null());
        assert_eq!(read["summary"], "{\"id\":\"x\"}");
    }

    /// A record of the earlier format (written with serde: the adapter by name, members in
    /// this order) still reads.
    #[test]
    fn records_kept_by_earlier_versions_read() {
        let old =
            r#"{"payload":"{}","adapter":"form","endpoint":"http://127.0.0.1:8787/requests"}"#;
        let kept = Kept::from_json(old);
        assert_eq!(
            kept.map(|k| (k.adapter, k.endpoint, k.summary)),
            Ok((
                Adapter::FormUrlencoded,
                Some("http://127.0.0.1:8787/requests".into()),
                None
            ))
        );
        assert!(
            Kept::from_json(r#"{"payload":"{}","adapter":"carrier pigeon","endpoint":null}"#)
                .is_err()
        );
        assert!(Meta::list_from_json(
            r#"[{"id":"x","reference":"r","kind":"tarkastus","created_at":"t"}]"#
        )
        .is_err());
        // Kept before `refused` was written: not refused.
        let old = Meta::list_from_json(
            r#"[{"id":"x","reference":"r","kind":"access","created_at":"t"}]"#,
        );
        assert_eq!(old.map(|m| (m[0].refused, m[0].expires)), Ok((false, None)));
        // Kept before `expires` was written: the default from the day it was made.
        let old = Meta::list_from_json(
            r#"[{"id":"x","reference":"r","kind":"access","created_at":"2026-11-22T10:15:00Z"}]"#,
        );
        assert_eq!(old.map(|m| m[0].expires), Ok(Some(Date::ymd(2026, 12, 22))));
        assert!(Meta::list_from_json(
            r#"[{"id":"x","reference":"r","kind":"access","created_at":"t","expires":"soon"}]"#
        )
        .is_err());
    }

    /// A request is kept through its last day and removed the day after: the notice's
    /// period, or the default of 30 days, never more than a year nor less than a day.
    #[test]
    fn kept_requests_expire_after_the_notices_period() {
        let made = "2026-11-22T23:59:00Z";
        let meta = |days| Meta::kept("x", "r", RequestKind::Access, made, days);
        let default = meta(None);
        assert_eq!(default.expires, Some(Date::ymd(2026, 12, 22)));
        assert!(!default.expired(Date::ymd(2026, 12, 22)));
        assert!(default.expired(Date::ymd(2026, 12, 23)));
        assert!(!default.expired(Date::ymd(2026, 11, 22)));
        assert_eq!(meta(Some(7)).expires, Some(Date::ymd(2026, 11, 29)));
        assert_eq!(meta(Some(0)).expires, Some(Date::ymd(2026, 11, 23)));
        assert_eq!(meta(Some(9999)).expires, Some(Date::ymd(2027, 11, 22)));
        // What is written reads back, last day included.
        let text = format!("[{}]", meta(Some(7)).to_json());
        assert_eq!(Meta::list_from_json(&text), Ok(vec![meta(Some(7))]));
        // A record whose time cannot be read never expires by itself.
        assert!(
            !Meta::kept("x", "r", RequestKind::Access, "t", None).expired(Date::ymd(2999, 1, 1))
        );
    }
}
