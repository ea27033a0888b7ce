//! seloste: privacy notices and data-subject request forms.
//!
//! Pure logic lives in modules that compile and test natively:
//! [`i18n`] (languages and user-facing strings), [`id`] (personal identity codes),
//! [`validate`] (small field rules), [`json`] (the reader of notices, forms files and drafts), [`notice`] (the notice model and rich text),
//! [`request`] (request kinds, form specs, validation, the payload),
//! [`seal`] (ES256 seals of payloads: make and verify), [`office`] (the registry office's
//! keys: requests encrypted to it, receipts it signs), [`submit`] (endpoints, adapters'
//! bodies, retry decisions), [`after`] (what follows a made request: the calendar file of
//! its deadlines), and [`pdf`], [`deadline`], [`date`], [`event`].
//! Browser views live in `web`, behind the `web` feature.
//!
//! # Features
//!
//! - *(none, the default)*: every pure module. It builds for any target and needs no
//!   browser: a backend, a command-line tool or a test can read notices and forms files,
//!   check identity codes, build, seal, verify and encrypt requests, count deadlines and
//!   make PDFs.
//! - `web`: adds `web`, the Leptos 0.8 views (the notice, the request form, "my requests",
//!   the staff's importer and verifier) and their browser glue (`web-sys`,
//!   `wasm-bindgen`). Build it for `wasm32-unknown-unknown`. docs.rs documents the crate
//!   with it.
//!
//! The payload, the events, the elements and the forms file are versioned as
//! `docs/versioning.md` in the repository says.

#![warn(missing_docs)]

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
