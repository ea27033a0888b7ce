use super::*;

fn kinds(line: &str) -> Vec<SectionKind> {
    classify_heading(line)
}

#[test]
fn headings_of_the_seeds() {
    let cases: &[(&str, &[SectionKind])] = &[
        // 001: <b>N. Heading</b> then a tab
        ("<b>1. Rekisterinpitäjä</b>", &[Controller]),
        ("<b>2. Rekisterin yhteyshenkilö</b>", &[ContactPerson]),
        ("<b>3. Rekisterin nimi</b>", &[RegisterName]),
        ("<b>4. Tietosuojavastaava</b>", &[Dpo]),
        ("<b>5. Henkilötietojen käsittelyn tarkoitus</b>", &[Purpose]),
        ("<p><b>7. Säännönmukaiset tietolähteet</b></p>", &[DataSources]),
        ("<p><b>8. Tietojen säännönmukaiset luovutukset</b></p>", &[Recipients]),
        ("<p><b>9. Rekisteröidyn informointi</b></p>", &[Informing]),
        ("<p><b>10.Rekisterin suojauksen periaatteet</b></p>", &[Security]),
        ("<p><b>11.Rekisteritietojen säilytysaika ja sen peruste</b></p>", &[Retention]),
        ("<p><b>12.Oikeus saada pääsy tietoihinsa</b></p>", &[Access]),
        ("<p><b>13.Oikeus tietojen oikaisemiseen</b></p>", &[Rectification]),
        ("<p><b>14. Oikeus tehdä valitus valvontaviranomaiselle</b></p>", &[Complaint]),
        // 002: numbered plain text
        ("2. Rekisterinpitäjän edustaja", &[ResponsiblePerson]),
        ("5. Henkilötietojen käsittelyn oikeusperuste", &[LegalBasis]),
        ("8. Käsittelyssä käytettävät järjestelmät", &[Systems]),
        ("10. Automatisoitu päätöksenteko, mukaan lukien profilointi (EU:n tietosuoja-asetuksen artikla 22)", &[AutomatedDecisions]),
        ("12. Tietojen siirto EU:n tai ETA-alueen ulkopuolelle", &[Transfers]),
        ("14. Rekisteröidyn oikeudet", &[Rights]),
        ("Palvelun tuottajan nimi: Perhepalvelu helmi", &[Controller]),
        ("Rekisterin/palvelun nimi: lapsiperheiden kotipalvelu, perhetyö", &[RegisterName]),
        ("Tiedonanto laadittu (pvm): 19.12.2021, päivitetty 5.2.2023", &[UpdatedDate]),
        // 003: old law
        ("3. Rekisterin vastuhenkilö", &[ResponsiblePerson]),
        ("4. Rekisteriasioiden yhteyshenkilöt", &[ContactPerson]),
        ("9. Tietojen siirto EU:N tai ETA:n ulkopuolelle", &[Transfers]),
        ("10. Rekisterin suojausten periaatteet, julkisuus ja salassa pidettävyys", &[Security]),
        ("11. Tarkastusoikeus", &[Access]),
        ("12. Oikeus vaatia tietojen korjaamista", &[Rectification]),
        ("13. Rekisterin arkistointi ja hävittäminen", &[Retention]),
        // 004: UPPERCASE labels, one naming two topics
        ("REKISTERIN PITÄJÄ", &[Controller]),
        ("REKISTERIN VASTUUNHENKILÖ", &[ResponsiblePerson]),
        ("<p>REKISTERIN KÄYTTÖTARKOITUS JA PITÄMISEN PERUSTE</p>", &[Purpose, LegalBasis]),
        ("ASIAKASTIETOJEN LUOVUTTAMINEN", &[Recipients]),
        ("ASIAKASTIETOJEN KÄYTTÖ JA TIETOJEN SUOJAAMINEN", &[Security]),
        ("Laatimispäivä:", &[UpdatedDate]),
        // Swedish and English
        ("1. Personuppgiftsansvarig", &[Controller]),
        ("Ändamål och rättslig grund för behandlingen", &[Purpose, LegalBasis]),
        ("Dataskyddsombud", &[Dpo]),
        ("Lagringstid", &[Retention]),
        ("Överföring till tredje land", &[Transfers]),
        ("Rätt att återkalla samtycke", &[ConsentWithdrawal]),
        ("Purpose and legal basis of processing", &[Purpose, LegalBasis]),
        ("Right to lodge a complaint with a supervisory authority", &[Complaint]),
        ("6. Data content", &[DataContent]),
        // Numbered but unknown: kept as other
        ("15. Muut asiat", &[Other]),
    ];
    for (line, expected) in cases {
        assert_eq!(kinds(line), expected.to_vec(), "{line}");
    }
}

