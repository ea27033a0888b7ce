//! The request PDF read back: structure, embedded payload, text (with poppler's
//! `pdftotext`) and syntax (with `qpdf --check`), both installed by scripts/setup.sh.

use super::*;
use crate::request::payload::{Payload, Signature};
use crate::request::spec::tests::shipped_form;
use crate::request::RequestKind;
use p256::ecdsa::SigningKey;
use std::process::Command;

const FONT: &[u8] = include_bytes!("../../../public/fonts/DejaVuSans.ttf");

fn sealed_payload(name: &str, signature: Signature) -> Payload {
    let json = include_str!("../../../tests/fixtures/payloads/log_data_guardian.json");
    let mut p: Payload = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"));
    p.requester.name = name.into();
    p.signature = Some(signature);
    let key = SigningKey::from_slice(&[3u8; 32]).unwrap_or_else(|e| panic!("{e}"));
    crate::seal::seal(&mut p, &key).unwrap_or_else(|e| panic!("{e:?}"));
    p
}

fn pdf_of(p: &Payload) -> (Document, Vec<u8>) {
    let doc = document(p, &shipped_form(RequestKind::LogData));
    let bytes = render(&doc, FONT).unwrap_or_else(|e| panic!("{e:?}"));
    (doc, bytes)
}

/// Writes the PDF to a temporary file and runs a command on it.
fn run(bytes: &[u8], name: &str, program: &str, args: &[&str]) -> (bool, String) {
    let path = std::env::temp_dir().join(format!("seloste-{}-{name}.pdf", std::process::id()));
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new(program)
        .args(args)
        .arg(&path)
        .args(if program == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output()
        .unwrap_or_else(|e| panic!("{program} is needed (scripts/setup.sh installs it): {e}"));
    let _ = std::fs::remove_file(&path);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn the_document_has_every_answer_with_its_question() {
    let p = sealed_payload("Maija Meikäläinen", Signature::OnPaper);
    let doc = document(&p, &shipped_form(RequestKind::LogData));
    assert_eq!(
        doc.blocks[0],
        Block::Title("Lokitietojen selvityspyyntö".into())
    );
    let answers: Vec<(&str, &str)> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Answer { question, answer } => Some((question.as_str(), answer.as_str())),
            _ => None,
        })
        .collect();
    for expected in [
        ("Nimi", "Maija Meikäläinen"),
        ("Henkilötunnus", "131052-308T"),
        ("Pyytäjän asema", "Alaikäisen huoltaja"),
        ("Nimi", "Aino Meikäläinen"),
        ("Henkilötunnus", "010515A123H"),
        ("Alkaen", "1.1.2026"),
        ("Päättyen", "1.6.2026"),
        ("Epäilen väärinkäyttöä", "Kyllä"),
        ("Milloin väärinkäyttö tapahtui?", "keväällä 2026"),
        ("Miten epäily syntyi?", "Naapuri tiesi asioita"),
        ("Haluan saada tiedot", "suojattuna sähköisenä viestinä"),
        ("Vastauksen kieli", "Svenska"),
        ("Paikka ja aika", "Pieksämäki, 22.11.2026"),
    ] {
        assert!(
            answers.contains(&expected),
            "{expected:?} missing from {answers:#?}"
        );
    }
    assert!(doc.blocks.iter().any(|b| matches!(b, Block::Qr { data, .. } if data.ends_with(&p.seal.as_ref().map(|s| s.digest.clone()).unwrap_or_default()))));
    assert!(doc
        .footer
        .contains(&crate::request::reference::reference(&p.id)));
}

#[test]
fn the_pdf_is_small_valid_tagged_and_carries_the_payload() {
    let p = sealed_payload("Maija Meikäläinen", Signature::OnPaper);
    let (doc, bytes) = pdf_of(&p);
    assert!(bytes.len() < 80 * 1024, "{} bytes", bytes.len());
    let (ok, report) = run(&bytes, "check", "qpdf", &["--check"]);
    assert!(ok, "qpdf --check: {report}");

    let pdf = lopdf::Document::load_mem(&bytes).unwrap_or_else(|e| panic!("{e}"));
    let catalog = pdf.catalog().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        catalog.get(b"Lang").ok().and_then(|l| l.as_str().ok()),
        Some(&b"fi"[..])
    );
    assert!(catalog.get(b"StructTreeRoot").is_ok(), "tagged");
    let marked = catalog
        .get(b"MarkInfo")
        .ok()
        .and_then(|m| m.as_dict().ok())
        .and_then(|m| m.get(b"Marked").ok())
        .and_then(|m| m.as_bool().ok());
    assert_eq!(marked, Some(true));

    // The embedded request.json is the payload, and its seal holds.
    let names = catalog
        .get(b"Names")
        .and_then(|n| n.as_dict())
        .unwrap_or_else(|e| panic!("{e}"));
    let files = names
        .get(b"EmbeddedFiles")
        .and_then(|f| f.as_dict())
        .unwrap_or_else(|e| panic!("{e}"));
    let list = files
        .get(b"Names")
        .and_then(|n| n.as_array())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(list[0].as_str().ok(), Some(&b"request.json"[..]));
    let spec = pdf
        .dereference(&list[1])
        .and_then(|(_, o)| o.as_dict())
        .unwrap_or_else(|e| panic!("{e}"));
    let ef = spec
        .get(b"EF")
        .and_then(|e| e.as_dict())
        .and_then(|e| e.get(b"F"))
        .unwrap_or_else(|e| panic!("{e}"));
    let stream = pdf
        .dereference(ef)
        .and_then(|(_, o)| o.as_stream())
        .unwrap_or_else(|e| panic!("{e}"));
    let json = String::from_utf8(
        stream
            .decompressed_content()
            .unwrap_or_else(|e| panic!("{e}")),
    )
    .unwrap_or_default();
    assert_eq!(json, doc.request_json);
    let (embedded, verified) = crate::seal::verify_json(&json).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(embedded, p);
    assert_eq!(
        Some(verified.digest),
        p.seal.as_ref().map(|s| s.digest.clone())
    );
}

