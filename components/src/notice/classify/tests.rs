use super::*;

fn kinds(line: &str) -> Vec<SectionKind> {
    classify_heading(line)
}

/// Each line's primary kind is the one given.
fn expect_primary(cases: &[(&str, SectionKind)]) {
    for (line, kind) in cases {
        assert_eq!(kinds(line).first(), Some(kind), "{line}");
    }
}

/// No line is a heading.
fn expect_no_heading(lines: &[&str]) {
    for line in lines {
        assert!(kinds(line).is_empty(), "{line}");
    }
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

mod dates;
mod everyday;
mod inflections;
mod templates;
mod vocabulary;
mod wording;

/// `topics` tries each place of a line against the stems that can start there; it finds
/// what searching the line for every stem finds, on every line of the corpus.
#[test]
fn the_index_of_stems_finds_what_searching_for_each_stem_finds() {
    fn by_search(lower: &str) -> Vec<SectionKind> {
        let mut found: Vec<(usize, usize, SectionKind)> = TOPICS
            .iter()
            .filter_map(|(stem, kind)| lower.find(stem).map(|at| (at, stem.len(), *kind)))
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let (mut kinds, mut covered_until) = (Vec::new(), 0);
        for (at, len, kind) in found {
            if at >= covered_until {
                covered_until = at + len;
                if !kinds.contains(&kind) {
                    kinds.push(kind);
                }
            }
        }
        kinds
    }
    let mut lines = 0;
    for entry in std::fs::read_dir(crate::notice::test_files::DIR).expect("the corpus folder") {
        let path = entry.expect("a corpus file").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("a corpus file");
            for line in text.lines() {
                let lower = line.to_lowercase();
                assert_eq!(topics(&lower), by_search(&lower), "{line}");
                lines += 1;
            }
        }
    }
    assert!(lines > 5000, "{lines} lines");
}
