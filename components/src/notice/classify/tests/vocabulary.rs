//! The classifier's words and rules found on the corpus's development half and their
//! equivalents in the other two languages: questions, the state's and the old Finland-Swedish
//! templates, labels and sentences (GDPR's own wording and other source texts: `templates.rs`).

use super::*;

#[test]
fn questions_and_phrases_each_language_uses_for_the_same_topic() {
    let cases: &[(&str, SectionKind)] = &[
        (
            "Hur behandlar vi dina personuppgifter och på vilka grunder?",
            Purpose,
        ),
        ("How do we process your personal data?", Purpose),
        ("Miten käsittelemme henkilötietojasi?", Purpose),
        (
            "4. Vad är syftet med och den rättsliga grunden för behandling av personuppgifter?",
            Purpose,
        ),
        ("Behandlingens syfte", Purpose),
        ("Behandlingar som utförs", Purpose),
        ("5. Vilka uppgifter hanterar vi?", DataContent),
        ("What data is collected about me?", DataContent),
        ("What information do we collect?", DataContent),
        ("Millä perusteella käsittelemme tietojasi?", LegalBasis),
        ("On what grounds do we process your data?", LegalBasis),
        ("What is the processing based on?", LegalBasis),
        ("Mihin käsittely perustuu?", LegalBasis),
        ("Vad grundar sig behandlingen på?", LegalBasis),
        // Thirteen words: a question of a heading's length, not prose.
        (
            "What are the laws on which Findata bases the processing of personal data?",
            LegalBasis,
        ),
        (
            "1. Organ och person som ansvarar för behandling av personuppgifter",
            Controller,
        ),
        ("The party responsible for processing your data", Controller),
        (
            "5. Regular release and transfer of personal data outside the European Union",
            Recipients,
        ),
        (
            "Vem är ansvarig för behandlingen av mina personuppgifter?",
            Controller,
        ),
        ("Who is responsible for your personal data?", Controller),
        ("Kuka vastaa tietojesi käsittelystä?", Controller),
        ("1 Register manager", Controller),
        ("2 Name of the registry", RegisterName),
        ("Den rättsliga grunden", LegalBasis),
        ("Intresse vid intresseavvägning", LegalBasis),
        ("Processing based on legitimate interest", LegalBasis),
        (
            "Personal data and categories of data subjects in the register",
            DataContent,
        ),
        ("Hur har vi fått in dina personuppgifter?", DataSources),
        ("Where do we get your data?", DataSources),
        ("Mistä tiedot saadaan?", DataSources),
        ("Rekisterien nimet", RegisterName),
        ("Registrens namn", RegisterName),
        (
            "2 Yhteystiedot rekisteriä koskevissa asioissa",
            ContactPerson,
        ),
        ("Kontakt i ärenden som gäller registret", ContactPerson),
        (
            "4. Minkälaisia henkilötietoja seurakunta käsittelee?",
            DataContent,
        ),
        ("The rights of an individual", Rights),
        ("Rights of data subjects", Rights),
        ("Yksilön oikeudet", Rights),
    ];
    expect_primary(cases);
    assert_eq!(
        kinds("5. Regular release and transfer of personal data outside the European Union"),
        [Recipients, Transfers]
    );
}

#[test]
fn the_states_template_explains_its_headings_in_brackets_and_they_are_still_headings() {
    for line in [
        "4. Registrerade och uppgifter om dem (gruppen/grupperna av registrerade och de uppgifter eller uppgiftskategorier som hör samman med dessa)",
        "4. Data subjects and data concerning them (group/groups of data subjects and data or data groups relating to them)",
        "4. Rekisteröidyt ja heitä koskevat tiedot (rekisteröityjen ryhmä/ryhmät ja niihin liittyvät tiedot tai tietoryhmät)",
    ] {
        assert_eq!(kinds(line), [DataContent], "{line}");
    }
    // Without a number, a line that long is still a sentence.
    let long = "Registrerade och uppgifter om dem och om allt annat som hör till registret och dess användning i biblioteket (se nedan)";
    assert!(kinds(long).is_empty());
}

