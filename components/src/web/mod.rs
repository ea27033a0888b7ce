//! Leptos views for the browser (feature `web`).
//!
//! Views are thin: they hold signals and DOM wiring, and call the pure modules for every
//! decision (what a notice contains, whether an answer is valid, how it is shown).

mod check_answers;
mod choice;
mod confirmation;
mod delivery;
mod device;
mod dom;
mod dom_tree;
mod draft;
mod drawing;
mod error_summary;
pub mod fetch;
mod field;
mod field_parts;
mod file_input;
mod heading;
pub mod host;
mod importer;
mod language_switch;
mod later_question;
mod notice_view;
mod outbox;
mod pdf_download;
mod request_form;
mod request_step;
mod rich_view;
mod seal;
mod split;
mod step_head;
mod submission;
mod verified_answer;
mod verifier;

pub use confirmation::Receipt;
pub use device::{dispatch, dispatch_error};
pub use dom::{browser_lang, page_lang, today, tr};
pub use importer::ImporterView;
pub use language_switch::LanguageSwitch;
pub use notice_view::NoticeView;
pub use pdf_download::PdfAssets;
pub use request_form::RequestForm;
pub use verifier::VerifierView;
