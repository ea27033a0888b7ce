//! What is wrong with a personal identity number, in fi / sv / en.

use super::HetuError;
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
/// What is wrong with a personal identity number of any country.
pub enum IdError {
    /// Nothing was entered.
    Empty,
    /// A character that never appears in such a number.
    InvalidCharacter {
        /// Where, counted from 0.
        position: usize,
        /// The character.
        found: char,
    },
    /// Wrong number of characters; `expected` names the accepted lengths.
    Length {
        /// How many characters there were.
        found: usize,
        /// The lengths accepted, in words.
        expected: &'static str,
    },
    /// The date part is not a real date.
    Date,
    /// A separator that this country's numbers do not use there.
    Separator {
        /// The separator found.
        found: char,
    },
    /// The first digit of an Estonian number is not 1–8.
    CenturyDigit,
    /// The individual number cannot belong to the date (Norwegian and Danish ranges).
    IndividualNumber,
    /// A serial number that is never issued (Swedish 000).
    NotIssued,
    /// A valid number of someone born after today: not issued yet.
    BornInFuture,
    /// The check digit(s) do not match; `expected` when some digits would.
    CheckDigit {
        /// The check digits that would match.
        expected: Option<String>,
    },
    /// The Finnish code, with its own precise error.
    Finnish(HetuError),
}

impl IdError {
    /// What to tell the citizen, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use IdError::*;
        match (self, lang) {
            (Finnish(e), _) => e.message(lang),
            (Empty, Lang::Fi) => "Anna henkilötunnus.".into(),
            (Empty, Lang::Sv) => "Ange personnumret.".into(),
            (Empty, Lang::En) => "Enter the personal identity number.".into(),
            (InvalidCharacter { position, found }, Lang::Fi) => {
                format!("Tunnuksessa ei voi olla merkkiä ”{found}” (merkki {position}). Käytä vain numeroita ja välimerkkiä.")
            }
            (InvalidCharacter { position, found }, Lang::Sv) => {
                format!("Numret kan inte innehålla tecknet ”{found}” (tecken {position}). Använd bara siffror och skiljetecken.")
            }
            (InvalidCharacter { position, found }, Lang::En) => {
                format!("The number cannot contain “{found}” (character {position}). Use only digits and the separator.")
            }
            (Length { found, expected }, Lang::Fi) => {
                format!("Tunnuksessa on {expected} merkkiä. Antamassasi on {found}.")
            }
            (Length { found, expected }, Lang::Sv) => {
                format!("Numret har {expected} tecken. Du angav {found}.")
            }
            (Length { found, expected }, Lang::En) => {
                format!("The number has {expected} characters. You entered {found}.")
            }
            (Date, Lang::Fi) => {
                "Tunnuksen syntymäaika ei ole oikea päivämäärä. Tarkista päivä, kuukausi ja vuosi."
                    .into()
            }
            (Date, Lang::Sv) => {
                "Födelsedatumet i numret är inte ett riktigt datum. Kontrollera dag, månad och år."
                    .into()
            }
            (Date, Lang::En) => {
                "The date of birth in the number is not a real date. Check the day, month and year."
                    .into()
            }
            (Separator { found }, Lang::Fi) => {
                format!("Välimerkki ”{found}” ei käy tähän tunnukseen.")
            }
            (Separator { found }, Lang::Sv) => {
                format!("Skiljetecknet ”{found}” passar inte i det här numret.")
            }
            (Separator { found }, Lang::En) => {
                format!("The separator “{found}” does not belong in this number.")
            }
            (CenturyDigit, Lang::Fi) => {
                "Virolaisen henkilökoodin ensimmäinen numero on 1–8.".into()
            }
            (CenturyDigit, Lang::Sv) => "Den första siffran i en estnisk personkod är 1–8.".into(),
            (CenturyDigit, Lang::En) => {
                "The first digit of an Estonian personal code is 1 to 8.".into()
            }
            (IndividualNumber, Lang::Fi) => {
                "Yksilönumero ei sovi syntymävuoteen. Tarkista numerot.".into()
            }
            (IndividualNumber, Lang::Sv) => {
                "Individnumret passar inte till födelseåret. Kontrollera siffrorna.".into()
            }
            (IndividualNumber, Lang::En) => {
                "The individual number does not fit the year of birth. Check the digits.".into()
            }
            (NotIssued, Lang::Fi) => {
                "Tällaista numeroa ei anneta kenellekään: yksilönumero ei voi olla 000. Tarkista numerot.".into()
            }
            (NotIssued, Lang::Sv) => {
                "Ett sådant nummer ges inte till någon: individnumret kan inte vara 000. Kontrollera siffrorna.".into()
            }
            (NotIssued, Lang::En) => {
                "No one is given such a number: the individual number cannot be 000. Check the digits.".into()
            }
            (BornInFuture, Lang::Fi) => {
                "Numeron syntymäaika on tulevaisuudessa. Tarkista numerot.".into()
            }
            (BornInFuture, Lang::Sv) => {
                "Födelsedatumet i numret ligger i framtiden. Kontrollera siffrorna.".into()
            }
            (BornInFuture, Lang::En) => {
                "The date of birth in the number is in the future. Check the digits.".into()
            }
            (CheckDigit { expected: Some(e) }, Lang::Fi) => {
                format!(
                    "Tunnus ei täsmää: lopun pitäisi olla {e}. Jokin numero on kirjoitettu väärin."
                )
            }
            (CheckDigit { expected: Some(e) }, Lang::Sv) => {
                format!("Numret stämmer inte: slutet borde vara {e}. Någon siffra är felskriven.")
            }
            (CheckDigit { expected: Some(e) }, Lang::En) => {
                format!("The number does not add up: it should end in {e}. A digit is mistyped.")
            }
            (CheckDigit { expected: None }, Lang::Fi) => {
                "Tunnus ei täsmää: jokin numero on kirjoitettu väärin.".into()
            }
            (CheckDigit { expected: None }, Lang::Sv) => {
                "Numret stämmer inte: någon siffra är felskriven.".into()
            }
            (CheckDigit { expected: None }, Lang::En) => {
                "The number does not add up: a digit is mistyped.".into()
            }
        }
    }
}
