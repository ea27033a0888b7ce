//! References to repealed laws in a notice, with what replaced them.
//!
//! Notices written before 2018 cite the Personal Data Act, and health and social care
//! notices the 2007 act on electronic client data; both are repealed. [`repealed_laws`]
//! finds such references by the act's number ("523/1999", "523/99") or by its name in
//! Finnish, Swedish or English, so that the studio and the command-line importer can tell
//! the author what to cite instead. The table is short and was written from the project's
//! knowledge of Finnish law, not checked against Finlex by a test or a lawyer: confirm a
//! repeal in Finlex before citing it, and a law missing from it is not thereby in force.

use super::{rich, Notice};
use crate::i18n::{Lang, Text};

/// A repealed act the notice refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RepealedLaw {
    /// The act's number as Finlex writes it ("523/1999").
    pub number: &'static str,
    /// Its name.
    pub name: Text,
    /// What replaced it, with numbers.
    pub replaced_by: Text,
    /// A later repealed act of the same name that a reference by name alone may mean as
    /// well ("784/2021" beside "159/2007"): the message then gives both numbers.
    pub or_later: Option<&'static str>,
}

impl RepealedLaw {
    /// The finding in words for the notice's author.
    pub fn message(&self, lang: Lang) -> String {
        let (name, by) = (self.name.get(lang), self.replaced_by.get(lang));
        let number = match (self.or_later, lang) {
            (None, _) => self.number.to_owned(),
            (Some(later), Lang::Fi) => format!("{} tai {later}", self.number),
            (Some(later), Lang::Sv) => format!("{} eller {later}", self.number),
            (Some(later), Lang::En) => format!("{} or {later}", self.number),
        };
        match lang {
            Lang::Fi => format!("Seloste viittaa kumottuun lakiin: {name} ({number}). Sen tilalla on {by}."),
            Lang::Sv => format!("Beskrivningen hänvisar till en upphävd lag: {name} ({number}). Den har ersatts av {by}."),
            Lang::En => format!("The notice refers to a repealed act: {name} ({number}). It was replaced by {by}."),
        }
    }
}

/// One repealed act: how a notice may refer to it, and what replaced it.
struct Repeal {
    law: RepealedLaw,
    /// The number's forms, as they follow a non-digit ("523/1999", "523/99").
    numbers: &'static [&'static str],
    /// Lowercase stems of its name in fi / sv / en.
    names: &'static [&'static str],
    /// The number of a later repealed act that took the same name, if any.
    same_name_later: Option<&'static str>,
}

const GDPR_AND_DATA_PROTECTION_ACT: Text = Text::new(
    "EU:n yleinen tietosuoja-asetus (2016/679) ja tietosuojalaki (1050/2018)",
    "EU:s allmänna dataskyddsförordning (2016/679) och dataskyddslagen (1050/2018)",
    "the EU General Data Protection Regulation (2016/679) and the Data Protection Act (1050/2018)",
);

