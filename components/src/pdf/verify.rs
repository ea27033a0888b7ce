//! What the registry office's verifier page tells about a dropped file: whether it holds a
//! request, whether the request is what was sealed, whether the seal was made with the key
//! it names, and whether the request keeps its contract; each as a line that says exactly
//! what does not match.

use super::extract::{request_json, ExtractError};
use crate::i18n::{Lang, Text};
use crate::office::keys::{KeySet, PrivateKey};
use crate::office::receipt::ReceiptClaims;
use crate::office::{encrypted, receipt, OfficeError};
use crate::request::payload::{Payload, PayloadError};
use crate::seal::{verify_json, SealError, Verified};

/// The findings about one file.
#[derive(Clone, Debug, PartialEq)]
pub struct Inspection {
    /// Whether the file holds a request.
    pub request: Result<(), ExtractError>,
    /// `None` when there was no request to check.
    pub seal: Option<Result<Verified, SealError>>,
    /// The contract check of a request whose seal holds.
    pub contract: Option<Result<(), PayloadError>>,
    /// The request, once its seal holds.
    pub payload: Option<Payload>,
    /// For a request encrypted to the office: whether the office's key opened it.
    pub opened: Option<Result<(), OfficeError>>,
    /// For a receipt given with the request: what it says, when it holds for this request
    /// (`None` when no receipt was given, or no request whose seal holds to check it with).
    pub receipt: Option<Result<ReceiptClaims, OfficeError>>,
    /// Whether a receipt was given (not checked when the request's seal does not hold).
    pub receipt_given: bool,
}

/// What the office gives the verifier besides the file: its keys (private ones open
/// encrypted requests; public or private ones check receipts) and the receipt, if any.
#[derive(Clone, Debug, Default)]
pub struct Evidence {
    /// The office's private keys.
    pub private: Vec<PrivateKey>,
    /// The office's public keys.
    pub public: Option<KeySet>,
    /// The office's receipt of the request (a compact JWS).
    pub receipt: Option<String>,
}

impl Evidence {
    /// The office's key file: private keys (a private JWK or a set of them), or a public
    /// JWK set (for receipts only).
    pub fn with_keys(mut self, text: &str) -> Result<Evidence, OfficeError> {
        let private =
            crate::json::parse(text).is_ok_and(|tree| crate::office::keys::has_private_part(&tree));
        if private {
            self.private = PrivateKey::from_json(text)?;
            self.public = Some(crate::office::keys::public_set(&self.private));
        } else {
            self.public = Some(KeySet::from_json(text)?);
        }
        Ok(self)
    }
}

/// [`inspect`], with the office's keys and a receipt: an encrypted request (a `.jwe`
/// file) is opened first; a receipt is checked against the request whose seal holds.
pub fn inspect_with(file: &[u8], evidence: &Evidence) -> Inspection {
    let text = std::str::from_utf8(file).unwrap_or_default();
    let (mut inspection, opened) = if encrypted::is_compact_jwe(text) {
        match encrypted::open(text, &evidence.private) {
            Ok(plain) => (inspect(&plain), Some(Ok(()))),
            Err(e) => (Inspection::unread(ExtractError::Encrypted), Some(Err(e))),
        }
    } else {
        (inspect(file), None)
    };
    inspection.opened = opened;
    inspection.receipt_given = evidence.receipt.is_some();
    inspection.receipt = match (&evidence.receipt, &inspection.payload, &inspection.seal) {
        (Some(jws), Some(payload), Some(Ok(verified))) => Some(match &evidence.public {
            Some(keys) => receipt::verify(jws, keys, &payload.id, &verified.digest),
            None => Err(OfficeError::NoKey(crate::office::keys::KeyUse::Signing)),
        }),
        _ => None,
    };
    inspection
}

/// How one check went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The check passed.
    Passed,
    /// The check failed.
    Failed,
    /// Not checked because an earlier check failed.
    Skipped,
}

/// One line of the verifier's report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// What was checked, in the reader's language.
    pub label: String,
    /// How it went.
    pub status: Status,
    /// What was found, or what does not match.
    pub detail: Option<String>,
}

/// Reads the request out of `file` (a PDF or a request JSON) and checks it.
pub fn inspect(file: &[u8]) -> Inspection {
    let text = match request_json(file) {
        Ok(text) => text,
        Err(e) => return Inspection::unread(e),
    };
    match verify_json(&text) {
        Ok((payload, verified)) => Inspection {
            request: Ok(()),
            seal: Some(Ok(verified)),
            contract: Some(payload.check()),
            payload: Some(payload),
            opened: None,
            receipt: None,
            receipt_given: false,
        },
        Err(e) => Inspection {
            request: Ok(()),
            seal: Some(Err(e)),
            contract: None,
            payload: None,
            opened: None,
            receipt: None,
            receipt_given: false,
        },
    }
}

impl Inspection {
    /// The findings about a file that holds no request that could be read.
    fn unread(why: ExtractError) -> Inspection {
        Inspection {
            request: Err(why),
            seal: None,
            contract: None,
            payload: None,
            opened: None,
            receipt: None,
            receipt_given: false,
        }
    }

    /// Whether every check passed.
    pub fn holds(&self) -> bool {
        (self.receipt.is_some() || !self.receipt_given)
            && matches!(self.seal, Some(Ok(_)))
            && matches!(self.contract, Some(Ok(())))
            && !matches!(self.opened, Some(Err(_)))
            && !matches!(self.receipt, Some(Err(_)))
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
        let mut checks = Vec::new();
        if let Some(opened) = &self.opened {
            let label = t(
                "Salattu pyyntö avautui kirjaamon avaimella",
                "Den krypterade begäran öppnades med registratorskontorets nyckel",
                "The encrypted request opened with the registry office's key",
            );
            checks.push(match opened {
                Ok(()) => line(label, Status::Passed, None),
                Err(e) => line(label, Status::Failed, Some(e.message(lang))),
            });
        }
        checks.push(match &self.request {
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
        });
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
        let receipt_label = t(
            "Kuitti on allekirjoitettu kirjaamon avaimella ja koskee tätä pyyntöä",
            "Kvittot är signerat med registratorskontorets nyckel och gäller den här begäran",
            "The receipt is signed with the registry office's key and is for this request",
        );
        if self.receipt.is_none() && self.receipt_given {
            checks.push(skipped(receipt_label));
        } else if let Some(receipt) = &self.receipt {
            let label = receipt_label;
            checks.push(match receipt {
                Ok(claims) => {
                    let received = t("Vastaanotettu:", "Mottagen:", "Received:");
                    let case = claims
                        .case_reference
                        .as_deref()
                        .map_or(String::new(), |c| format!(", {c}"));
                    line(
                        label,
                        Status::Passed,
                        Some(format!("{received} {}{case}", claims.received_at)),
                    )
                }
                Err(e) => line(label, Status::Failed, Some(e.message(lang))),
            });
        }
        checks
    }
}
