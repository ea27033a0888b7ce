//! Numbered sections against lists inside them and tables of contents.

use crate::notice::import;
use crate::notice::SectionKind::{self, *};

/// The headings of the sections `text` imports to, in order.
fn headings_of(text: &str) -> Vec<String> {
    import(text)
        .notice
        .sections
        .into_iter()
        .map(|s| s.heading)
        .collect()
}

#[test]
fn a_list_inside_a_numbered_section_is_text_not_sections() {
    // A list numbered otherwise than the sections, and one that starts again from one.
    let text = "1. Rekisterinpitäjä\nKunta\n2. Rekisterin nimi\nAsiakasrekisteri\n3. Käsittelyn oikeusperuste\n1) Lakisääteinen velvoite\n2) Sopimus\n4. Tietolähteet\n1. Asiakas itse\n2. Väestötietojärjestelmä\n5. Säilytysaika\nViisi vuotta.\n";
    let imported = import(text);
    let headings: Vec<&str> = imported
        .notice
        .sections
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "1. Rekisterinpitäjä",
            "2. Rekisterin nimi",
            "3. Käsittelyn oikeusperuste",
            "4. Tietolähteet",
            "5. Säilytysaika"
        ]
    );
    assert!(imported.notice.sections[2]
        .body
        .contains("Lakisääteinen velvoite"));
    assert!(imported.notice.sections[3]
        .body
        .contains("Väestötietojärjestelmä"));
    // A number said again is a list's too ("4." in section 4).
    let again = "3. Käsittelyn tarkoitus\nPalvelut.\n4. Rekisteröidyt\n4. Yritysten yhteyshenkilöt\n5. Tietolähteet\nAsiakas.\n";
    assert_eq!(
        headings_of(again),
        [
            "3. Käsittelyn tarkoitus",
            "4. Rekisteröidyt",
            "5. Tietolähteet"
        ]
    );
    // Sections copied from a page's list are all "1.": their numbers never go back.
    let ones = "1. Rekisterinpitäjä\nKunta\n1. Rekisterin nimi\nAsiakasrekisteri\n1. Käsittelyn tarkoitus\nPalvelut.\n";
    assert_eq!(import(ones).notice.sections.len(), 3);
}

#[test]
fn a_numbered_table_of_contents_is_text_and_the_sections_after_it_are_kept() {
    let text = "Sisällys\n1. Rekisterinpitäjä\n2. Rekisterin nimi\n3. Käsittelyn tarkoitus\n\n1. Rekisterinpitäjä\nKunta\n2. Rekisterin nimi\nAsiakasrekisteri\n3. Käsittelyn tarkoitus\nPalvelut.\n";
    let imported = import(text);
    let sections = &imported.notice.sections[usize::from(imported.preamble)..];
    let outline: Vec<(&str, SectionKind)> = sections
        .iter()
        .map(|s| (s.heading.as_str(), s.kind))
        .collect();
    assert_eq!(
        outline,
        [
            ("1. Rekisterinpitäjä", Controller),
            ("2. Rekisterin nimi", RegisterName),
            ("3. Käsittelyn tarkoitus", Purpose)
        ]
    );
    assert!(sections[0].body.contains("Kunta"));
}