#[test]
fn registeransvarig_is_the_responsible_person_where_the_controller_is_personuppgiftsansvarig() {
    let mut both = vec![
        ("Personuppgiftsansvarig".to_string(), vec![Controller], ()),
        ("Registeransvarig".to_string(), vec![Controller], ()),
    ];
    settle_in_context(&mut both);
    assert_eq!(both[1].1, [ResponsiblePerson]);
    assert_eq!(both[0].1, [Controller]);
    let mut alone = vec![
        ("Registeransvarig".to_string(), vec![Controller], ()),
        ("Kontaktperson".to_string(), vec![ContactPerson], ()),
    ];
    settle_in_context(&mut alone);
    assert_eq!(alone[0].1, [Controller]);
}

#[test]
fn a_numbered_heading_may_run_long_but_not_go_on_after_a_comma() {
    let long = "5. Regular destinations of disclosed data and transfer of data to outside the European Union or the European Economic Area";
    assert!(long.chars().count() > MAX_HEADING_CHARS);
    assert_eq!(kinds(long), [Recipients, Transfers]);
    // The same length as a sentence, or without its number, is body text.
    assert!(kinds(&format!("{long}.")).is_empty());
    assert!(kinds(&long[3..]).is_empty());
    assert!(kinds(
        "4. Contact persons of enterprises and authorities for the marketing and contact file,"
    )
    .is_empty());
    assert!(kinds("Rekisterinpitäjä;").is_empty());
}

#[test]
fn a_sentence_that_a_list_completes_is_no_heading() {
    for line in [
        "Henkilötietojen käsittelyn tarkoituksena on:",
        "Käsittelyn perusteet ovat:",
        "Ändamålen är:",
        "The purposes are:",
        "The register includes:",
    ] {
        assert!(kinds(line).is_empty(), "{line}");
    }
    // A label with a colon is still a heading.
    assert_eq!(kinds("Käsittelyn tarkoitus:"), [Purpose]);
}

#[test]
fn parts_about_the_notice_itself_dates_with_month_names_and_the_data_we_process() {
    let cases: &[(&str, SectionKind)] = &[
        ("The contents of the privacy policy", Other),
        ("The structure of the privacy policy", Other),
        ("Changes to this privacy policy", Other),
        ("Muutokset tähän tietosuojaselosteeseen", Other),
        ("Created: 12 October 2023", UpdatedDate),
        ("Laadittu: 3. lokakuuta 2023", UpdatedDate),
        ("Skapad: 12 oktober 2023", UpdatedDate),
        ("Personuppgifter som vi behandlar", DataContent),
        ("Personal data we process", DataContent),
        ("Henkilötiedot, joita käsittelemme", DataContent),
        ("Content of research records", DataContent),
        ("Principer för registerskyddet", Security),
    ];
    expect_primary(cases);
    // A title is still no heading, and a date field is only a date.
    assert!(kinds("Privacy policy of the university").is_empty());
    assert!(kinds("Created: by the board of the association").is_empty());
}

#[test]
fn finland_swedish_headings_of_the_old_templates() {
    let cases: &[(&str, SectionKind)] = &[
        ("2. Dataskyddsansvarig", Dpo),
        ("3. Avsikten med behandlingen av personuppgifter", Purpose),
        ("4. Personuppgifternas innehåll i registret", DataContent),
        ("5. Källa för personuppgifter", DataSources),
        ("Uppgifternas förvaringstid", Retention),
        ("Behandling av uppgifterna och principer för skyddandet av registret", Security),
        ("Registrets skyddsprinciper", Security),
        ("12. Principerna för skyddet av registret", Security),
        ("5. Registrets uppgiftsinnehåll: 1) Företagets uppgifter", DataContent),
        // A numbered label as long as a heading, its content after the colon.
        (
            "4. Ändamålet med behandlingen av personuppgifter (registrets användningsändamål): 1) Att sköta kundförhållandet.",
            Purpose,
        ),
    ];
    expect_primary(cases);
    // Unnumbered, a label that long is a sentence.
    assert!(kinds("Ändamålet med behandlingen av personuppgifter och registrets användning i allmänhet: att sköta kundförhållandet.").is_empty());
}

