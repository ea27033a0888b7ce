//! Headings in the wording of associations', sports clubs' and companies' notices, and the
//! regional pages that tell readers what they can do (the corpus's later development
//! documents), with their equivalents in the other two languages.

use super::*;

#[test]
fn data_handed_on_to_third_parties_updating_ones_details_and_the_readers_wishes() {
    let cases: &[(&str, SectionKind)] = &[
        ("Behandlade personuppgifter mm", DataContent),
        ("Käsiteltävät henkilötiedot", DataContent),
        (
            "Överlämning av personuppgifter till tredje part",
            Recipients,
        ),
        ("Tietojen luovutus kolmansille osapuolille", Recipients),
        ("Transfer of data to third parties", Recipients),
        // A third country is a transfer, not a recipient.
        ("Överföring till tredje land", Transfers),
        ("Uppdatera dina uppgifter", Rectification),
        ("Päivitä tietosi", Rectification),
        ("Update your details", Rectification),
    ];
    expect_primary(cases);
    // A question asking what the reader wants is the text's, not a heading; other
    // questions on no named topic still head sections.
    expect_no_heading(&[
        "Vill du ändra dina medlemsuppgifter eller avsluta medlemskapet?",
        "Haluatko lopettaa jäsenyytesi?",
        "Would you like to end your membership?",
    ]);
    assert_eq!(kinds("Vad är en personuppgift?"), [Other]);
}

#[test]
fn a_line_of_dates_each_with_its_label_is_the_notices_date() {
    assert_eq!(
        kinds("Prepared on April 19, 2026. Last updated on April 19, 2026.").first(),
        Some(&UpdatedDate)
    );
    assert_eq!(
        kinds("Laadittu 27.9.2017, päivitetty 29.05.2018").first(),
        Some(&UpdatedDate)
    );
    // A sentence about an update, with no date, is not.
    assert_ne!(
        kinds("Updated. We changed the notice when the law changed.").first(),
        Some(&UpdatedDate)
    );
}

#[test]
fn a_field_whose_address_the_page_hides_is_a_field() {
    // Cloudflare writes "[email protected]" in a page's HTML for the address it hides.
    assert!(kinds("Contact person for registry matters: [email protected]").is_empty());
    assert!(kinds("Yhteyshenkilö: [email\u{a0}protected]").is_empty());
    assert_eq!(
        kinds("Contact person for registry matters"),
        [ContactPerson]
    );
}

#[test]
fn what_the_reader_does_with_their_data_and_article_30s_wording() {
    let cases: &[(&str, SectionKind)] = &[
        ("När du vill granska dina uppgifter", Access),
        ("Jos haluat tarkastaa tietosi", Access),
        ("How to check your data", Access),
        ("När du vill rätta dina uppgifter", Rectification),
        ("Jos haluat korjata tietosi", Rectification),
        ("How to correct your data", Rectification),
        ("När du vill radera dina uppgifter", Erasure),
        ("Jos haluat poistaa tietosi", Erasure),
        ("How to delete your data", Erasure),
        ("De uppgifter om de registrerade som behandlas", DataContent),
        ("Rekisteröityjä koskevat tiedot", DataContent),
        ("Utlämning av uppgifter", Recipients),
    ];
    expect_primary(cases);
}

#[test]
fn the_sports_movements_template_and_who_may_see_the_data() {
    let cases: &[(&str, SectionKind)] = &[
        (
            "Parter och ansvar för behandlingen av dina personuppgifter",
            Controller,
        ),
        ("Vastuu henkilötietojen käsittelystä", Controller),
        ("Vem får ta del av dina personuppgifter?", Recipients),
        ("Who has access to your personal data?", Recipients),
        // Seeing one's own data is access.
        ("Rätt att ta del av dina personuppgifter", Access),
    ];
    expect_primary(cases);
    // A sentence that goes on past its verb to a colon is a list's lead-in, not a label.
    expect_no_heading(&[
        "Den rättsliga grunden är att behandlingen:",
        "The legal basis is that the processing:",
    ]);
    // English "on" is no verb: a label still.
    assert_eq!(
        kinds("Information on the purpose of processing:").first(),
        Some(&Purpose)
    );
}

