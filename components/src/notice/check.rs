//! Completeness check of a notice against GDPR Art. 13 (and Art. 14 where data comes from
//! elsewhere): what a notice must tell, and whether this one does.
//!
//! A requirement is met by a section of the right kind, or by the topic being named in the
//! text (old notices often cover several topics under one heading). Each finding cites its
//! article and reads in Finnish, Swedish or English.

use super::{rich, Notice, SectionKind};
use crate::i18n::{Lang, Text};

/// Something the GDPR requires a notice to tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Requirement {
    /// Who the controller is (Art. 13(1)(a)).
    ControllerIdentity,
    /// How to contact the controller (Art. 13(1)(a)).
    ControllerContact,
    /// How to contact the data protection officer (Art. 13(1)(b)).
    DpoContact,
    /// The purposes of the processing (Art. 13(1)(c)).
    Purposes,
    /// Its legal basis (Art. 13(1)(c)).
    LegalBasis,
    /// The recipients of the data (Art. 13(1)(e)).
    Recipients,
    /// Transfers outside the EU and EEA (Art. 13(1)(f)).
    Transfers,
    /// How long the data are kept (Art. 13(2)(a)).
    Retention,
    /// The right of access (Art. 13(2)(b), 15).
    RightOfAccess,
    /// The right to rectification (Art. 13(2)(b), 16).
    RightToRectification,
    /// The right to erasure (Art. 13(2)(b), 17).
    RightToErasure,
    /// The right to restriction of processing (Art. 13(2)(b), 18).
    RightToRestriction,
    /// The right to object (Art. 13(2)(b), 21).
    RightToObject,
    /// The right to data portability (Art. 13(2)(b), 20).
    RightToPortability,
    /// The right to withdraw consent, where processing rests on it (Art. 13(2)(c)).
    ConsentWithdrawal,
    /// The right to lodge a complaint with a supervisory authority (Art. 13(2)(d)).
    Complaint,
    /// Automated decision-making, profiling included (Art. 13(2)(f)).
    AutomatedDecisions,
    /// Where the data come from, when not from the person (Art. 14(2)(f)).
    Sources,
}

/// A requirement the notice does not meet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The requirement not met.
    pub requirement: Requirement,
}

impl Finding {
    /// What is missing, with the article, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        format!(
            "{} ({})",
            self.requirement.text().get(lang),
            self.requirement.citation(lang)
        )
    }
}

impl Requirement {
    /// Every requirement the check looks at, in the order of Art. 13 (and 14(2)(f)).
    pub const ALL: [Requirement; 18] = {
        use Requirement::*;
        [
            ControllerIdentity,
            ControllerContact,
            DpoContact,
            Purposes,
            LegalBasis,
            Recipients,
            Transfers,
            Retention,
            RightOfAccess,
            RightToRectification,
            RightToErasure,
            RightToRestriction,
            RightToObject,
            RightToPortability,
            ConsentWithdrawal,
            Complaint,
            AutomatedDecisions,
            Sources,
        ]
    };

    /// The points the check looks at, as the section kinds that tell them, each once.
    pub fn points_checked() -> Vec<SectionKind> {
        let mut kinds: Vec<SectionKind> = Vec::new();
        for r in Self::ALL {
            if !kinds.contains(&r.section_kind()) {
                kinds.push(r.section_kind());
            }
        }
        kinds
    }

    /// The kind of section that tells it (the controller's own details are its members,
    /// and also its section's).
    pub fn section_kind(self) -> SectionKind {
        use Requirement::*;
        match self {
            ControllerIdentity | ControllerContact => SectionKind::Controller,
            DpoContact => SectionKind::Dpo,
            Purposes => SectionKind::Purpose,
            LegalBasis => SectionKind::LegalBasis,
            Recipients => SectionKind::Recipients,
            Transfers => SectionKind::Transfers,
            Retention => SectionKind::Retention,
            RightOfAccess => SectionKind::Access,
            RightToRectification => SectionKind::Rectification,
            RightToErasure => SectionKind::Erasure,
            RightToRestriction => SectionKind::Restriction,
            RightToObject => SectionKind::Objection,
            RightToPortability => SectionKind::Portability,
            ConsentWithdrawal => SectionKind::ConsentWithdrawal,
            Complaint => SectionKind::Complaint,
            AutomatedDecisions => SectionKind::AutomatedDecisions,
            Sources => SectionKind::DataSources,
        }
    }

