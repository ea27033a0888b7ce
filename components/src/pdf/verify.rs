//! What the registry office's verifier page tells about a dropped file: whether it holds a
//! request, whether the request is what was sealed, whether the seal was made with the key
//! it names, and whether the request keeps its contract; each as a line that says exactly
//! what does not match.

use super::extract::{request_json, ExtractError};
use crate::i18n::{Lang, Text};
use crate::request::payload::{Payload, PayloadError};
use crate::seal::{verify_json, SealError, Verified};

/// The findings about one file.
#[derive(Clone, Debug, PartialEq)]
pub struct Inspection {
    pub request: Result<(), ExtractError>,
    /// `None` when there was no request to check.
    pub seal: Option<Result<Verified, SealError>>,
    /// The contract check of a request whose seal holds.
    pub contract: Option<Result<(), PayloadError>>,
    /// The request, once its seal holds.
    pub payload: Option<Payload>,
}

/// How one check went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Passed,
    Failed,
    /// Not checked because an earlier check failed.
    Skipped,
}

/// One line of the verifier's report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub label: String,
    pub status: Status,
    /// What was found, or what does not match.
    pub detail: Option<String>,
}

/// Reads the request out of `file` (a PDF or a request JSON) and checks it.
pub fn inspect(file: &[u8]) -> Inspection {
    let text = match request_json(file) {
        Ok(text) => text,
        Err(e) => {
            return Inspection {
                request: Err(e),
                seal: None,
                contract: None,
                payload: None,
            }
        }
    };
    match verify_json(&text) {
        Ok((payload, verified)) => Inspection {
            request: Ok(()),
            seal: Some(Ok(verified)),
            contract: Some(payload.check()),
            payload: Some(payload),
        },
        Err(e) => Inspection {
            request: Ok(()),
            seal: Some(Err(e)),
            contract: None,
            payload: None,
        },
    }
}

impl Inspection {
    /// Whether every check passed.
    pub fn holds(&self) -> bool {
        matches!(self.seal, Some(Ok(_))) && matches!(self.contract, Some(Ok(())))
    }

    /// The report, line by line, in `lang`.
    pub fn checks(&self, lang: Lang) -> Vec<Check> {
        let t = |fi, sv, en| Text::new(fi, sv, en).get(lang).to_string();
        let line = |label: String, status, detail| Check {
            label,
            status,
            detail,
        };
        let skipped = |label: String| line(label, Status::Skipped, None);
        let mut checks = vec![match &self.request {
            Ok(()) => line(
                t(
                    "Tiedostossa on pyyntö",
                    "Filen innehåller en begäran",
                    "The file holds a request",
                ),
                Status::Passed,
                None,
            ),
            Err(e) => line(
                t(
                    "Tiedostossa on pyyntö",
                    "Filen innehåller en begäran",
                    "The file holds a request",
                ),
                Status::Failed,
                Some(e.message(lang)),
            ),
        }];
        let digest_label = t(
            "Pyyntö täsmää sinetin tiivisteeseen",
            "Begäran stämmer med förseglingens kontrollsumma",
            "The request matches the seal's digest",
        );
        let signature_label = t(
            "Sinetin allekirjoitus on tehty sinetin avaimella",
            "Förseglingens signatur är gjord med förseglingens nyckel",
            "The seal's signature was made with the seal's key",
        );
        let contract_label = t(
            "Pyyntö noudattaa tietosisällön kuvausta (seloste.request/1)",
            "Begäran följer beskrivningen av innehållet (seloste.request/1)",
            "The request keeps its contract (seloste.request/1)",
        );
        match &self.seal {
            None => {
                checks.push(skipped(digest_label));
                checks.push(skipped(signature_label));
            }
            Some(Ok(verified)) => {
                checks.push(line(
                    digest_label,
                    Status::Passed,
                    Some(verified.digest.clone()),
                ));
                let key = t(
                    "Avaimen sormenjälki:",
                    "Nyckelns fingeravtryck:",
                    "Key fingerprint:",
                );
                checks.push(line(
                    signature_label,
                    Status::Passed,
                    Some(format!("{key} {}", verified.thumbprint)),
                ));
            }
            Some(Err(e @ SealError::Signature)) => {
                checks.push(line(digest_label, Status::Passed, None));
                checks.push(line(signature_label, Status::Failed, Some(e.message(lang))));
            }
            // A changed request, a missing or malformed seal: the signature is not checked.
            Some(Err(e)) => {
                checks.push(line(digest_label, Status::Failed, Some(e.message(lang))));
                checks.push(skipped(signature_label));
            }
        }
        checks.push(match &self.contract {
            None => skipped(contract_label),
            Some(Ok(())) => line(contract_label, Status::Passed, None),
            Some(Err(e)) => line(
                contract_label,
                Status::Failed,
                Some(format!(
                    "{} {}",
                    t(
                        "Virheelliset kohdat:",
                        "Felaktiga delar:",
                        "Members that break it:"
                    ),
                    e.0.join(", ")
                )),
            ),
        });
        checks
    }
}