#[test]
fn questions_readers_ask_and_data_named_by_what_is_done_to_them_name_their_topics() {
    let cases: &[(&str, SectionKind)] = &[
        ("Why we collect data", Purpose),
        ("Därför behandlar vi dina uppgifter", Purpose),
        ("Mihin tietoja käytetään?", Purpose),
        ("Who do we share your data with?", Recipients),
        ("Vem får tillgång till uppgifterna?", Recipients),
        ("Kuka pääsee käsittelemään tietoja?", Recipients),
        ("On what basis do we process data?", LegalBasis),
        ("Med vilken rätt behandlar vi uppgifterna?", LegalBasis),
        ("How do we protect your data?", Security),
        ("Hur skyddar vi dina uppgifter?", Security),
        ("Miten tietoja suojataan?", Security),
        ("What rights do you have?", Rights),
        ("Mitkä ovat oikeutesi?", Rights),
        ("Rätt att klaga", Complaint),
        ("Data we process", DataContent),
        ("Data stored in the register", DataContent),
        ("Data subject groups", DataContent),
        ("Insamlade uppgifter", DataContent),
        ("Typer av personuppgifter", DataContent),
        ("Uppgifter i registret", DataContent),
        ("Käsiteltävät tiedot", DataContent),
        ("Kerättävät tiedot", DataContent),
        ("Vad används uppgifterna till?", Purpose),
        ("Varför behöver vi dina uppgifter?", Purpose),
        ("Use of personal data", Purpose),
        ("Miksi tarvitsemme tietojasi?", Purpose),
        ("Rättsligt stöd", LegalBasis),
        ("Grund för behandlingen", LegalBasis),
        ("Käsittelyperuste", LegalBasis),
        ("Personuppgiftsbiträden", Recipients),
        ("Who processes your data?", Recipients),
        ("Henkilötietojen käsittelijät", Recipients),
        ("Vem är ansvarig för dina personuppgifter?", Controller),
        ("Who we are", Controller),
        ("Var behandlas uppgifterna?", Transfers),
        ("Where is your data processed?", Transfers),
        ("Arkivering", Retention),
        ("Var får vi uppgifterna från?", DataSources),
        ("Insyn i dina uppgifter", Access),
        ("Rätt att bli raderad", Erasure),
        ("Informationssystem", Systems),
        ("Automatiserade beslut", AutomatedDecisions),
        // "Hantera", Swedish's other word for processing.
        ("Varför hanterar vi dina personuppgifter?", Purpose),
        ("How we handle your personal data", Purpose),
        ("Vem tar del av dina personuppgifter?", Recipients),
        ("Vem har tillgång till dina uppgifter?", Recipients),
        ("Who can see your data?", Recipients),
        ("Kenellä on pääsy tietoihin?", Recipients),
        ("Vilken typ av personuppgifter behandlar vi?", DataContent),
        ("Hur samlar vi in personuppgifter?", DataSources),
        ("Så länge sparar vi dina uppgifter", Retention),
        ("Keeping your data safe", Security),
        ("Your data protection rights", Rights),
        ("Mitä oikeuksia sinulla on?", Rights),
        ("Om du är missnöjd", Complaint),
        ("How to complain", Complaint),
        ("Valituksen tekeminen", Complaint),
        ("Har du frågor?", ContactPerson),
        ("Title of the register", RegisterName),
        ("2. NAME OF REGISTER", RegisterName),
        ("To whom is data disclosed?", Recipients),
        ("Who will your data be shared with and why?", Recipients),
        ("What are my rights?", Rights),
        ("Where do we obtain personal data?", DataSources),
        ("How is your personal data protected?", Security),
        ("Principles of protecting the register", Security),
        ("Right to access your data", Access),
        ("Data groups", DataContent),
        ("Date of last update", UpdatedDate),
        // An introduction is about everything that follows, whatever it names.
        ("Inledning och syfte", Other),
        ("Introduction and purpose", Other),
        ("Organisation och ansvar", Controller),
        ("Ansvarig", Controller),
        ("Vastuu", Controller),
        ("Rekisterin suojaus", Security),
        ("Kielto-oikeus", Objection),
        ("Mistä tietoja kerätään?", DataSources),
        ("Yhteydenotot", ContactPerson),
        ("Rekisteröidyt", DataContent),
        ("De registrerade", DataContent),
    ];
    expect_primary(cases);
    // The use of data and their protection together is about their protection (the seed
    // of Pieksämäki: "ASIAKASTIETOJEN KÄYTTÖ JA TIETOJEN SUOJAAMINEN").
    assert_eq!(
        kinds("Asiakastietojen käyttö ja tietojen suojaaminen"),
        [Security]
    );
    // A sentence cut where the page's copy ends names no topic by "uppgifter om dig".
    assert!(kinds("Kommunen behöver uppgifter om dig för att kunna handlägga").is_empty());
    // Data named by the systems that hold them label a part of the security section.
    assert_ne!(
        kinds("Data stored in information management systems").first(),
        Some(&DataContent)
    );
}

