//! Data-subject requests: their kinds, their forms (declared in JSON specs), validation of
//! the answers, and the payload the registry office receives.
//!
//! ```
//! use seloste::request::RequestKind;
//! use seloste::Lang;
//!
//! let kind = RequestKind::parse("log_data").expect("a kind");
//! assert_eq!(kind.name(), "log_data");
//! assert_eq!(RequestKind::parse("tarkastus"), None);
//! println!("{}", kind.title().get(Lang::Fi));
//! ```

pub mod build;
pub mod canonical;
pub mod draft;
pub mod drawing;
pub mod flow;
pub mod form;
pub mod identity;
pub mod length;
pub mod payload;
pub mod receipt;
pub mod reference;
pub mod saved;
pub mod spec;
pub mod verified;

use crate::i18n::Text;

crate::closed_set::closed_set! {
    /// The kinds of request a data subject can make (names fixed by the payload contract).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum RequestKind {
        /// Right of access (Art. 15).
        Access = "access",
        /// Right to rectification (Art. 16).
        Rectification = "rectification",
        /// Right to erasure (Art. 17).
        Erasure = "erasure",
        /// Right to restriction of processing (Art. 18).
        Restriction = "restriction",
        /// Right to data portability (Art. 20).
        Portability = "portability",
        /// Right to object (Art. 21).
        Objection = "objection",
        /// Log data: who has processed one's data, and to whom it was disclosed.
        LogData = "log_data",
        /// Withdrawing consent (Art. 7(3)).
        ConsentWithdrawal = "consent_withdrawal",
        /// Another request about one's data.
        Other = "other",
    }
}

impl RequestKind {
    /// The name of the request as the title of its form.
    pub fn title(self) -> Text {
        match self {
            RequestKind::Access => Text::new(
                "Tarkastuspyyntö",
                "Begäran om tillgång",
                "Request to access your data",
            ),
            RequestKind::Rectification => Text::new(
                "Korjauspyyntö",
                "Begäran om rättelse",
                "Request to correct your data",
            ),
            RequestKind::Erasure => Text::new(
                "Poistopyyntö",
                "Begäran om radering",
                "Request to erase your data",
            ),
            RequestKind::Restriction => Text::new(
                "Käsittelyn rajoittamista koskeva pyyntö",
                "Begäran om begränsning av behandling",
                "Request to restrict processing",
            ),
            RequestKind::Portability => Text::new(
                "Tietojen siirtoa koskeva pyyntö",
                "Begäran om dataportabilitet",
                "Request to move your data",
            ),
            RequestKind::Objection => Text::new(
                "Vastustamisilmoitus",
                "Invändning mot behandling",
                "Objection to processing",
            ),
            RequestKind::LogData => Text::new(
                "Lokitietojen selvityspyyntö",
                "Begäran om logguppgifter",
                "Request for log data",
            ),
            RequestKind::ConsentWithdrawal => Text::new(
                "Suostumuksen peruuttaminen",
                "Återkallande av samtycke",
                "Withdrawal of consent",
            ),
            RequestKind::Other => Text::new(
                "Muu tietosuojapyyntö",
                "Annan begäran",
                "Other data protection request",
            ),
        }
    }

    /// A one-line explanation for the button that starts the request.
    pub fn summary(self) -> Text {
        match self {
            RequestKind::Access => Text::new(
                "Pyydä nähtäväksi tai kopiona tiedot, joita sinusta on tallennettu.",
                "Be att få se eller få en kopia av de uppgifter som har sparats om dig.",
                "Ask to see, or get a copy of, the data held about you.",
            ),
            RequestKind::Rectification => Text::new(
                "Pyydä korjaamaan virheellinen tai täydentämään puutteellinen tieto.",
                "Be att felaktiga uppgifter rättas eller ofullständiga kompletteras.",
                "Ask for wrong data to be corrected or incomplete data completed.",
            ),
            RequestKind::Erasure => Text::new(
                "Pyydä poistamaan tietosi, kun niiden käsittelylle ei ole perustetta.",
                "Be att dina uppgifter raderas när det inte längre finns någon grund för att behandla dem.",
                "Ask for your data to be erased when there is no ground to keep it.",
            ),
            RequestKind::Restriction => Text::new(
                "Pyydä rajoittamaan tietojesi käsittelyä esimerkiksi selvityksen ajaksi.",
                "Be att behandlingen begränsas, till exempel medan något utreds.",
                "Ask for processing to be limited, for example while something is checked.",
            ),
            RequestKind::Portability => Text::new(
                "Pyydä antamasi tiedot koneluettavassa muodossa.",
                "Be att få de uppgifter du lämnat i maskinläsbar form.",
                "Ask for the data you gave in a machine-readable format.",
            ),
            RequestKind::Objection => Text::new(
                "Vastusta tietojesi käsittelyä erityisen tilanteesi perusteella.",
                "Invänd mot behandlingen på grund av din särskilda situation.",
                "Object to processing on grounds of your particular situation.",
            ),
            RequestKind::LogData => Text::new(
                "Pyydä selvitys siitä, kuka on käsitellyt tietojasi ja kenelle niitä on luovutettu.",
                "Be om en utredning av vem som har behandlat dina uppgifter och till vem de har lämnats ut.",
                "Ask who has processed your data and to whom it was disclosed.",
            ),
            RequestKind::ConsentWithdrawal => Text::new(
                "Peruuta antamasi suostumus tietojesi käsittelyyn.",
                "Återkalla ditt samtycke till behandlingen.",
                "Withdraw the consent you gave to processing.",
            ),
            RequestKind::Other => Text::new(
                "Muu tietojesi käsittelyä koskeva asia.",
                "Något annat som gäller behandlingen av dina uppgifter.",
                "Something else about how your data is handled.",
            ),
        }
    }

    /// A kind named in an attribute or a route, spaces around it allowed.
    pub fn parse(name: &str) -> Option<RequestKind> {
        RequestKind::from_name(name.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn codes_match_serde_names() {
        for kind in RequestKind::ALL {
            assert_eq!(
                serde_json::to_string(&kind).ok(),
                Some(format!("\"{}\"", kind.name()))
            );
            assert_eq!(RequestKind::parse(kind.name()), Some(kind));
            for lang in Lang::ALL {
                assert!(!kind.title().get(lang).is_empty() && !kind.summary().get(lang).is_empty());
            }
        }
        assert_eq!(RequestKind::parse("tarkastus"), None);
    }
}
