//! The privacy notice (tietosuojaseloste): its model and JSON file format.
//!
//! A notice is metadata plus a list of [`Section`]s. Each section has a primary
//! [`SectionKind`], possibly further kinds its heading also covers, the author's heading,
//! and a body of rich text kept as allow-listed HTML (see [`rich`]).
//!
//! ```
//! use seloste::notice::{check, Notice};
//! use seloste::Lang;
//!
//! let notice = Notice::from_json(r#"{
//!     "id": "asiakasrekisteri", "lang": "fi", "title": "Tietosuojaseloste",
//!     "register_name": "Asiakasrekisteri", "controller": {"name": "Esimerkkikunta"},
//!     "sections": [{"kind": "purpose", "heading": "Käsittelyn tarkoitus", "body": "<p>Asiakkuuden hoito.</p>"}]
//! }"#).expect("a valid notice");
//! assert_eq!(notice.lang, Lang::Fi);
//!
//! // What GDPR Articles 13 and 14 ask for that the notice does not say, article by article.
//! let findings = check(&notice);
//! assert!(!findings.is_empty());
//! println!("{}", findings[0].message(Lang::En));
//! ```

mod blank;
mod check;
mod classify;
pub mod corpus;
pub mod docx;
pub mod edit;
pub mod file;
mod import;
pub mod index;
mod kind_title;
pub mod laws;
pub mod markup;
pub mod odt;
pub mod pdf_text;
pub mod publish;
pub(crate) mod read;
pub mod render;
pub mod rich;
#[cfg(test)]
pub(crate) mod test_files;
#[cfg(test)]
pub(crate) mod test_seeds;
pub mod translation;
pub mod versions;

pub use blank::{BLANK_SECTIONS, NOTICE_TITLE};
pub use check::{check, Finding, Requirement};
pub use classify::classify_heading;
pub use import::{import, ImportedNotice};
pub use laws::{repealed_laws, RepealedLaw};

use crate::i18n::Lang;
use crate::request::RequestKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

crate::closed_set::closed_set! {
    /// What a section of a notice is about (GDPR Art. 13/14 and Finnish practice).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum SectionKind {
        /// Who the controller is.
        Controller = "controller",
        /// The person responsible for the register.
        ResponsiblePerson = "responsible_person",
        /// Whom to contact about the register.
        ContactPerson = "contact_person",
        /// The data protection officer.
        Dpo = "dpo",
        /// The register's name.
        RegisterName = "register_name",
        /// The purposes of the processing.
        Purpose = "purpose",
        /// Its legal basis.
        LegalBasis = "legal_basis",
        /// What data the register holds.
        DataContent = "data_content",
        /// Where the data come from.
        DataSources = "data_sources",
        /// To whom data are disclosed.
        Recipients = "recipients",
        /// Transfers outside the EU and EEA.
        Transfers = "transfers",
        /// How long data are kept.
        Retention = "retention",
        /// How the data are protected.
        Security = "security",
        /// Automated decisions and profiling.
        AutomatedDecisions = "automated_decisions",
        /// The data subject's rights in general.
        Rights = "rights",
        /// The right of access.
        Access = "access",
        /// The right to rectification.
        Rectification = "rectification",
        /// The right to erasure.
        Erasure = "erasure",
        /// The right to restriction of processing.
        Restriction = "restriction",
        /// The right to object.
        Objection = "objection",
        /// The right to data portability.
        Portability = "portability",
        /// The right to withdraw consent.
        ConsentWithdrawal = "consent_withdrawal",
        /// The right to complain to the supervisory authority.
        Complaint = "complaint",
        /// The information systems used.
        Systems = "systems",
        /// How data subjects are informed.
        Informing = "informing",
        /// When the notice was updated.
        UpdatedDate = "updated_date",
        /// Anything else.
        Other = "other",
    }
}

impl SectionKind {
    /// The kinds that describe the data subject's rights.
    pub const RIGHTS: [SectionKind; 9] = [
        SectionKind::Rights,
        SectionKind::Access,
        SectionKind::Rectification,
        SectionKind::Erasure,
        SectionKind::Restriction,
        SectionKind::Objection,
        SectionKind::Portability,
        SectionKind::ConsentWithdrawal,
        SectionKind::Complaint,
    ];
}

/// Who decides on the processing, and how to reach them.
/// Also a part of the request payload, which serde reads (`deny_unknown_fields` there, as
/// `read::controller` is strict in notices).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    /// The controller's name.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Its postal address.
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Its phone number.
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Its e-mail address.
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Its business ID (Y-tunnus).
    pub business_id: Option<String>,
}

/// One part of a notice under one heading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The primary kind: the first topic the heading names.
    pub kind: SectionKind,
    /// Further kinds the same heading covers (e.g. legal basis after purpose).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<SectionKind>,
    /// The heading as the author wrote it.
    pub heading: String,
    /// Allow-listed HTML: paragraphs, line breaks, lists, emphasis, links.
    pub body: String,
}

impl Section {
    /// All kinds the section covers, primary first.
    pub fn kinds(&self) -> impl Iterator<Item = SectionKind> + '_ {
        std::iter::once(self.kind).chain(self.also.iter().copied())
    }
}

