//! After the request is made: what the citizen keeps to follow it up. The calendar file of
//! its deadlines ([`calendar`]), "my requests" kept on this device ([`kept`]), and the
//! reminder and complaint letters when the controller is silent or refuses ([`letters`]).
//!
//! ```
//! use seloste::after::calendar::deadline_calendar;
//! use seloste::date::Date;
//! use seloste::request::payload::Payload;
//! use seloste::request::receipt::Receipt;
//! use seloste::Lang;
//!
//! # let json = r#"{"schema": "seloste.request/1", "id": "0f8c2a4e-6b1d-4c3e-9a7f-2d5e8b1c4a90",
//! #   "created_at": "2026-11-22T10:15:00Z", "kind": "access", "lang": "fi",
//! #   "register": {"notice_id": "n", "register_name": "Asiakasrekisteri", "controller": {"name": "Esimerkkikunta"}},
//! #   "requester": {"name": "Maija Meikäläinen", "identity": {"type": "personal_identity_code", "value": "131052-308T"}},
//! #   "on_behalf": {"role": "none"}, "details": {"access_scope": "all"}, "delivery": "secure_electronic",
//! #   "answer_lang": "fi", "place": "Pieksämäki", "date": "2026-11-22", "attachments": [],
//! #   "signature": {"method": "on_paper"}}"#;
//! let payload: Payload = serde_json::from_str(json)?;
//! // What the citizen keeps of a request made today, and its deadlines as a calendar file.
//! let receipt = Receipt::new(payload, Date::ymd(2026, 11, 22));
//! let ics = deadline_calendar(&receipt, Lang::Fi);
//! assert!(ics.starts_with("BEGIN:VCALENDAR"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod calendar;
pub mod kept;
pub mod letters;
