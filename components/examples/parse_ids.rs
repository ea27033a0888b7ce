//! Reads personal identity numbers, one per line as `COUNTRY NUMBER` (`fi`, `se`, `no`,
//! `dk`, `ee`), and prints for each `ok YYYY-MM-DD` (the date of birth) or `refused`; a
//! line `business_id NUMBER` is a Finnish Business ID, `ok 1234567-8` as written. For
//! comparing `seloste::id::parse` with an independent implementation
//! (`tests/contracts/ids_stdnum.py`, python-stdnum), and the Business ID's reader likewise.
//!
//! Usage: `SELOSTE_TODAY=YYYY-MM-DD cargo run -p seloste --example parse_ids < numbers`

use seloste::date::Date;
use seloste::id::{parse, Country};
use seloste::validate::business_id;
use std::io::{BufRead, Write};

fn main() -> std::process::ExitCode {
    let Some(today) = std::env::var("SELOSTE_TODAY")
        .ok()
        .and_then(|d| Date::from_iso(&d))
    else {
        eprintln!("usage: SELOSTE_TODAY=YYYY-MM-DD parse_ids < numbers");
        return std::process::ExitCode::from(2);
    };
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines().map_while(Result::ok) {
        let (country, number) = line.split_once(' ').unwrap_or((line.as_str(), ""));
        let answer = match Country::from_name(country) {
            None if country == "business_id" => match business_id(number) {
                Ok(written) => format!("ok {written}"),
                Err(_) => "refused".to_string(),
            },
            None => "unknown country".to_string(),
            Some(country) => match parse(country, number, today) {
                Ok(id) => format!("ok {}", id.birth_date().iso()),
                Err(_) => "refused".to_string(),
            },
        };
        let _ = writeln!(out, "{answer}");
    }
    std::process::ExitCode::SUCCESS
}
