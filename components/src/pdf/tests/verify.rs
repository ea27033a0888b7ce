//! The verifier's side: the request is found again in the PDF (also after other tools
//! rewrote the file), and any change to it shows as a failed check that says what.

use super::{pdf_of, sealed_payload};
use crate::i18n::Lang;
use crate::pdf::extract::{request_json, ExtractError};
use crate::pdf::verify::{inspect, Status};
use crate::request::payload::Signature;
use crate::seal::SealError;

fn sealed_pdf() -> (String, Vec<u8>) {
    let p = sealed_payload("Maija Meikäläinen", Signature::OnPaper);
    let (doc, bytes) = pdf_of(&p);
    (doc.request_json, bytes)
}

fn statuses(file: &[u8]) -> Vec<Status> {
    inspect(file)
        .checks(Lang::En)
        .into_iter()
        .map(|c| c.status)
        .collect()
}

/// Replaces the first `from` in `bytes` by `to` (same length, so offsets stay right).
fn replace_once(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let at = bytes
        .windows(from.len())
        .position(|w| w == from.as_bytes())
        .unwrap_or_else(|| panic!("{from} not in the file"));
    let mut out = bytes.to_vec();
    out[at..at + to.len()].copy_from_slice(to.as_bytes());
    out
}

#[test]
fn the_request_comes_out_of_the_pdf_as_it_went_in() {
    let (json, bytes) = sealed_pdf();
    assert_eq!(request_json(&bytes), Ok(json.clone()));
    // A request JSON saved from the confirmation page is read as it is.
    assert_eq!(request_json(json.as_bytes()), Ok(json.clone()));
    assert_eq!(
        request_json(b"{\"schema\": \"other\"}"),
        Err(ExtractError::NotPdf)
    );
    assert_eq!(request_json(b"GIF89a..."), Err(ExtractError::NotPdf));
    let empty =
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    assert_eq!(request_json(empty), Err(ExtractError::NoRequest));
}

#[test]
fn the_request_survives_a_rewrite_with_object_streams_and_compression() {
    let (json, bytes) = sealed_pdf();
    let path = std::env::temp_dir().join(format!("seloste-{}-rewritten.pdf", std::process::id()));
    let input = std::env::temp_dir().join(format!("seloste-{}-original.pdf", std::process::id()));
    std::fs::write(&input, &bytes).unwrap_or_else(|e| panic!("{e}"));
    let status = std::process::Command::new("qpdf")
        .args(["--object-streams=generate", "--compress-streams=y"])
        .arg(&input)
        .arg(&path)
        .status()
        .unwrap_or_else(|e| panic!("qpdf is needed (scripts/setup.sh installs it): {e}"));
    assert!(status.success());
    let rewritten = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
    let _ = std::fs::remove_file(&path);
    let _ = std::fs::remove_file(&input);
    assert_ne!(rewritten, bytes);
    assert_eq!(request_json(&rewritten), Ok(json));
    assert!(inspect(&rewritten).holds());
}

#[test]
fn an_intact_pdf_passes_every_check_and_names_digest_and_key() {
    let (_, bytes) = sealed_pdf();
    let inspection = inspect(&bytes);
    assert!(inspection.holds());
    let checks = inspection.checks(Lang::Fi);
    assert!(
        checks.iter().all(|c| c.status == Status::Passed),
        "{checks:?}"
    );
    let payload = inspection.payload.unwrap_or_else(|| panic!("no payload"));
    assert_eq!(payload.requester.name, "Maija Meikäläinen");
    let seal = payload.seal.unwrap_or_else(|| panic!("no seal"));
    assert_eq!(checks[1].detail.as_deref(), Some(seal.digest.as_str()));
    assert!(checks[2]
        .detail
        .as_deref()
        .is_some_and(|d| d.starts_with("Avaimen sormenjälki: ") && d.len() > 40));
}

#[test]
fn one_changed_byte_of_the_embedded_request_fails_the_digest() {
    let (_, bytes) = sealed_pdf();
    // The requester's name, one letter: Maija → Maija with a changed first letter.
    let tampered = replace_once(&bytes, "\"name\": \"Maija", "\"name\": \"Naija");
    let inspection = inspect(&tampered);
    assert!(!inspection.holds());
    assert!(matches!(
        inspection.seal,
        Some(Err(SealError::DigestMismatch { .. }))
    ));
    assert_eq!(
        statuses(&tampered),
        [
            Status::Passed,
            Status::Failed,
            Status::Skipped,
            Status::Skipped
        ]
    );
    let detail = inspection.checks(Lang::En)[1]
        .detail
        .clone()
        .unwrap_or_default();
    assert!(detail.contains("changed after it was sealed"), "{detail}");
    assert!(
        inspection.payload.is_none(),
        "a changed request is not shown as valid"
    );
}