#[test]
fn pdftotext_finds_every_answer_the_seal_and_the_sami_letters() {
    let name = "Áilu Ŋoađđi Čáhppe-Šuoššu Žáŧŧá Åsa Öberg";
    let p = sealed_payload(name, Signature::Typed { name: name.into() });
    let (doc, bytes) = pdf_of(&p);
    let (ok, text) = run(&bytes, "text", "pdftotext", &["-layout", "-enc", "UTF-8"]);
    assert!(ok, "{text}");
    for block in &doc.blocks {
        let wanted: Vec<&str> = match block {
            Block::Title(t) | Block::Heading(t) => vec![t.as_str()],
            Block::Answer { question, answer } => vec![question.as_str(), answer.as_str()],
            _ => vec![],
        };
        for w in wanted {
            // Long values wrap; every word must be there.
            for word in w.split_whitespace() {
                assert!(
                    text.contains(word),
                    "{word:?} not extracted from the PDF:\n{text}"
                );
            }
        }
    }
    assert!(
        text.contains(name),
        "Sámi and Swedish letters extract as typed:\n{text}"
    );
    assert!(
        text.contains(&crate::request::reference::reference(&p.id)),
        "the footer reference"
    );
    assert!(
        text.contains("1 / 1") || text.contains("1 / 2"),
        "page numbers"
    );
}

#[test]
fn a_drawn_signature_is_a_figure_and_long_requests_flow_over_pages() {
    let mut p = sealed_payload(
        "Maija Meikäläinen",
        Signature::Drawn {
            strokes: vec![vec![(0, 500), (250, 100), (500, 900), (1000, 500)]],
        },
    );
    p.details
        .insert("misuse_how".into(), "Pitkä selitys. ".repeat(250));
    let key = SigningKey::from_slice(&[3u8; 32]).unwrap_or_else(|e| panic!("{e}"));
    crate::seal::seal(&mut p, &key).unwrap_or_else(|e| panic!("{e:?}"));
    let (_, bytes) = pdf_of(&p);
    let pdf = lopdf::Document::load_mem(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        pdf.get_pages().len() >= 2,
        "{} pages",
        pdf.get_pages().len()
    );
    let (ok, report) = run(&bytes, "long", "qpdf", &["--check"]);
    assert!(ok, "{report}");
    let (_, text) = run(&bytes, "long-text", "pdftotext", &["-enc", "UTF-8"]);
    let pages = pdf.get_pages().len();
    assert!(
        text.contains(&format!("{pages} / {pages}")),
        "the last page says it is the last"
    );
}

#[test]
fn a_question_is_never_parted_from_its_answer_at_a_page_break() {
    // Answers of growing length move every later question down line by line, so some
    // land at the foot of the first page.
    for words in (40..160).step_by(6) {
        let mut p = sealed_payload("Maija Meikäläinen", Signature::OnPaper);
        p.details
            .insert("misuse_how".into(), "Selitys jatkuu. ".repeat(words / 2));
        let (doc, bytes) = pdf_of(&p);
        let (_, text) = run(&bytes, "parted", "pdftotext", &["-enc", "UTF-8"]);
        let pages: Vec<String> = text.split('\u{c}').map(|t| t.replace('\n', " ")).collect();
        for block in &doc.blocks {
            if let Block::Answer { question, answer } = block {
                let start: String = answer.chars().take(10).collect();
                assert!(
                    pages
                        .iter()
                        .any(|t| t.contains(question.as_str()) && t.contains(start.trim())),
                    "{words} words: \"{question}\" is parted from its answer"
                );
            }
        }
    }
}

#[test]
fn make_works_from_the_texts_a_browser_has_and_explains_bad_ones() {
    let p = sealed_payload(
        "Maija Meikäläinen",
        Signature::Typed {
            name: "Maija Meikäläinen".into(),
        },
    );
    let json = serde_json::to_string(&p).unwrap_or_default();
    let forms = include_str!("../../../public/forms/default.json");
    let bytes = make(&json, forms, FONT, FontFile::Whole)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .unwrap_or_default();
    assert_eq!(
        crate::pdf::extract::request_json(&bytes).map(|j| j.contains("Maija")),
        Ok(true)
    );
    assert!(matches!(
        make("{}", forms, FONT, FontFile::Whole),
        Err(MakeError::Payload(_))
    ));
    assert!(matches!(
        make(&json, "{}", FONT, FontFile::Whole),
        Err(MakeError::Forms(_))
    ));
    assert!(matches!(
        make(&json, forms, b"not a font", FontFile::Whole),
        Err(MakeError::Pdf(_))
    ));
    // The citizen's words have no technical detail; the console's have it all.
    let error = MakeError::Forms("expected `,` at line 1 column 2".into());
    assert_eq!(
        error.message(crate::i18n::Lang::Sv),
        "PDF-filen kunde inte skapas. Din begäran finns kvar: du kan försöka igen eller spara begäran som JSON-fil."
    );
    assert_eq!(
        error.detail(),
        "the forms file: expected `,` at line 1 column 2"
    );
}

/// The verifier's side: finding the request in a PDF again and checking it.
mod subset;
mod verify;
