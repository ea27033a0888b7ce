use super::*;
use crate::i18n::Lang;
use SectionKind::*;

use crate::notice::test_seeds::SEEDS;

mod blocks;
mod numbers;
mod parts;

fn outline(imported: &ImportedNotice) -> Vec<(&str, Vec<SectionKind>)> {
    imported
        .notice
        .sections
        .iter()
        .map(|s| (s.heading.as_str(), s.kinds().collect()))
        .collect()
}

/// The primary kind of each section a text is imported into that names a topic (the
/// title's section and parts on no one topic left out).
fn topics_of(text: &str) -> Vec<SectionKind> {
    outline(&import(text))
        .into_iter()
        .filter(|(_, k)| k[0] != Other)
        .map(|(_, k)| k[0])
        .collect()
}

/// The headings a text is imported with.
fn headings_of(text: &str) -> Vec<String> {
    outline(&import(text))
        .into_iter()
        .map(|(h, _)| h.to_string())
        .collect()
}

fn expect(seed: &str, expected: &[(&str, &[SectionKind])]) -> ImportedNotice {
    let imported = import(seed);
    let expected: Vec<(&str, Vec<SectionKind>)> =
        expected.iter().map(|(h, k)| (*h, k.to_vec())).collect();
    assert_eq!(outline(&imported), expected);
    imported
}

#[test]
fn seed_000_jyvaskyla_rights_page() {
    let n = expect(
        SEEDS[0].1,
        &[
            (
                "Sosiaalipalvelujen ja terveydenhuollon asiakastietojen tietosuoja",
                &[Other],
            ),
            (
                "Asiakkaan oikeudet rekisteritietoihin ja tietopyynnön tekeminen",
                &[Rights],
            ),
            ("Oikeus saada pääsy tietoihin", &[Access]),
        ],
    );
    assert_eq!(n.notice.lang, Lang::Fi);
    assert_eq!(
        n.dropped_page_headers, 0,
        "repeated CMS tag lines are not page headers"
    );
}

#[test]
fn seed_001_jyvaskyla_bold_numbered_two_columns() {
    let n = expect(
        SEEDS[1].1,
        &[
            ("1. Rekisterinpitäjä", &[Controller]),
            ("2. Rekisterin yhteyshenkilö", &[ContactPerson]),
            ("3. Rekisterin nimi", &[RegisterName]),
            ("4. Tietosuojavastaava", &[Dpo]),
            ("5. Henkilötietojen käsittelyn tarkoitus", &[Purpose]),
            ("6. Rekisterin tietosisältö", &[DataContent]),
            ("7. Säännönmukaiset tietolähteet", &[DataSources]),
            ("8. Tietojen säännönmukaiset luovutukset", &[Recipients]),
            ("9. Rekisteröidyn informointi", &[Informing]),
            ("10.Rekisterin suojauksen periaatteet", &[Security]),
            (
                "11.Rekisteritietojen säilytysaika ja sen peruste",
                &[Retention],
            ),
            ("12.Oikeus saada pääsy tietoihinsa", &[Access]),
            ("13.Oikeus tietojen oikaisemiseen", &[Rectification]),
            (
                "14. Oikeus tehdä valitus valvontaviranomaiselle",
                &[Complaint],
            ),
        ],
    );
    assert_eq!(n.notice.controller.name, "Jyväskylän kaupunginhallitus");
    assert_eq!(
        n.notice.register_name,
        "Jyväskylän kaupungin työllisyyspalvelujen asiakasrekisteri / Maahanmuuttajien osaamiskeskus -hanke"
    );
    // "PERUSTEET:" sub-labels stay in the body of their section.
    let purpose = &n.notice.sections[4].body;
    assert!(purpose.contains("PERUSTEET:"), "{purpose}");
    assert!(purpose.contains("<ul>"), "lists are kept: {purpose}");
}

