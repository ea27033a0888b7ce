//! Leptos views for the browser (feature `web`).
//!
//! Views are thin: they hold signals and DOM wiring, and call the pure modules for every
//! decision (what a notice contains, whether an answer is valid, how it is shown).
//!
//! A notice and its access request form in a Leptos app, with the person the portal has
//! already identified (the whole app, which loads the notice and the forms file, is
//! `app/examples/leptos_portal.rs` in the repository):
//!
//! ```no_run
//! use leptos::prelude::*;
//! use seloste::notice::Notice;
//! use seloste::request::{spec::FormSet, verified::Verified, RequestKind};
//! use seloste::web::{NoticeView, PdfAssets, RequestForm};
//!
//! #[component]
//! fn AccessRequest(notice: Notice, forms_json: String) -> impl IntoView {
//!     let lang = RwSignal::new(seloste::Lang::Fi);
//!     let pdf = PdfAssets::from_page("pdf/seloste-pdf.js", "forms/default.json", "fonts/DejaVuSans.ttf");
//!     // From the portal's own identification; None lets the citizen type them.
//!     let verified = Verified::new("Maija Meikäläinen", "131052-308T", "Suomi.fi").ok();
//!     match FormSet::from_json(&forms_json).and_then(|set| set.form(RequestKind::Access)) {
//!         Ok(form) => view! {
//!             <NoticeView notice=notice.clone() lang=lang heading_level=2 on_request=|_| ()/>
//!             <RequestForm notice=notice form=form lang=lang pdf=pdf verified=verified/>
//!         }
//!         .into_any(),
//!         // A forms file that breaks its rules is a fault for staff: say which rule.
//!         Err(e) => view! { <p role="alert">{e.to_string()}</p> }.into_any(),
//!     }
//! }
//! ```

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
