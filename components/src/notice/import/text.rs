//! The importer's small readers of text: escaping, upper case and separator lines, the
//! first line of a body, navigation text, a name before its address, the
//! language of a document, titles and slugs.

use crate::i18n::Lang;
use crate::notice::classify::strip_markup;
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

/// Lines of site navigation, never a title: skip links, the text size's controls ("Anpassa
/// textstorlek", then "A A A").
pub(super) fn is_navigation(text: &str) -> bool {
    const NAVIGATION: [&str; 17] = [
        "hyppää pääsisältöön",
        "hyppää sisältöön",
        "siirry sisältöön",
        "siirry pääsisältöön",
        "sivun alkuun",
        "top of page",
        "back to top",
        "skip to content",
        "skip to main content",
        "hoppa till innehållet",
        "hoppa till huvudinnehållet",
        "till innehållet",
        "gå direkt till innehållet",
        "gå direkt till huvudinnehållet",
        "till början av sidan",
        "anpassa textstorlek",
        "tekstin koko",
    ];
    let lower = text.trim().to_lowercase();
    let letters: Vec<&str> = lower.split_whitespace().collect();
    let text_sizes = letters.len() >= 2
        && letters
            .iter()
            .all(|w| w.chars().count() == 1 && w.chars().all(char::is_alphabetic));
    text_sizes || NAVIGATION.iter().any(|n| lower == *n)
}

/// Where the document's title is among the lines before its first heading: the first that
/// could be one ([`could_be_title`]); after a paragraph of prose, only one that names the
/// document ("Voit suodattaa hakutuloksia …", then "Asiakastietojen tietosuoja"), for a
/// short line after an introduction heads the part it introduces ("Den som stöttar
/// föreningen … får vissa uppgifter lagrade (GDPR).", then "Volontärer").
pub(super) fn title_position<'a>(
    lines: impl IntoIterator<Item = Option<&'a str>>,
) -> Option<usize> {
    let mut after_prose = false;
    for (i, line) in lines.into_iter().enumerate() {
        let Some(line) = line else { continue };
        if could_be_title(line)
            && (!after_prose || crate::notice::classify::names_document(&line.to_lowercase()))
        {
            return Some(i);
        }
        after_prose |=
            line.split_whitespace().count() >= 12 && line.trim_end().ends_with(['.', '!']);
    }
    None
}

/// Whether a line ends a block of contact details, as a controller's section does: an
/// e-mail or web address, a phone number or a postal code and town ("info@yhdistys.fi",
/// "www.yhdistys.fi", "puh. 040 123 4567", "00100 Helsinki", "761 28 Norrtälje"). The next
/// section may start after it as after a sentence.
pub(super) fn ends_contact_details(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(last) = words
        .last()
        .map(|w| w.trim_end_matches(['.', ',', ';', ')']))
    else {
        return false;
    };
    let e_mail = last
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
    let web = last.starts_with("http") || last.starts_with("www.");
    // A number after its label, if any ("puh.", "tel:", "tfn").
    let number = text
        .rsplit_once([':', '.'])
        .map_or(text, |(_, rest)| rest)
        .trim();
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let phone = digits >= 6
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '/'));
    let all_digits = |w: &str, n: usize| w.len() == n && w.bytes().all(|b| b.is_ascii_digit());
    let town = last.starts_with(char::is_uppercase);
    let postal = town
        && match words.len() {
            0 | 1 => false,
            n => {
                let code = words[n - 2].trim_start_matches("FI-");
                all_digits(code, 5)
                    || (n >= 3 && all_digits(words[n - 3], 3) && all_digits(words[n - 2], 2))
            }
        };
    e_mail || web || phone || postal
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

/// Whether a line names only what every notice is about ("Personal data",
/// "Personuppgifter", "Henkilötiedot"): above a paragraph of prose, a sentence before it
/// that names it too does not make it a term taken up from that sentence.
pub(super) fn names_the_subject(line: &str) -> bool {
    const SUBJECT: [&str; 8] = [
        "personal data",
        "personal information",
        "personuppgifter",
        "personuppgift",
        "henkilötiedot",
        "henkilötieto",
        "processing of personal data",
        "behandling av personuppgifter",
    ];
    SUBJECT.contains(&line.trim().to_lowercase().as_str())
}
