//! Languages and user-facing strings.
//!
//! Every string a citizen sees is a [`Text`]: one constant holding Finnish, Swedish and
//! English, so a missing translation is a compile error rather than a blank on screen.
//! Strings of the interface itself are in [`ui`]; messages of errors sit with the error
//! type that produces them.
//!
//! ```
//! use seloste::{Lang, Text};
//!
//! const SEND: Text = Text::new("Lähetä", "Skicka", "Send");
//! assert_eq!(SEND.get(Lang::Sv), "Skicka");
//! // A browser's language tag is read by its language.
//! assert_eq!(Lang::parse("sv-FI"), Some(Lang::Sv));
//! assert_eq!(Lang::parse("de"), None);
//! ```

pub mod studio;
pub mod ui;

crate::closed_set::closed_set! {
    /// A language of the interface and of a notice; its name is the BCP 47 code used in
    /// `lang` attributes and in payloads.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Lang {
        /// Finnish (suomi).
        #[default]
        Fi = "fi",
        /// Swedish (svenska).
        Sv = "sv",
        /// English.
        En = "en",
    }
}

impl Lang {
    /// The language's name in that language, for a language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fi => "Suomi",
            Lang::Sv => "Svenska",
            Lang::En => "English",
        }
    }

    /// Reads a language tag such as `fi`, `sv-FI` or `en-GB`; `None` for other languages.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::from_name(&primary)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A user-facing string in Finnish, Swedish and English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// Finnish.
    pub fi: &'static str,
    /// Swedish.
    pub sv: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// A string in Finnish, Swedish and English.
    pub const fn new(fi: &'static str, sv: &'static str, en: &'static str) -> Self {
        Text { fi, sv, en }
    }

    /// The string in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fi => self.fi,
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_language_tags() {
        assert_eq!(Lang::parse("fi"), Some(Lang::Fi));
        assert_eq!(Lang::parse("sv-FI"), Some(Lang::Sv));
        assert_eq!(Lang::parse(" EN_gb "), Some(Lang::En));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn serialises_as_code() {
        assert_eq!(
            serde_json::to_string(&Lang::Sv).ok().as_deref(),
            Some("\"sv\"")
        );
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.name()), Some(lang));
        }
    }

    #[test]
    fn text_picks_language() {
        let t = Text::new("kyllä", "ja", "yes");
        assert_eq!(t.get(Lang::Fi), "kyllä");
        assert_eq!(t.get(Lang::Sv), "ja");
        assert_eq!(t.get(Lang::En), "yes");
    }
}
