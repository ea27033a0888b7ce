//! Personal identity codes.
//!
//! [`fi`] is the Finnish henkilötunnus, checked exactly (century signs of decree
//! 690/2022, real dates, individual number, check character). Parsing never panics.

pub mod fi;

pub use fi::{Hetu, HetuError, Sex};
