//! The importer's small readers of text: escaping, upper case and separator lines, the
//! first line of a body, navigation text, a name before its address, the last date, the
//! language of a document, titles and slugs.

use crate::date::Date;
use crate::i18n::Lang;
use crate::notice::classify::{month_number, strip_markup};
use crate::notice::rich;

pub(super) fn plain(s: &str) -> String {
    strip_markup(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn is_upper(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.iter().all(|c| c.is_uppercase())
}

/// Table rules and cells of dashes carry no text.
pub(super) fn is_separator(s: &str) -> bool {
    let t = plain(s);
    !t.is_empty()
        && t.chars()
            .all(|c| matches!(c, '-' | '–' | '—' | '_' | '=') || c.is_whitespace())
}

/// The first line of a section's text: a register's name, a controller's name.
pub(super) fn first_text_line(body: &str) -> Option<String> {
    let text = rich::plain_text(&rich::parse(body));
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let line = line.strip_prefix("Nimi:").map(str::trim).unwrap_or(line);
    // Table cells put a whole block on one line, parts set apart by double spaces.
    let first = line.split("  ").next().unwrap_or(line).trim();
    (!first.is_empty()).then(|| first.chars().take(200).collect())
}

/// Lines of site navigation, never a title.
pub(super) fn is_navigation(text: &str) -> bool {
    const NAVIGATION: [&str; 10] = [
        "hyppää pääsisältöön",
        "siirry sisältöön",
        "siirry pääsisältöön",
        "sivun alkuun",
        "top of page",
        "back to top",
        "skip to content",
        "skip to main content",
        "hoppa till innehållet",
        "till början av sidan",
    ];
    let lower = text.to_lowercase();
    NAVIGATION.iter().any(|n| lower == *n)
}

/// Whether a line before any heading could be the document's title: neither navigation nor
/// a sentence.
pub(super) fn could_be_title(plain: &str) -> bool {
    !plain.is_empty()
        && plain.chars().count() <= 120
        && !plain.ends_with('.')
        && !is_navigation(plain)
}

/// A name written on one line with its address ("Pieksämäen kaupunki, perusturvalautakunta
/// Kauppakatu 1, PL 125 …"): the words before the street, post box or phone.
pub(super) fn name_before_address(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    let starts_number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let end = (0..words.len())
        .find(|&i| {
            let w = words[i].trim_end_matches([',', '.']).to_lowercase();
            i > 0
                && (starts_number(words[i])
                    || matches!(
                        w.as_str(),
                        "pl" | "puh" | "p" | "tel" | "postiosoite" | "box"
                    )
                    || words.get(i + 1).is_some_and(|next| starts_number(next)))
        })
        .unwrap_or(words.len());
    words[..end].join(" ").trim_end_matches(',').to_string()
}

/// The last date in a text, as ISO `yyyy-mm-dd`: written `d.m.yyyy`, `yyyy-mm-dd`, or
/// with the month's name ("28 oktober 2019", "3. lokakuuta 2023", "October 12, 2023"); a
/// day that does not exist is no date.
pub(super) fn last_date(text: &str) -> Option<String> {
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

/// Finnish, Swedish or English, by the commonest small words.
pub(super) fn detect_lang(text: &str) -> Lang {
    let lower = text.to_lowercase();
    let count = |words: &[&str]| {
        lower
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| words.contains(w))
            .count()
    };
    let fi = count(&[
        "ja",
        "on",
        "tai",
        "tiedot",
        "rekisterin",
        "henkilötietojen",
        "ei",
        "sekä",
    ]);
    let sv = count(&[
        "och",
        "är",
        "eller",
        "uppgifter",
        "för",
        "som",
        "av",
        "inte",
    ]);
    let en = count(&["the", "and", "of", "or", "is", "data", "to", "for"]);
    if sv > fi && sv >= en {
        Lang::Sv
    } else if en > fi && en > sv {
        Lang::En
    } else {
        Lang::Fi
    }
}

pub(super) fn default_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "Tietosuojaseloste",
        Lang::Sv => "Dataskyddsbeskrivning",
        Lang::En => "Privacy notice",
    }
}

/// A file-name-safe id: lowercase ASCII letters and digits joined by hyphens.
pub(super) fn slug(s: &str) -> String {
    let mapped: String = s
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' | 'å' => 'a',
            'ö' => 'o',
            c if c.is_ascii_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    let slug = mapped
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "notice".into()
    } else {
        slug
    }
}
