//! Leptos views for the browser (feature `web`).
//!
//! Views are thin: they hold signals and DOM wiring, and call the pure modules for every
//! decision (what a notice contains, whether an answer is valid, how it is shown).

mod choice;
mod dom;
mod error_summary;
pub mod fetch;
mod field;
mod field_parts;
mod heading;
mod importer;
mod language_switch;
mod notice_view;
mod request_form;
mod rich_view;

pub use dom::{browser_lang, today};
pub use importer::ImporterView;
pub use language_switch::LanguageSwitch;
pub use notice_view::NoticeView;
pub use request_form::RequestForm;
