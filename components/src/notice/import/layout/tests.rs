use crate::notice::import::import;
use crate::notice::SectionKind::*;

fn outline(text: &str) -> Vec<(String, crate::notice::SectionKind)> {
    let imported = import(text);
    imported.notice.sections[usize::from(imported.preamble)..]
        .iter()
        .map(|s| (s.heading.clone(), s.kind))
        .collect()
}

#[test]
fn short_lines_set_apart_before_prose_head_sections() {
    let text = "Behandling av personuppgifter hos kommunstyrelsen\n\nAllmänt om hur personuppgifter hanteras står under huvudrubriken personuppgifter.\n\nE-post\n\nDen rättsliga grunden är rättslig förpliktelse eller allmänt intresse, och e-post raderas.\n\nInlägg på facebook och twitter\n\nDen rättsliga grunden är samtycke, och uppgifterna tas bort när de inte längre är aktuella.\n";
    assert_eq!(
        outline(text),
        [
            ("E-post".to_string(), Other),
            ("Inlägg på facebook och twitter".to_string(), Other)
        ]
    );
}

#[test]
fn the_title_a_label_under_a_heading_and_list_items_set_apart_stay_text() {
    // The title, though a sentence of site text comes before it.
    let text = "Voit suodattaa hakutuloksia valitsemalla suodattimia vasemmalta.\n\nAsiakastietojen tietosuoja\n\nAsiakkaiden tiedot ovat salassa pidettäviä, ja niitä käytetään vain asiakkaan hoitoon.\n\nSähköinen asiointi\n\nPäiväkotiin ja esiopetukseen haetaan sähköisesti, eikä palvelu edellytä tunnistautumista.\n\nPalaute\n\nPalautetta voi antaa verkossa, ja siihen vastataan kahden viikon kuluessa.\n";
    assert_eq!(
        outline(text),
        [
            ("Sähköinen asiointi".to_string(), Other),
            ("Palaute".to_string(), Other)
        ]
    );
    // A label right under a heading names a part of its section.
    let text = "Privacy notice\n\nWe keep this register for our members and tell here how.\n\nPrinciples of register protection\n\nManual data\n\nNo paper copies are kept except records, open only to staff under confidentiality.\n\nOther remarks\n\nThe register is reviewed every year by the board of the association.\n";
    let headings: Vec<String> = outline(text).into_iter().map(|(h, _)| h).collect();
    assert!(
        !headings.contains(&"Manual data".to_string()),
        "{headings:?}"
    );
    // Items of a list, each set apart, are no headings: none follows a sentence.
    let text = "Tietosuojaseloste\n\nKäsittelemme seuraavia arkaluonteisia tietoja, kun se on välttämätöntä.\n\nTerveydentila\n\nSeksuaalinen suuntautuminen\n\nTiedot poistetaan, kun niitä ei enää tarvita palvelun järjestämiseen.\n";
    assert_eq!(outline(text), []);
}

#[test]
fn a_numbered_notice_or_a_single_such_line_without_a_title_gets_no_headings_by_layout() {
    // Sections numbered: an unnumbered line inside one is its text.
    let text = "Tietosuojaseloste\n\n1. Rekisterinpitäjä\n\nKunta, joka vastaa rekisteristä ja sen tietojen käsittelystä.\n\nSosiaalitoimi\n\nSosiaalitoimen tiedot käsitellään erikseen ja niistä vastaa lautakunta.\n";
    assert_eq!(
        outline(text),
        [("1. Rekisterinpitäjä".to_string(), Controller)]
    );
    // One short line between paragraphs of a text with no title, and nothing else, heads
    // no section: as often a name or a caption.
    let text = "Käsittelemme tietoja vain palvelun järjestämiseksi ja kerromme siitä tässä.\n\nKunnan kirjasto\n\nKirjasto käsittelee lainaajien tietoja lainojen hoitamiseksi ja muistutusten lähettämiseksi.\n";
    assert_eq!(outline(text), []);
    // Under a title, it is the notice's one heading ("Om personuppgifter", "Användning av
    // kakor" on pages that copy a single part).
    let text = "Behandling av personuppgifter\n\nKommunen behandlar varje dag många slags personuppgifter.\n\nOm personuppgifter\n\nDina personuppgifter behandlas när du mejlar kommunen eller använder en e-tjänst.\n";
    assert_eq!(outline(text), [("Om personuppgifter".to_string(), Other)]);
}

