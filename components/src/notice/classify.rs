//! Recognising section headings of legacy notices, in Finnish, Swedish and English.
//!
//! [`classify_heading`] takes one line and says which [`SectionKind`]s it names, primary
//! (first named) first, or nothing when the line is not a section heading. A numbered line
//! ("7. Säännönmukaiset tietolähteet") is a heading even when its topic is unknown (it is
//! then `other`); an unnumbered line must be short and name a known topic, so that
//! sub-labels ("Vammaispalvelut:"), titles ("TIETOSUOJASELOSTE"), dates, addresses, phone
//! numbers and law names ("Arkistolaki (831/1994)") stay body text.

use super::SectionKind::{self, *};
use dates::{is_bare_date_field, is_date_label, is_only_a_date, states_the_notice_date};
use shape::{
    about_the_notice, asks_what_the_reader_wants, asks_without_its_mark, breaks_off,
    collected_in_a_situation, leads_on, looks_like_body, names_an_address, names_cookies,
    names_sensitive_data, names_terms_or_principles, says_is_inside, states_its_own_purpose,
    sums_up, without_aside,
};
use topics::TOPICS;

mod dates;
mod shape;
mod topics;

pub(crate) use dates::last_date;

/// Lines longer than this are sentences, not headings.
const MAX_HEADING_CHARS: usize = 110;

/// Splits a leading section number ("1.", "12.", "1)", "1 ", "10.Heading") from a line.
pub(crate) fn strip_number(line: &str) -> (Option<u32>, &str) {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return (None, line);
    }
    let rest = &line[digits..];
    let after = rest.strip_prefix(['.', ')']).unwrap_or(rest);
    // "1 Rekisterin nimi" and "1. Rekisterin nimi" are numbered; "2016/679" and "1.1.2023" are not.
    let separated = after.len() < rest.len() || rest.starts_with(' ');
    let text = after.trim_start();
    if !separated || text.is_empty() || !text.starts_with(|c: char| c.is_alphabetic()) {
        return (None, line);
    }
    (line[..digits].parse().ok(), text)
}

/// Words of document titles: a line naming the document itself is no section heading.
const TITLE_WORDS: &[&str] = &[
    "seloste",
    "dataskyddsbeskrivning",
    "registerbeskrivning",
    "dataskyddsmeddelande",
    "privacy notice",
    "privacy policy",
    "privacy statement",
    "informointi rekisteröidylle",
    "information till registrerade",
    "information till den registrerade",
    "information to data subjects",
    "informointiasiakirja",
    // "Riktlinjer för skydd av personuppgifter i förskolan": the guidelines a page is.
    "riktlinjer för skydd av personuppgifter",
    "riktlinjer för behandling av personuppgifter",
    "riktlinjer för hantering av personuppgifter",
];

/// Whether a lowercased line names the document itself ("Tietosuojaseloste", "Privacy
/// policy") rather than a section of it ("Changes to this privacy policy").
pub(crate) fn names_document(lower: &str) -> bool {
    TITLE_WORDS.iter().any(|w| lower.contains(w)) && !about_the_notice(lower)
}