    /// The article, paragraph and point that require it.
    pub fn article(self) -> (u8, u8, char) {
        use Requirement::*;
        match self {
            ControllerIdentity | ControllerContact => (13, 1, 'a'),
            DpoContact => (13, 1, 'b'),
            Purposes | LegalBasis => (13, 1, 'c'),
            Recipients => (13, 1, 'e'),
            Transfers => (13, 1, 'f'),
            Retention => (13, 2, 'a'),
            RightOfAccess | RightToRectification | RightToErasure | RightToRestriction
            | RightToObject | RightToPortability => (13, 2, 'b'),
            ConsentWithdrawal => (13, 2, 'c'),
            Complaint => (13, 2, 'd'),
            AutomatedDecisions => (13, 2, 'f'),
            Sources => (14, 2, 'f'),
        }
    }

    /// Its citation as each language's legal texts write it: "tietosuoja-asetuksen 13
    /// artiklan 1 kohdan a alakohta", "artikel 13.1 a i dataskyddsförordningen", "GDPR
    /// Article 13(1)(a)".
    pub fn citation(self, lang: Lang) -> String {
        let (article, paragraph, point) = self.article();
        match lang {
            Lang::Fi => format!(
                "tietosuoja-asetuksen {article} artiklan {paragraph} kohdan {point} alakohta"
            ),
            Lang::Sv => format!("artikel {article}.{paragraph} {point} i dataskyddsförordningen"),
            Lang::En => format!("GDPR Article {article}({paragraph})({point})"),
        }
    }

    /// What is missing, in words for the notice's author.
    pub fn text(self) -> Text {
        use Requirement::*;
        match self {
            ControllerIdentity => Text::new("Rekisterinpitäjän nimi puuttuu.", "Den personuppgiftsansvariges namn saknas.", "The controller's name is missing."),
            ControllerContact => Text::new(
                "Rekisterinpitäjän yhteystiedot (osoite, puhelin tai sähköposti) puuttuvat.",
                "Den personuppgiftsansvariges kontaktuppgifter (adress, telefon eller e-post) saknas.",
                "The controller's contact details (address, phone or email) are missing.",
            ),
            DpoContact => Text::new(
                "Tietosuojavastaavan yhteystiedot puuttuvat.",
                "Dataskyddsombudets kontaktuppgifter saknas.",
                "The data protection officer's contact details are missing.",
            ),
            Purposes => Text::new("Käsittelyn tarkoitukset puuttuvat.", "Ändamålen med behandlingen saknas.", "The purposes of the processing are missing."),
            LegalBasis => Text::new(
                "Käsittelyn oikeusperustetta ei kerrota.",
                "Den rättsliga grunden för behandlingen anges inte.",
                "The legal basis of the processing is not given.",
            ),
            Recipients => Text::new(
                "Tietojen vastaanottajia tai luovutuksia ei kerrota.",
                "Mottagare av uppgifterna anges inte.",
                "The recipients of the data are not given.",
            ),
            Transfers => Text::new(
                "Ei kerrota, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle.",
                "Det anges inte om uppgifter överförs utanför EU eller EES.",
                "It does not say whether data is transferred outside the EU/EEA.",
            ),
            Retention => Text::new("Säilytysaikaa tai sen perusteita ei kerrota.", "Lagringstiden eller grunderna för den anges inte.", "The retention period or its criteria are not given."),
            RightOfAccess => Text::new("Oikeutta saada pääsy tietoihin ei kerrota.", "Rätten till tillgång anges inte.", "The right of access is not described."),
            RightToRectification => Text::new("Oikeutta tietojen korjaamiseen ei kerrota.", "Rätten till rättelse anges inte.", "The right to rectification is not described."),
            RightToErasure => Text::new("Oikeutta tietojen poistamiseen ei kerrota.", "Rätten till radering anges inte.", "The right to erasure is not described."),
            RightToRestriction => Text::new(
                "Oikeutta käsittelyn rajoittamiseen ei kerrota.",
                "Rätten till begränsning av behandling anges inte.",
                "The right to restriction of processing is not described.",
            ),
            RightToObject => Text::new("Oikeutta vastustaa käsittelyä ei kerrota.", "Rätten att göra invändningar anges inte.", "The right to object is not described."),
            RightToPortability => Text::new(
                "Oikeutta siirtää tiedot järjestelmästä toiseen ei kerrota.",
                "Rätten till dataportabilitet anges inte.",
                "The right to data portability is not described.",
            ),
            ConsentWithdrawal => Text::new(
                "Käsittely perustuu suostumukseen, mutta oikeutta peruuttaa suostumus ei kerrota.",
                "Behandlingen grundar sig på samtycke, men rätten att återkalla det anges inte.",
                "Processing is based on consent, but the right to withdraw it is not described.",
            ),
            Complaint => Text::new(
                "Oikeutta tehdä valitus valvontaviranomaiselle (Tietosuojavaltuutetun toimisto) ei kerrota.",
                "Rätten att lämna in klagomål till tillsynsmyndigheten (dataombudsmannens byrå) anges inte.",
                "The right to lodge a complaint with the supervisory authority (Office of the Data Protection Ombudsman) is not described.",
            ),
            AutomatedDecisions => Text::new(
                "Ei kerrota, tehdäänkö automatisoituja päätöksiä tai profilointia.",
                "Det anges inte om automatiserat beslutsfattande eller profilering förekommer.",
                "It does not say whether automated decisions or profiling take place.",
            ),
            Sources => Text::new(
                "Tietolähteitä ei kerrota. Jos tietoja saadaan muualta kuin rekisteröidyltä itseltään, lähteet on kerrottava.",
                "Uppgiftskällorna anges inte. Om uppgifter fås från andra än den registrerade själv ska källorna anges.",
                "The sources of the data are not given. If data is obtained from anyone other than the data subject, its sources must be given.",
            ),
        }
    }
}

