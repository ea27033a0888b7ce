//! Writes a notice (JSON) as static HTML to paste into a page (issue 19): a
//! `<seloste-notice>` element holding a declarative shadow root with the notice's markup,
//! readable with no script at all; when `seloste.js` runs, the element takes it over.
//!
//! Usage: `cargo run -p seloste --example notice_html -- NOTICE.json --src URL
//! [--lang fi|sv|en] [--heading-level N] [--stylesheet URL [--integrity sha384-…]]`
//!
//! `--src` is the notice's address as the element loads it; `--stylesheet` the embed
//! bundle's `seloste.css` (its address and hash are in the release's `sri.json`), so that
//! the pasted notice looks as the element draws it.

use seloste::notice::render::{notice_html, Stylesheet};
use seloste::notice::Notice;
use seloste::Lang;
use std::process::ExitCode;

const USAGE: &str = "usage: notice_html NOTICE.json --src URL [--lang fi|sv|en] [--heading-level N] [--stylesheet URL [--integrity HASH]]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut path, mut src, mut lang, mut level) = (None, None, None, 2u8);
    let (mut href, mut integrity) = (None, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--src" => src = args.next(),
            "--lang" => lang = args.next(),
            "--heading-level" => level = args.next().and_then(|l| l.parse().ok()).unwrap_or(0),
            "--stylesheet" => href = args.next(),
            "--integrity" => integrity = args.next(),
            _ if path.is_none() && !arg.starts_with("--") => path = Some(arg),
            _ => {
                eprintln!("notice_html: unknown argument {arg}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let (Some(path), Some(src)) = (path, src) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if !(1..=5).contains(&level) {
        eprintln!("notice_html: --heading-level must be 1 to 5");
        return ExitCode::from(2);
    }
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("notice_html: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let notice = match Notice::from_json(&text) {
        Ok(notice) => notice,
        Err(e) => {
            eprintln!("notice_html: {path} is not a notice: {}", e.0);
            return ExitCode::from(1);
        }
    };
    let lang = match lang.as_deref().map(Lang::parse) {
        None => notice.lang,
        Some(Some(lang)) => lang,
        Some(None) => {
            eprintln!("notice_html: --lang must be fi, sv or en");
            return ExitCode::from(2);
        }
    };
    let stylesheet = href.as_deref().map(|href| Stylesheet {
        href,
        integrity: integrity.as_deref(),
    });
    println!("{}", notice_html(&notice, &src, lang, level, stylesheet));
    ExitCode::SUCCESS
}