const REPEALS: &[Repeal] = &[
    Repeal {
        law: RepealedLaw {
            number: "523/1999",
            name: Text::new("henkilötietolaki", "personuppgiftslagen", "the Personal Data Act"),
            replaced_by: GDPR_AND_DATA_PROTECTION_ACT,
            or_later: None,
        },
        numbers: &["523/1999", "523/99"],
        names: &["henkilötietola", "personuppgiftslag", "personal data act"],
        same_name_later: None,
    },
    Repeal {
        law: RepealedLaw {
            number: "471/1987",
            name: Text::new("henkilörekisterilaki", "personregisterlagen", "the Personal Data File Act"),
            replaced_by: GDPR_AND_DATA_PROTECTION_ACT,
            or_later: None,
        },
        numbers: &["471/1987", "471/87"],
        names: &["henkilörekisterila", "personregisterlag", "personal data file act"],
        same_name_later: None,
    },
    Repeal {
        law: RepealedLaw {
            number: "159/2007",
            name: Text::new(
                "laki sosiaali- ja terveydenhuollon asiakastietojen sähköisestä käsittelystä",
                "lagen om elektronisk behandling av klientuppgifter inom social- och hälsovården",
                "the Act on the Electronic Processing of Client Data in Social and Health Care",
            ),
            replaced_by: Text::new(
                "laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023)",
                "lagen om behandling av klientuppgifter inom social- och hälsovården (703/2023)",
                "the Act on the Processing of Client Data in Healthcare and Social Welfare (703/2023)",
            ),
            or_later: None,
        },
        numbers: &["159/2007", "159/07"],
        names: &[
            "asiakastietojen sähköisestä käsittelystä",
            "elektronisk behandling av klientuppgifter",
            "electronic processing of client data",
        ],
        same_name_later: Some("784/2021"),
    },
    Repeal {
        law: RepealedLaw {
            number: "784/2021",
            name: Text::new(
                "laki sosiaali- ja terveydenhuollon asiakastietojen sähköisestä käsittelystä (2021)",
                "lagen om elektronisk behandling av klientuppgifter inom social- och hälsovården (2021)",
                "the Act on the Electronic Processing of Client Data in Social and Health Care (2021)",
            ),
            replaced_by: Text::new(
                "laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023)",
                "lagen om behandling av klientuppgifter inom social- och hälsovården (703/2023)",
                "the Act on the Processing of Client Data in Healthcare and Social Welfare (703/2023)",
            ),
            or_later: None,
        },
        // It took the name of the act it replaced (159/2007): only the number tells them
        // apart, and a name followed by this number is this act.
        numbers: &["784/2021"],
        names: &[],
        same_name_later: None,
    },
    Repeal {
        law: RepealedLaw {
            number: "516/2004",
            name: Text::new(
                "sähköisen viestinnän tietosuojalaki",
                "lagen om dataskydd vid elektronisk kommunikation",
                "the Act on the Protection of Privacy in Electronic Communications",
            ),
            replaced_by: Text::new(
                "laki sähköisen viestinnän palveluista (917/2014)",
                "lagen om tjänster inom elektronisk kommunikation (917/2014)",
                "the Act on Electronic Communications Services (917/2014)",
            ),
            or_later: None,
        },
        numbers: &["516/2004"],
        names: &[
            "sähköisen viestinnän tietosuojala",
            "dataskydd vid elektronisk kommunikation",
            "protection of privacy in electronic communications",
        ],
        same_name_later: None,
    },
    Repeal {
        law: RepealedLaw {
            number: "477/2001",
            name: Text::new(
                "laki yksityisyyden suojasta työelämässä (2001)",
                "lagen om integritetsskydd i arbetslivet (2001)",
                "the Act on the Protection of Privacy in Working Life (2001)",
            ),
            replaced_by: Text::new(
                "laki yksityisyyden suojasta työelämässä (759/2004)",
                "lagen om integritetsskydd i arbetslivet (759/2004)",
                "the Act on the Protection of Privacy in Working Life (759/2004)",
            ),
            or_later: None,
        },
        // The name is the same as its successor's: only the number tells them apart.
        numbers: &["477/2001"],
        names: &[],
        same_name_later: None,
    },
    Repeal {
        law: RepealedLaw {
            number: "95/46/EY",
            name: Text::new(
                "tietosuojadirektiivi",
                "dataskyddsdirektivet",
                "the Data Protection Directive",
            ),
            replaced_by: Text::new(
                "EU:n yleinen tietosuoja-asetus (2016/679)",
                "EU:s allmänna dataskyddsförordning (2016/679)",
                "the EU General Data Protection Regulation (2016/679)",
            ),
            or_later: None,
        },
        numbers: &["95/46/"],
        names: &["tietosuojadirektiiv", "dataskyddsdirektiv", "data protection directive"],
        same_name_later: None,
    },
];

/// The repealed acts `notice` refers to, each once, in the table's order.
pub fn repealed_laws(notice: &Notice) -> Vec<RepealedLaw> {
    let mut text = format!("{} ", notice.title);
    for s in &notice.sections {
        text.push_str(&s.heading);
        text.push(' ');
        text.push_str(&rich::plain_text(&rich::parse(&s.body)));
        text.push(' ');
    }
    repealed_in(&text)
}