#[test]
fn a_changed_answer_with_a_recomputed_digest_fails_the_signature() {
    let (json, _) = sealed_pdf();
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    value["details"]["log_period_start"] = "2025-01-01".into();
    let seal = value
        .as_object_mut()
        .and_then(|o| o.remove("seal"))
        .unwrap_or_default();
    let input = crate::request::canonical::canonical_json(&value).unwrap_or_default();
    let mut seal = seal;
    seal["digest"] = crate::seal::digest(input.as_bytes()).into();
    value["seal"] = seal;
    let forged = serde_json::to_string(&value).unwrap_or_default();
    assert_eq!(
        statuses(forged.as_bytes()),
        [
            Status::Passed,
            Status::Passed,
            Status::Failed,
            Status::Skipped
        ]
    );
}

#[test]
fn a_missing_seal_a_second_request_and_a_foreign_file_are_named() {
    let (json, bytes) = sealed_pdf();
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    value.as_object_mut().map(|o| o.remove("seal"));
    let unsealed = serde_json::to_string(&value).unwrap_or_default();
    let inspection = inspect(unsealed.as_bytes());
    assert_eq!(inspection.seal, Some(Err(SealError::Missing)));
    // An incremental update that adds another request: both are refused.
    let mut updated = bytes.clone();
    updated.extend_from_slice(
        format!(
            "\n99 0 obj\n<< /Type /EmbeddedFile /Length 98 0 R >>\nstream\n{unsealed}\nendstream\nendobj\n"
        )
        .as_bytes(),
    );
    assert_eq!(request_json(&updated), Err(ExtractError::Several(2)));
    assert_eq!(
        statuses(b"not a pdf"),
        [
            Status::Failed,
            Status::Skipped,
            Status::Skipped,
            Status::Skipped
        ]
    );
    // Every line has a message in every language.
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        for check in inspect(&updated).checks(lang) {
            assert!(!check.label.is_empty());
        }
        assert!(ExtractError::Several(2).message(lang).ends_with(" 2"));
    }
}

/// The audit's decoy: a second request in an embedded file the extractor cannot decode
/// (a filter it does not read) used to be passed over, so the file showed one request.
#[test]
fn an_embedded_file_that_cannot_be_decoded_is_refused() {
    let (json, bytes) = sealed_pdf();
    let hex: String = json.bytes().map(|b| format!("{b:02X}")).collect();
    let mut decoy = bytes.clone();
    decoy.extend_from_slice(
        format!(
            "\n98 0 obj\n<< /Type /EmbeddedFile /Filter /ASCIIHexDecode /Length {} >>\nstream\n{hex}>\nendstream\nendobj\n",
            hex.len() + 1
        )
        .as_bytes(),
    );
    assert_eq!(request_json(&decoy), Err(ExtractError::Unreadable));
    // Broken Flate data, and a marker with no stream after it, are refused the same way.
    let mut broken = bytes.clone();
    broken.extend_from_slice(b"\n97 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length 4 >>\nstream\nabcd\nendstream\nendobj\n");
    assert_eq!(request_json(&broken), Err(ExtractError::Unreadable));
    let mut dangling = bytes;
    dangling.extend_from_slice(b"\n96 0 obj\n<< /Type /EmbeddedFile >>\nendobj\n");
    assert_eq!(request_json(&dangling), Err(ExtractError::Unreadable));
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        assert!(!ExtractError::Unreadable.message(lang).is_empty());
    }
}

/// Crafted files that made the old extractor rescan the file for every marker (hours for
/// a few megabytes) are read in one pass: hundreds of thousands of markers before one
/// stream, and more embedded files than any request PDF holds.
#[test]
fn crafted_files_are_read_in_one_pass() {
    let (json, bytes) = sealed_pdf();
    let mut many = b"%PDF-1.7\n1 0 obj\n<<".to_vec();
    for _ in 0..300_000 {
        many.extend_from_slice(b" /EmbeddedFile");
    }
    many.extend_from_slice(
        format!(
            " /Length {} >>\nstream\n{json}\nendstream\nendobj\n",
            json.len()
        )
        .as_bytes(),
    );
    assert_eq!(many.len() / 1024 / 1024, 4, "about 4 MiB");
    assert_eq!(request_json(&many), Ok(json.clone()));
    let mut crowded = bytes;
    for n in 0..=32 {
        crowded.extend_from_slice(format!("\n{} 0 obj\n<< /Type /EmbeddedFile /Length 2 >>\nstream\n{{}}\nendstream\nendobj\n", 200 + n).as_bytes());
    }
    assert_eq!(request_json(&crowded), Err(ExtractError::Unreadable));
}
