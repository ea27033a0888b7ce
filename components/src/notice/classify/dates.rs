//! The notice's own date as notices write it: a date field ("Pvm: 07.12.2018"), a label
//! with or without its date ("Päivitetty:", "Uppdaterad 15.10.2021"), a short statement
//! of when the notice was made, changed or took effect ("Reviderad 2022-03-01", "Gäller
//! från 25 maj 2018"), and the dates themselves.

use crate::date::Date;
use crate::notice::SectionKind::{self, *};

/// A line that is a date field and nothing else ("DATE: 28.9.2020", "Pvm: 07.12.2018",
/// "Datum 2024-01-15", "Created: 12 October 2023"): the notice's date.
pub(super) fn is_bare_date_field(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "date",
        "created",
        "päivämäärä",
        "pvm",
        "laadittu",
        "datum",
        "skapad",
    ];
    let Some((label, rest)) = line.split_once([':', ' ']) else {
        return false;
    };
    rest.chars().any(|c| c.is_ascii_digit())
        && LABELS.contains(&label.trim().to_lowercase().as_str())
        && rest.split_whitespace().all(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '/' | ':' | ','))
                || is_month(&w.to_lowercase())
        })
}

/// A line that is a date and nothing else ("2 March 2026", "15.12.2024"): under a title it
/// dates the page, heading nothing (its number is the day's, not a section's).
pub(super) fn is_only_a_date(line: &str) -> bool {
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']).to_lowercase())
        .collect();
    let numeric = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '/'))
    };
    let has_year = words.iter().any(|w| {
        w.split(['.', '-', '/'])
            .any(|part| part.len() == 4 && part.chars().all(|c| c.is_ascii_digit()))
    });
    (1..=4).contains(&words.len()) && has_year && words.iter().all(|w| numeric(w) || is_month(w))
}

/// Whether a word names a month, in English, Swedish or Finnish ("October", "oktober",
/// "lokakuuta").
fn is_month(word: &str) -> bool {
    month_number(word).is_some()
}

/// The number of the month a lowercased word names, in English, Swedish or Finnish
/// ("october", "oktober", "lokakuuta" are 10; "oct" and "okt" too).
pub(crate) fn month_number(word: &str) -> Option<u32> {
    const EN: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    const SV: [&str; 12] = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const FI: [&str; 12] = [
        "tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka",
        "marras", "joulu",
    ];
    let word = word.trim_end_matches(['.', ',']);
    let found = (0..12).find(|&i| {
        let short = |name: &str| word.len() >= 3 && name.starts_with(word) && word.is_ascii();
        word == EN[i]
            || word == SV[i]
            || short(EN[i])
            || short(SV[i])
            || word
                .strip_prefix(FI[i])
                .is_some_and(|rest| rest.starts_with("kuu"))
    })?;
    u32::try_from(found + 1).ok()
}

/// A line that gives the notice's date: a date label ("Päivitetty:", "Laatimispäivämäärä
/// 12.1.2024", "päivitetty 29.6.2018"), with or without its date, and nothing else; or
/// dates, each with its label ("Prepared on April 19, 2026. Last updated on April 19,
/// 2026.").
pub(super) fn is_date_label(lower: &str, kinds: &[SectionKind]) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | ','))
        .filter(|w| !w.is_empty())
        .collect();
    if kinds.first() != Some(&UpdatedDate) || says_is_or_has(&words) {
        return false;
    }
    let label = |part: &str| {
        part.split_whitespace()
            .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
            .filter(|w| !is_month(w.trim_end_matches([',', '.'])))
            .count()
    };
    let dated = |part: &str| {
        part.chars().any(|c| c.is_ascii_digit()) || part.split_whitespace().any(is_month)
    };
    label(lower) <= 4
        || lower
            .split(['.', ','])
            .all(|part| label(part) <= 3 && (label(part) == 0 || dated(part)))
}