#[test]
fn a_short_line_naming_sensitive_data_heads_a_part_of_its_own() {
    for line in [
        "Känsliga personuppgifter",
        "Behandling av känsliga personuppgifter",
        "Sensitive personal data (special categories of data and criminal records)",
        "Arkaluonteiset tiedot",
    ] {
        assert_eq!(kinds(line), [Other], "{line}");
    }
    expect_no_heading(&[
        // A field, a sentence about them, a sentence saying there are none.
        "Känsliga uppgifter: inga",
        "Känsliga personuppgifter är uppgifter om",
        "No sensitive personal data nor criminal records",
    ]);
}

#[test]
fn a_question_written_without_its_mark_heads_a_section() {
    // Headings are often questions without the question mark; with no topic of their
    // own they head a part on none (`other`), with one they name it.
    for question in [
        "Vad är en personuppgift",
        "Mitä henkilötietojen käsittelystä tulee tietää ja miksi",
        "What you should know about how we process personal data",
        "När du vill ha kontakt med oss",
    ] {
        assert_eq!(kinds(question), [Other], "{question}");
    }
    expect_primary(&[
        ("Varför vi behandlar personuppgifter", Purpose),
        ("Mihin tietoja käytetään", Purpose),
        ("How long we keep your data", Retention),
    ]);
    // Not a sentence (its full stop), a line a sentence was broken into (its comma) or a
    // long line.
    expect_no_heading(&[
        "Vad vi gör med uppgifterna beskrivs nedan.",
        "När du själv ger oss information, till exempel när du",
        "When you use services at the foundation, the processing of your",
        "How we look after the data of everyone who takes part in any of the activities we run",
    ]);
}

#[test]
fn background_and_general_parts_stand_alone_as_headings_on_no_topic() {
    for line in [
        "Bakgrund",
        "Tausta",
        "Background",
        "Generellt",
        "Introduktion",
    ] {
        assert_eq!(kinds(line), [Other], "{line}");
    }
}

#[test]
fn the_data_named_by_category_by_what_is_done_with_them_or_whom_they_are_about() {
    expect_primary(&[
        ("Personal data categories", DataContent),
        ("Henkilötietoryhmät", DataContent),
        ("Personuppgiftskategorier", DataContent),
        ("Data contained in the register", DataContent),
        ("Rekisterin sisältämät tiedot", DataContent),
        ("Uppgifter som ingår i registret", DataContent),
        ("Lagrade uppgifter", DataContent),
        ("Personal information collected", DataContent),
        ("Data to be collected", DataContent),
        ("Which data do we process", DataContent),
        ("Mitkä tiedot rekisteriin tallennetaan", DataContent),
        ("Data recorded in the register", DataContent),
        ("Rekisteriin kirjattavat tiedot", DataContent),
        ("Information about you", DataContent),
        ("Sinua koskevat tiedot", DataContent),
    ]);
    // How long data are kept is their retention, however the data are named.
    assert_eq!(
        kinds("How long is recorded data kept?").first(),
        Some(&Retention)
    );
}

