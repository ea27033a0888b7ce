//! A blank notice to start from in the studio: one section for each topic GDPR Art. 13
//! asks a notice to tell, headed with the topic's name in the notice's language and with
//! no text yet.

use super::{Controller, Notice, RequestSettings, Section, SectionKind};
use crate::i18n::{Lang, Text};
use std::collections::BTreeMap;

/// The sections of a blank notice, in reading order: who, what and why, where the data
/// go, how long, the rights.
pub const BLANK_SECTIONS: [SectionKind; 19] = [
    SectionKind::Controller,
    SectionKind::Dpo,
    SectionKind::Purpose,
    SectionKind::LegalBasis,
    SectionKind::DataContent,
    SectionKind::DataSources,
    SectionKind::Recipients,
    SectionKind::Transfers,
    SectionKind::Retention,
    SectionKind::AutomatedDecisions,
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

/// A notice's title when the editor has given none.
pub const NOTICE_TITLE: Text = Text::new(
    "Tietosuojaseloste",
    "Dataskyddsbeskrivning",
    "Privacy notice",
);

impl Notice {
    /// A blank notice `id` in `lang`: titled, with every section of [`BLANK_SECTIONS`] and
    /// nothing else filled in (the GDPR check then lists what is still to write).
    pub fn blank(id: &str, lang: Lang) -> Notice {
        Notice {
            id: id.to_string(),
            lang,
            title: NOTICE_TITLE.get(lang).to_string(),
            register_name: String::new(),
            controller: Controller::default(),
            updated: None,
            change_note: None,
            translations: BTreeMap::new(),
            sections: BLANK_SECTIONS
                .iter()
                .map(|kind| Section {
                    kind: *kind,
                    also: Vec::new(),
                    heading: kind.title().get(lang).to_string(),
                    body: String::new(),
                })
                .collect(),
            requests: RequestSettings::default(),
        }
    }
}