#[test]
fn seed_002_helmi_numbered_plain_text_with_label_lines() {
    let n = expect(
        SEEDS[2].1,
        &[
            ("TIETOSUOJASELOSTE", &[Other]),
            ("Palvelun tuottajan nimi", &[Controller]),
            ("Rekisterin/palvelun nimi", &[RegisterName]),
            ("Tiedonanto laadittu (pvm)", &[UpdatedDate]),
            ("1. Rekisterinpitäjä", &[Controller]),
            ("2. Rekisterinpitäjän edustaja", &[ResponsiblePerson]),
            ("3. Tietosuojavastaava", &[Dpo]),
            ("4. Henkilötietojen käsittelyn tarkoitus", &[Purpose]),
            ("5. Henkilötietojen käsittelyn oikeusperuste", &[LegalBasis]),
            ("6. Rekisterin tietosisältö", &[DataContent]),
            ("7. Säännönmukaiset tietolähteet", &[DataSources]),
            ("8. Käsittelyssä käytettävät järjestelmät", &[Systems]),
            ("9. Henkilötietojen suojauksen periaatteet", &[Security]),
            (
                "10. Automatisoitu päätöksenteko, mukaan lukien profilointi (EU:n tietosuoja-asetuksen artikla 22)",
                &[AutomatedDecisions],
            ),
            ("11. Tietojen säännönmukaiset luovutukset", &[Recipients]),
            ("12. Tietojen siirto EU:n tai ETA-alueen ulkopuolelle", &[Transfers]),
            ("13. Henkilötietojen säilytysaika", &[Retention]),
            ("14. Rekisteröidyn oikeudet", &[Rights]),
        ],
    );
    assert_eq!(n.notice.controller.name, "Perhepalvelu helmi");
    assert_eq!(
        n.notice.updated.as_deref(),
        Some("2023-02-05"),
        "the later of laadittu and päivitetty"
    );
    // A sentence naming a topic stays body text of its section.
    assert!(n.notice.sections[13]
        .body
        .contains("Henkilötietoja ei käytetä automaattiseen päätöksentekoon"));
}

#[test]
fn seed_003_muonio_old_law_with_repeated_page_headers() {
    let n = expect(
        SEEDS[3].1,
        &[
            ("REKISTERISELOSTE", &[Other]),
            ("1. Rekisterinpitäjä", &[Controller]),
            ("2. Rekisterin nimi", &[RegisterName]),
            ("3. Rekisterin vastuhenkilö", &[ResponsiblePerson]),
            ("4. Rekisteriasioiden yhteyshenkilöt", &[ContactPerson]),
            ("5. Henkilötietojen käsittelyn tarkoitus", &[Purpose]),
            ("6. Rekisterin tietosisältö", &[DataContent]),
            ("7. Säännönmukaiset tietolähteet", &[DataSources]),
            ("8. Tietojen säännönmukaiset luovutukset", &[Recipients]),
            (
                "9. Tietojen siirto EU:N tai ETA:n ulkopuolelle",
                &[Transfers],
            ),
            (
                "10. Rekisterin suojausten periaatteet, julkisuus ja salassa pidettävyys",
                &[Security],
            ),
            ("11. Tarkastusoikeus", &[Access]),
            ("12. Oikeus vaatia tietojen korjaamista", &[Rectification]),
            ("13. Rekisterin arkistointi ja hävittäminen", &[Retention]),
        ],
    );
    assert_eq!(
        n.dropped_page_headers, 8,
        "two repeats of the four header lines"
    );
    assert_eq!(n.notice.controller.name, "Muonion kunnan sosiaalitoimisto");
    let contacts = &n.notice.sections[4].body;
    assert_eq!(contacts, "<p>Sosiaalitoimen tietosuojavastaava</p>");
    let content = &n.notice.sections[6].body;
    assert!(
        content.contains("<li>Nimi, katuosoite"),
        "dash lines become a list: {content}"
    );
    assert!(
        content.contains("Tietojen julkisuus:"),
        "sub-labels stay body text"
    );
    assert!(
        !n.notice.sections[6].body.contains("REKISTERISELOSTE"),
        "page header copies are gone"
    );
}

