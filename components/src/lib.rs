//! seloste: privacy notices and data-subject request forms.
//!
//! Pure logic lives in modules that compile and test natively:
//! [`i18n`] (languages and user-facing strings), [`id`] (personal identity codes),
//! [`validate`] (small field rules), [`json`] (the reader of notices, forms files and drafts), [`notice`] (the notice model and rich text),
//! [`request`] (request kinds, form specs, validation, the payload),
//! [`seal`] (ES256 seals of payloads: make and verify), [`office`] (the registry office's
//! keys: requests encrypted to it, receipts it signs), [`submit`] (endpoints, adapters'
//! bodies, retry decisions), [`after`] (what follows a made request: the calendar file of
//! its deadlines).
//! Browser views live in `web`, behind the `web` feature.

pub mod after;
mod closed_set;
pub mod date;
pub mod deadline;
pub mod event;
pub mod i18n;
pub mod id;
pub mod json;
pub mod notice;
pub mod office;
pub mod pdf;
pub mod request;
pub mod seal;
pub mod submit;
pub mod validate;

#[cfg(feature = "web")]
pub mod web;

pub use i18n::{Lang, Text};
