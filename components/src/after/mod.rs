//! After the request is made: what the citizen keeps to follow it up. Today the calendar
//! file of its deadlines ([`calendar`]).

pub mod calendar;
