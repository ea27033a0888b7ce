//! Delivering a request to a backend, the parts that need no browser: which endpoints are
//! allowed ([`endpoint`]), how the payload is encoded for each adapter ([`encode`]), and
//! when and how soon to try again ([`retry`]). The browser side (fetch, the outbox) builds
//! on these; a server can use them too.
//!
//! ```
//! use seloste::submit::delivery::Delivery;
//! use seloste::submit::endpoint;
//!
//! assert!(endpoint::check("https://asiointi.example.fi/api/requests").is_ok());
//! // Plain HTTP is refused (except to loopback, for tests).
//! assert!(endpoint::check("http://asiointi.example.fi/api/requests").is_err());
//!
//! // An endpoint alone means JSON to it; nothing at all, a PDF for the citizen to print.
//! let json = Delivery::resolve(None, Some("https://asiointi.example.fi/api/requests"), None);
//! assert!(json.is_ok_and(|d| d.sends()));
//! assert!(!Delivery::resolve(None, None, None).is_ok_and(|d| d.sends()));
//! ```

pub mod delivery;
pub mod encode;
pub mod endpoint;
pub mod outbox;
pub mod retry;