#[test]
fn a_second_registeransvarig_after_the_controller_is_the_responsible_person() {
    let mut sections = vec![
        ("1. Registeransvarig".to_string(), vec![Controller], ()),
        (
            "2. Registeransvarig och/eller kontaktperson".to_string(),
            vec![Controller, ContactPerson],
            (),
        ),
        ("3. Registrets namn".to_string(), vec![RegisterName], ()),
    ];
    settle_in_context(&mut sections);
    assert_eq!(sections[0].1, [Controller]);
    assert_eq!(sections[1].1, [ResponsiblePerson, ContactPerson]);
    // Two controllers named otherwise (two registers) stay controllers.
    let mut two = vec![
        ("Rekisterinpitäjä".to_string(), vec![Controller], ()),
        ("1. Rekisterinpitäjä".to_string(), vec![Controller], ()),
    ];
    settle_in_context(&mut two);
    assert_eq!(
        (two[0].1.clone(), two[1].1.clone()),
        (vec![Controller], vec![Controller])
    );
}

#[test]
fn dates_registrars_and_sentences_that_run_past_a_colon() {
    assert_eq!(kinds("Updated 30.1.2024."), [UpdatedDate]);
    assert_eq!(kinds("Updated 11.1.2022"), [UpdatedDate]);
    assert_eq!(
        kinds("Registrar: Fiscales Oy (company in charge)"),
        [Controller]
    );
    // A sentence is no label, whatever it names before its colon.
    assert!(
        kinds("We also use the customer register for profiling: a unique customer ID is made")
            .is_empty()
    );
    assert!(kinds(
        "Vi använder också uppgifterna i kundregistret för profilering: ett unikt kund-id skapas"
    )
    .is_empty());
}

#[test]
fn a_subtitle_that_names_the_document_as_information_to_data_subjects_is_no_heading() {
    for line in [
        "Informointi rekisteröidylle",
        "Information till registrerade",
        "Information till den registrerade",
        "Information to data subjects",
    ] {
        assert!(kinds(line).is_empty(), "{line}");
    }
    // How data subjects are informed is a section of its own.
    assert_eq!(kinds("9. Rekisteröidyn informointi"), [Informing]);
}

#[test]
fn parts_on_no_one_topic_are_headings_of_their_own_only_when_they_stand_alone() {
    for line in [
        "Yleistä",
        "Määritelmät",
        "DEFINITIONER",
        "Introduction",
        "2. Yleistä",
        "Cookies",
    ] {
        assert_eq!(kinds(line), [Other], "{line}");
    }
    // Inside a longer line the same words are no heading: "Allmänt intresse" is a legal
    // ground, "General Data Protection Regulation" a law.
    assert!(kinds("Allmänt intresse").is_empty());
    assert!(kinds("EU General Data Protection Regulation").is_empty());
}

#[test]
fn short_lines_that_name_the_notices_terms_or_principles_are_parts_of_their_own() {
    for line in [
        "KESKEISET MÄÄRITELMÄT",
        "Keskeiset käsitteet",
        "Behandlingens principer",
        "Key definitions",
    ] {
        assert_eq!(kinds(line), [Other], "{line}");
    }
    // A longer line is as often a sentence; a topic's own words still win.
    assert!(kinds("Behandlingen ska följa dataskyddsförordningens principer").is_empty());
    assert_eq!(kinds("Rekisterin suojauksen periaatteet"), [Security]);
}

