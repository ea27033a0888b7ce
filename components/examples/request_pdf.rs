//! Makes the PDF of a request payload, for a look by eye or for an office's own tools, and
//! prints its size and how long it took. The payload's questions are labelled from a forms
//! file, and its seal (if any) is checked first.
//!
//! Usage: `cargo run -p seloste --example request_pdf -- [--keys KEYS] PAYLOAD OUT.pdf
//!         [FORMS.json] [FONT.ttf]` (defaults: public/forms/default.json,
//! public/fonts/DejaVuSans.ttf). PAYLOAD is a request's JSON, or the request encrypted to
//! the registry office (a `.jwe`), opened with the office's private keys KEYS
//! (`seloste-receiver keys`).

use seloste::pdf::{document, render};
use seloste::request::payload::Payload;
use seloste::request::spec::FormSet;
use std::process::ExitCode;

fn read(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn run(args: &[String]) -> Result<String, String> {
    let (keys, args) = match args {
        [flag, keys, rest @ ..] if flag == "--keys" => (Some(keys), rest),
        _ => (None, args),
    };
    let [payload_path, out, rest @ ..] = args else {
        return Err(
            "usage: request_pdf [--keys KEYS] PAYLOAD OUT.pdf [FORMS.json] [FONT.ttf]".into(),
        );
    };
    let forms_path = rest
        .first()
        .map_or("public/forms/default.json", String::as_str);
    let font_path = rest
        .get(1)
        .map_or("public/fonts/DejaVuSans.ttf", String::as_str);
    let mut text =
        String::from_utf8(read(payload_path)?).map_err(|e| format!("{payload_path}: {e}"))?;
    if seloste::office::encrypted::is_compact_jwe(&text) {
        let keys = keys.ok_or("the request is encrypted to the registry office: give --keys")?;
        let keys = String::from_utf8(read(keys)?).map_err(|e| format!("{keys}: {e}"))?;
        let keys = seloste::office::keys::PrivateKey::from_json(&keys)
            .map_err(|e| e.message(seloste::Lang::En))?;
        let plain = seloste::office::encrypted::open(&text, &keys)
            .map_err(|e| e.message(seloste::Lang::En))?;
        text = String::from_utf8(plain).map_err(|e| format!("{payload_path}: {e}"))?;
    }
    let payload: Payload = if text.contains("\"seal\"") {
        let (payload, verified) =
            seloste::seal::verify_json(&text).map_err(|e| e.message(seloste::Lang::En))?;
        eprintln!(
            "seal holds: digest {}, key {}",
            verified.digest, verified.thumbprint
        );
        payload
    } else {
        serde_json::from_str(&text).map_err(|e| format!("{payload_path}: {e}"))?
    };
    let forms_text =
        String::from_utf8(read(forms_path)?).map_err(|e| format!("{forms_path}: {e}"))?;
    let form = FormSet::from_json(&forms_text)
        .and_then(|set| set.form(payload.kind))
        .map_err(|e| e.to_string())?;
    let font = read(font_path)?;
    let started = std::time::Instant::now();
    let bytes = render(&document(&payload, &form), &font).map_err(|e| format!("{e:?}"))?;
    let took = started.elapsed();
    std::fs::write(out, &bytes).map_err(|e| format!("cannot write {out}: {e}"))?;
    Ok(format!("{out}: {} bytes in {took:?}", bytes.len()))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(summary) => {
            eprintln!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("request_pdf: {e}");
            ExitCode::from(1)
        }
    }
}
