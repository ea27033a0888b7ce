//! What a line of a notice looks like, apart from the topic its words name: an aside in
//! brackets, an address after a label, a sentence rather than a heading (or one broken
//! off), a question (with its mark or without) or an invitation to act, a part on the
//! notice's terms or principles or on everything in general. Dates are in `dates.rs`.

/// Whether a short line heads a part on cookies ("Evästeiden (cookies) käyttö", "Cookies
/// and analytics", "Use of cookies", "Användning av kakor"): a part of a notice on no topic
/// of its own. A title that names cookies among other things, or a sentence about them,
/// is not one.
pub(super) fn names_cookies(lower: &str) -> bool {
    lower.split_whitespace().count() <= 5
        && [
            "eväste",
            "cookie",
            "kakor",
            "use of cookies",
            "användning av kakor",
        ]
        .iter()
        .any(|w| lower.starts_with(w))
}

/// Whether a short line's last word names a notice's terms or principles ("Keskeiset
/// määritelmät", "Behandlingens principer"); a longer one is as often a sentence
/// ("Behandlingen ska följa dataskyddsförordningens principer").
pub(super) fn names_terms_or_principles(lower: &str) -> bool {
    const WORDS: &[&str] = &[
        "määritelmät",
        "käsitteet",
        "periaatteet",
        "definitioner",
        "begrepp",
        "principer",
        "definitions",
        "principles",
        "concepts",
        "terms",
    ];
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.len() <= 4
        && words
            .last()
            .is_some_and(|w| WORDS.contains(&w.trim_end_matches([':', '.'])))
}

