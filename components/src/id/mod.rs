//! Personal identity codes of Finland and its neighbours.
//!
//! [`fi`] is the Finnish henkilötunnus, checked exactly (century signs of decree 690/2022,
//! real dates, individual number, check character). [`se`], [`no`], [`dk`] and [`ee`] are
//! the Swedish, Norwegian, Danish and Estonian numbers. All of them implement
//! [`PersonalId`], and [`parse`] reads any of them, so a form can accept a code of any of
//! these countries. Parsing never panics, whatever the input.
//!
//! ```
//! use seloste::id::{parse, Country, Date, Hetu, Sex};
//! use seloste::Lang;
//!
//! let hetu = Hetu::parse("131052-308T").expect("a valid code");
//! assert_eq!(hetu.birth_date(), Date::ymd(1952, 10, 13));
//! assert_eq!(hetu.sex(), Sex::Female);
//! assert_eq!(hetu.masked(), "131052-****");
//!
//! // A wrong check character is refused, with words for the citizen.
//! let wrong = Hetu::parse("131052-308U").unwrap_err();
//! assert!(!wrong.message(Lang::Fi).is_empty());
//!
//! // Another country's number, read the same way.
//! let swedish = parse(Country::Se, "811228-9874", Date::ymd(2026, 12, 3)).expect("valid");
//! assert_eq!(swedish.birth_date(), Date::ymd(1981, 12, 28));
//! ```

mod digits;
pub mod dk;
pub mod ee;
mod error;
pub mod fi;
pub mod no;
pub mod se;

pub use error::IdError;
pub use fi::{Hetu, HetuError, Sex};

pub use crate::date::Date;

crate::closed_set::closed_set! {
    /// Countries whose personal identity numbers seloste reads.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Country {
        /// Finland: henkilötunnus.
        Fi = "fi",
        /// Sweden: personnummer (and samordningsnummer).
        Se = "se",
        /// Norway: fødselsnummer (and D- and H-numbers).
        No = "no",
        /// Denmark: CPR-nummer.
        Dk = "dk",
        /// Estonia: isikukood.
        Ee = "ee",
    }
}

/// A valid personal identity number of some country.
pub trait PersonalId: std::fmt::Display + std::fmt::Debug {
    /// Whose number it is.
    fn country(&self) -> Country;
    /// The date of birth the number encodes (for Swedish coordination numbers and
    /// Norwegian D-numbers, with the day offset removed).
    fn birth_date(&self) -> Date;
    /// The sex the number encodes.
    fn sex(&self) -> Sex;
    /// The number with its individual part hidden, for summaries and receipts.
    fn masked(&self) -> String;
}

impl PersonalId for Hetu {
    fn country(&self) -> Country {
        Country::Fi
    }
    fn birth_date(&self) -> Date {
        Hetu::birth_date(self)
    }
    fn sex(&self) -> Sex {
        Hetu::sex(self)
    }
    fn masked(&self) -> String {
        Hetu::masked(self)
    }
}

/// Reads a personal identity number of `country`. `today` settles the century of the
/// Swedish short form (`-` under 100 years old, `+` from 100 on); other countries' numbers
/// carry their century. A number of someone born after `today` is not issued yet, and
/// refused (as python-stdnum does for Norway and Denmark).
pub fn parse(country: Country, input: &str, today: Date) -> Result<Box<dyn PersonalId>, IdError> {
    let id: Box<dyn PersonalId> = match country {
        Country::Fi => Box::new(Hetu::parse(input).map_err(IdError::Finnish)?),
        Country::Se => Box::new(se::Personnummer::parse(input, today)?),
        Country::No => Box::new(no::Fodselsnummer::parse(input)?),
        Country::Dk => Box::new(dk::Cpr::parse(input)?),
        Country::Ee => Box::new(ee::Isikukood::parse(input)?),
    };
    if id.birth_date() > today {
        return Err(IdError::BornInFuture);
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_dispatches_by_country() {
        let today = Date::ymd(2026, 11, 22);
        let cases = [
            (Country::Fi, "131052-308T", Date::ymd(1952, 10, 13)),
            (Country::Se, "811218-9876", Date::ymd(1981, 12, 18)),
            (Country::No, "01010012356", Date::ymd(1900, 1, 1)),
            (Country::Dk, "070761-4285", Date::ymd(1961, 7, 7)),
            (Country::Ee, "37605030299", Date::ymd(1976, 5, 3)),
        ];
        for (country, code, date) in cases {
            let id = parse(country, code, today).unwrap_or_else(|e| panic!("{code}: {e:?}"));
            assert_eq!(id.country(), country);
            assert_eq!(id.birth_date(), date, "{code}");
            assert!(!id.masked().is_empty());
        }
        assert!(matches!(
            parse(Country::Fi, "131052-308U", today),
            Err(IdError::Finnish(_))
        ));
    }
}