#[test]
fn swedish_data_named_by_what_is_done_with_them_and_their_collection() {
    expect_primary(&[
        ("Uppgifter som behandlas", DataContent),
        ("Typ av personuppgifter", DataContent),
        ("Uppgifter vi samlar in", DataContent),
        ("Uppgifter som registreras", DataContent),
        ("Uppgifter som sparas", DataContent),
        ("Sparade uppgifter", DataContent),
        ("Insamling av personuppgifter", DataSources),
        ("Collection of personal data", DataSources),
        ("Henkilötietojen kerääminen", DataSources),
        (
            "Med stöd av vilken lag behandlar vi uppgifterna?",
            LegalBasis,
        ),
    ]);
}

#[test]
fn the_old_right_of_inspection_restriction_use_sharing_and_rights_with_a_possessive() {
    expect_primary(&[
        ("Right of inspection", Access),
        ("Granskningsrätt", Access),
        ("Rätt att granska sina uppgifter", Access),
        ("Rajoitusoikeus", Restriction),
        ("Right to restrict processing", Restriction),
        ("Rätt att begränsa behandlingen", Restriction),
        ("Use of the register", Purpose),
        ("Registrets användning", Purpose),
        ("Reason for processing", Purpose),
        ("Data sharing", Recipients),
        ("Tietojen jakaminen", Recipients),
        ("Data subject's rights", Rights),
        ("Data subjects’ rights", Rights),
    ]);
}

#[test]
fn who_gives_more_information_and_whom_to_turn_to() {
    expect_primary(&[
        ("Lisätietoja antaa", ContactPerson),
        ("Mer information ges av", ContactPerson),
        ("Further information is provided by", ContactPerson),
        ("Kenen puoleen voin kääntyä?", ContactPerson),
        ("Vem kan jag kontakta?", ContactPerson),
        ("Whom can I contact?", ContactPerson),
        ("Contact point", ContactPerson),
    ]);
}

#[test]
fn a_line_ending_in_a_word_that_leads_on_is_no_heading() {
    expect_no_heading(&[
        "När uppgifterna behandlas handlar det oftast om att",
        "Personuppgifter som behandlas och",
        "Rekisteriin tallennetaan henkilötiedot ja",
        "The personal data we process and the",
        // Lines of a paragraph broken over lines, ending where a clause opens or says
        // what a thing is of.
        "Du har som registrerad rätt att få dina personuppgifter raderade om",
        "Rekisteriin tallennetaan tietoja henkilöistä, joka",
        "You may ask us to stop the processing of",
        // A numbered heading cut short where the copy ends.
        "2. The",
        "5. Rights of the",
    ]);
    // A heading may end in a preposition.
    expect_primary(&[
        ("Vem vi delar uppgifterna med", Recipients),
        ("Who we share your data with", Recipients),
    ]);
}

#[test]
fn the_registered_persons_and_how_data_are_collected() {
    expect_primary(&[
        ("Rekisteröidyt henkilöt", DataContent),
        ("Registrerade personer", DataContent),
        ("Data subjects", DataContent),
        ("Miten keräämme tietoja?", DataSources),
        ("Kuinka keräämme tietoja?", DataSources),
    ]);
    // A sentence leading into its list is not where data come from.
    assert!(kinds("Keräämme tietoja").is_empty());
}

#[test]
fn a_contacts_line_with_name_post_and_unit_is_no_heading() {
    expect_no_heading(&[
        "N.N., tietosuojavastaava, Rannikon IT-keskus",
        "Anna Svensson, registrator, kansliet",
        "Jane Doe, data protection officer, IT services",
    ]);
    // A heading naming its topics in a list still is one.
    expect_primary(&[
        (
            "Rekisterinpitäjä, yhteyshenkilö ja tietosuojavastaava",
            Controller,
        ),
        ("Purpose, legal basis and retention", Purpose),
        // Two commas, but what follows the first names data, not who someone is.
        (
            "Groups of persons, data content, and personal data groups of the register",
            DataContent,
        ),
    ]);
}

#[test]
fn a_numbered_sentence_saying_is_is_an_item_of_a_list() {
    expect_no_heading(&[
        "2. Du ska känna dig trygg att vi tycker din integritet är viktig.",
        "3. Vi är tydliga med hur vi hanterar dina uppgifter.",
        "1. The register is kept on paper only.",
    ]);
    // Without a full stop, or without an "is", a numbered line heads its section.
    expect_primary(&[
        ("4. Personuppgiftsansvarig är kommunstyrelsen", Controller),
        (
            "8. Tranferring information outside EU or Europe´s economical area.",
            Transfers,
        ),
    ]);
}

