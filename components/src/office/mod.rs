//! The registry office's keys, and what they make: requests encrypted to the office and
//! receipts the office signs (issue 18; README, "Encrypted requests and signed receipts").
//!
//! - [`keys`]: the office's public keys as a notice names them (`requests.keys`, a JWK set
//!   of RFC 7517), and the office's private keys as the receiver and the verifier read them.
//! - [`encrypted`]: a request encrypted to the office, a compact JWE (RFC 7516) with
//!   `ECDH-ES+A256KW` and `A256GCM` on P-256 (RFC 7518 §4.6, §5.3). The browser makes it
//!   with WebCrypto (`web/later/webcrypto.js`); this module opens it (the verifier page, the
//!   command-line tool, the receiver) and makes one for tests.
//! - [`receipt`]: the office's signed receipt, a compact JWS (RFC 7515) with `ES256` over
//!   the request's id, its seal's digest, the time received and the office's case reference.
//!
//! Why these algorithms: P-256 is the only curve WebCrypto offers in every browser for both
//! ECDH and ECDSA, so the citizen's side needs no cryptographic code of its own; A256GCM is
//! authenticated, so any change to the ciphertext is refused; the key wrap (`+A256KW`) keeps
//! the content key random (from the browser's CSPRNG) rather than derived, and leaves room
//! for a second recipient (a new key beside an old one) without encrypting the request
//! twice. Every general JOSE library implements all of them (tests: npm `jose`).
//!
//! *Architecture invariant:* nothing here is in a citizen's first load; the form's later
//! chunk calls WebCrypto through `webcrypto.js` and only reads key sets and receipts' claims.
//!
//! ```
//! use seloste::office::encrypted::{open, seal_to, Fresh};
//! use seloste::office::keys::{public_set, KeyUse, PrivateKey};
//!
//! // The office's key (in a real office from a CSPRNG: `seloste-receiver keys --out`), and
//! // the public set its notices publish in `requests.keys`.
//! let keys = [PrivateKey::from_bytes(&[7; 32], KeyUse::Encryption).expect("a P-256 scalar")];
//! let published = public_set(&keys);
//! let key = published.for_use(KeyUse::Encryption)?;
//!
//! // What the browser does with WebCrypto (here with fixed "random" values, for the example).
//! let fresh = Fresh { ephemeral: [9; 32], content_key: [3; 32], iv: [1; 12] };
//! let jwe = seal_to(br#"{"schema":"seloste.request/1"}"#, key, &fresh)?;
//!
//! // What the office does.
//! assert_eq!(open(&jwe, &keys)?, br#"{"schema":"seloste.request/1"}"#);
//! # Ok::<(), seloste::office::OfficeError>(())
//! ```

pub mod encrypted;
pub mod keys;
pub mod receipt;

use crate::i18n::{Lang, Text};

/// Words shared by staff's messages and the citizen's ([`OfficeError::for_citizen`]).
const OTHER_REQUEST: Text = Text::new(
    "Kuitti koskee toista pyyntöä.",
    "Kvittot gäller en annan begäran.",
    "The receipt is for another request.",
);
const NOT_A_RECEIPT: Text = Text::new(
    "Kuitti ei ole kirjaamon allekirjoittama kuitti.",
    "Kvittot är inte ett kvitto signerat av registratorskontoret.",
    "The receipt is not a receipt signed by the registry office.",
);

/// Why a key set, an encrypted request or a receipt is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfficeError {
    /// The key set is not a JWK set of P-256 public keys: what is wrong with it.
    KeySet(String),
    /// The private key file is not a P-256 private JWK: what is wrong with it.
    PrivateKey(String),
    /// The key set has no key for this use.
    NoKey(keys::KeyUse),
    /// The key id named is in none of the keys given.
    UnknownKey(String),
    /// The text is not a compact JWE.
    NotEncrypted,
    /// The JWE or JWS names algorithms this product does not use.
    Algorithm(String),
    /// The key does not open it: the encrypted request was changed, or was encrypted to
    /// another key.
    Undecryptable,
    /// The receipt is not a compact JWS with the members of a receipt.
    ReceiptMalformed(String),
    /// The receipt's signature was not made by the office's key over this receipt.
    ReceiptSignature,
    /// The receipt is for another request (its id or its seal's digest differs).
    ReceiptOtherRequest,
}