/// The kinds a line names, primary first; empty when it is not a section heading.
/// A "Label: content" line is judged by its label.
pub fn classify_heading(line: &str) -> Vec<SectionKind> {
    let plain = collapse(&strip_markup(line));
    if is_only_a_date(&plain) {
        return Vec::new();
    }
    let (number, text) = strip_number(plain.trim());
    let raw = label_within(text, number.is_some()).trim();
    // A "Label: content" line ("Känsliga uppgifter: inga").
    let has_content = raw.len() < text.trim().len();
    // An unnumbered "label" of seven words or more before a colon and more text is the
    // start of a sentence ("We also use the customer register for profiling: a …").
    let runs_on = |(before, after): (&str, &str)| {
        !after.trim().is_empty() && before.split_whitespace().count() >= 7
    };
    if number.is_none() && text.split_once(": ").is_some_and(runs_on) {
        return Vec::new();
    }
    let text = raw.trim_end_matches([':', '.']).trim();
    // A numbered heading may run longer ("5. Regular destinations of disclosed data and
    // transfer of data to outside the European Union or the European Economic Area"),
    // unless it is a sentence.
    let max = match number {
        Some(_) if !raw.ends_with('.') => MAX_HEADING_CHARS * 3 / 2,
        _ => MAX_HEADING_CHARS,
    };
    if text.is_empty()
        // A line that goes on after a comma is part of a sentence or a list.
        || raw.ends_with([',', ';'])
        // Headings start with a capital, numbered or not: "1) sisäistää, kuinka …" is an
        // item of a list.
        || (number.is_some() && text.starts_with(char::is_lowercase))
        || without_aside(text).chars().count() > max
        || !text.chars().any(char::is_alphabetic)
    {
        return Vec::new();
    }
    let lower = text.to_lowercase();
    let kinds = match lower.as_str() {
        // Words too common to be stems, but headings when they stand alone.
        "system" | "systems" | "järjestelmät" | "tietojärjestelmät" => vec![Systems],
        // A numbered section of that name tells how the data is protected ("8. Data
        // protection"); standing alone, the words are a page's title.
        "data protection" | "tietosuoja" | "dataskydd" if number.is_some() => vec![Security],
        // "Ansvarig", "Ansvar": who answers for the processing, the controller.
        "ansvarig" | "ansvar" | "vastuu" | "responsibility" => vec![Controller],
        // Keeping the data confidential, as a heading of that one word.
        "sekretess" | "salassapito" | "confidentiality" => vec![Security],
        // The registers a notice covers, named under a heading of that one word.
        "registers" | "rekisterit" | "registren" => vec![RegisterName],
        // The data subjects standing alone: whose data the register holds.
        "rekisteröidyt"
        | "rekisteröidyt henkilöt"
        | "registrerade"
        | "registrerad"
        | "de registrerade"
        | "registrerade personer"
        | "registered persons"
        | "data subjects" => vec![DataContent],
        // "Ota yhteyttä", "Contact us": how to reach whoever answers for the register, as
        // a heading of its own (in a sentence it leads into an address; a bare
        // "Yhteystiedot" is more often a label in the controller's section).
        "ota yhteyttä" | "kontakta oss" | "contact us" | "how to contact us" | "get in touch" => {
            vec![ContactPerson]
        }
        // Parts of a notice on no one topic of its own ("Yleistä", "Evästeet"; its terms
        // and principles by their last word, below).
        "yleistä"
        | "johdanto"
        | "tietosuojaperiaatteet"
        | "evästeet"
        | "tausta"
        | "allmänt"
        | "generellt"
        | "bakgrund"
        | "background"
        | "inledning"
        | "introduktion"
        | "översikt"
        | "overview"
        | "yleiskatsaus"
        | "tillämpningsområde"
        | "omfattning"
        | "soveltamisala"
        | "scope"
        | "dataskyddsprinciper"
        | "kakor"
        | "general"
        | "introduction"
        | "description"
        | "kuvaus"
        | "beskrivning"
        | "cookies"
        | "förord"
        | "esipuhe"
        | "foreword"
        | "preface" => vec![Other],
        // An introduction is about everything that follows ("Inledning och syfte": the
        // policy's aim, not the processing's purposes).
        _ if ["inledning", "introduktion", "introduction", "johdanto"]
            .iter()
            .any(|w| lower.starts_with(w)) =>
        {
            vec![Other]
        }
        // Questions and answers about the processing, a part on many topics ("Frågor och
        // svar om behandling av …", "Usein kysyttyä", "Frequently asked questions").
        _ if [
            "frågor och svar",
            "vanliga frågor",
            "usein kysyt",
            "kysymyksiä ja vastauksia",
            "frequently asked",
            "questions and answers",
        ]
        .iter()
        .any(|w| lower.starts_with(w)) =>
        {
            vec![Other]
        }
        _ if collected_in_a_situation(&lower)
            || (!has_content && sums_up(&lower))
            || states_its_own_purpose(&lower) =>
        {
            vec![Other]
        }
        _ => match heading_topics(&lower) {
            // "Keskeiset määritelmät", "Henkilötietojen käsittelyn periaatteet": the
            // notice's terms or principles, on no one topic.
            kinds if kinds.is_empty() && names_terms_or_principles(&lower) => vec![Other],
            kinds if kinds.is_empty() && about_the_notice(&lower) => vec![Other],
            kinds if kinds.is_empty() && names_cookies(&lower) => vec![Other],
            kinds if kinds.is_empty() && !has_content && names_sensitive_data(&lower) => {
                vec![Other]
            }
            kinds => kinds,
        },
    };
    // An item of a list ("• Kastettu (päivämäärä, paikkakunta)") is no date of the notice;
    // a date set in brackets ("(Päivitetty 5.12.2023)") is.
    let bracketed = plain
        .trim()
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .map(str::trim)
        .filter(|inner| !inner.contains(['(', ')']));
    if let Some(inner) = bracketed.filter(|_| number.is_none()) {
        if states_the_notice_date(inner) {
            return vec![UpdatedDate];
        }
    }
    let listed = !text.starts_with(char::is_alphanumeric);
    if !listed
        && (is_date_label(&lower, &kinds)
            || is_bare_date_field(plain.trim())
            || states_the_notice_date(&plain))
    {
        return vec![UpdatedDate];
    }
    // A person's field with its value ("Tietosuojavastaava: N.N.", "Kontaktperson: N.N.,
    // tfn …") names who, inside a section; an unnumbered one heads none.
    let names_a_person =
        |kind: &SectionKind| matches!(kind, Dpo | ContactPerson | ResponsiblePerson);
    if number.is_none() && has_content && kinds.first().is_some_and(names_a_person) {
        return Vec::new();
    }
    match (number, kinds.is_empty()) {
        // A numbered sentence ("2. Du ska känna dig trygg att vi tycker din integritet är
        // viktig.") is an item of a list; a numbered heading written as a sentence ends
        // without a full stop, or says no "is".
        (Some(_), _) if raw.ends_with('.') && says_is_inside(&lower) => Vec::new(),
        (Some(_), _) if breaks_off(&lower) => Vec::new(),
        (Some(_), true) => vec![Other],
        (Some(_), false) => kinds,
        (None, _)
            if looks_like_body(raw)
                || names_document(&lower)
                || names_an_address(text, &plain)
                || leads_on(&lower)
                || names_someone(&lower)
                || names_a_person_and_post(text) =>
        {
            Vec::new()
        }
        // Unnumbered headings start with a capital: lowercase lines are tags or fragments,
        // and lines that start with a bullet, a dash or a bracket are list items and boxes.
        (None, _) if !text.starts_with(char::is_uppercase) => Vec::new(),
        // A short question on a topic no stem names ("Vad är en personuppgift?") still
        // heads a section of a notice written as questions and answers; one that asks
        // whether the reader wants something ("Vill du ändra dina uppgifter?") is its text.
        (None, true)
            if (raw.ends_with('?') || asks_without_its_mark(raw, &lower))
                && !asks_what_the_reader_wants(&lower) =>
        {
            vec![Other]
        }
        (None, _) => kinds,
    }
}