#[test]
fn a_table_of_contents_numbered_otherwise_than_its_sections_is_text() {
    // The contents say "1.", the sections "1 ": the contents are still text.
    let text = "Innehåll\n\n1. Registrets namn\n2. Personuppgiftsansvarig/ägare\n3. Kontaktperson i registerärenden\n4. Lagringstid\n\n1 Registrets namn\n\nKundregister\n\n2 Personuppgiftsansvarig\n\nStaden\n\n3 Kontaktperson i registerärenden\n\nFörvaltningsdirektör\n\n4 Lagringstid\n\nFem år.\n";
    let imported = import(text);
    let sections = &imported.notice.sections[usize::from(imported.preamble)..];
    let headings: Vec<&str> = sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "1 Registrets namn",
            "2 Personuppgiftsansvarig",
            "3 Kontaktperson i registerärenden",
            "4 Lagringstid"
        ]
    );
    // A document cut short names again only some of what its contents list: three will do.
    let cut = "Innehåll\n1. Registrets namn\n2. Personuppgiftsansvarig\n3. Kontaktperson\n4. Lagringstid\n5. Ändamål\n6. Datainnehåll\n7. Källor\n8. Mottagare\n\n1 Registrets namn\nKundregister\n2 Personuppgiftsansvarig\nStaden\n3 Kontaktperson\nN.N.\n";
    let imported = import(cut);
    let headings: Vec<&str> = imported.notice.sections[usize::from(imported.preamble)..]
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "1 Registrets namn",
            "2 Personuppgiftsansvarig",
            "3 Kontaktperson"
        ]
    );
    // Five or more lines with no text between them are contents, however they are worded.
    let worded = "Sisällysluettelo\n 1. Tässä politiikassa käytetyt määritelmät\n 2. Tietosuojaperiaatteet\n 3. Mitä oikeuksia sinulla on\n 4. Mitä henkilötietoja keräämme\n 5. Miten käytämme tietojasi\n\nRekisterinpitäjä\n\nYhtiö Oy\n\nMitä henkilötietoja keräämme?\n\nNimen ja sähköpostiosoitteen.\n";
    let kinds: Vec<SectionKind> = import(worded)
        .notice
        .sections
        .iter()
        .skip(1)
        .map(|s| s.kind)
        .collect();
    assert_eq!(kinds, [Controller, DataContent]);
    // Three numbered headings in a row that are not named again are sections, empty or not.
    let short = "1. Rekisterinpitäjä\n2. Rekisterin nimi\n3. Tarkoitus\nPalvelut.\n";
    assert_eq!(import(short).notice.sections.len(), 3);
}

#[test]
fn contents_of_two_lines_before_sections_that_start_again_from_one_are_text() {
    // Too short to be told by its titles named again: the numbers going back tell it.
    let text = "Sisällys\n1. Rekisterinpitäjä\n2. Rekisterin nimi\n\n1. Rekisterinpitäjä\nKunta\n2. Rekisterin nimi\nAsiakasrekisteri\n3. Käsittelyn tarkoitus\nPalvelut.\n";
    let imported = import(text);
    let sections = &imported.notice.sections[usize::from(imported.preamble)..];
    let outline: Vec<(&str, &str)> = sections
        .iter()
        .map(|s| (s.heading.as_str(), s.body.as_str()))
        .collect();
    assert_eq!(
        outline,
        [
            ("1. Rekisterinpitäjä", "<p>Kunta</p>"),
            ("2. Rekisterin nimi", "<p>Asiakasrekisteri</p>"),
            ("3. Käsittelyn tarkoitus", "<p>Palvelut.</p>")
        ]
    );
    // Later, two empty sections before a list that starts from one are still sections.
    let later = "1. Rekisterinpitäjä\nKunta\n2. Rekisterin nimi\n3. Tietosisältö\n1. Nimi\n2. Osoite\n4. Säilytysaika\nViisi vuotta.\n";
    assert_eq!(
        headings_of(later),
        [
            "1. Rekisterinpitäjä",
            "2. Rekisterin nimi",
            "3. Tietosisältö",
            "4. Säilytysaika"
        ]
    );
}

