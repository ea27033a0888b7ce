//! Checks requests as a registry office receives them: PDF files made by seloste (the
//! embedded `request.json`) or request JSON files. Prints each check, and exits with 0
//! only when every file's seal and contract hold.
//!
//! Usage: `cargo run -p seloste --example verify_request -- FILE...`
//! (`SELOSTE_LANG=fi|sv|en` for the language of the report; English by default)

use seloste::pdf::verify::{inspect, Status};
use seloste::Lang;
use std::process::ExitCode;

fn main() -> ExitCode {
    let lang = std::env::var("SELOSTE_LANG")
        .ok()
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::En);
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: verify_request FILE...");
        return ExitCode::from(2);
    }
    let mut all_hold = true;
    for path in files {
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("{path}: cannot read: {e}");
                all_hold = false;
                continue;
            }
        };
        let inspection = inspect(&bytes);
        all_hold &= inspection.holds();
        println!(
            "{path}: {}",
            if inspection.holds() {
                "holds"
            } else {
                "does not hold"
            }
        );
        for check in inspection.checks(lang) {
            let mark = match check.status {
                Status::Passed => "ok  ",
                Status::Failed => "FAIL",
                Status::Skipped => "--  ",
            };
            println!("  {mark} {}", check.label);
            if let Some(detail) = check.detail {
                println!("       {detail}");
            }
        }
    }
    if all_hold {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