/// Whether a line is a heading by its markup alone: one `<h2>` or `<h3>` element (a Word
/// file's heading styles, a CMS page's headings) whose text is short and not the
/// document's title. Its kinds come from its words; a topic no stem names is `other`.
pub(crate) fn is_marked_heading(line: &str) -> bool {
    let t = line.trim().to_ascii_lowercase();
    let marked = ["h2", "h3"].iter().any(|h| {
        t.starts_with(&format!("<{h}"))
            && t.ends_with(&format!("</{h}>"))
            && t.matches('<').count() == 2
    });
    if !marked {
        return false;
    }
    let plain = collapse(&strip_markup(line));
    let lower = plain.to_lowercase();
    // An author's marked heading may be long ("Regular destinations of disclosed data and
    // transfer of data to countries … outside the European Economic Area"). The notice's
    // date is a heading even where it names the document ("Tietosuojaselosteen
    // julkaisupäivämäärä: 18.9.2023.").
    !plain.is_empty()
        && plain.chars().count() <= 2 * MAX_HEADING_CHARS
        && (!names_document(&lower) || classify_heading(&plain) == [UpdatedDate])
}

/// The kinds a line known to be a heading names (by its markup, [`is_marked_heading`], or
/// its layout), primary first; `other` when its words name no topic.
pub(crate) fn heading_kinds(line: &str) -> Vec<SectionKind> {
    let kinds = classify_heading(line);
    if !kinds.is_empty() {
        return kinds;
    }
    let plain = collapse(&strip_markup(line));
    let (_, text) = strip_number(plain.trim());
    let kinds = topics(&text.to_lowercase());
    if kinds.is_empty() {
        vec![Other]
    } else {
        kinds
    }
}