#[test]
fn a_list_that_a_sections_text_introduces_is_text_even_under_section_one() {
    // Under "1." a list from one does not go back; the lead-in's colon tells it.
    let text = "1. Data Controller\nThe controllers of the project are:\n1. Tampere University\nBusiness ID: 284451-8\n2. Corvinus University of Budapest\nThey decide the purposes together.\n2. Scope and purpose of data processing\nResearch.\n3. Data content\nNames.\n";
    assert_eq!(
        headings_of(text),
        [
            "1. Data Controller",
            "2. Scope and purpose of data processing",
            "3. Data content"
        ]
    );
    // A list under section 2 that runs past its number is a list to its end.
    let longer = "1. Rekisterinpitäjä\nKunta\n2. Käsittelyn tarkoitus\nTietoja käytetään:\n1. Asiakassuhteen hoitoon\n2. Laskutukseen\n3. Tilastointiin\n3. Tietolähteet\nAsiakas.\n";
    assert_eq!(
        headings_of(longer),
        [
            "1. Rekisterinpitäjä",
            "2. Käsittelyn tarkoitus",
            "3. Tietolähteet"
        ]
    );
}

#[test]
fn the_notices_date_after_the_last_section_heads_its_own_part_but_a_copy_inside_one_is_text() {
    let text = "Päivitetty 1.2.2024\n\n1. Rekisterinpitäjä\nKunta\nPäivitetty 1.2.2024\n2. Rekisterin nimi\nAsiakasrekisteri\n3. Tietolähteet\nAsiakas itse.\n\nPrint | E-mail this page\n\nLast updated 18.8.2009\n";
    let imported = import(text);
    let outline: Vec<(&str, SectionKind)> = imported
        .notice
        .sections
        .iter()
        .map(|s| (s.heading.as_str(), s.kind))
        .collect();
    assert_eq!(
        outline,
        [
            ("Päivitetty 1.2.2024", UpdatedDate),
            ("1. Rekisterinpitäjä", Controller),
            ("2. Rekisterin nimi", RegisterName),
            ("3. Tietolähteet", DataSources),
            ("Last updated 18.8.2009", UpdatedDate),
        ]
    );
    assert!(imported.notice.sections[1]
        .body
        .contains("Päivitetty 1.2.2024"));
}

#[test]
fn a_numbered_line_going_on_from_an_item_of_a_list_is_one_too() {
    // "2." names the controller, but it goes on from the item "1.": both are a list's.
    let text = "Studies\n\nWhy are we allowed to process your personal data?\n\nThe more detailed grounds are:\n\n  1. the consent of the data subject (e.g. marketing communications)\n  2. Rules on the controller's statutory obligation:\n    • The Universities Act 558/2009\n";
    let headings = headings_of(text);
    assert!(
        !headings.iter().any(|h| h.contains("Rules on")),
        "{headings:?}"
    );
    // A list ending in "3." under the section "3.": the section "4." still heads its part.
    let text = "1. Controller of the register\n\nStatistics Finland\n\n2. Name of the register\n\nCustomers\n\n3. Purpose for the processing of the personal data\n\n1. Management of customer relationships\n2. Direct marketing\n3. At the consent of the data subject\n\n4. The data subjects and the contents of data on them\n\nCustomers and their contact details.\n";
    let headings = headings_of(text);
    assert_eq!(
        headings.last().map(String::as_str),
        Some("4. The data subjects and the contents of data on them")
    );
}

#[test]
fn the_sections_are_numbered_as_most_of_them_are_though_the_first_is_not() {
    // The full stop left out once, on the first section: the rest are sections still, and
    // a line numbered as the first one was, inside a section, is its text.
    let text = "1 Allmänt\nAndelslaget för en medlemsförteckning.\n2. Registrator\nAndelslaget.\n3. Syfte med personuppgiftsbehandling\nFakturering.\n12 månader efter utträdet raderas uppgifterna.\n4. Beskrivning av registrerade uppgifter\nAdresser.\n";
    let headings = headings_of(text);
    assert!(
        headings.contains(&"2. Registrator".to_string())
            && headings.contains(&"4. Beskrivning av registrerade uppgifter".to_string()),
        "{headings:?}"
    );
    assert!(
        !headings.iter().any(|h| h.starts_with("12 ")),
        "{headings:?}"
    );
    // And the first section, which lost its mark, is one too, under the notice's title.
    let text = "Register- och dataskyddsbeskrivning\n\n1 Allmänt\n\nAndelslaget för en medlemsförteckning.\n\n2. Registrator\n\nAndelslaget.\n\n3. Syfte med personuppgiftsbehandling\n\nFakturering.\n\n4. Beskrivning av registrerade uppgifter\n\nAdresser.\n";
    let headings = headings_of(text);
    assert!(headings.contains(&"1 Allmänt".to_string()), "{headings:?}");
}