#[test]
fn seed_004_pieksamaki_uppercase_table() {
    let n = expect(
        SEEDS[4].1,
        &[
            ("Laatimispäivä", &[UpdatedDate]),
            ("REKISTERIN NIMI", &[RegisterName]),
            ("REKISTERIN PITÄJÄ", &[Controller]),
            ("REKISTERIN VASTUUNHENKILÖ", &[ResponsiblePerson]),
            ("REKISTERIASIOIDEN YHTEYSHENKILÖT", &[ContactPerson]),
            (
                "REKISTERIN KÄYTTÖTARKOITUS JA PITÄMISEN PERUSTE",
                &[Purpose, LegalBasis],
            ),
            ("REKISTERIN TIETOSISÄLTÖ", &[DataContent]),
            ("REKISTERIN SÄÄNNÖNMUKAISET TIETOLÄHTEET", &[DataSources]),
            ("ASIAKASTIETOJEN LUOVUTTAMINEN", &[Recipients]),
            (
                "ASIAKASTIETOJEN KÄYTTÖ JA TIETOJEN SUOJAAMINEN",
                &[Security],
            ),
            ("REKISTERÖIDYN OIKEUDET", &[Rights]),
            ("REKISTERÖIDYN OIKEUDET", &[Rights]),
        ],
    );
    assert_eq!(n.notice.updated.as_deref(), Some("2018-06-04"));
    assert_eq!(
        n.notice.controller.name,
        "Pieksämäen kaupunki, perusturvalautakunta"
    );
    assert_eq!(
        n.notice.register_name,
        "Perusturvan lapsiperheiden palvelujen asiakastietorekisteri"
    );
    // Law names inside the purpose section are body text, one per line.
    let purpose = &n.notice.sections[5].body;
    assert!(purpose.contains("Arkistolaki (831/1994)"));
    assert!(
        purpose.contains("Perustuslaki (731/1999)<br>Henkilötietolaki (785/1992)"),
        "{purpose}"
    );
}

/// Every word of every seed survives the import, except copies of page headers.
#[test]
fn no_text_is_dropped() {
    for (name, text) in SEEDS {
        let n = import(text);
        let mut out = String::new();
        for s in &n.notice.sections {
            out.push_str(&s.heading);
            out.push('\n');
            out.push_str(&rich::plain_text(&rich::parse(&s.body)));
            out.push('\n');
        }
        // Tags separate words (`…</li><li>…`), so they become spaces before splitting.
        let words = |s: &str| -> std::collections::BTreeSet<String> {
            let mut text = String::new();
            let mut in_tag = false;
            for c in s.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' if in_tag => {
                        in_tag = false;
                        text.push(' ');
                    }
                    _ if !in_tag => text.push(c),
                    _ => {}
                }
            }
            rich::decode_entities(&text)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let (before, after) = (words(text), words(&out));
        let lost: Vec<&String> = before.difference(&after).collect();
        assert!(lost.is_empty(), "seed {name} lost {lost:?}");
    }
}