/// How words of making, changing, approving or taking effect begin.
const DATED: &[&str] = &[
    // Finnish
    "päivit",
    "laadit",
    "laatimis",
    "julkaist",
    "julkaisu",
    "hyväksyt",
    "tarkistet",
    "tarkastet",
    "muutet",
    // "Viimeisin muutos 11.6.2023".
    "muutos",
    "muokat",
    "voimassa",
    "voimaan",
    "alkaen",
    "versio",
    "päiväy",
    "päivät",
    // Swedish
    "uppdater",
    "revider",
    "ändrad",
    "ändrat",
    "ändrades",
    "ändring",
    "publicer",
    "granskad",
    "granskat",
    "gäller",
    "giltig",
    "antagen",
    "antaget",
    "antogs",
    "antagits",
    "fastställ",
    "beslutad",
    "beslutat",
    "beslutades",
    "godkän",
    "upprätt",
    "daterad",
    "träd",
    "ikraft",
    "fr.o.m",
    // English
    "updat",
    "revis",
    "publish",
    "publication",
    "effective",
    "valid",
    "review",
    // "Drawn up", and "Draw up date: 17.5.2018" as a notice translated word for word
    // has it.
    "draw",
    "prepared",
    "approv",
    "adopt",
    "issued",
    "modified",
    "amended",
    "created",
    "dated",
    "onwards",
    "version",
];

/// A short statement, with its date, of when the notice was made, changed, approved or
/// took effect ("Reviderad 2022-03-01", "Gäller från 25 maj 2018", "Effective date:
/// January 1, 2023", "Voimassa 1.1.2024 alkaen", "Denna policy uppdaterades senast den 1
/// juni 2022."): a date that exists, a word of making, changing or taking effect, and few
/// other words. A sentence that says the notice "is" or "has been" updated is the text's
/// ("Tämä seloste on päivitetty viimeksi 2.12.2021."), a line that names the notice is
/// its title ("Rekisteriseloste, hyväksytty 12.3.2021"), a line that cites an act ("…
/// (1050/2018) trädde i kraft 1.1.2019", "10 §") is about the act, and a question is no
/// statement.
pub(super) fn states_the_notice_date(line: &str) -> bool {
    // A change log's line tells what changed in brackets ("Päivitetty 15.5.2020 (lisätty
    // tietojen käsittelyn oikeusperusteet)"): the statement is the words before them.
    let core = super::shape::without_aside(line.trim());
    let line = if last_date(&core.to_lowercase()).is_some() {
        core
    } else {
        line
    };
    let lower = line.trim().to_lowercase();
    // When the notice will next be reviewed is no date of it ("Next review: November 2021").
    let next = ["next ", "nästa ", "seuraava "]
        .iter()
        .any(|w| lower.starts_with(w));
    if next || (last_date(&lower).is_none() && !names_a_month(&lower))
        || lower.ends_with('?')
        || cites_an_act(&lower)
        // A sentence that names the notice tells its date ("Alkuperäinen seloste laadittu
        // 4.1.2023, viimeisin muutos 11.6.2023."); a title ends with no full stop.
        || (super::names_document(&lower) && !lower.ends_with('.'))
    {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '(' | ')' | '–' | '—'))
        .filter(|w| !w.is_empty())
        .collect();
    let others = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic) && !is_month(w))
        .count();
    // "As of November 7, 2024" under the title: the date the notice speaks from, on a
    // line of nothing else.
    if ["as of ", "as at "].iter().any(|w| lower.starts_with(w)) && others == 2 {
        return true;
    }
    let dated = |w: &&str| DATED.iter().any(|d| w.starts_with(d));
    let is_or_has = says_is_or_has(&words);
    // "Voimassa 1.1.2024 alkaen", "Denna policy gäller från den 1 juni 2022": words of
    // taking effect date a line of little else; in a sentence that names other things
    // they tell when those began ("Käyttämämme rekrytointijärjestelmän 4/2022 alkaen
    // toimittaa TalentAdore.").
    let making = |w: &&str| dated(w) && !TAKING_EFFECT.iter().any(|t| w.starts_with(t));
    let things = words
        .iter()
        .filter(|w| w.chars().count() > 4 && !is_month(w) && !dated(w))
        .filter(|w| !TITLE_NOUNS.iter().any(|t| w.contains(t)))
        .count();
    others <= 8
        && !is_or_has
        && (words.iter().any(making) || (words.iter().any(dated) && things <= 1))
}

/// Whether a line's words say the notice "is" or "has been" dated ("Tämä seloste on
/// päivitetty viimeksi 2.12.2021.", "Denna integritetspolicy är uppdaterad 13 september
/// 2019.", "This notice was updated on …"): a sentence of the text that tells the date, not
/// the date's own line.
fn says_is_or_has(words: &[&str]) -> bool {
    let dated = |w: &&str| DATED.iter().any(|d| w.starts_with(d));
    words.windows(2).any(|pair| {
        [
            "är", "var", "har", "is", "was", "has", "have", "were", "ovat", "oli",
        ]
        .contains(&pair[0])
            || (pair[0] == "on" && dated(&pair[1]))
    })
}