#[test]
fn a_line_that_takes_up_a_term_the_sentence_before_named_is_part_of_its_section() {
    let text = "Behandling av personuppgifter\n\nVi vill att du känner dig trygg när du lämnar uppgifter till oss.\n\nRättslig grund\n\nI kommunen är grunderna oftast allmänt intresse, myndighetsutövning eller rättslig förpliktelse.\n\nAllmänt intresse\n\nBehandling är tillåten när den behövs för en uppgift av allmänt intresse, som kommunens obligatoriska uppgifter.\n\nE-post\n\nE-post som inte längre är aktuell raderas, och den rättsliga grunden är allmänt intresse.\n";
    assert_eq!(
        outline(text),
        [
            ("Rättslig grund".to_string(), LegalBasis),
            ("E-post".to_string(), Other)
        ]
    );
}

#[test]
fn a_line_right_after_a_lead_in_ending_in_a_colon_completes_it() {
    let text = "Lawful basis for processing personal data\nThe lawful basis is the public interest:\nScientific or historical research purposes or statistical purposes\nData controller\nTampere University\n";
    assert_eq!(
        outline(text),
        [
            (
                "Lawful basis for processing personal data".to_string(),
                LegalBasis
            ),
            ("Data controller".to_string(), Controller)
        ]
    );
}

#[test]
fn items_of_no_list_set_apart_head_sections_where_a_page_marks_its_headings_so() {
    let text = "Tietosuojaseloste\n\n • Rekisterinpitäjä\n\nHammaslääkäriasema Oy, Katu 1, Tampere\n\n • Rekisterin nimi\n\nAsiakastietorekisteri\n\n • Henkilötietojen käsittelyn tarkoitus\n  • Yleiset periaatteet\n\nTietoja kerätään hoidon toteuttamiseksi.\n\nTiedot ovat:\n\n • nimi\n • osoite\n";
    assert_eq!(
        outline(text),
        [
            ("Rekisterinpitäjä".to_string(), Controller),
            ("Rekisterin nimi".to_string(), RegisterName),
            ("Henkilötietojen käsittelyn tarkoitus".to_string(), Purpose),
        ]
    );
    // One such line alone is an item, as are items of a list set apart by blank lines.
    let text = "Tietosuojaseloste\n\nKäsittelemme näitä tietoja:\n\n • Nimi\n\n • Osoite\n\nTiedot poistetaan vuoden kuluttua.\n";
    assert_eq!(outline(text), []);
}

