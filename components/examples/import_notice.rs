//! Imports a legacy notice (a Word file, an OpenDocument text, a PDF with a text layer,
//! text or HTML) and prints it as notice JSON, with the findings of the completeness check
//! and the repealed acts it cites on standard error. A file that cannot be read (an old or
//! password-protected file, a scan without text, not a notice) is said so, and the exit
//! status is 1.
//!
//! Usage: `cargo run -p seloste --example import_notice -- FILE [fi|sv|en] > notice.json`

use seloste::notice::file::notice_text;
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
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("import_notice: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let text = match notice_text(&bytes) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("import_notice: {path}: {}", e.message(lang));
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