#[test]
fn contents_with_parts_and_a_line_split_at_its_colon_are_all_contents() {
    // A page's contents (en-196, development): parts numbered under their sections, and a
    // line whose label the colon splits from the rest; the sections follow from one again.
    let text = "Privacy policy\n1. Controller\n2. Controller contact information\n3. What personal data do we process?\n4. Where do we collect your personal data from?\n5. What are the legal grounds for the processing?\n5.1 Legitimate interest\n5.2 Consent\n6. How long do we keep your information?\n7. Data subject rights: how can you affect the processing of your personal data?\n7.1 Right to access information\n8. Right to lodge a complaint with a supervisory authority\n9. Cookie policy\n9.1 What data are collected?\n1. Controller\nThe controller is Lippupiste Oy, Kansikatu 5, Tampere.\n3. What personal data do we process?\nName, contact information and language.\n";
    assert_eq!(
        headings_of(text),
        [
            "Privacy policy",
            "1. Controller",
            "3. What personal data do we process?"
        ]
    );
}

#[test]
fn a_section_that_lost_the_mark_after_its_number_is_still_one() {
    // "5 Data file contents" among "1." … "4." (en-204, development); a line numbered
    // so that names no topic stays a list's item.
    let text = "1. Controller\nCentro-Hotel Oy, Turku\n2. File manager\nN.N., Managing Director\n3. Name of file\nCustomer data file\n4. Purpose of handling personal data\nBookings and invoicing.\n5 Data file contents\nName, date of birth and contact details.\n";
    assert_eq!(
        import(text)
            .notice
            .sections
            .iter()
            .map(|s| (s.heading.as_str(), s.kind))
            .collect::<Vec<_>>(),
        [
            ("1. Controller", Controller),
            ("2. File manager", ResponsiblePerson),
            ("3. Name of file", RegisterName),
            ("4. Purpose of handling personal data", Purpose),
            ("5 Data file contents", DataContent),
        ]
    );
    let item = "1. Controller\nCentro-Hotel Oy\n2. Name of file\nCustomers\n3. Purpose of handling personal data\nBookings:\n4 times a year we send a newsletter\n";
    assert!(!headings_of(item).contains(&"4 times a year we send a newsletter".to_string()));
}

#[test]
fn a_list_from_one_under_unnumbered_headings_heads_no_sections() {
    // en-208, development: the sections are not numbered; a sentence ending in a colon
    // introduces a list numbered from one, and the next unnumbered heading is one again.
    let text = "GDPR – Processing of Personal Data\n\nThis policy explains what we do with your personal data.\n\nCollection of personal data\n\nWe may collect, store and use the following kinds of personal data:\n\n  1. Data about your computer: IP address, location and browser.\n  2. Data about your visit: referral source and page views.\n  3. Data you give when you register on the website.\n\nUse of your personal data\n\nWe use it to run the website and our business.\n";
    assert_eq!(
        headings_of(text),
        [
            "GDPR – Processing of Personal Data",
            "Collection of personal data",
            "Use of your personal data"
        ]
    );
    // A field's bare label is no such sentence: the numbered sections after it stand.
    let sections = "Privacy Policy\n\nController\n\nCompany: Metropolia\nContact person for data protection matters:\n\n1. Legal basis for processing personal data\n\nContract and legitimate interest.\n\n2. Data content of the customer register\n\nName and address.\n\n3. Data retention\n\nFive years.\n";
    assert!(headings_of(sections).contains(&"3. Data retention".to_string()));
}