#[test]
fn a_numbered_line_in_lowercase_is_an_item_of_a_list() {
    for line in [
        "1) sisäistää, kuinka tiekunnassa kerätään henkilötietoja",
        "2) laatia ja hyväksyä periaatteet henkilötietojen käsittelylle",
        "1 januari 2022",
    ] {
        assert!(kinds(line).is_empty(), "{line}");
    }
    assert_eq!(kinds("1) Rekisterinpitäjä"), [Controller]);
}

#[test]
fn the_head_noun_of_a_responsible_contact_person_is_the_contact_person() {
    assert_eq!(
        kinds("2. Rekisteristä vastaava yhteyshenkilö")[0],
        ContactPerson
    );
    assert_eq!(kinds("Rekisteristä vastaava henkilö")[0], ResponsiblePerson);
}

#[test]
fn swedish_statements_of_how_data_is_processed_and_the_right_to_get_it() {
    assert_eq!(kinds("Så behandlar vi dina personuppgifter")[0], Purpose);
    assert_eq!(kinds("Rätt att få ut dina personuppgifter")[0], Access);
}

#[test]
fn finnish_variants_of_retention_and_the_data_protection_contact() {
    assert_eq!(kinds("7. Tietojen säilyttämisaika"), [Retention]);
    assert_eq!(kinds("2. Yhteyshenkilö tietosuoja-asioissa")[0], Dpo);
}

#[test]
fn english_words_for_the_data_processed_and_its_protection() {
    for line in [
        "1. Data subjects",
        "1. The processed personal data",
        "Personal data processed in the study",
    ] {
        assert_eq!(kinds(line)[0], DataContent, "{line}");
    }
    assert_eq!(kinds("Protection of personal data"), [Security]);
}

#[test]
fn a_date_field_alone_is_the_notices_date() {
    for line in [
        "DATE: 28.9.2020",
        "Pvm: 07.12 .2018",
        "Datum: 2024-01-15",
        "Päivämäärä 1.2.2023",
    ] {
        assert_eq!(kinds(line), [UpdatedDate], "{line}");
    }
    // A date in a sentence is no field.
    assert!(kinds("Date of the meeting was moved").is_empty());
}

#[test]
fn the_wording_of_privacy_notice_templates_names_its_topics() {
    // Headings in the manner of the data protection authorities' model notices and of
    // notices written from them, in the three languages.
    expect_primary(&[
        ("Personal information we process", DataContent),
        ("Information that we collect", DataContent),
        ("Kinds of personal data", DataContent),
        ("Categories of information", DataContent),
        ("What personal information do we collect?", DataContent),
        ("What do we collect?", DataContent),
        ("Whose data do we process?", DataContent),
        ("Kenen tietoja käsittelemme?", DataContent),
        ("Käsittelemämme henkilötiedot", DataContent),
        ("Keräämämme tiedot", DataContent),
        ("Vems personuppgifter behandlar vi?", DataContent),
        ("Where we get personal information from", DataSources),
        ("Information we receive from third parties", DataSources),
        ("How we obtain your data", DataSources),
        ("Mistä keräämme tietoja?", DataSources),
        ("Transfers of personal data", Transfers),
        ("Sharing data outside the EEA", Transfers),
        ("Överföring av personuppgifter", Transfers),
        ("Where we store your data", Transfers),
        ("Storage of your data", Retention),
        ("How we keep your data secure", Security),
        ("Miten tietojasi suojataan?", Security),
        ("Mihin henkilötietojasi käytetään?", Purpose),
        ("Contact us", ContactPerson),
        ("Ota yhteyttä", ContactPerson),
        ("Kontakta oss", ContactPerson),
        ("När får vi behandla dina personuppgifter?", LegalBasis),
        ("Rätt till information", Access),
        ("Registry protection principles", Security),
    ]);
    // A sentence leading into an address is no heading, whatever it names.
    expect_no_heading(&["You can contact us at", "Lisätietoja saa osoitteessa"]);
    // "Contact us" heads a section standing alone, not inside a sentence.
    assert!(!kinds("Du har rätt att kontakta oss för").contains(&ContactPerson));
}