#[test]
fn lines_that_are_not_headings() {
    for line in [
        "Vammaispalvelut:",
        "<b>PERUSTEET:</b>",
        "TIETOSUOJASELOSTE",
        "REKISTERISELOSTE",
        "**REKISTERISELOSTE**",
        "Seloste henkilötietojen käsittelystä ja informointi rekisteröidyn oikeuksista",
        "Henkilötietolain (523/1999) 10 §",
        "EU:n yleinen tietosuoja-asetus (2016/679)",
        "Arkistolaki (831/1994)",
        "4.6.2018",
        "99300 MUONIO",
        "puh. 015 788 2111 (vaihde)",
        "Sähköposti: tietosuoja@om.fi",
        "Nimi: Muonion kunnan sosiaalitoimisto",
        "Postiosoite: Puthaanrannantie 15 B",
        "Hyppää pääsisältöön",
        "Tietosuojavaltuutetun yhteystiedot:",
        "Asiakkaan yksilöinti- ja yhteystiedot:",
        "Rekisterin tiedot ovat salassa pidettäviä.",
        "Asiakastiedot kerätään rekisteröidyltä itseltään tai maksusitoumusasiakkaiden kohdalla saadaan Siun soten viranhaltijalta.",
        "",
        "   ",
        "12.",
        "2016/679",
        "Henkilötietoja ei käytetä automaattiseen päätöksentekoon tai profilointiin.",
        "asiakkaan oikeudet",
        "tietoturva",
    ] {
        assert_eq!(kinds(line), vec![], "{line:?}");
    }
}

#[test]
fn numbers_are_split_only_when_they_number_a_line() {
    assert_eq!(
        strip_number("1. Rekisterinpitäjä"),
        (Some(1), "Rekisterinpitäjä")
    );
    assert_eq!(
        strip_number("10.Rekisterin suojaus"),
        (Some(10), "Rekisterin suojaus")
    );
    assert_eq!(
        strip_number("1 Rekisterin nimi"),
        (Some(1), "Rekisterin nimi")
    );
    assert_eq!(strip_number("3) Tietosisältö"), (Some(3), "Tietosisältö"));
    assert_eq!(strip_number("1.1.2023 alkaen"), (None, "1.1.2023 alkaen"));
    assert_eq!(strip_number("99300 MUONIO"), (None, "99300 MUONIO"));
}

#[test]
fn headings_of_notices_from_other_organisations() {
    // Kinds of miss seen on the corpus's development half (tests/fixtures/notices/).
    let cases: &[(&str, &[SectionKind])] = &[
        // date labels, with or without a colon, in any case
        ("Päiväys: 28.04.2015", &[UpdatedDate]),
        ("Laatimispäivämäärä 12.1.2024", &[UpdatedDate]),
        ("päivitetty 29.6.2018", &[UpdatedDate]),
        ("Laatimis- tai muutosajankohta: 15.12.2023", &[UpdatedDate]),
        // questions
        (
            "6. Mihin tarkoitukseen henkilötietoja käsitellään?",
            &[Purpose],
        ),
        ("1. Millaisia tietoja käsittelemme?", &[DataContent]),
        ("Why do we process your personal data?", &[Purpose]),
        ("Vilka personuppgifter samlar SÅA in?", &[DataContent]),
        ("Vad är en personuppgift?", &[Other]),
        // old-law and Swedish vocabulary, the people confused
        ("1. Name of the data file", &[RegisterName]),
        ("6. Contents of the data file", &[DataContent]),
        ("2. Rekisteriasioita hoitavat henkilöt:", &[ContactPerson]),
        (
            "Rekisteristä vastaava henkilö, tehtävänimike ja yhteystiedot",
            &[ResponsiblePerson],
        ),
        ("4. Yhteyshenkilö rekisterin tietosuoja-asioissa", &[Dpo]),
        ("Laglig grund", &[LegalBasis]),
        ("Rekisterin tiedonlähteet", &[DataSources]),
        (
            "5. Henkilötietojen käsittelyn tarkoitukset ja käsittelyn oikeusperusteet",
            &[Purpose, LegalBasis],
        ),
    ];
    for (line, expected) in cases {
        assert_eq!(kinds(line), *expected, "{line}");
    }
    // Not headings: a document's own title, a field with its address.
    for line in [
        "Rekisterinpitäjän informointi rekisteröidylle",
        "Tietosuojavastaava: N.N., tietosuojavastaava(at)example.fi",
        "Dataskyddsombud vid Åbo Akademi: dataskydd@abo.fi",
        "Onko tämä kysymys, joka on selvästi liian pitkä ollakseen minkään osion otsikko tässä?",
    ] {
        assert!(kinds(line).is_empty(), "{line}");
    }
}