/// Whether a line opens with words that make it a part about the notice itself or on
/// everything in general ("Yleistä tietosuojaselosteesta", "Allmänt om behandlingen",
/// "The contents of the privacy policy", "Changes to this privacy policy"): a part of its
/// own on no one topic, and no title even where it names the document.
pub(super) fn about_the_notice(lower: &str) -> bool {
    [
        "yleistä ",
        "muutokset ",
        "allmänt om ",
        "ändringar i ",
        "ändringar av ",
        "uppdateringar av ",
        "uppdatering av ",
        "muutokset tähän ",
        "päivitykset ",
        "general information ",
        "about this ",
        "changes to ",
        "updates to ",
        "updating the ",
        "the contents of ",
        "the structure of ",
        // "Scope of the privacy policy", "Tietosuojaselosteen soveltamisala": whom and
        // what the notice covers.
        "scope of ",
        "the scope of ",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
}

/// A heading without its closing aside in brackets: the state's template explains its
/// headings so ("4. Registrerade och uppgifter om dem (gruppen/grupperna av registrerade
/// och …)"), and the length of a heading is that of its words before the aside.
pub(super) fn without_aside(text: &str) -> &str {
    match text.rfind('(') {
        Some(at) if at > 0 && text.ends_with(')') => text[..at].trim_end(),
        _ => text,
    }
}

/// An unnumbered "Label: content" line whose content is an address to write to (an
/// e-mail address, also as a page hides it): a field of a section's body
/// ("Tietosuojavastaava: N.N., …@…"), not a heading.
pub(super) fn names_an_address(label: &str, line: &str) -> bool {
    let rest = line
        .get(line.find(label).map_or(0, |at| at + label.len())..)
        .unwrap_or("");
    // "[email protected]" is what a page's HTML has where Cloudflare hides an address.
    let hidden = rest.contains("[email") && rest.contains("protected]");
    rest.trim_start().starts_with(':') && (rest.contains('@') || rest.contains("(at)") || hidden)
}

/// Unnumbered lines that are body text even if they name a topic: sentences, laws, dates,
/// phone numbers, addresses.
pub(super) fn looks_like_body(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let lower = text.to_lowercase();
    // A short question names its topic ("Mitä tietoja keräämme?", "What are the laws on
    // which … bases the processing of personal data?"); a long one is prose. Long means
    // many words and many letters both: Finnish says in one long word what English says
    // in three short ones.
    // A heading in title case may run to a few words more.
    let most = if in_title_case(text) { 18 } else { 14 };
    words > most
        || text.ends_with('?') && words > 12 && text.chars().count() > 80
        || text.ends_with(['.', '!'])
        // A long line that says "is" or "are" is a sentence that lost its full stop ("All
        // data are obtained from the data subject in connection with the newsletter
        // subscription"); a question asks instead, and a line ending in its verb leads
        // into what follows it ("As a Data Controller, responsible for … is").
        || words >= 10
            && !text.ends_with('?')
            && says_is_inside(&lower)
            && !ends_with_a_verb_of_being(text)
            && !in_title_case(text)
        // A longer line ending in a colon introduces a list ("We process your data for
        // the following purposes:"); so does any line that announces "the following".
        // A question asked with a colon for its mark ("Vilka personuppgifter vi samlar in
        // och varför vi samlar in dem:") heads its answer, as with its question mark.
        || text.ends_with(':') && words >= 7 && !asks_with_a_colon(text, &lower)
        // "… tarkoituksena on:", "The purposes are:": a sentence whose list follows.
        || text.ends_with(':') && ends_with_a_verb_of_being(text)
        // "Den rättsliga grunden är att behandlingen:": a sentence going on past its verb.
        || text.ends_with(':') && says_is_inside(&lower)
        // "Rekisterissä käsitellään … tarpeellisia tietoja:", "Tietoja kerätään:": a Finnish
        // passive verb makes a sentence of what a list then completes.
        || text.ends_with(':') && says_in_the_finnish_passive(&lower)
        || ["the following", "följande", "seuraava", "seuraavi"]
            .iter()
            .any(|w| lower.contains(w))
        // Two sentences or more run together ("Accessrättigheter (användarnamn/lösenord).
        // Orosanmälningar till socialtjänst. Se även …"): a table's row or a paragraph.
        || sentence_breaks(text) >= 2
        // "Enligt dataskyddslagen kan du när som helst få dina uppgifter raderade ur vårt …":
        // a long line telling readers what they may do is a sentence (a shorter one may
        // ask it for them: "Miten voit tarkastaa tietosi").
        || words >= 10 && !text.ends_with('?') && tells_the_reader_what_they_may(&lower)
        || text.contains(['(', ')']) && digits >= 3
        || digits >= 4
        || text.contains("§")
        || text.contains('@')
}

/// Whether a line tells its reader what they can or may do ("… kan du när som helst få dina
/// uppgifter raderade", "you can ask us to …", "voit pyytää …").
fn tells_the_reader_what_they_may(lower: &str) -> bool {
    let padded = format!(" {lower} ");
    [
        " kan du ",
        " du kan ",
        " får du ",
        " du får ",
        " you can ",
        " you may ",
        " voit ",
        " voitte ",
    ]
    .iter()
    .any(|w| padded.contains(w))
}

/// Whether an English line is written in title case, as headings are and sentences are
/// not ("Legal Basis for Processing Personal Data and How Data is Obtained by the Data
/// Controller"): nearly every word longer than three letters starts with a capital, and
/// the rest of each is in small letters (a line all in capitals may be a sentence).
pub(super) fn in_title_case(text: &str) -> bool {
    if !text.chars().any(char::is_lowercase) {
        return false;
    }
    let long: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    long.len() >= 4 && capitalised * 10 >= long.len() * 8
}

/// How many times a sentence ends inside a line and the next begins: a full stop, a space
/// and a capital ("… lösenord). Orosanmälningar …").
fn sentence_breaks(text: &str) -> usize {
    text.match_indices(". ")
        .filter(|(at, _)| text[at + 2..].starts_with(char::is_uppercase))
        .count()
}

/// Whether a word is a Finnish verb in the passive ("käsitellään", "kerätään",
/// "säilytetään", "luovutetaan"): by its ending, which few nouns of a heading share.
pub(super) fn says_in_the_finnish_passive(lower: &str) -> bool {
    lower.split_whitespace().any(|w| {
        let w = w.trim_end_matches([':', ',', '.']);
        w.chars().count() > 5
            && ["taan", "tään", "llaan", "llään"]
                .iter()
                .any(|e| w.ends_with(e))
    })
}

/// Whether a word after the first says "is" or "are" in Swedish, English or Finnish (not
/// Finnish "on", which is English's "on" too): a label has no verb.
pub(super) fn says_is_inside(lower: &str) -> bool {
    lower
        .split_whitespace()
        .skip(1)
        .any(|w| matches!(w, "är" | "is" | "are" | "ovat"))
}

/// Whether the last word before a closing colon says "is" or "are" (or "include"): the
/// line is then a sentence that a list completes, not a label.
pub(super) fn ends_with_a_verb_of_being(text: &str) -> bool {
    let last = text
        .trim_end_matches(':')
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    [
        "on",
        "ovat",
        "är",
        "is",
        "are",
        "include",
        "includes",
        "sisältää",
        "innehåller",
    ]
    .contains(&last.as_str())
}

/// Whether a short line names sensitive data, the special categories of GDPR Article 9
/// ("Känsliga personuppgifter", "Behandling av känsliga personuppgifter", "Sensitive
/// personal data (special categories of data and criminal records)"): a part of its own on
/// no one topic of the list. Not a sentence about them ("Känsliga personuppgifter är
/// uppgifter om", "No sensitive personal data …").
pub(super) fn names_sensitive_data(lower: &str) -> bool {
    const SENSITIVE: &[&str] = &[
        "känsliga",
        "särskilda kategorier",
        "sensitive",
        "special categories",
        "arkaluonteis",
        "erityiset henkilötietoryhmät",
        "erityisiin henkilötietoryhmiin",
    ];
    let words = lower.split_whitespace().count();
    let short = words <= 6 || without_aside(lower).split_whitespace().count() <= 6;
    short
        && SENSITIVE.iter().any(|w| lower.contains(w))
        && !says_is_inside(lower)
        // "No sensitive personal data …": the start of a sentence saying there are none.
        && !["no ", "not ", "inga ", "ingen ", "inte ", "ei ", "emme "]
            .iter()
            .any(|w| lower.starts_with(w))
        && !lower.split_whitespace().any(|w| ["on", "ovat", "is", "are"].contains(&w))
}

/// The words a question opens with, in the three languages.
const QUESTION_WORDS: &[&str] = &[
    "mitä",
    "miksi",
    "miten",
    "kuka",
    "ketkä",
    "kenelle",
    "keille",
    "mihin",
    "mistä",
    "kuinka",
    "milloin",
    "vad",
    "varför",
    "hur",
    "vem",
    "vilka",
    "vilken",
    "vilket",
    "när",
    "var",
    "varifrån",
    "what",
    "why",
    "how",
    "who",
    "whom",
    "where",
    "when",
    "which",
];

/// Whether a short line is a question written without its question mark, as headings
/// often are ("Vad är en personuppgift", "Mitä henkilötietojen käsittelystä tulee tietää
/// ja miksi", "När du vill rätta dina uppgifter"): it opens with a question word and runs
/// to no comma. A sentence has its full stop, and a line a sentence was broken into
/// (wrapped in a PDF) most often a comma ("När du själv ger oss information, till …").
pub(super) fn asks_without_its_mark(raw: &str, lower: &str) -> bool {
    let first = lower.split_whitespace().next().unwrap_or_default();
    QUESTION_WORDS.contains(&first)
        && lower.split_whitespace().count() <= 12
        && !raw.ends_with(['.', '!', ':'])
        && !raw.contains([',', ';'])
}

/// Whether a line of twelve words or fewer that ends in a colon opens with a word that
/// only asks and runs to no comma: a question with a colon for its mark. "När", "var",
/// "milloin", "when" and "where" open a clause as often ("När du blir medlem samlar vi
/// in dessa uppgifter:" leads into its list).
fn asks_with_a_colon(raw: &str, lower: &str) -> bool {
    const OPEN_A_CLAUSE_TOO: [&str; 5] = ["när", "var", "milloin", "when", "where"];
    let first = lower.split_whitespace().next().unwrap_or_default();
    QUESTION_WORDS.contains(&first)
        && !OPEN_A_CLAUSE_TOO.contains(&first)
        && lower.split_whitespace().count() <= 12
        && raw.ends_with(':')
        && !raw.contains([',', ';'])
}

/// Whether a line ends in a word that leads on to more ("När uppgifterna behandlas handlar
/// det oftast om att", "Vi behandlar uppgifter om dig och", "tietoja, joita käsitellään
/// ja"): a sentence broken off or leading into a list, not a heading. Only conjunctions
/// and articles, and the words that lead into an address ("You can contact us at",
/// "Lisätietoja saa osoitteessa"): a heading may end in another preposition ("Vem vi delar
/// uppgifterna med", "Who we share data with").
pub(super) fn leads_on(lower: &str) -> bool {
    const INTO_AN_ADDRESS: &[&str] = &["at", "osoitteessa"];
    let words = lower.split_whitespace().count();
    // "Henkilötietojen käsittelyn tarkoitus on", then its list: a statement that stops
    // at its verb leads into what follows; a question without its mark ends so too ("Mitä
    // oikeuksia sinulla on"), "Who we are" is short, and a heading may name who follows
    // after a comma ("As a Data Controller, responsible for … is").
    let stops_at_its_verb = words >= 4
        && !lower.ends_with('?')
        && !lower.contains(',')
        && ends_with_a_verb_of_being(lower)
        && !asks_without_its_mark(lower, lower);
    lower
        .split_whitespace()
        .last()
        .is_some_and(|w| LEADING.contains(&w) || INTO_AN_ADDRESS.contains(&w))
        && words > 1
        || stops_at_its_verb
}

/// Conjunctions and articles, and the words that open a clause or say what a thing is of
/// ("Du har rätt att få dina uppgifter raderade om", "… joka", "The processing of"): no
/// heading ends in one.
const LEADING: &[&str] = &[
    "att", "och", "eller", "samt", "ja", "tai", "sekä", "että", "and", "or", "that", "the", "a",
    "an", "om", "som", "jos", "kun", "joka", "jotka", "if", "which", "of",
];

/// Whether a numbered line's words end in a word that leads on ("2. The", as a copy cut
/// short ends): a numbered heading broken off, no section.
pub(super) fn breaks_off(lower: &str) -> bool {
    lower
        .split_whitespace()
        .last()
        .is_some_and(|w| LEADING.contains(&w))
}

/// Whether a question asks what the reader wants ("Vill du ändra dina medlemsuppgifter?",
/// "Haluatko tarkastaa tietosi?", "Would you like to …?"): an invitation to act, in the
/// text, not a heading.
pub(super) fn asks_what_the_reader_wants(lower: &str) -> bool {
    const ASKS: &[&str] = &[
        "vill du ",
        "önskar du ",
        "haluatko ",
        "haluaisitko ",
        "do you want ",
        "would you like ",
    ];
    ASKS.iter().any(|a| lower.starts_with(a))
}

/// Whether a heading names the data collected in one situation or for one end ("Uppgifter
/// som samlas in när du är hyresgäst", "… i samband med registrering av köplats", "… i
/// marknadsföringssyfte"): a part on one processing, telling its purpose, data and ground
/// together, not the notice's section on the data.
pub(super) fn collected_in_a_situation(lower: &str) -> bool {
    const COLLECTED: [&str; 2] = ["uppgifter som samlas in ", "uppgifter som vi samlar in "];
    const WHEN: [&str; 4] = ["när ", "i samband med ", "vid ", "för att "];
    COLLECTED.iter().any(|collected| {
        lower.find(collected).is_some_and(|at| {
            let rest = &lower[at + collected.len()..];
            WHEN.iter().any(|when| rest.starts_with(when))
                || rest
                    .strip_prefix("i ")
                    .and_then(|r| r.split_whitespace().next())
                    .is_some_and(|word| word.ends_with("syfte"))
        })
    })
}

/// Whether a short line heads the notice's summary ("Tietojenkäsittely pähkinänkuoressa",
/// "Behandlingen i korthet", "Yhteenveto henkilötietojen käsittelystä", "Summary"): a part
/// on every topic at once, none of its own.
pub(super) fn sums_up(lower: &str) -> bool {
    const ENDS: [&str; 5] = [
        " pähkinänkuoressa",
        " lyhyesti",
        " i korthet",
        " in brief",
        " at a glance",
    ];
    const STARTS: [&str; 4] = ["yhteenveto", "sammanfattning", "summary", "in brief"];
    lower.split_whitespace().count() <= 6
        && (ENDS.iter().any(|e| lower.ends_with(e)) || STARTS.iter().any(|s| lower.starts_with(s)))
}

/// Whether a heading asks or tells what the notice itself is for ("What is the purpose of
/// this document?", "Syftet med denna policy", "Tämän asiakirjan tarkoitus"): a part about
/// the notice, not the purposes of the processing.
pub(super) fn states_its_own_purpose(lower: &str) -> bool {
    const OWN: [&str; 8] = [
        "purpose of this document",
        "purpose of this policy",
        "purpose of this notice",
        "purpose of this privacy",
        "syftet med denna policy",
        "syftet med detta dokument",
        "syftet med policyn",
        "tämän asiakirjan tarkoitus",
    ];
    OWN.iter().any(|o| lower.contains(o))
}