#[test]
fn swedish_and_english_notices() {
    let sv = import(
        "Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig: Staden Esbo\n\nÄndamål och rättslig grund\nUppgifterna används för att ordna tjänsterna och är nödvändiga för skötseln av klientrelationen.\n\nLagringstid\nUppgifterna sparas i tio år.",
    );
    assert_eq!(sv.notice.lang, Lang::Sv);
    assert_eq!(sv.notice.title, "Dataskyddsbeskrivning");
    assert_eq!(
        outline(&sv),
        vec![
            ("Dataskyddsbeskrivning", vec![Other]),
            ("Personuppgiftsansvarig", vec![Controller]),
            ("Ändamål och rättslig grund", vec![Purpose, LegalBasis]),
            ("Lagringstid", vec![Retention]),
        ]
    );
    let en = import("<h1>Privacy notice</h1><h2>1. Controller</h2><p>City of Espoo</p><h2>2. Purpose of the processing</h2><p>To provide the service and the data is used for it.</p>");
    assert_eq!(en.notice.lang, Lang::En);
    assert_eq!(
        outline(&en)
            .iter()
            .map(|(_, k)| k.clone())
            .collect::<Vec<_>>(),
        vec![vec![Other], vec![Controller], vec![Purpose]]
    );
}

#[test]
fn a_blank_line_ends_a_paragraph() {
    let n =
        import("1. Rekisterinpitäjä\nEnsimmäinen kappale.\n\nToinen kappale\nsen toinen rivi.\n");
    assert_eq!(
        n.notice.sections[0].body,
        "<p>Ensimmäinen kappale.</p><p>Toinen kappale<br>sen toinen rivi.</p>"
    );
}

#[test]
fn hostile_input_is_sanitised_and_never_panics() {
    let n = import("1. Rekisterinpitäjä\n<script>alert(1)</script><p onclick=\"x()\">Kunta</p><a href=\"javascript:alert(1)\">linkki</a>");
    let body = &n.notice.sections[0].body;
    assert_eq!(body, "<p>Kunta</p><p>linkki</p>");
    for input in [
        "",
        "\t",
        "\t\t\t",
        "<",
        "1.",
        "1. \t",
        "ä\tö\tå",
        "  \n  \n",
        "REKISTERIN NIMI  \nX  \n",
    ] {
        let _ = import(input);
    }
}

#[test]
fn a_swedish_notice_with_both_words_keeps_controller_and_responsible_person_apart() {
    let text = "Personuppgiftsansvarig\n\nSibbo kommun\n\nRegisteransvarig\n\nChefen för kultur och fritid\n\nKontaktperson i registerärenden\n\nChef för bibliotekstjänster\n";
    let kinds: Vec<SectionKind> = import(text)
        .notice
        .sections
        .iter()
        .map(|s| s.kind)
        .collect();
    assert_eq!(kinds, [Controller, ResponsiblePerson, ContactPerson]);
}

#[test]
fn the_notices_date_is_read_in_numbers_or_with_the_months_name() {
    let updated = |text: &str| import(text).notice.updated;
    for (text, date) in [
        (
            "1. Rekisterinpitäjä\nKunta\nPäivitetty: 29.6.2018\n",
            "2018-06-29",
        ),
        ("Senast uppdaterad: 28 oktober 2019\n", "2019-10-28"),
        ("Senast uppdaterad: 2024-03-01\n", "2024-03-01"),
        ("Päivitetty 3. lokakuuta 2023\n", "2023-10-03"),
        ("Last updated: October 12, 2023\n", "2023-10-12"),
        (
            "Created: 12 October 2023\n\nLast updated: 24 September 2025\n",
            "2025-09-24",
        ),
        (
            "Tiedonanto laadittu (pvm):19.12.2021, päivitetty 5.2.2023\n",
            "2023-02-05",
        ),
        ("Päivitetty: 1.1.2023–31.12.2024\n", "2024-12-31"),
        ("Päivitetty: 29.2.2024\n", "2024-02-29"),
    ] {
        assert_eq!(updated(text).as_deref(), Some(date), "{text}");
    }
    // Numbers that are no date, and a date with no day, give none.
    for text in [
        "Päivitetty: 31.13.2018\n",
        "Last updated: May 2024\n",
        "Senast uppdaterad: 2024-1\n",
        // Days that do not exist (tests/contracts/notice_dates_babel.py tries them all).
        "Päivitetty: 31.2.2023\n",
        "Senast uppdaterad: 2023-02-29\n",
        "Last updated: April 31, 2024\n",
    ] {
        assert_eq!(updated(text), None, "{text}");
    }
}

