//! Delivering a request to a backend, the parts that need no browser: which endpoints are
//! allowed ([`endpoint`]), how the payload is encoded for each adapter ([`encode`]), and
//! when and how soon to try again ([`retry`]). The browser side (fetch, the outbox) builds
//! on these; a server can use them too.

pub mod delivery;
pub mod encode;
pub mod endpoint;
pub mod outbox;
pub mod retry;
