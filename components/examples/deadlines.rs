//! Prints what `seloste::deadline` makes of its input, for comparing it with an independent
//! implementation (`tests/contracts/deadlines_holidays.py`: Python's `holidays`, `zoneinfo`
//! and `dateutil`). Reads lines from stdin:
//! - `day YYYY-MM-DD` → `working` or `off` (a Saturday, Sunday or public holiday in Finland);
//! - `received TIMESTAMP` (RFC 3339) → the day in Finland, the answer's deadline and the
//!   extended deadline (`YYYY-MM-DD YYYY-MM-DD YYYY-MM-DD`), or `refused`.
//!
//! Usage: `cargo run -p seloste --example deadlines < lines`

use seloste::date::Date;
use seloste::deadline::{day_in_finland, holidays::is_working_day, Deadline};
use std::io::{BufRead, Write};

fn answer(line: &str) -> String {
    match line.split_once(' ') {
        Some(("day", day)) => match Date::from_iso(day) {
            Some(day) if is_working_day(day) => "working".into(),
            Some(_) => "off".into(),
            None => "refused".into(),
        },
        Some(("received", at)) => match day_in_finland(at) {
            Some(day) => {
                let deadline = Deadline::from_received(day);
                format!("{day} {} {}", deadline.answer_by, deadline.extended_by)
            }
            None => "refused".into(),
        },
        _ => "unknown line".into(),
    }
}

fn main() {
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        if writeln!(out, "{}", answer(&line)).is_err() {
            return;
        }
    }
}
