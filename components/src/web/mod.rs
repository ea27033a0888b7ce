//! Leptos views for the browser (feature `web`).
//!
//! Views are thin: they hold signals and DOM wiring, and call the pure modules for every
//! decision (what a notice contains, whether an answer is valid, how it is shown).

pub mod dom;
pub mod form;
mod later;
pub mod my_requests;
pub mod notice;
pub mod platform;
mod split;
pub mod staff;

pub use crate::request::receipt::Receipt;
pub use dom::{browser_lang, page_lang, today, tr};
pub use form::RequestForm;
pub use my_requests::{any_kept, show_my_requests};
pub use notice::language_switch::LanguageSwitch;
pub use notice::NoticeView;
pub use platform::device::{dispatch, dispatch_error};
pub use platform::host::PdfAssets;
pub use platform::{fetch, host};
pub use staff::importer::ImporterView;
pub use staff::verifier::VerifierView;