#[test]
fn notices_translated_from_finnish_and_swedish_name_their_topics_so() {
    expect_primary(&[
        ("Information included in the register", DataContent),
        ("Personal details", DataContent),
        ("Data concerning the data subject", DataContent),
        ("Registrets uppgifter", DataContent),
        ("Handing over of data", Recipients),
        ("Who will have access to the data?", Recipients),
        ("Vem lämnas uppgifterna till?", Recipients),
        ("Processing basis", LegalBasis),
        ("Grunden för behandlingen", LegalBasis),
        ("Stöd i lag", LegalBasis),
        ("Hur får vi dina uppgifter?", DataSources),
        ("Varför vi samlar in uppgifter", Purpose),
        ("Så använder vi dina personuppgifter", Purpose),
        ("Tekniska och organisatoriska åtgärder", Security),
        ("Vilka är vi?", Controller),
    ]);
}

#[test]
fn swedish_grounds_registrars_and_information_to_whom() {
    expect_primary(&[
        (
            "Grunder för och syftet med behandlingen av personuppgifter",
            LegalBasis,
        ),
        ("2. Registrator", Controller),
        ("6 Regelrätt överlåtning av information", Recipients),
        (
            "7 Överlåtning av information utanför EU eller ETA",
            Transfers,
        ),
        ("Information till de registrerade", Informing),
        ("Informoinnin toteuttaminen", Informing),
        (
            "5. Information till vilken information som regelbundet lämnas ut",
            Recipients,
        ),
    ]);
}

#[test]
fn notices_translated_word_for_word_name_their_topics_too() {
    expect_primary(&[
        ("1. Keeper of the register", Controller),
        ("Person handling register matters", ContactPerson),
        ("5. Tietolähde", DataSources),
        ("Register maintained by", Controller),
        ("Description", Other),
        ("3. Registers in use", Systems),
        ("7. Regulational information hand-overs", Recipients),
        (
            "8. Tranferring information outside EU or Europe´s economical area.",
            Transfers,
        ),
        ("Draw up date: 17.5.2018", UpdatedDate),
    ]);
}

#[test]
fn questions_of_why_where_to_and_how_long_and_the_moments_of_a_membership() {
    expect_primary(&[
        // "Why" comes before "on what grounds": the purpose is primary.
        (
            "Miksi ja millä perusteella käsittelemme henkilötietoa",
            Purpose,
        ),
        (
            "Varför och på vilken grund behandlar vi personuppgifter?",
            Purpose,
        ),
        (
            "Why and on what grounds do we process personal data?",
            Purpose,
        ),
        ("Mitä henkilötietoa käsittelemme", DataContent),
        ("Mihin luovutamme henkilötietoja", Recipients),
        ("Miten kauan säilytämme henkilötietoja", Retention),
        (
            "2. Personal data being processed and sources thereof",
            DataContent,
        ),
        ("NÄR DU SÖKER MEDLEMSKAP", Purpose),
        ("När du är medlem i föreningen", Purpose),
        ("When you become a member", Purpose),
        ("Kun liityt jäseneksi", Purpose),
        ("4. HENKILÖTIETOJEN KERÄYS", DataSources),
    ]);
    // Wanting to use a right is the right's, not a moment of the membership.
    expect_primary(&[("När du vill granska dina uppgifter", Access)]);
}

