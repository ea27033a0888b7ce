//! The request as a PDF, made without a server: A4, black and white, text that can be
//! selected and extracted (an embedded subset of DejaVu Sans, which covers Finnish, Swedish
//! and Sámi letters), tagged (structure tree in reading order, language, title), with the
//! payload embedded as `request.json` and, when sealed, the digest, the key fingerprint and
//! a QR code of the reference and digest.
//!
//! [`document`] decides what the PDF says; [`render`] lays it out and writes it.

mod document;
mod layout;
mod write;

pub use document::{document, Block, Document};
pub use write::{render, PdfError};

#[cfg(test)]
mod tests;
