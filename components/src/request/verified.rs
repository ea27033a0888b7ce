//! An identity the host page has already verified (for example with Suomi.fi) and passes
//! to the form through the JS API — never through an attribute or a URL. The form shows
//! the name and the code as verified and does not let them be edited; the payload records
//! who verified them in `requester.identified_by`.

use super::form::Answers;
use super::identity::METHOD_FINNISH_CODE;
use crate::i18n::{Lang, Text};
use crate::id::fi::{Hetu, HetuError};

/// The questions a verified identity answers (and locks) in every forms file.
pub const LOCKED_FIELDS: [&str; 3] = ["name", "identity_method", "identity_code"];

/// A name and a Finnish personal identity code verified by the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    /// The verified name.
    pub name: String,
    /// The code in canonical form.
    pub code: String,
    /// Who verified them, as the host page names it (e.g. "Suomi.fi").
    pub by: String,
}

/// Why the host page's identity cannot be used. Said to the site's staff (the console and a
/// `seloste-error` event); the form then asks the citizen as if nothing had been passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifiedError {
    /// No name was given.
    NoName,
    /// The name is longer than a request takes.
    NameTooLong,
    /// Who verified them was not said.
    NoVerifier,
    /// The code is not a valid Finnish personal identity code.
    Code(HetuError),
}

impl VerifiedError {
    /// What to tell the site's staff, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let text = match self {
            VerifiedError::NoName => NO_NAME,
            VerifiedError::NameTooLong => NAME_TOO_LONG,
            VerifiedError::NoVerifier => NO_VERIFIER,
            VerifiedError::Code(e) => return format!("{} {}", BAD_CODE.get(lang), e.message(lang)),
        };
        text.get(lang).to_string()
    }
}

const NO_NAME: Text = Text::new(
    "Tunnistetun henkilön nimi puuttuu.",
    "Namnet på den identifierade personen saknas.",
    "The identified person's name is missing.",
);
const NAME_TOO_LONG: Text = Text::new(
    "Tunnistetun henkilön nimi on yli 200 merkkiä.",
    "Namnet på den identifierade personen är över 200 tecken.",
    "The identified person's name is over 200 characters.",
);
const NO_VERIFIER: Text = Text::new(
    "Tieto siitä, kuka henkilön tunnisti (by), puuttuu.",
    "Uppgiften om vem som identifierade personen (by) saknas.",
    "Who identified the person (by) is missing.",
);
const BAD_CODE: Text = Text::new(
    "Tunnistetun henkilön henkilötunnus ei kelpaa:",
    "Den identifierade personens personbeteckning är inte giltig:",
    "The identified person's identity code is not valid:",
);

impl Verified {
    /// Checks what the host page passed. The code must be a valid Finnish code: a verified
    /// identity that the form itself would refuse is a fault of the host page.
    pub fn new(name: &str, code: &str, by: &str) -> Result<Verified, VerifiedError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(VerifiedError::NoName);
        }
        if name.chars().count() > 200 {
            return Err(VerifiedError::NameTooLong);
        }
        let by = by.trim();
        if by.is_empty() || by.chars().count() > 100 {
            return Err(VerifiedError::NoVerifier);
        }
        let hetu = Hetu::parse(code).map_err(VerifiedError::Code)?;
        Ok(Verified {
            name: name.to_string(),
            code: hetu.to_string(),
            by: by.to_string(),
        })
    }

    /// Whether the question `field_id` is answered by this identity and cannot be edited.
    pub fn locks(field_id: &str) -> bool {
        LOCKED_FIELDS.contains(&field_id)
    }

    /// Puts the verified answers over whatever the answers held (a draft, a default).
    pub fn apply(&self, answers: &mut Answers) {
        answers.insert("name".into(), self.name.clone());
        answers.insert("identity_method".into(), METHOD_FINNISH_CODE.into());
        answers.insert("identity_code".into(), self.code.clone());
    }

    /// Removes what a verified identity answers (before answers are kept in a draft).
    pub fn forget(answers: &mut Answers) {
        for id in LOCKED_FIELDS {
            answers.remove(id);
        }
    }

    /// The code as shown on the screen: `131052-****`.
    pub fn masked_code(&self) -> String {
        Hetu::parse(&self.code)
            .map(|h| h.masked())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_identity_is_kept_in_canonical_form() {
        let v = Verified::new("  Maija Meikäläinen ", "131052-308t", "Suomi.fi")
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(v.name, "Maija Meikäläinen");
        assert_eq!(v.code, "131052-308T");
        assert_eq!(v.masked_code(), "131052-****");
        let mut answers = Answers::new();
        answers.insert("name".into(), "Someone Else".into());
        answers.insert("identity_method".into(), "other_id".into());
        v.apply(&mut answers);
        assert_eq!(answers["name"], "Maija Meikäläinen");
        assert_eq!(answers["identity_method"], "finnish_code");
        assert_eq!(answers["identity_code"], "131052-308T");
        answers.insert("email".into(), "maija@example.fi".into());
        Verified::forget(&mut answers);
        assert_eq!(
            answers.keys().collect::<Vec<_>>(),
            ["email"],
            "only the citizen's own answers are left"
        );
    }

    #[test]
    fn what_the_host_passed_wrong_is_named() {
        assert_eq!(
            Verified::new(" ", "131052-308T", "x"),
            Err(VerifiedError::NoName)
        );
        assert_eq!(
            Verified::new(&"a".repeat(201), "131052-308T", "x"),
            Err(VerifiedError::NameTooLong)
        );
        assert_eq!(
            Verified::new("A", "131052-308T", ""),
            Err(VerifiedError::NoVerifier)
        );
        let err = Verified::new("A", "131052-308U", "Suomi.fi").unwrap_err();
        assert!(matches!(
            err,
            VerifiedError::Code(HetuError::CheckCharacter { .. })
        ));
        assert!(err
            .message(Lang::En)
            .starts_with("The identified person's identity code"));
        assert!(err.message(Lang::Fi).contains("henkilötunnus"));
    }

    #[test]
    fn only_the_requesters_identity_is_locked() {
        assert!(Verified::locks("name") && Verified::locks("identity_code"));
        assert!(!Verified::locks("subject_name") && !Verified::locks("email"));
    }
}