#[test]
fn a_label_under_a_heading_that_names_its_topic_labels_a_part_of_that_section() {
    let text = "Rekisterinpitäjä\nSipoon kunta\n\n\
        Miten henkilötietojasi käsitellään ja mikä on tietojen käsittelyperuste?\n\
        Tietoja käsitellään opetuksen järjestämiseksi.\n\n\
        Henkilötietojen käsittelyperuste:\n\n\
        • Tietosuoja-asetuksen 6 artiklan 1 c-kohta.\n";
    let imported = import(text);
    assert_eq!(
        outline(&imported),
        [
            ("Rekisterinpitäjä", vec![Controller]),
            (
                "Miten henkilötietojasi käsitellään ja mikä on tietojen käsittelyperuste?",
                vec![Purpose, LegalBasis]
            ),
        ]
    );
    assert!(imported.notice.sections[1]
        .body
        .contains("Henkilötietojen käsittelyperuste:"));
    // Under a heading on another topic, the same label starts its own section.
    let text = "Rekisterinpitäjä\nSipoon kunta\n\nHenkilötietojen käsittelyperuste:\n\n• Laki.\n";
    assert_eq!(
        outline(&import(text)),
        [
            ("Rekisterinpitäjä", vec![Controller]),
            ("Henkilötietojen käsittelyperuste", vec![LegalBasis])
        ]
    );
}

#[test]
fn under_a_numbered_heading_an_unnumbered_line_of_its_topic_names_a_part_of_it() {
    // As a web page's copy has it, with no blank lines between the parts.
    let text = "1. CONTROLLER\nCity Premises Ltd\n\
        2. PERSONAL DATA BEING PROCESSED AND SOURCES THEREOF\n\
        The data falls into two groups.\n\
        Customer data\nWe keep the email addresses of customers who send feedback.\n\
        Technically collected data\nWe may collect device data automatically.\n";
    assert_eq!(
        outline(&import(text)),
        [
            ("1. CONTROLLER", vec![Controller]),
            (
                "2. PERSONAL DATA BEING PROCESSED AND SOURCES THEREOF",
                vec![DataContent, DataSources]
            ),
        ]
    );
    // Under an unnumbered heading, or on another topic, such a line heads its own section.
    let text = "Personal data we process\nName and email.\n\nRetention period\nTwo years.\n";
    assert_eq!(
        outline(&import(text)),
        [
            ("Personal data we process", vec![DataContent]),
            ("Retention period", vec![Retention]),
        ]
    );
    let text = "1. Personal data we process\nName and email.\n\nRetention period\nTwo years.\n";
    assert_eq!(
        outline(&import(text))[1],
        ("Retention period", vec![Retention])
    );
}