/// The repealed acts a text refers to.
pub fn repealed_in(text: &str) -> Vec<RepealedLaw> {
    let lower = text.to_lowercase();
    REPEALS
        .iter()
        .filter_map(|r| {
            let by_number = r
                .numbers
                .iter()
                .any(|n| cites_number(&lower, &n.to_lowercase()));
            if by_number {
                Some(r.law)
            } else if r.names.iter().any(|n| names_act(&lower, n, r.numbers)) {
                // By name alone: a later act of the same name may be meant.
                Some(RepealedLaw {
                    or_later: r.same_name_later,
                    ..r.law
                })
            } else {
                None
            }
        })
        .collect()
}

/// Whether `text` names the act whose numbers are `numbers` by the stem `name`. A name
/// followed by the number of another act is that act: a later act may take the name of
/// the one it replaced ("… sähköisestä käsittelystä 784/2021" is not 159/2007). Sweden had
/// a personuppgiftslag too, repealed the same year: a name followed by Sweden's short form
/// or number ("personuppgiftslagen (PuL)", "(1998:204)"), or in a notice with words only
/// Sweden's notices use ([`SWEDEN_ONLY`]), is that act, not ours. And a name
/// followed by "(GDPR)" is the regulation under a wrong name ("EU:n tietosuojadirektiiviin
/// (GDPR)"), not the directive it replaced.
fn names_act(text: &str, name: &str, numbers: &[&str]) -> bool {
    if name == SWEDENS_NAMESAKE && SWEDEN_ONLY.iter().any(|w| text.contains(w)) {
        return false;
    }
    text.match_indices(name).any(|(at, _)| {
        let after: String = text[at + name.len()..].chars().take(40).collect();
        let sweden = after.contains("(pul") || after.contains("pul)") || after.contains("1998:204");
        let another = act_number(&after).is_some_and(|n| !numbers.iter().any(|m| n.starts_with(m)));
        let gdpr = after.contains("(gdpr");
        !sweden && !another && !gdpr
    })
}

/// The stem of the personal data act's Swedish name, which Sweden's act of 1998 has too.
const SWEDENS_NAMESAKE: &str = "personuppgiftslag";

/// Words only a notice of Sweden uses: where one is, its "personuppgiftslagen" is Sweden's
/// anywhere in it. Sweden's act had a "personuppgiftsombud", Finland's none; the
/// Integritetsskyddsmyndigheten is Sweden's authority.
const SWEDEN_ONLY: &[&str] = &["personuppgiftsombud", "integritetsskyddsmyndighet"];

/// The first act number ("784/2021", "523/99") in `text`, if any.
fn act_number(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i + 2 < bytes.len() && bytes[i] == b'/' && bytes[i + 1].is_ascii_digit() {
                let mut end = i + 1;
                while end < bytes.len() && bytes[end].is_ascii_digit() {
                    end += 1;
                }
                return text.get(start..end);
            }
        } else {
            i += 1;
        }
    }
    None
}