impl OfficeError {
    /// What went wrong, in the reader's language. The technical detail a staff member
    /// needs is in the words; the form shows citizens [`OfficeError::for_citizen`] instead.
    pub fn message(&self, lang: Lang) -> String {
        let t = |fi, sv, en| Text::new(fi, sv, en).get(lang).to_string();
        let with = |text: String, detail: &str| format!("{text} ({detail})");
        match self {
            OfficeError::KeySet(why) => with(
                t("Kirjaamon avainjoukko ei kelpaa.", "Registratorskontorets nyckeluppsättning duger inte.", "The registry office's key set is not valid."),
                why,
            ),
            OfficeError::PrivateKey(why) => with(
                t("Yksityisen avaimen tiedosto ei kelpaa.", "Filen med den privata nyckeln duger inte.", "The private key file is not valid."),
                why,
            ),
            OfficeError::NoKey(keys::KeyUse::Encryption) => t(
                "Kirjaamon avainjoukossa ei ole salausavainta.",
                "Registratorskontorets nyckeluppsättning har ingen krypteringsnyckel.",
                "The registry office's key set has no encryption key.",
            ),
            OfficeError::NoKey(keys::KeyUse::Signing) => t(
                "Kirjaamon avainjoukossa ei ole kuittien allekirjoitusavainta.",
                "Registratorskontorets nyckeluppsättning har ingen nyckel för att signera kvitton.",
                "The registry office's key set has no key for signing receipts.",
            ),
            OfficeError::UnknownKey(kid) => with(
                t("Avainta, jota tiedosto nimeää, ei ole annettujen avainten joukossa.", "Nyckeln som filen anger finns inte bland de givna nycklarna.", "The key the file names is not among the keys given."),
                kid,
            ),
            OfficeError::NotEncrypted => t(
                "Tiedosto ei ole salattu pyyntö (JWE).",
                "Filen är inte en krypterad begäran (JWE).",
                "The file is not an encrypted request (JWE).",
            ),
            OfficeError::Algorithm(found) => with(
                t("Tiedoston salaus- tai allekirjoitusmenetelmää ei tueta.", "Filens krypterings- eller signaturmetod stöds inte.", "The file's encryption or signature method is not supported."),
                found,
            ),
            OfficeError::Undecryptable => t(
                "Salattua pyyntöä ei voitu avata tällä avaimella: sitä on muutettu, tai se on salattu toiselle avaimelle.",
                "Den krypterade begäran kunde inte öppnas med den här nyckeln: den har ändrats, eller den är krypterad till en annan nyckel.",
                "The encrypted request could not be opened with this key: it was changed, or it was encrypted to another key.",
            ),
            OfficeError::ReceiptMalformed(why) => with(NOT_A_RECEIPT.get(lang).to_string(), why),
            OfficeError::ReceiptSignature => t(
                "Kuitin allekirjoitus ei täsmää kirjaamon avaimeen: kuittia on muutettu, tai sen on allekirjoittanut joku muu.",
                "Kvittots signatur stämmer inte med registratorskontorets nyckel: kvittot har ändrats, eller någon annan har signerat det.",
                "The receipt's signature does not match the registry office's key: the receipt was changed, or someone else signed it.",
            ),
            OfficeError::ReceiptOtherRequest => OTHER_REQUEST.get(lang).to_string(),
        }
    }

    /// What a citizen is told about a receipt that does not check out: why, in plain
    /// words, without the technical detail (that goes to the console).
    pub fn for_citizen(&self, lang: Lang) -> String {
        let t = |fi, sv, en| Text::new(fi, sv, en).get(lang).to_string();
        match self {
            OfficeError::ReceiptOtherRequest => OTHER_REQUEST.get(lang).to_string(),
            OfficeError::ReceiptSignature => t(
                "Kuitin allekirjoitus ei täsmää kirjaamon avaimeen.",
                "Kvittots signatur stämmer inte med registratorskontorets nyckel.",
                "The receipt's signature does not match the registry office's key.",
            ),
            OfficeError::NoKey(_) | OfficeError::UnknownKey(_) => t(
                "Kuittia ei ole allekirjoitettu kirjaamon ilmoittamalla avaimella.",
                "Kvittot är inte signerat med den nyckel som registratorskontoret har angett.",
                "The receipt is not signed with a key the registry office has published.",
            ),
            _ => NOT_A_RECEIPT.get(lang).to_string(),
        }
    }
}

impl std::fmt::Display for OfficeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests;
