//! Checks requests as a registry office receives them: PDF files made by seloste (the
//! embedded `request.json`) or request JSON files. Prints each check, and exits with 0
//! only when every file's seal and contract hold.
//!
//! Usage: `cargo run -p seloste --example verify_request -- [--keys KEYS] [--receipt
//! RECEIPT] FILE...` (`SELOSTE_LANG=fi|sv|en` for the language of the report; English by
//! default). KEYS is the office's key file: its private keys (`seloste-receiver keys`) open
//! requests encrypted to the office (`.jwe` files) and check receipts; a public JWK set (a
//! notice's `requests.keys`) checks receipts only. RECEIPT is the office's signed receipt
//! (a compact JWS) of the request in FILE.

use seloste::pdf::verify::{inspect_with, Evidence, Status};
use seloste::Lang;
use std::process::ExitCode;

fn read_text(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read: {e}"))
}

fn main() -> ExitCode {
    let lang = std::env::var("SELOSTE_LANG")
        .ok()
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::En);
    let mut evidence = Evidence::default();
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--keys" | "--receipt" => match args.next().map(|path| read_text(&path)) {
                Some(Ok(text)) => text,
                Some(Err(e)) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
                None => {
                    eprintln!("{arg} needs a file");
                    return ExitCode::from(2);
                }
            },
            _ => {
                files.push(arg);
                continue;
            }
        };
        if arg == "--receipt" {
            evidence.receipt = Some(value);
            continue;
        }
        evidence = match evidence.with_keys(&value) {
            Ok(evidence) => evidence,
            Err(e) => {
                eprintln!("{}", e.message(lang));
                return ExitCode::from(2);
            }
        };
    }
    if files.is_empty() {
        eprintln!("usage: verify_request [--keys KEYS] [--receipt RECEIPT] FILE...");
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
        let inspection = inspect_with(&bytes, &evidence);
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