/// Whether `number` stands in `text` as a number of its own: not the end of a longer one
/// ("1523/1999") nor the start of one ("523/19990").
fn cites_number(text: &str, number: &str) -> bool {
    text.match_indices(number).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + number.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit())
            && (number.ends_with('/') || !after.is_some_and(|c| c.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<&'static str> {
        repealed_in(text).iter().map(|l| l.number).collect()
    }

    #[test]
    fn an_act_that_took_the_name_of_the_one_it_replaced_is_told_by_its_number() {
        let later =
            "Laki sosiaali- ja terveydenhuollon asiakastietojen sähköisestä käsittelystä 784/2021";
        assert_eq!(numbers(later), ["784/2021"]);
        let earlier = "Laki sosiaali- ja terveydenhuollon asiakastietojen sähköisestä käsittelystä (159/2007)";
        assert_eq!(numbers(earlier), ["159/2007"]);
        // The name alone is the older act's, as notices written before 2021 have it, and
        // may be the later one's: the message gives both numbers, not one it cannot know.
        let named = "laki sosiaali- ja terveydenhuollon asiakastietojen sähköisestä käsittelystä";
        assert_eq!(numbers(named), ["159/2007"]);
        let found = repealed_in(named)[0];
        assert_eq!(found.or_later, Some("784/2021"));
        assert!(found
            .message(Lang::Fi)
            .contains("käsittelystä (159/2007 tai 784/2021). Sen tilalla on laki"));
        assert!(found
            .message(Lang::Sv)
            .contains("(159/2007 eller 784/2021)"));
        assert!(found.message(Lang::En).contains("(159/2007 or 784/2021)"));
        // With a number, only that act.
        assert!(repealed_in(earlier)[0]
            .message(Lang::Fi)
            .contains("(159/2007)."));
        assert!(repealed_in(later)[0]
            .message(Lang::Fi)
            .contains("(784/2021)."));
        // The act in force since 2024 is no finding.
        assert!(numbers(
            "Laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä 703/2023"
        )
        .is_empty());
    }

    #[test]
    fn swedens_personal_data_act_is_not_finlands() {
        assert!(
            numbers("Förordningen ersätter den tidigare personuppgiftslagen (PuL).").is_empty()
        );
        assert!(numbers("enligt personuppgiftslagen (1998:204)").is_empty());
        assert_eq!(
            numbers("enligt personuppgiftslagen (523/1999)"),
            ["523/1999"]
        );
        assert_eq!(
            numbers("personuppgiftslagen (PuL) och senare personuppgiftslagen 10 §"),
            ["523/1999"]
        );
        // A notice with Sweden's words: its personuppgiftslag is Sweden's wherever named.
        assert!(numbers(
            "Personuppgiftslagen. Kommunens personuppgiftsombud ser till att uppgifterna behandlas lagligt."
        )
        .is_empty());
        assert!(numbers(
            "enligt personuppgiftslagen. Klagomål till Integritetsskyddsmyndigheten (IMY)."
        )
        .is_empty());
        // Other acts are found in such a notice still.
        assert_eq!(
            numbers("dataskyddsdirektivet; kommunens personuppgiftsombud"),
            ["95/46/EY"]
        );
    }

    #[test]
    fn acts_are_found_by_number_or_name_in_each_language() {
        assert_eq!(
            numbers("Henkilötietolaki (523/1999) 10 § ja 24 §"),
            ["523/1999"]
        );
        assert_eq!(numbers("Henkilötietolaki (523/99) 10 §"), ["523/1999"]);
        assert_eq!(numbers("enligt personuppgiftslagen 10 §"), ["523/1999"]);
        assert_eq!(
            numbers("Description of the file Personal Data Act (523/99), section 10."),
            ["523/1999"]
        );
        assert_eq!(
            numbers("laki sosiaali- ja terveydenhuollon asiakastietojen sähköisestä käsittelystä"),
            ["159/2007"]
        );
        assert_eq!(
            numbers("(159/2007) ja (477/2001)"),
            ["159/2007", "477/2001"]
        );
        assert_eq!(numbers("direktiivi 95/46/EY"), ["95/46/EY"]);
        assert_eq!(numbers("EU:n tietosuojadirektiivi"), ["95/46/EY"]);
        // The regulation called a directive by mistake is no finding.
        assert!(numbers("perustuen EU:n tietosuojadirektiiviin (GDPR).").is_empty());
        assert!(numbers("the EU data protection directive (GDPR)").is_empty());
    }

    #[test]
    fn laws_in_force_and_longer_numbers_are_not_flagged() {
        for text in [
            "Tietosuojalaki (1050/2018)",
            "laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023)",
            "laki yksityisyyden suojasta työelämässä (759/2004)",
            "Arkistolaki (831/1994), julkisuuslaki (621/1999)",
            "asianumero 1523/1999",
            "5230/1999",
        ] {
            assert!(numbers(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn each_finding_names_what_replaced_the_act() {
        let law = repealed_in("523/1999")[0];
        assert!(law.message(Lang::Fi).contains("tietosuojalaki (1050/2018)"));
        assert!(law
            .message(Lang::Sv)
            .contains("dataskyddslagen (1050/2018)"));
        assert!(law
            .message(Lang::En)
            .contains("Data Protection Act (1050/2018)"));
    }
}