#[test]
fn a_first_line_telling_how_the_notice_processes_data_is_its_title() {
    let text = "Så behandlar vi personuppgifter inom utbildningsförvaltningen\n\nNämnden är personuppgiftsansvarig för behandlingen.\n\nKan uppgifterna lämnas ut?\n\nUppgifterna kan lämnas ut till andra myndigheter.\n";
    let imported = import(text);
    assert_eq!(
        imported.notice.title,
        "Så behandlar vi personuppgifter inom utbildningsförvaltningen"
    );
    assert_eq!(
        outline(text),
        [("Kan uppgifterna lämnas ut?".to_string(), Recipients)]
    );
    // Further down, the same words head a section.
    let text = "Dataskydd\n\nVi värnar om din integritet.\n\nSå behandlar vi dina personuppgifter\n\nVi behandlar uppgifterna för att ge dig service.\n";
    assert_eq!(
        outline(text),
        [("Så behandlar vi dina personuppgifter".to_string(), Purpose)]
    );
    // Site navigation before it (a skip link, the text size's controls) is passed over.
    let text = "Anpassa textstorlek\nA A A\n\nSå behandlar vi dina personuppgifter\n\nVi värnar om din integritet.\n\nOffentlighetsprincipen\n\nAlla handlingar kan lämnas ut till den som begär dem.\n";
    assert_eq!(
        import(text).notice.title,
        "Så behandlar vi dina personuppgifter"
    );
    assert_eq!(
        outline(text),
        [("Offentlighetsprincipen".to_string(), Recipients)]
    );
    // So is a first line that gathers questions and answers about it.
    let text = "Frågor och svar om personuppgiftshantering\n\nHär har vi samlat de vanligaste frågorna.\n\nVad är en personuppgift?\n\nAll information som kan knytas till en levande person.\n";
    assert_eq!(
        import(text).notice.title,
        "Frågor och svar om personuppgiftshantering"
    );
    assert_eq!(
        outline(text),
        [("Vad är en personuppgift?".to_string(), Other)]
    );
    // And a first line that names the page of the questions most often asked.
    let text = "Vanliga frågor\n\nHär svarar vi på de frågor om de nya reglerna som föreningar oftast ställer.\n\nVad är en personuppgift?\n\nAll information som kan knytas till en levande person.\n";
    assert_eq!(import(text).notice.title, "Vanliga frågor");
    assert_eq!(
        outline(text),
        [("Vad är en personuppgift?".to_string(), Other)]
    );
}

#[test]
fn a_short_line_after_a_blank_and_a_sentence_heads_the_prose_right_under_it() {
    // Sections apart, each heading straight above its text ("Känsliga personuppgifter",
    // then "Föreningen registrerar aldrig …").
    let text = "Dataskyddspolicy\n\nPersonuppgiftsansvarig\nStyrelsen är personuppgiftsansvarig för föreningens medlemsregister och utser dem som får hantera det.\nBara styrelsen får hantera personuppgifter.\n\nKänsliga personuppgifter\nFöreningen registrerar aldrig känsliga uppgifter som hälsa, religion eller politisk åsikt.\n";
    let headings: Vec<String> = outline(text).into_iter().map(|(h, _)| h).collect();
    assert!(
        headings.contains(&"Känsliga personuppgifter".to_string()),
        "{headings:?}"
    );
    // The first line of a paragraph broken over lines (a PDF's) goes on into the next.
    let text = "Tietosuojaseloste\n\nRekisterinpitäjä\nKunta vastaa rekisteristä ja sen tietojen käsittelystä.\n\nTiedot käsitellään huolella, vain niiden\ntoimesta, joiden tehtäviin se kuuluu ja jotka ovat vaitiolovelvollisia.\n";
    let headings: Vec<String> = outline(text).into_iter().map(|(h, _)| h).collect();
    assert!(
        !headings.iter().any(|h| h.starts_with("Tiedot käsitellään")),
        "{headings:?}"
    );
    // A line that takes up the sentence's own term is still its text.
    let text = "Tietosuojaseloste\n\nRekisterinpitäjä\nKunta vastaa rekisteristä.\n\nKäsittelyn perusteita ovat yleinen etu ja lakisääteinen velvoite.\n\nYleinen etu\nKunta hoitaa tehtäviään yleisen edun vuoksi ja käsittelee tietoja vain siihen.\n";
    let headings: Vec<String> = outline(text).into_iter().map(|(h, _)| h).collect();
    assert!(
        !headings.contains(&"Yleinen etu".to_string()),
        "{headings:?}"
    );
}

