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
    /// well ("784/2021" beside "159/2007"): the message then gives both numbers. Only a
    /// reference by name has it.
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
    /// What, right after the word of its name, shows the name given by mistake to the act
    /// that replaced it: "(gdpr" after "tietosuojadirektiiviin" is the regulation.
    misnamed: &'static [&'static str],
    /// Words that, next to its number, show it quoted in the title of the act that
    /// replaced it: the GDPR's full title repeals "direktiivin 95/46/EY".
    quoted: &'static [&'static str],
    /// Another country's act of the same name, if any.
    namesake: Option<Namesake>,
}

/// Another country's act of the same name, and how a notice shows it means that one.
struct Namesake {
    /// What follows the name shortly after where it is meant: its short form, its number.
    after_name: &'static [&'static str],
    /// Words only that country's notices use: where one is, the name means that act
    /// anywhere in the notice.
    in_notice: &'static [&'static str],
    /// A number or an address only that country's organisations have (an organisation
    /// number, a postal code, a web or e-mail address under its domain), with the same
    /// effect.
    numbered_there: fn(&str) -> bool,
}

/// Whether a text holds a Swedish postal address's code ("Box 817, 761 28 Norrtälje"):
/// three digits, a space, two digits and the town; Finland's codes are five digits
/// written together ("00100 Helsinki").
fn has_swedish_postal_code(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(3).any(|w| {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        digits(w[0], 3) && digits(w[1], 2) && w[2].starts_with(char::is_alphabetic)
    })
}

/// Whether a text holds a Swedish organisation number ("556347-6398"): six digits, a
/// hyphen and four, the third digit 2 or more (in a date or a Swedish or Finnish personal
/// identity number it is a month's first digit, 0 or 1), the first one of a legal
/// person's group (2, 5, 7, 8 or 9).
fn has_swedish_organisation_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(10)).any(|i| {
        let digits = |range: std::ops::Range<usize>| {
            range.into_iter().all(|j| bytes[i + j].is_ascii_digit())
        };
        let apart = |j: Option<usize>| j.is_none_or(|j| !bytes[j].is_ascii_alphanumeric());
        digits(0..6)
            && bytes[i + 6] == b'-'
            && digits(7..11)
            && matches!(bytes[i], b'2' | b'5' | b'7' | b'8' | b'9')
            && bytes[i + 2] >= b'2'
            && apart(i.checked_sub(1))
            && apart(Some(i + 11).filter(|&j| j < bytes.len()))
    })
}

/// Whether a text gives a web or e-mail address under Sweden's domain
/// ("https://backstugansforskola.se", "info@forskolan.se"): the organisation is Sweden's.
fn has_swedish_address(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>' | ','))
        .map(|word| word.trim_end_matches(['.', ';', ':', '!', '?']))
        .filter(|word| word.contains("://") || word.contains('@') || word.starts_with("www."))
        .any(|word| {
            let host = word.rsplit("://").next().unwrap_or(word);
            let host = host.split(['/', '?', '#']).next().unwrap_or(host);
            host.rsplit('@').next().unwrap_or(host).ends_with(".se")
        })
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
        // "The Personal Information Act" is how some translations name it ("Sections 10
        // and 24 of the Personal Information Act").
        names: &[
            "henkilötietola",
            "personuppgiftslag",
            "personal data act",
            "personal information act",
        ],
        misnamed: &[],
        quoted: &[],
        // Sweden's personuppgiftslag (1998:204, "PuL"), repealed the same year. Sweden's
        // act had a "personuppgiftsombud", Finland's none; the Integritetsskyddsmyndigheten
        // is Sweden's authority.
        namesake: Some(Namesake {
            after_name: &[
                "(pul", "pul)", ", pul", " pul ", " pul.", " pul,", " pul;", "1998:204",
                " i sverige",
            ],
            in_notice: &[
                "personuppgiftsombud",
                "integritetsskyddsmyndighet",
                "svenska personuppgiftslag",
                "swedish personal data act",
                "sweden's personal data act",
                "sweden’s personal data act",
                // A notice in English from Sweden ("the GDPR applies in Sweden … It replaced
                // the Personal Data Act"); Finland's act cited by its number is still found.
                "in sweden",
            ],
            numbered_there: |text| {
                has_swedish_organisation_number(text)
                    || has_swedish_postal_code(text)
                    || has_swedish_address(text)
            },
        }),
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
        misnamed: &[],
        quoted: &[],
        namesake: None,
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
            or_later: Some("784/2021"),
        },
        numbers: &["159/2007", "159/07"],
        names: &[
            "asiakastietojen sähköisestä käsittelystä",
            "elektronisk behandling av klientuppgifter",
            "electronic processing of client data",
        ],
        misnamed: &[],
        quoted: &[],
        namesake: None,
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
        misnamed: &[],
        quoted: &[],
        namesake: None,
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
        misnamed: &[],
        quoted: &[],
        namesake: None,
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
        misnamed: &[],
        quoted: &[],
        namesake: None,
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
        misnamed: &["(gdpr"],
        quoted: &["kumoamisesta", "upphävande av direktiv", "repealing directive"],
        namesake: None,
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
    let lower = numbers_without_their_dates(&text.to_lowercase());
    REPEALS
        .iter()
        .filter_map(|r| {
            let by_number = r
                .numbers
                .iter()
                .any(|n| cites_number(&lower, &n.to_lowercase(), r.quoted));
            if by_number {
                Some(RepealedLaw {
                    or_later: None,
                    ..r.law
                })
            } else if r.names.iter().any(|n| r.is_named(&lower, n)) {
                // By name alone: a later act of the same name may be meant.
                Some(r.law)
            } else {
                None
            }
        })
        .collect()
}