#[test]
fn a_marked_date_line_is_a_heading_though_it_names_the_document() {
    use super::is_marked_heading;
    assert!(is_marked_heading(
        "<h2>Tietosuojaselosteen julkaisupäivämäärä: 18.9.2023.</h2>"
    ));
    assert!(!is_marked_heading("<h2>Tietosuojaseloste</h2>"));
    assert!(!is_marked_heading(
        "<h2>Dataskyddsbeskrivning för registret</h2>"
    ));
}

/// The eleven headings of the model notice form that Finnish organisations have filled in
/// since the Personal Data Act (the Data Protection Ombudsman's office's "Tietosuojaseloste" /
/// "Dataskyddsbeskrivning" / privacy notice form), in its three languages, as we recall
/// its wording: lines no corpus notice had to teach the classifier.
#[test]
fn headings_of_the_model_notice_form_in_three_languages() {
    let kinds_of_form: [&[SectionKind]; 11] = [
        &[Controller],
        &[ContactPerson],
        &[Dpo],
        &[RegisterName],
        &[Purpose, LegalBasis],
        &[DataContent],
        &[DataSources],
        &[Recipients, Transfers],
        &[Security],
        &[Access, Rectification],
        &[Rights],
    ];
    let forms: [[&str; 11]; 3] = [
        [
            "Rekisterinpitäjä",
            "Yhteyshenkilö rekisteriä koskevissa asioissa",
            "Tietosuojavastaavan yhteystiedot",
            "Rekisterin nimi",
            "Henkilötietojen käsittelyn tarkoitus ja käsittelyn oikeusperuste",
            "Rekisterin tietosisältö",
            "Säännönmukaiset tietolähteet",
            "Tietojen säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle",
            "Rekisterin suojauksen periaatteet",
            "Tarkastusoikeus ja oikeus vaatia tiedon korjaamista",
            "Muut henkilötietojen käsittelyyn liittyvät oikeudet",
        ],
        [
            "Registeransvarig",
            "Kontaktperson i ärenden som gäller registret",
            "Dataskyddsombudets kontaktuppgifter",
            "Registrets namn",
            "Ändamålet med behandlingen av personuppgifter och rättslig grund för behandlingen",
            "Registrets datainnehåll",
            "Regelmässiga uppgiftskällor",
            "Regelmässigt utlämnande av uppgifter och överföring av uppgifter till länder utanför EU eller EES",
            "Principer för skydd av registret",
            "Rätt till insyn och rätt att kräva rättelse av uppgifter",
            "Övriga rättigheter i anslutning till behandlingen av personuppgifter",
        ],
        [
            "Controller",
            "Contact person for register matters",
            "Contact details of the data protection officer",
            "Name of the register",
            "Purpose of and legal basis for processing personal data",
            "Data content of the register",
            "Regular sources of data",
            "Regular disclosures of data and transfers of data outside the EU or EEA",
            "Principles of register protection",
            "Right of access and right to rectification",
            "Other rights related to the processing of personal data",
        ],
    ];
    for form in forms {
        for (n, (heading, expected)) in form.iter().zip(kinds_of_form).enumerate() {
            assert_eq!(kinds(heading), expected, "{heading}");
            let numbered = format!("{}. {heading}", n + 1);
            assert_eq!(kinds(&numbered), expected, "{numbered}");
        }
    }
}

#[test]
fn questions_of_a_questions_and_answers_page_name_their_topic() {
    assert_eq!(kinds("Har du frågor om dataskydd?")[0], ContactPerson);
    assert_eq!(kinds("Questions about privacy?")[0], ContactPerson);
    assert_eq!(kinds("Vad gör vi med dina personuppgifter?")[0], Purpose);
    assert_eq!(kinds("What do we do with your personal data?")[0], Purpose);
    assert_eq!(kinds("Mitä teemme henkilötiedoillasi?")[0], Purpose);
}

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
    for (line, kind) in cases {
        assert_eq!(kinds(line).first(), Some(kind), "{line}");
    }
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
fn the_words_of_gdpr_articles_13_and_14_in_each_language_name_their_topics() {
    let cases: &[(&str, SectionKind)] = &[
        ("Berättigade intressen", LegalBasis),
        ("Oikeutetut edut", LegalBasis),
        ("Source of the personal data", DataSources),
        ("Mistä lähteestä tiedot ovat peräisin", DataSources),
        ("Överföring till tredjeland", Transfers),
        ("Tietojen siirto kolmanteen maahan", Transfers),
        ("The period for which the data will be stored", Retention),
        ("Lagring och gallring", Retention),
        ("Kuinka kauan tietoja säilytetään?", Retention),
        ("Tietojen säilytys", Retention),
        (
            "Automaattisen päätöksenteon olemassaolo",
            AutomatedDecisions,
        ),
    ];
    for (line, kind) in cases {
        assert_eq!(kinds(line).first(), Some(kind), "{line}");
    }
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
    for (line, kind) in cases {
        assert_eq!(kinds(line).first(), Some(kind), "{line}");
    }
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