#[test]
fn a_word_or_two_above_a_list_it_does_not_lead_into_heads_a_section() {
    let text = "Integritetspolicy\n\nInledning och syfte\n\nPolicyn ska se till att föreningen hanterar personuppgifter enligt dataskyddsförordningen.\n\nPersonuppgiftsbehandling\n\n • All behandling följer dessa principer:\n  • Laglighet\n  • Korrekthet\n • Behandlingen följs upp varje år.\n\nKommentarer\n\nNär besökare kommenterar på webbplatsen samlar vi in uppgifterna i formuläret och IP-adressen.\n";
    assert_eq!(
        outline(text),
        [
            ("Inledning och syfte".to_string(), Other),
            ("Personuppgiftsbehandling".to_string(), Other),
            ("Kommentarer".to_string(), Other),
        ]
    );
    // A line that leads into its list with a colon is the list's, not a heading.
    let text = "Integritetspolicy\n\nInledning\n\nPolicyn ska se till att föreningen hanterar personuppgifter enligt dataskyddsförordningen.\n\nVi behandlar:\n\n • namn\n • adress\n\nKommentarer\n\nNär besökare kommenterar på webbplatsen samlar vi in uppgifterna i formuläret och IP-adressen.\n";
    assert!(!outline(text)
        .iter()
        .any(|(h, _)| h.starts_with("Vi behandlar")));
}

#[test]
fn a_heading_with_nothing_under_it_at_the_end_is_text_but_the_date_and_numbers_stay() {
    // The last line heads nothing: a sentence broken off, though it names a topic.
    let text = "Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\n\nKommunstyrelsen i kommunen.\n\nHur länge sparas uppgifterna\n";
    assert_eq!(
        outline(text),
        [("Personuppgiftsansvarig".to_string(), Controller)]
    );
    // The notice's date closes a notice; a numbered heading keeps its place.
    let text = "Tietosuojaseloste\n\n1. Rekisterinpitäjä\n\nKunta.\n\n2. Rekisterin nimi\n";
    assert_eq!(
        outline(text),
        [
            ("1. Rekisterinpitäjä".to_string(), Controller),
            ("2. Rekisterin nimi".to_string(), RegisterName)
        ]
    );
    let text = "Tietosuojaseloste\n\nRekisterinpitäjä\n\nKunta.\n\nPäivitetty 1.2.2024\n";
    assert_eq!(
        outline(text).last().map(|(_, kind)| *kind),
        Some(UpdatedDate)
    );
}

#[test]
fn a_short_line_right_above_a_list_heads_it() {
    let text = "Skyddspolicy\n\nFörsamlingen behandlar personuppgifter enligt dataskyddsförordningen och berättar här hur.\n\nInsamling\n • Samla bara in de uppgifter som behövs för ett visst ändamål, till exempel inför ett läger.\n • Berätta för den som lämnar uppgifter varför de samlas in och hur länge de sparas.\n\nLagring\n\nUppgifterna sparas så länge medlemskapet varar och raderas sedan inom ett år.\n";
    assert_eq!(
        outline(text),
        [
            ("Insamling".to_string(), Other),
            ("Lagring".to_string(), Retention)
        ]
    );
}

#[test]
fn a_first_line_joining_its_parts_with_a_dash_or_a_bar_is_the_title() {
    let text = "Dina rättigheter - personuppgifter\n\nDu kan begära ut dina uppgifter hos kommunen.\n\nRätt att bli raderad\n\nUnder vissa omständigheter har du rätt att bli raderad.\n";
    assert_eq!(
        import(text).notice.title,
        "Dina rättigheter - personuppgifter"
    );
    assert_eq!(
        outline(text),
        [("Rätt att bli raderad".to_string(), Erasure)]
    );
    // Numbered, it is the first section.
    let text = "1. Rekisterinpitäjä - Personuppgiftsansvarig\n\nKunta.\n\n2. Rekisterin nimi\n\nAsiakasrekisteri.\n";
    assert_eq!(
        outline(text).first().map(|(_, kind)| *kind),
        Some(Controller)
    );
}