/// Whether a short unnumbered line could head the paragraph after it, were it set apart
/// by blank lines ("E-post", "Känsliga personuppgifter", "Inlägg på facebook och
/// twitter"): a few words from a capital, no sentence's last mark, no label's colon, no
/// numbers or addresses.
pub(crate) fn stands_alone_as_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=8).contains(&words)
        && line.chars().count() <= 70
        && line.starts_with(char::is_uppercase)
        && !line.ends_with(['.', ',', ';', '!'])
        && !line
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, ':' | '@' | '§'))
        && !line.contains("http")
}

/// Settles the kinds that only the whole notice tells. In Swedish, "registeransvarig" is
/// the controller in older translations but the person responsible for the register
/// (Finnish "rekisterin vastuuhenkilö") beside a controller named otherwise: where a notice
/// calls its controller "personuppgiftsansvarig", or has named its controller already
/// ("1. Registeransvarig: Företaget Ab", then "2. Registeransvarig och/eller
/// kontaktperson: N.N."), a "registeransvarig" heading is that person.
/// `sections` are (heading, kinds, anything else) in the notice's order.
pub(crate) fn settle_in_context<B>(sections: &mut [(String, Vec<SectionKind>, B)]) {
    let is_controller = |kinds: &[SectionKind]| kinds.first() == Some(&Controller);
    let mut controller_named = sections.iter().any(|(heading, kinds, _)| {
        is_controller(kinds) && heading.to_lowercase().contains("personuppgiftsansvarig")
    });
    for (heading, kinds, _) in sections.iter_mut() {
        if !is_controller(kinds) {
            continue;
        }
        if controller_named && heading.to_lowercase().contains("registeransvarig") {
            kinds[0] = ResponsiblePerson;
            kinds.dedup();
        } else {
            controller_named = true;
        }
    }
}

/// Whether a line carries a section number ("7. …").
pub(crate) fn is_numbered(line: &str) -> bool {
    section_number(line).is_some()
}

/// The section number a line carries and the mark after it ("7. …" is 7 and '.',
/// "1) …" is 1 and ')', "2 …" is 2 and ' ').
pub(crate) fn section_number(line: &str) -> Option<(u32, char)> {
    let plain = collapse(&strip_markup(line));
    let line = plain.trim();
    let number = strip_number(line).0?;
    let mark = line
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .chars()
        .next()?;
    Some((
        number,
        if mark == '.' || mark == ')' {
            mark
        } else {
            ' '
        },
    ))
}

/// The label of a "Label: content" line, or the whole line. A numbered label may be as
/// long as a heading ("4. Ändamålet med behandlingen av personuppgifter (registrets
/// användningsändamål): 1) Att …"); another, at most 60 characters.
pub(crate) fn label_of(line: &str) -> &str {
    let numbered = strip_number(line.trim()).0.is_some();
    label_within(line, numbered)
}

/// The label of a "Label: content" line whose number (if `numbered`) is already split off.
fn label_within(line: &str, numbered: bool) -> &str {
    let max = if numbered { MAX_HEADING_CHARS } else { 60 };
    match line.split_once(": ") {
        Some((label, rest)) if !rest.trim().is_empty() && label.chars().count() <= max => label,
        _ => line,
    }
}

/// The stems of [`TOPICS`] by their first two bytes, sorted, built once: each place of a
/// line is tried against the few stems that can start there, not against all of them.
fn stems_by_start() -> &'static [([u8; 2], usize)] {
    static INDEX: std::sync::OnceLock<Vec<([u8; 2], usize)>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<([u8; 2], usize)> = TOPICS
            .iter()
            .enumerate()
            .filter_map(|(i, (stem, _))| match stem.as_bytes() {
                [a, b, ..] => Some(([*a, *b], i)),
                _ => None,
            })
            .collect();
        index.sort();
        index
    })
}

