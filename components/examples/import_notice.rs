//! Imports a legacy notice (text or HTML) and prints it as notice JSON, with the findings of
//! the completeness check on standard error.
//!
//! Usage: `cargo run -p seloste --example import_notice -- FILE [fi|sv|en] > notice.json`

use seloste::notice::{check, import, repealed_laws, Requirement};
use seloste::Lang;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: import_notice FILE [fi|sv|en]");
        return ExitCode::from(2);
    };
    let lang = args
        .next()
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::En);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("import_notice: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let imported = import(&text);
    eprintln!(
        "{}: {} sections, {} repeated page header lines dropped",
        path,
        imported.notice.sections.len(),
        imported.dropped_page_headers
    );
    let points: Vec<&str> = Requirement::points_checked()
        .iter()
        .map(|k| k.title().get(lang))
        .collect();
    eprintln!("points checked: {}", points.join(", "));
    for finding in check(&imported.notice) {
        eprintln!("  - {}", finding.message(lang));
    }
    for law in repealed_laws(&imported.notice) {
        eprintln!("  - {}", law.message(lang));
    }
    match serde_json::to_string_pretty(&imported.notice) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("import_notice: {e}");
            ExitCode::from(1)
        }
    }
}