#[test]
fn a_short_line_after_an_introduction_heads_its_part_unless_it_names_the_notice() {
    // No title before the introduction: the short lines after it head their parts.
    let text = "Den som stöttar föreningen som volontär eller medlem får vissa uppgifter lagrade hos föreningen enligt dataskyddsförordningen.\n\nVolontärer\nOm volontärer lagrar föreningen några uppgifter: namn och mejladress.\nBara samordnarna har tillgång till dem.\n\nMedlemmar\nOm medlemmar lagrar vi följande uppgifter: för- och efternamn och adress.\n";
    let headings: Vec<String> = outline(text).into_iter().map(|(h, _)| h).collect();
    assert_eq!(headings, ["Volontärer", "Medlemmar"]);
    // A line naming the notice after such a paragraph is still its title.
    let imported = import("Sivustolla käytetään evästeitä, ja voit valita niistä sivun alareunan asetuksista haluamasi.\n\nAsiakastietojen tietosuoja\n\nAsiakkaiden tiedot ovat salassa pidettäviä.\n");
    assert_eq!(imported.notice.title, "Asiakastietojen tietosuoja");
}

#[test]
fn items_with_their_text_as_deeper_items_head_sections() {
    // A folded list copied as text (sv-271, development): each item's text is a deeper
    // item of prose, and the next item is a heading again.
    let text = "Integritetspolicy\n\n • När spar vi uppgifter\n  • Vi sparar personuppgifter när du kontaktar oss via hemsidan eller bokar en tid.\n • Hur länge spar vi dina uppgifter\n  • Vi sparar dem så länge lagen och avtalet med dig kräver, sedan raderas de.\n • Vem lämnar vi ut uppgifter till\n  • Vi lämnar ut uppgifter till samarbetspartners som sköter betalningar och leveranser.\n";
    assert_eq!(
        outline(text),
        [
            ("När spar vi uppgifter".to_string(), DataSources),
            ("Hur länge spar vi dina uppgifter".to_string(), Retention),
            ("Vem lämnar vi ut uppgifter till".to_string(), Recipients),
        ]
    );
    // Items whose deeper items are fields, not prose, stay one list.
    let fields = "Integritetspolicy\n\nVi behandlar följande uppgifter om dig som kund hos oss i verkstaden.\n\n • Kontaktuppgifter\n  • namn\n  • adress\n • Fordonsuppgifter\n  • registreringsnummer\n";
    assert_eq!(outline(fields), []);
}

#[test]
fn a_sentence_pointing_to_a_lost_link_leads_into_nothing_under_it() {
    // "… here:" lost its link in the copy; the line after it heads its section (en-188).
    let text = "Privacy policy for the clinic\n\nThe General Data Protection Regulation replaced the Personal Data Act in 2018.\n\nYou can read more about GDPR here:\n\nOur handling of your personal data\nWe save your name and address to identify you and to reach you about your animal.\n\nRecord keeping\nWe keep the animal's record for ten years, as the board of agriculture's rules require.\n";
    assert_eq!(
        outline(text),
        [
            ("Our handling of your personal data".to_string(), Other),
            ("Record keeping".to_string(), Other),
        ]
    );
}

#[test]
fn a_paragraph_cut_off_at_the_end_of_the_copy_is_still_prose() {
    // A stored page ends mid-sentence (sv-269, en-188): the line above the cut paragraph
    // heads it as it would head the whole one.
    let text = "Integritetspolicy\n\nVi berättar här hur vi behandlar dina personuppgifter på webbplatsen.\n\nDelning av uppgifter\n\nUppgifterna lämnas bara ut när lagen kräver det eller när du har samtyckt.\n\nJournalföring\n\nEnligt lag för vi en journal för varje patient med person- och kontaktuppgifter och bland des";
    assert_eq!(
        outline(text),
        [
            ("Delning av uppgifter".to_string(), Recipients),
            ("Journalföring".to_string(), Other),
        ]
    );
}