#[test]
fn the_terms_of_a_glossary_are_no_sections() {
    let text = "Integritetspolicy\n\nIntroduktion\nFöreningen värnar om din integritet.\n\n\
        Viktiga definitioner:\n\n\
        Personuppgift\nVarje upplysning om en identifierbar fysisk person.\n\n\
        Personuppgiftsansvarig\nDen som bestämmer ändamålen och medlen för behandlingen.\n\n\
        Laglig grund\nStödet i dataskyddsförordningen för en behandling.\n\n\
        Mer om laglig grund för föreningens behandling av personuppgifter\n\
        Föreningen behandlar personuppgifter enligt lag.\n";
    let imported = import(text);
    let headings: Vec<&str> = outline(&imported).iter().map(|(h, _)| *h).collect();
    assert_eq!(
        headings,
        [
            "Integritetspolicy",
            "Introduktion",
            "Viktiga definitioner",
            "Mer om laglig grund för föreningens behandling av personuppgifter"
        ]
    );
    assert_eq!(
        outline(&imported)[3].1.first(),
        Some(&LegalBasis),
        "the section after the glossary keeps its topic"
    );
    // A term as the label of its definition, under a numbered glossary.
    let text = "1. Inledning och syfte\nPolicyn anger hur föreningen hanterar personuppgifter.\n\n\
        2. Definitioner\nDefinitionerna följer dataskyddsförordningen.\n\n\
        Personuppgiftsansvarig: Den som bestämmer ändamålen och medlen, här föreningen.\n\n\
        Särskilda personuppgifter: Uppgifter om hälsa och liknande.\n";
    let imported = import(text);
    let headings: Vec<&str> = outline(&imported).iter().map(|(h, _)| *h).collect();
    assert_eq!(headings, ["1. Inledning och syfte", "2. Definitioner"]);
    // Out of a glossary the same words head sections.
    let text = "Integritetspolicy\n\nIntroduktion\nFöreningen värnar om din integritet.\n\n\
        Personuppgiftsansvarig\nBrf Exempel, org.nr 716400-0000.\n\n\
        Laglig grund\nAvtal och rättslig förpliktelse.\n";
    let imported = import(text);
    let headings = outline(&imported);
    assert_eq!(headings[2], ("Personuppgiftsansvarig", vec![Controller]));
    assert_eq!(headings[3], ("Laglig grund", vec![LegalBasis]));
}

#[test]
fn a_line_naming_more_of_its_sections_topic_is_a_part_of_that_section() {
    let text = "Personuppgiftsansvarig\nFöreningens styrelse.\n\n\
        Behandlade personuppgifter\n\
        När du blir medlem samlar vi in dessa uppgifter:\n\
        • Namn och adress\n\
        Övriga uppgifter som behandlas\n\
        • Medlemshistorik\n";
    let imported = import(text);
    assert_eq!(
        outline(&imported),
        [
            ("Personuppgiftsansvarig", vec![Controller]),
            ("Behandlade personuppgifter", vec![DataContent]),
        ]
    );
    assert!(imported.notice.sections[1]
        .body
        .contains("Övriga uppgifter som behandlas"));
    // Under a heading on another topic, it starts a section of its own.
    let text = "Personuppgiftsansvarig\nFöreningens styrelse.\n\n\
        Övriga uppgifter som behandlas\n\
        • Medlemshistorik\n";
    assert_eq!(
        outline(&import(text)),
        [
            ("Personuppgiftsansvarig", vec![Controller]),
            ("Övriga uppgifter som behandlas", vec![DataContent]),
        ]
    );
}

#[test]
fn a_field_with_its_value_under_a_heading_on_its_topic_is_a_part_of_that_section() {
    let text = "Personuppgiftsansvarig\n\
        Namn: Konsultbolaget Ab\n\
        Personuppgiftsansvariges representant: N.N.\n\n\
        Registrets namn\n\
        Deltagarregister\n";
    let imported = import(text);
    assert_eq!(
        outline(&imported),
        [
            ("Personuppgiftsansvarig", vec![Controller]),
            ("Registrets namn", vec![RegisterName]),
        ]
    );
    assert!(imported.notice.sections[0]
        .body
        .contains("Personuppgiftsansvariges representant: N.N."));
    // Under a heading on another topic, the field starts a section of its own.
    let text = "Registrets namn\nDeltagarregister\n\nPersonuppgiftsansvarig: Konsultbolaget Ab\n";
    assert_eq!(
        outline(&import(text)),
        [
            ("Registrets namn", vec![RegisterName]),
            ("Personuppgiftsansvarig", vec![Controller]),
        ]
    );
}

