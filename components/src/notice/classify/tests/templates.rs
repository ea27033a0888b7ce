//! Headings in the wording of the texts notices are written from: GDPR's articles in its
//! three official languages, the Personal Data Act's template in English, the UK
//! regulator's checklist.

use super::*;

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
    expect_primary(cases);
}

#[test]
fn the_titles_of_gdpr_articles_6_and_15_to_32_in_each_language_name_their_topics() {
    let cases: &[(&str, SectionKind)] = &[
        ("Den registrerades rätt till tillgång", Access),
        ("Rätt till radering (rätten att bli bortglömd)", Erasure),
        ("Right to erasure ('right to be forgotten')", Erasure),
        ("Oikeus tulla unohdetuksi", Erasure),
        (
            "Automated individual decision-making, including profiling",
            AutomatedDecisions,
        ),
        (
            "Automatiserat individuellt beslutsfattande",
            AutomatedDecisions,
        ),
        ("Automatisoidut yksittäispäätökset", AutomatedDecisions),
        ("Käsittelyn turvallisuus", Security),
        ("Lawfulness of processing", LegalBasis),
        ("Laglig behandling av personuppgifter", LegalBasis),
        ("Withdrawal of consent", ConsentWithdrawal),
        ("Transfers to an international organisation", Transfers),
        ("Överföring till en internationell organisation", Transfers),
        ("Personuppgiftsansvarig och dennes företrädare", Controller),
        ("Företrädare", ResponsiblePerson),
    ];
    expect_primary(cases);
}

#[test]
fn the_old_templates_in_english_and_who_answers_for_what_in_swedish() {
    let cases: &[(&str, SectionKind)] = &[
        // The Personal Data Act's template as a state agency translated it.
        (
            "2. The person in charge and/or contact person",
            ResponsiblePerson,
        ),
        ("Person and/or contact person in charge", ContactPerson),
        (
            "8. The principles how the data file/register is secured",
            Security,
        ),
        (
            "9. Right to get to know one’s own information registered",
            Access,
        ),
        ("10. Correcting errors", Rectification),
        ("Correction of data", Rectification),
        ("11. Deleting information", Erasure),
        ("Deletion of data", Erasure),
        ("Personuppgiftsansvar", Controller),
        ("Varför vi behandlar personuppgifter", Purpose),
        ("Why we process your personal data", Purpose),
        ("Miksi käsittelemme henkilötietojasi?", Purpose),
        (
            "4. Personuppgiftsregistrens informationsinnehåll",
            DataContent,
        ),
        ("Holder of the register", Controller),
        (
            "8. Principles concerning the protection of the register files",
            Security,
        ),
        ("Kan uppgifterna lämnas ut?", Recipients),
        ("Luovutetaanko tietoja?", Recipients),
        ("Access and rectification requests", Access),
        ("Tarkastuspyyntö", Access),
        ("Muokkaamispäivä: 15.1.2019", UpdatedDate),
        ("Senast ändrad: 2024-03-01", UpdatedDate),
        ("Last modified: 1 March 2024", UpdatedDate),
        (
            "1. The basis and purpose of processing the personal data",
            LegalBasis,
        ),
        ("Basis for processing", LegalBasis),
        ("Yleistä tietosuojaselosteesta", Other),
        ("Allmänt om dataskyddsbeskrivningen", Other),
        ("General information about this privacy notice", Other),
        ("4. POTILASREKISTERIIN TALLENNETUT TIEDOT", DataContent),
        ("Rekisteriin tallennettavat tiedot", DataContent),
        ("Uppgifter som lagras", DataContent),
        (
            "Miten henkilötietojasi käsitellään ja mikä on tietojen käsittelyperuste?",
            Purpose,
        ),
        ("Hur behandlas dina personuppgifter?", Purpose),
        ("Information content of the register", DataContent),
    ];
    expect_primary(cases);
}

#[test]
fn the_uk_regulators_checklist_wording_and_its_equivalents() {
    let cases: &[(&str, SectionKind)] = &[
        ("How we use your information", Purpose),
        ("Hur vi använder dina personuppgifter", Purpose),
        ("Miten käytämme tietojasi?", Purpose),
        ("The types of data we collect", DataContent),
        ("Personal data we collect", DataContent),
        ("Who we share your information with", Recipients),
        ("Sharing your personal data", Recipients),
        ("Vem delar vi dina uppgifter med?", Recipients),
        ("How we collect your data", DataSources),
    ];
    expect_primary(cases);
}
