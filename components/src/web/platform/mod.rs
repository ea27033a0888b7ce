//! What the components ask of the browser and of the host page, below every view: device
//! services (random ids, hashes, storage, DOM events), loading notice and forms files, the
//! host page's settings, the tab's draft and the outbox's store (`outbox.js`).
//!
//! Architecture Invariant: nothing here renders; views call these, never the other way.

pub(crate) mod device;
pub(crate) mod draft;
pub mod fetch;
pub mod host;
pub(crate) mod outbox_store;