/// Words that show a topic is covered in the text, in fi / sv / en (lowercase stems).
fn mentioned(text: &str, stems: &[&str]) -> bool {
    stems.iter().any(|s| text.contains(s))
}

fn has_contact(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    text.contains('@') || digits >= 5
}

/// The requirements `notice` does not meet, in the order of Art. 13. A section with no
/// text, or that the studio added as a draft ([`super::edit::is_draft`]), tells nothing
/// yet: it meets none (a blank notice's headings are not its content).
pub fn check(notice: &Notice) -> Vec<Finding> {
    use Requirement::*;
    let written: Vec<&super::Section> = notice
        .sections
        .iter()
        .filter(|s| {
            !super::edit::is_draft(s) && !rich::plain_text(&rich::parse(&s.body)).trim().is_empty()
        })
        .collect();
    // Each section's heading and plain text, lowercased, once.
    let texts: Vec<(&super::Section, String)> = written
        .iter()
        .copied()
        .map(|s| {
            (
                s,
                format!("{}\n{}", s.heading, rich::plain_text(&rich::parse(&s.body)))
                    .to_lowercase(),
            )
        })
        .collect();
    let text_of = |kinds: &[SectionKind]| -> String {
        texts
            .iter()
            .filter(|(s, _)| s.kinds().any(|k| kinds.contains(&k)))
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let has = |kind: SectionKind| written.iter().any(|s| s.kinds().any(|k| k == kind));
    let all = text_of(&SectionKind::ALL);
    let rights = text_of(&SectionKind::RIGHTS);
    let controller = format!(
        "{} {} {} {}",
        text_of(&[SectionKind::Controller]),
        notice.controller.address.as_deref().unwrap_or(""),
        notice.controller.phone.as_deref().unwrap_or(""),
        notice.controller.email.as_deref().unwrap_or("")
    );
    let basis = text_of(&[SectionKind::LegalBasis, SectionKind::Purpose]);
    let consent_based = mentioned(&basis, &["suostumu", "samtycke", "consent"]);
    // Lines anywhere in the notice that name the DPO (each line once).
    let dpo_lines: String = all
        .lines()
        .filter(|l| {
            mentioned(
                l,
                &[
                    "tietosuojavastaava",
                    "dataskyddsombud",
                    "data protection officer",
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" ");

    let checks: Vec<(Requirement, bool)> = vec![
        (
            ControllerIdentity,
            !notice.controller.name.trim().is_empty() || has(SectionKind::Controller),
        ),
        (ControllerContact, has_contact(&controller)),
        (
            DpoContact,
            (has(SectionKind::Dpo) && has_contact(&text_of(&[SectionKind::Dpo])))
                || has_contact(&dpo_lines),
        ),
        (Purposes, has(SectionKind::Purpose)),
        (
            LegalBasis,
            has(SectionKind::LegalBasis)
                || mentioned(
                    &basis,
                    &[
                        "oikeusperuste",
                        "peruste",
                        "perustuu",
                        "rättslig grund",
                        "legal basis",
                        "grundar sig",
                    ],
                ),
        ),
        (Recipients, has(SectionKind::Recipients)),
        (
            Transfers,
            has(SectionKind::Transfers)
                || mentioned(
                    &all,
                    &[
                        "eu:n ulkopuolelle",
                        "eta:n ulkopuolelle",
                        "eta-alueen ulkopuolelle",
                        "talousalueen ulkopuolelle",
                        "utanför eu",
                        "utanför ees",
                        "outside the eu",
                        "outside the eea",
                    ],
                ),
        ),
        (
            Retention,
            has(SectionKind::Retention)
                || mentioned(
                    &all,
                    &[
                        "säilytysaika",
                        "säilytetään",
                        "lagringstid",
                        "sparas",
                        "retained",
                        "retention",
                    ],
                ),
        ),
        (
            RightOfAccess,
            has(SectionKind::Access)
                || mentioned(
                    &rights,
                    &[
                        "tarkastaa",
                        "tarkastusoikeus",
                        "pääsy tietoihin",
                        "tietoihinsa",
                        "omiin tietoihin",
                        "insyn",
                        "tillgång",
                        "access",
                    ],
                ),
        ),
        (
            RightToRectification,
            has(SectionKind::Rectification)
                || mentioned(
                    &rights,
                    &["oikais", "korja", "rättelse", "rätta", "rectif", "correct"],
                ),
        ),
        (
            RightToErasure,
            has(SectionKind::Erasure)
                || mentioned(
                    &rights,
                    &["poista", "poisto", "radera", "erasure", "erase", "delete"],
                ),
        ),
        (
            RightToRestriction,
            has(SectionKind::Restriction) || mentioned(&rights, &["rajoit", "begräns", "restrict"]),
        ),
        (
            RightToObject,
            has(SectionKind::Objection) || mentioned(&rights, &["vastust", "invänd", "object"]),
        ),
        (
            RightToPortability,
            has(SectionKind::Portability)
                || mentioned(
                    &rights,
                    &[
                        "siirtää tiedot",
                        "siirto-oikeus",
                        "järjestelmästä toiseen",
                        "portabilit",
                        "portability",
                    ],
                ),
        ),
        (
            ConsentWithdrawal,
            !consent_based
                || has(SectionKind::ConsentWithdrawal)
                || mentioned(
                    &all,
                    &["peruuttaa", "peruuttaminen", "återkalla", "withdraw"],
                ),
        ),
        (
            Complaint,
            has(SectionKind::Complaint)
                || mentioned(
                    &all,
                    &[
                        "tietosuojavaltuutet",
                        "valvontaviranomai",
                        "dataombudsman",
                        "tillsynsmyndighet",
                        "supervisory authority",
                        "data protection ombudsman",
                    ],
                ),
        ),
        (
            AutomatedDecisions,
            has(SectionKind::AutomatedDecisions)
                || mentioned(
                    &all,
                    &[
                        "automaattis",
                        "automatisoi",
                        "profiloi",
                        "automatiserat",
                        "profilering",
                        "automated",
                        "profiling",
                    ],
                ),
        ),
        (Sources, has(SectionKind::DataSources)),
    ];
    checks
        .into_iter()
        .filter(|(_, met)| !met)
        .map(|(requirement, _)| Finding { requirement })
        .collect()
}

#[cfg(test)]
mod tests;