/// Kinds named in `lower`, in the order they are named, each once.
fn topics(lower: &str) -> Vec<SectionKind> {
    let index = stems_by_start();
    let bytes = lower.as_bytes();
    // Where each stem is first found, as `str::find` would find it.
    let mut seen = vec![false; TOPICS.len()];
    let mut found: Vec<(usize, usize, SectionKind)> = Vec::new();
    for (at, _) in lower.char_indices() {
        let Some(&[a, b]) = bytes.get(at..at + 2) else {
            break;
        };
        let from = index.partition_point(|(key, _)| *key < [a, b]);
        for &(_, i) in index[from..].iter().take_while(|(key, _)| *key == [a, b]) {
            let (stem, kind) = TOPICS[i];
            if !seen[i] && bytes[at..].starts_with(stem.as_bytes()) {
                seen[i] = true;
                found.push((at, stem.len(), kind));
            }
        }
    }
    // Earliest first; at one position the longest stem wins ("rekisterinpitäjän edustaja").
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut kinds: Vec<SectionKind> = Vec::new();
    let mut covered_until = 0;
    for (at, len, kind) in found {
        if at < covered_until {
            continue; // inside a longer stem already counted
        }
        covered_until = at + len;
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    kinds
}

/// The topics a heading names: consent on a heading about withdrawing it ("Rätt att
/// återkalla samtycke") is that right's object, not a ground of the processing; the
/// people whose data it is ("Processing of the personal data of Data Protection
/// Officers") are no topic, nor is the notice's own name ("Informointiasiakirja
/// päivitetty …" is its date, not the duty to inform). Finnish puts the head of a noun
/// phrase last: "Rekisteristä vastaavat yhteyshenkilöt" are contact persons.
fn heading_topics(lower: &str) -> Vec<SectionKind> {
    let lower = &topic_words(lower);
    let mut kinds = topics(lower);
    let last = lower.split_whitespace().last().unwrap_or_default();
    if last.starts_with("yhteyshenkilö") && !lower.contains(" ja ") && !lower.contains(',') {
        if let Some(at) = kinds.iter().position(|k| *k == ContactPerson) {
            let kind = kinds.remove(at);
            kinds.insert(0, kind);
        }
    }
    if !(kinds.contains(&ConsentWithdrawal) && kinds.contains(&LegalBasis)) {
        return kinds;
    }
    let without_consent = ["samtycke", "suostumus", "consent"]
        .iter()
        .fold(lower.to_string(), |l, word| l.replace(word, " "));
    if topics(&without_consent).contains(&LegalBasis) {
        kinds
    } else {
        kinds.into_iter().filter(|k| *k != LegalBasis).collect()
    }
}

/// A heading's words without those that name no topic of it: whose data it is, after
/// "personal data of" ("personuppgifter om"), and the notice's own name.
fn topic_words(lower: &str) -> String {
    let mut words = lower.replace("informointiasiakirja", " ");
    for whose in ["personal data of ", "personuppgifter om "] {
        if let Some(at) = words.find(whose) {
            words.truncate(at + whose.trim_end().rfind(' ').unwrap_or(whose.len()));
        }
    }
    words
}

/// Removes tags from a line of HTML, keeping their text.
pub(crate) fn strip_markup(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_tag = false;
    for c in line.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    super::rich::decode_entities(&out.replace("**", ""))
}

/// Whether a line names someone with their post and unit, as a contact's line does
/// ("N.N., tietosuojavastaava, Rannikon IT-keskus", "Anna Svensson, registrator,
/// kansliet"): two commas or more, no topic before the first and none after it but who
/// someone is ("Groups of persons, data content, and personal data groups of the
/// register" lists topics).
fn names_someone(lower: &str) -> bool {
    let mut parts = lower.split(',');
    let first = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    let is_who =
        |kind: &SectionKind| matches!(kind, Controller | Dpo | ContactPerson | ResponsiblePerson);
    rest.len() >= 2
        && topics(first).is_empty()
        && rest.iter().all(|part| topics(part).iter().all(is_who))
}

/// A person's name and post ("N.N., Tietosuojavastaava", "Jane Doe, Data Protection
/// Officer"): a name of a few capitalised words that names no topic, a comma, and the post
/// of a person a notice names (its data protection officer, contact or responsible
/// person).
fn names_a_person_and_post(text: &str) -> bool {
    let Some((name, post)) = text.split_once(", ") else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()))
        && topics(&name.to_lowercase()).is_empty()
        && topics(&post.to_lowercase())
            .first()
            .is_some_and(|kind| matches!(kind, Dpo | ContactPerson | ResponsiblePerson))
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