crate::closed_set::closed_set! {
    /// How requests about this register are identified.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub enum Identification {
        /// A request signed in one's own hand (on paper or a printed PDF).
        #[default]
        HandwrittenSignature = "handwritten_signature",
        /// Strong electronic identification (Suomi.fi) by the host page.
        StrongElectronic = "strong_electronic",
        /// Identity checked when the answer is handed over.
        AtDelivery = "at_delivery",
    }
}

/// Which requests a register accepts and where they go.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RequestSettings {
    /// Request kinds this register accepts; each gets a button under "your rights".
    pub kinds: Vec<RequestKind>,
    /// Where submitted requests are posted; `None` means PDF or mail only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// How they are posted: `json` (default with an endpoint), `form`, `multipart`,
    /// `mailto` or `pdf` ([`crate::submit::encode::Adapter`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adapter: Option<String>,
    /// The address of the `mailto` adapter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailto: Option<String>,
    /// The registry office's secure channel for requests (a secure e-mail or e-service
    /// address, https): the mail path points to it, as ordinary e-mail is not encrypted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secure_channel: Option<String>,
    /// The registry office's public keys (a JWK set, or the https address of one): with an
    /// `enc` key, requests leave the form only encrypted to the office; with a `sig` key,
    /// the backend's signed receipts are checked ([`crate::office`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keys: Option<crate::office::keys::OfficeKeys>,
    /// Another controller's registry office that handles requests for this register.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub handled_by: Option<Controller>,
    /// How requesters are identified.
    pub identification: Identification,
    /// The forms file with this register's request forms, relative to the site
    /// (default [`DEFAULT_FORMS`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forms: Option<String>,
    /// How many days a request that could not be sent yet is kept on the citizen's device
    /// before it is removed unsent (1 to 365; default
    /// [`crate::submit::outbox::DEFAULT_OUTBOX_DAYS`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outbox_days: Option<u16>,
}

/// The forms file used when a notice names none.
pub const DEFAULT_FORMS: &str = "forms/default.json";

impl RequestSettings {
    /// The address of the forms file for this register's requests.
    pub fn forms_url(&self) -> &str {
        self.forms.as_deref().unwrap_or(DEFAULT_FORMS)
    }
}

/// A privacy notice, as stored in `public/notices/*.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// Stable id: the notice's name in addresses, drafts and payloads.
    pub id: String,
    /// The notice's language.
    pub lang: Lang,
    /// Its title.
    pub title: String,
    /// The register's name.
    pub register_name: String,
    /// The controller of the register.
    pub controller: Controller,
    /// Date of the latest update, ISO 8601 (`2018-06-04`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// What changed in the latest update, in a sentence or two, in the notice's language:
    /// shown with the updated date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change_note: Option<String>,
    /// Where this notice is available in other languages (language → notice URL).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<Lang, String>,
    /// Its sections, in the order written.
    pub sections: Vec<Section>,
    /// How its register takes requests.
    pub requests: RequestSettings,
}

/// Why a notice file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeError(pub String);

impl Notice {
    /// Where its translation into `lang` is (`translations`: a path relative to this
    /// notice's own address); `None` in its own language or when it has none.
    pub fn translation(&self, lang: Lang) -> Option<&str> {
        (lang != self.lang)
            .then(|| self.translations.get(&lang).map(String::as_str))
            .flatten()
    }

    /// Reads a notice from its JSON file format (the rules are in `notice/read.rs`).
    pub fn from_json(json: &str) -> Result<Notice, NoticeError> {
        crate::json::parse(json)
            .and_then(|doc| read::notice(&doc))
            .map_err(|e| NoticeError(e.to_string()))
    }

    /// Sections in a fixed reading order: by their primary kind in [`SectionKind::ALL`]
    /// order (who, what and why, where data goes, how long, rights), stable for equal kinds.
    /// A section of kind `other` stays right after the section it followed, and text before
    /// the first heading stays first.
    pub fn reading_order(&self) -> Vec<&Section> {
        // One bucket per kind, filled in document order: stable without a sort.
        let mut buckets: Vec<Vec<&Section>> = vec![Vec::new(); SectionKind::ALL.len()];
        let mut rank = 0;
        for s in &self.sections {
            if s.kind != SectionKind::Other {
                rank = SectionKind::ALL
                    .iter()
                    .position(|k| *k == s.kind)
                    .unwrap_or(rank);
            }
            buckets[rank].push(s);
        }
        buckets.into_iter().flatten().collect()
    }

    /// The updated date in the notice's own reading form (`4.6.2018`), if it is a valid ISO date.
    pub fn updated_display(&self) -> Option<String> {
        let date = crate::date::Date::from_iso(self.updated.as_deref()?)?;
        Some(match self.lang {
            Lang::En => format!(
                "{} {} {}",
                date.day(),
                MONTHS_EN.get(usize::from(date.month()) - 1)?,
                date.year()
            ),
            Lang::Fi | Lang::Sv => date.finnish(),
        })
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod tests;