/// How the notice calls itself in a line of its date ("Denna policy gäller från …").
const TITLE_NOUNS: &[&str] = &[
    "seloste",
    "policy",
    "beskrivning",
    "notice",
    "statement",
    "ilmoitus",
];

/// Words of taking effect ("alkaen", "gäller", "valid"), weaker than words of making or
/// changing: they also tell when a service, a system or a rule began.
const TAKING_EFFECT: &[&str] = &[
    "voimassa",
    "voimaan",
    "alkaen",
    "gäller",
    "giltig",
    "träd",
    "ikraft",
    "fr.o.m",
    "effective",
    "valid",
    "onwards",
];

/// Whether a line cites an act by its number ("1050/2018", "523/1999") or a section
/// ("10 §").
fn cites_an_act(lower: &str) -> bool {
    lower.contains('§')
        || lower.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_ascii_digit());
            // "5/2023" is as likely a month ("Reviewed 8/2023"): an act's number is
            // taken from 13 up.
            w.split_once('/').is_some_and(|(n, y)| {
                !n.is_empty()
                    && n.bytes().all(|b| b.is_ascii_digit())
                    && n.parse::<u32>().is_ok_and(|n| n > 12)
                    && y.len() == 4
                    && y.bytes().all(|b| b.is_ascii_digit())
            })
        })
}

/// The last date in a text, as ISO `yyyy-mm-dd`: written `d.m.yyyy`, `yyyy-mm-dd`, or
/// with the month's name ("28 oktober 2019", "3. lokakuuta 2023", "October 12, 2023"); a
/// day that does not exist is no date.
pub(crate) fn last_date(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ';' | ':' | ',' | '–' | '—'))
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| w.trim_end_matches('.').parse::<u32>().ok();
    let year = |w: &str| {
        let w = w.trim_end_matches('.');
        (w.len() == 4).then(|| w.parse::<u32>().ok()).flatten()
    };
    let month = |w: &str| month_number(&w.to_lowercase());
    (0..words.len())
        .filter_map(|i| {
            let at = |k: usize| words.get(i + k).copied().unwrap_or("");
            let (d, m, y) = if let Some(dmy) = numeric_date(at(0)) {
                dmy
            } else if let (Some(d), Some(m), Some(y)) = (number(at(0)), month(at(1)), year(at(2))) {
                (d, m, y)
            } else if let (Some(m), Some(d), Some(y)) = (month(at(0)), number(at(1)), year(at(2))) {
                (d, m, y)
            } else {
                return None;
            };
            // Only a day that exists ("31.2.2023" is a slip, not a date).
            let (y, m, d) = (
                u16::try_from(y).ok()?,
                u8::try_from(m).ok()?,
                u8::try_from(d).ok()?,
            );
            (1900..=2100)
                .contains(&y)
                .then(|| Date::new(y, m, d))
                .flatten()
                .map(|day| day.iso())
        })
        .next_back()
}

/// Whether a text names a month of a year without its day ("Päivitetty 5/2023", "Reviewed
/// 08/2023", "Updated May 2023", "Uppdaterad maj 2023"): enough to tell a line of the
/// notice's date, though no day to give as its date.
fn names_a_month(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ';' | ':' | ','))
        .filter(|w| !w.is_empty())
        .collect();
    let year = |w: &str| {
        let w = w.trim_end_matches('.');
        w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
    };
    let month_of_year = |w: &str| {
        w.split_once('/').is_some_and(|(m, y)| {
            m.len() <= 2 && m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m)) && year(y)
        })
    };
    words.iter().any(|w| month_of_year(w))
        || words
            .windows(2)
            .any(|pair| month_number(pair[0]).is_some() && year(pair[1]))
}

/// A date written in numbers only: `d.m.yyyy` or `yyyy-mm-dd`, as (day, month, year).
fn numeric_date(word: &str) -> Option<(u32, u32, u32)> {
    let word = word.trim_matches('.');
    let parts: Vec<&str> = word.split(['.', '-']).collect();
    let n = |s: &str| s.parse::<u32>().ok();
    match parts.as_slice() {
        [d, m, y] if y.len() == 4 && word.contains('.') => Some((n(d)?, n(m)?, n(y)?)),
        [y, m, d] if y.len() == 4 && word.contains('-') => Some((n(d)?, n(m)?, n(y)?)),
        _ => None,
    }
}
