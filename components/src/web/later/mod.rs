//! The request form's later chunk: exactly the code a form needs only once the citizen is
//! past its first step (or when a kept request waits in the outbox). With the crate
//! feature `split` its entry points ([`crate::web::split::later!`]) are split points, and
//! the build cuts everything only they reach into `split_finish.wasm`.
//!
//! - [`question`]: file and drawing questions ([`file_input`], [`drawing`]);
//! - [`character_count`]: the count under a text area with a limit;
//! - [`check_answers`], [`confirmation`]: the pages after the last step;
//! - [`submission`]: making the request: the payload, its [`seal`], encrypted to the
//!   registry office when the notice names its keys ([`office`]), [`delivery`] or the
//!   [`outbox`];
//! - [`pdf_download`]: the PDF button, which loads the PDF maker's own bundle;
//! - [`saved_answers`]: the answers saved to an encrypted file, or continued from one;
//! - [`my_requests`]: "my requests" kept on this device (also `<seloste-requests>`), and
//!   their reminder and complaint [`letters`].
//!
//! Architecture Invariant: nothing outside this folder calls into it except through a
//! `later!` function, so that the first bundle does not pull it back in.

pub(crate) mod character_count;
pub(crate) mod check_answers;
pub(crate) mod confirmation;
pub(crate) mod delivery;
pub(crate) mod drawing;
pub(crate) mod file_input;
pub(crate) mod letters;
pub(crate) mod mail;
pub(crate) mod my_requests;
pub(crate) mod office;
pub(crate) mod outbox;
pub(crate) mod parts;
pub(crate) mod pdf_download;
pub(crate) mod question;
pub(crate) mod saved_answers;
pub(crate) mod seal;
pub(crate) mod submission;