#[test]
fn how_data_is_used_on_what_support_who_may_see_it_and_who_helps() {
    expect_primary(&[
        ("Hur dina uppgifter används", Purpose),
        ("Personuppgifternas användning", Purpose),
        ("Med vilket stöd behandlar vi dina uppgifter?", LegalBasis),
        ("Vilka kan ta del av uppgifterna?", Recipients),
        ("Uppdateringar av policyn", Other),
        ("Withdrawing consent", ConsentWithdrawal),
        ("Subcontractors", Recipients),
        ("Underleverantörer", Recipients),
        ("Alihankkijat", Recipients),
        ("Länsstyrelserna är gemensamt ansvariga", Controller),
        ("Rekisterin tarveperuste:", Purpose),
        ("Rekisteriin merkitseminen:", DataSources),
        (
            "Frågor och svar om behandling av vårdnadshavares och barns personuppgifter",
            Other,
        ),
        ("Usein kysyttyä tietosuojasta", Other),
        ("Frequently asked questions", Other),
        ("Joint controllers", Controller),
        ("Yhteisrekisterinpitäjät", Controller),
    ]);
    // A numbered "Data protection" is the section on protecting the data; alone, a title.
    expect_primary(&[
        ("8. Data protection", Security),
        ("5. Tietosuoja", Security),
    ]);
    assert_ne!(kinds("Data protection").first(), Some(&Security));
    // Who uses the register sees its data; a part on cookies is on no topic of its own,
    // but a title or a sentence naming cookies among other things is no such part.
    expect_primary(&[
        ("Rekisterin käyttäjät", Recipients),
        ("Evästeiden (cookies) käyttö", Other),
        ("Use of cookies", Other),
    ]);
    assert_ne!(kinds("Tietosuojakäytäntö ja evästeet"), [Other]);
    assert!(kinds("The service uses cookies").is_empty());
    // Using cookies is about cookies, not the purposes of a register.
    assert_ne!(kinds("Användning av kakor").first(), Some(&Purpose));
}

#[test]
fn registers_as_finnish_companies_translate_them_and_as_templates_word_them() {
    expect_primary(&[
        // Finland's Swedish, as companies translate their Finnish notices.
        ("1. Registerhållare", Controller),
        ("2. Registrerad", DataContent),
        ("2. Registerärenden", ContactPerson),
        ("4. Personuppgifter som ska lagras i registret", DataContent),
        ("5. Uppgifterna i registret", DataContent),
        ("4. Grunden till att föra registret samt dess användningsändamål", LegalBasis),
        ("Informationsplikten", Informing),
        ("Vad händer med personuppgifterna?", Recipients),
        ("Hur får Bollebygds kommun in dina uppgifter?", DataSources),
        ("Hur personuppgifter behandlas och samlas in", DataSources),
        ("Samtycke i vissa fall", LegalBasis),
        ("Mihin henkilötietojen käsittely perustuu?", LegalBasis),
        // English of the same templates.
        ("Contact for Register", ContactPerson),
        ("2. Person in charge of data file matters", ContactPerson),
        ("The person responsible for registry matters", ContactPerson),
        ("2. Person managing register matters", ContactPerson),
        ("3. Data file name", RegisterName),
        ("2. Controllers’ contact persons", ContactPerson),
        ("3. Controller’s data privacy officer", Dpo),
        ("4. What kind of personal data do we process?", DataContent),
        ("10. Rights to inspect, prohibit, and correct", Access),
        ("The groups to which personal data have been or will be disclosed", Recipients),
        ("4. Individual responsible for the filing system: name, position and contact information", ResponsiblePerson),
        ("6. Processing of personal data is outsourced on agreement", Recipients),
        ("8. Personal data in the filing system", DataContent),
        ("Key concepts", Other),
        ("Yhteystiedot rekisteriasioissa", ContactPerson),
    ]);
    // A statement that stops at its verb leads into its list.
    assert!(kinds("Henkilötietojen käsittelyn tarkoitus on").is_empty());
    assert_eq!(kinds("Mitä oikeuksia sinulla on")[0], Rights);
    // Withdrawing consent is a right of its own, not a ground of the processing.
    assert_eq!(kinds("Rätt att återkalla samtycke"), [ConsentWithdrawal]);
    // A date in brackets is the notice's; a bare date heads nothing.
    assert_eq!(kinds("(Päivitetty 5.12.2023)"), [UpdatedDate]);
}
