//! What each section kind is called, for staff (the importer's table): never the kind's
//! code (`legal_basis`), which is the file format's, not a word.

use super::SectionKind;
use crate::i18n::Text;

impl SectionKind {
    /// The kind's name in each language, in the glossary's terms (docs/glossary.md).
    pub fn title(self) -> Text {
        use SectionKind::*;
        let (fi, sv, en) = match self {
            Controller => ("Rekisterinpitäjä", "Personuppgiftsansvarig", "Controller"),
            ResponsiblePerson => ("Vastuuhenkilö", "Ansvarsperson", "Person responsible"),
            ContactPerson => ("Yhteyshenkilö", "Kontaktperson", "Contact person"),
            Dpo => (
                "Tietosuojavastaava",
                "Dataskyddsombud",
                "Data protection officer",
            ),
            RegisterName => ("Rekisterin nimi", "Registrets namn", "Name of the register"),
            Purpose => (
                "Käsittelyn tarkoitus",
                "Ändamålet med behandlingen",
                "Purpose of the processing",
            ),
            LegalBasis => (
                "Käsittelyn oikeusperuste",
                "Rättslig grund för behandlingen",
                "Legal basis of the processing",
            ),
            DataContent => (
                "Käsiteltävät tiedot",
                "Uppgifter som behandlas",
                "Data processed",
            ),
            DataSources => ("Tietolähteet", "Uppgiftskällor", "Sources of the data"),
            Recipients => ("Vastaanottajat", "Mottagare", "Recipients"),
            Transfers => (
                "Siirrot EU:n ja ETA:n ulkopuolelle",
                "Överföringar utanför EU och EES",
                "Transfers outside the EU and EEA",
            ),
            Retention => ("Säilytysaika", "Lagringstid", "Retention period"),
            Security => ("Tietoturva", "Datasäkerhet", "Security"),
            AutomatedDecisions => (
                "Automaattinen päätöksenteko",
                "Automatiserat beslutsfattande",
                "Automated decision-making",
            ),
            Rights => (
                "Rekisteröidyn oikeudet",
                "Den registrerades rättigheter",
                "The data subject's rights",
            ),
            Access => (
                "Oikeus saada pääsy tietoihin",
                "Rätt till tillgång",
                "Right of access",
            ),
            Rectification => (
                "Oikeus tietojen korjaamiseen",
                "Rätt till rättelse",
                "Right to rectification",
            ),
            Erasure => (
                "Oikeus tietojen poistamiseen",
                "Rätt till radering",
                "Right to erasure",
            ),
            Restriction => (
                "Oikeus käsittelyn rajoittamiseen",
                "Rätt till begränsning av behandling",
                "Right to restriction of processing",
            ),
            Objection => (
                "Oikeus vastustaa käsittelyä",
                "Rätt att göra invändningar",
                "Right to object",
            ),
            Portability => (
                "Oikeus siirtää tiedot järjestelmästä toiseen",
                "Rätt till dataportabilitet",
                "Right to data portability",
            ),
            ConsentWithdrawal => (
                "Suostumuksen peruuttaminen",
                "Återkallande av samtycke",
                "Withdrawing consent",
            ),
            Complaint => (
                "Valitus tietosuojavaltuutetulle",
                "Klagomål till dataombudsmannen",
                "Complaint to the Data Protection Ombudsman",
            ),
            Systems => (
                "Tietojärjestelmät",
                "Informationssystem",
                "Information systems",
            ),
            Informing => (
                "Rekisteröityjen informointi",
                "Information till de registrerade",
                "Informing data subjects",
            ),
            UpdatedDate => ("Päivitetty", "Uppdaterad", "Updated"),
            Other => ("Muu", "Övrigt", "Other"),
        };
        Text::new(fi, sv, en)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_title_in_each_language_that_is_not_its_code() {
        for kind in SectionKind::ALL {
            let title = kind.title();
            for lang in crate::i18n::Lang::ALL {
                let text = title.get(lang);
                assert!(
                    !text.is_empty() && text != kind.name(),
                    "{kind:?} in {lang:?}"
                );
                assert!(!text.contains('_'), "{text}");
            }
        }
    }
}