impl Repeal {
    /// Whether `text` names this act by the stem `name`. A name followed by the number of
    /// another act is that act: a later act may take the name of the one it replaced ("…
    /// sähköisestä käsittelystä 784/2021" is not 159/2007). A name given by mistake to the
    /// act that replaced it ([`Repeal::misnamed`]) or meaning another country's act of the
    /// same name ([`Repeal::namesake`]) is neither.
    fn is_named(&self, text: &str, name: &str) -> bool {
        if let Some(namesake) = &self.namesake {
            if namesake.in_notice.iter().any(|w| text.contains(w))
                || (namesake.numbered_there)(text)
            {
                return false;
            }
        }
        text.match_indices(name).any(|(at, _)| {
            let rest = &text[at + name.len()..];
            let after: String = rest.chars().take(40).collect();
            let another =
                act_number(&after).is_some_and(|n| !self.numbers.iter().any(|m| n.starts_with(m)));
            // What stands right after the word the name is in ("direktiiviin (GDPR)").
            let next = rest.trim_start_matches(char::is_alphabetic).trim_start();
            let misnamed = self.misnamed.iter().any(|m| next.starts_with(m));
            let abroad = self
                .namesake
                .as_ref()
                .is_some_and(|n| n.after_name.iter().any(|m| after.contains(m)));
            !another && !misnamed && !abroad
        })
    }
}

/// `text` with each act number written with its date ("9.2.2007/159", as Finlex's older
/// pages and many notices cite acts) written as its number ("159/2007").
fn numbers_without_their_dates(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((start, date_len, year, number)) = dated_number(rest) {
        out.push_str(&rest[..start]);
        out.push_str(&format!("{number}/{year}"));
        rest = &rest[start + date_len..];
    }
    out.push_str(rest);
    out
}

/// The first "d.m.yyyy/n" in `text`: where it starts, its length, its year and number.
fn dated_number(text: &str) -> Option<(usize, usize, &str, &str)> {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        let mut end = from;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        end
    };
    (0..bytes.len()).find_map(|i| {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            return None;
        }
        let day = digits(i);
        if !(1..=2).contains(&(day - i)) || bytes.get(day) != Some(&b'.') {
            return None;
        }
        let month = digits(day + 1);
        if !(1..=2).contains(&(month - day - 1)) || bytes.get(month) != Some(&b'.') {
            return None;
        }
        let year = digits(month + 1);
        if year - month - 1 != 4 || bytes.get(year) != Some(&b'/') {
            return None;
        }
        let number = digits(year + 1);
        (number > year + 1).then(|| {
            (
                i,
                number - i,
                &text[month + 1..year],
                &text[year + 1..number],
            )
        })
    })
}

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
fn cites_number(text: &str, number: &str, quoted: &[&str]) -> bool {
    text.match_indices(number).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let end = at + number.len();
        let after = text[end..].chars().next();
        let cites = !before.is_some_and(|c| c.is_ascii_digit())
            && (number.ends_with('/') || !after.is_some_and(|c| c.is_ascii_digit()));
        // The words around the number (40 characters before, 30 after), to tell a title
        // that quotes it.
        let from = text[..at]
            .char_indices()
            .rev()
            .nth(39)
            .map_or(0, |(i, _)| i);
        let to = text[end..]
            .char_indices()
            .nth(30)
            .map_or(text.len(), |(i, _)| end + i);
        cites && !quoted.iter().any(|q| text[from..to].contains(q))
    })
}

#[cfg(test)]
mod tests;