#[test]
fn a_persons_field_with_its_value_heads_no_section() {
    expect_no_heading(&[
        "Tietosuojavastaava: N.N.",
        "Kontaktperson: N.N., tfn 040 000 0000",
        "Contact person: N.N.",
    ]);
    // Numbered, or as a label alone, it heads one.
    assert!(
        kinds("2. Registeransvarig och/eller kontaktperson: N.N., 040 000 0000")
            .contains(&ContactPerson)
    );
    assert_eq!(kinds("Tietosuojavastaava:"), [Dpo]);
}

#[test]
fn a_persons_name_and_post_heads_no_section() {
    expect_no_heading(&[
        "N.N., Tietosuojavastaava",
        "Jane Doe, Data Protection Officer",
        "Anna Svensson, dataskyddsombud",
        "Matti Meikäläinen, rekisteriasioiden yhteyshenkilö",
    ]);
    // A heading that names two topics with a comma is still one, and so is a post alone.
    assert_eq!(
        kinds("Rekisterinpitäjä, yhteyshenkilö"),
        [Controller, ContactPerson]
    );
    assert_eq!(kinds("Tietosuojavastaava"), [Dpo]);
}

#[test]
fn a_long_line_saying_is_is_a_sentence_though_it_lost_its_full_stop() {
    expect_no_heading(&[
        "All data are obtained from the data subject in connection with the newsletter subscription",
        "Uppgifterna är sparade hos oss så länge du är medlem i föreningen och ett år till",
    ]);
    // A question asks, and a line ending in its verb leads into a name.
    assert_eq!(
        kinds("What are the laws on which Findata bases the processing of personal data?"),
        [LegalBasis]
    );
    assert_eq!(
        kinds("As a Data Controller, responsible for processing your personal data is"),
        [Controller]
    );
    // The controller's officer is the officer.
    assert_eq!(
        kinds("Contact information of the controller’s data protection officer").first(),
        Some(&Dpo)
    );
}

#[test]
fn a_finnish_passive_before_a_colon_makes_a_sentence_that_a_list_completes() {
    expect_no_heading(&[
        "Rekisterissä käsitellään käyttötarkoituksen mukaisia tarpeellisia tietoja:",
        "Tietoja kerätään:",
        "Henkilötietoja säilytetään:",
    ]);
    // A label of a noun phrase before its colon is still one.
    assert_eq!(kinds("Rekisterin tietosisältö:"), [DataContent]);
    assert_eq!(
        kinds("Tietojen luovutus ja siirto").first(),
        Some(&Recipients)
    );
}

#[test]
fn whose_data_when_the_law_allows_and_the_head_of_a_finnish_phrase() {
    // The people whose data it is are no topic of the line.
    expect_no_heading(&[
        "Processing of the personal data of Data Protection Officers",
        "Behandling av personuppgifter om dataskyddsombud",
    ]);
    assert_eq!(
        kinds("Categories of personal data of the data subjects")[0],
        DataContent
    );
    // When the law allows processing, asked of the notice's own or of data in general.
    expect_primary(&[
        ("När får personuppgifter behandlas?", LegalBasis),
        ("MILLOIN HENKILÖTIETOJA SAA KERÄTÄ?", LegalBasis),
        ("When may personal data be processed?", LegalBasis),
        // Why, in the passive, before what the processing rests on.
        (
            "1. Miksi henkilötietojasi käsitellään vesihuollon palveluissa ja mikä on tietojen käsittelyperuste?",
            Purpose,
        ),
        ("Varför behandlas dina personuppgifter?", Purpose),
        // Finland-Swedish "granskning" is the right of access.
        ("Begäran om granskning och rättelse av uppgifter", Access),
        // Finnish puts the head of a phrase last: contact persons, responsible for the
        // register; a list of two keeps its order.
        ("2. Rekisteristä vastaavat yhteyshenkilöt", ContactPerson),
        ("Rekisterin vastuuhenkilö ja yhteyshenkilö", ResponsiblePerson),
    ]);
}