#[test]
fn angle_brackets_that_are_no_element_are_text() {
    // A cookie's name in a pasted page ("wordpress_<hash>") is no tag: dropping it lost
    // the word from the notice. Markup of a real element is still read as HTML.
    let imported = import(
        "Kakor\n\n• wordpress_<hash>: upphör efter två veckor.\n\nDe sparas <b>aldrig</b> längre.\n",
    );
    let body = &imported.notice.sections[0].body;
    assert!(body.contains("wordpress_&lt;hash&gt;: upphör"), "{body}");
    assert!(
        body.contains("<strong>aldrig</strong>") || body.contains("<b>aldrig</b>"),
        "{body}"
    );
}

#[test]
fn how_the_notice_processes_data_under_its_title_is_its_subtitle() {
    let imported = import(
        "Kulturskolans integritetspolicy\n\nSå behandlar kulturskolan dina personuppgifter\n\nVi värnar om din integritet.\n\nPersonuppgiftsansvarig\n\nGrundskolenämnden är personuppgiftsansvarig.\n",
    );
    assert_eq!(
        outline(&imported),
        [
            ("Kulturskolans integritetspolicy", vec![Other]),
            ("Personuppgiftsansvarig", vec![Controller]),
        ]
    );
}

#[test]
fn a_first_section_written_as_a_sentence_does_not_make_a_list_of_the_rest() {
    // The University of Helsinki's template: "1." is a sentence, the rest questions.
    let imported = import(
        "Data protection statement concerning events\n\n1. The University of Helsinki is the controller of the data file, or the party responsible for processing your data.\n\nOur contact details are: PO BOX 3.\n\n2. Why do we process your personal data, or what is the purpose of the processing?\n\nTo organise events.\n\n3. Why do we have the right to process your personal data, or what is the legal basis for the processing?\n\nLegitimate interests.\n\n4. What kind of personal data do we process?\n\nName and contact details.\n",
    );
    let kinds: Vec<SectionKind> = outline(&imported)
        .into_iter()
        .skip(1)
        .map(|(_, k)| k[0])
        .collect();
    assert_eq!(kinds, [Purpose, LegalBasis, DataContent]);
}

#[test]
fn a_numbered_list_of_sentences_a_line_introduces_heads_no_sections() {
    let imported = import(
        "Privacy policy\n\nThis policy explains the processing by both organisations and has two main purposes:\n\n1. Explains how we collect and use your personal information.\n\n2. Describe your rights and how you can enforce them.\n\nKey concepts\n\nPersonal data is information about a living person.\n\nThe purpose of the processing of personal data\n\nWe market destinations.\n",
    );
    let kinds: Vec<SectionKind> = outline(&imported)
        .into_iter()
        .skip(1)
        .map(|(_, k)| k[0])
        .collect();
    assert_eq!(kinds, [Other, Purpose]);
}

#[test]
fn a_registers_name_inside_a_section_labels_its_part() {
    // A notice of several registers names each again under its topics.
    let imported = import(
        "Privacy Statement\n\nRegister Names\n\nGrant Applicant Register\nStakeholder Register\n\nPurpose of Processing Personal Data\n\nData are processed to run the foundation.\n\nGrant Applicant Register\n\nData are processed to decide on grants.\n\nStakeholder Register\n\nData are processed to inform stakeholders.\n\nRegister Data Content\n\nName and contact information.\n",
    );
    let kinds: Vec<SectionKind> = outline(&imported)
        .into_iter()
        .skip(1)
        .map(|(_, k)| k[0])
        .collect();
    assert_eq!(kinds, [RegisterName, Purpose, DataContent]);
}

#[test]
fn the_date_under_a_bare_date_label_is_its_text() {
    let imported = import(
        "Rekisteriseloste\n\nLaatimispäivä\n\n16.12.2012, päivitetty 15.5.2024\n\nRekisterinpitäjä\n\nSeura ry\n\nRekisterin nimi\n\nJäsenrekisteri\n",
    );
    let headings: Vec<&str> = outline(&imported).into_iter().map(|(h, _)| h).collect();
    assert!(
        !headings.iter().any(|h| h.starts_with("16.12.2012")),
        "{headings:?}"
    );
}
