//! After the request is made: what the citizen keeps to follow it up. The calendar file of
//! its deadlines ([`calendar`]), "my requests" kept on this device ([`kept`]), and the
//! reminder and complaint letters when the controller is silent or refuses ([`letters`]).

pub mod calendar;
pub mod kept;
pub mod letters;
