//! The headings a notice most often has, in the everyday words of each language, written
//! for this test from what the regulators ask a notice to tell (IMY's and the Data
//! Protection Ombudsman's guidance, the ICO's checklist), one per topic and in several
//! forms (a noun, a question, "we" and the passive), not taken from the corpus.

use super::*;

#[test]
fn the_commonest_headings_in_each_language_name_their_topics() {
    expect_primary(&[
        ("Ansvarig för dina personuppgifter", Controller),
        ("Vem ansvarar för dina personuppgifter?", Controller),
        ("Vem är ansvarig för dina uppgifter?", Controller),
        ("Kontaktuppgifter till personuppgiftsansvarig", Controller),
        ("Den personuppgiftsansvarige", Controller),
        ("Personuppgiftsansvarig myndighet", Controller),
        ("Vi är ansvariga för dina personuppgifter", Controller),
        ("Ansvarig för behandlingen", Controller),
        ("Ansvaret för dina personuppgifter", Controller),
        ("Vem är ansvarig?", Controller),
        ("Kontakta oss", ContactPerson),
        ("Ändamålet med behandlingen", Purpose),
        ("Ändamål och rättslig grund", Purpose),
        ("Därför behandlar vi dina personuppgifter", Purpose),
        ("Varför behandlar vi dina personuppgifter?", Purpose),
        ("Vad vi använder dina personuppgifter till", Purpose),
        ("Vad använder vi personuppgifterna till?", Purpose),
        ("Syftet med personuppgiftsbehandlingen", Purpose),
        ("Syfte med behandlingen", Purpose),
        ("För vilka ändamål behandlas personuppgifterna?", Purpose),
        ("Vad ska uppgifterna användas till?", Purpose),
        ("Varför samlar vi in uppgifter?", Purpose),
        ("Användning av dina personuppgifter", Purpose),
        ("Hur vi använder dina personuppgifter", Purpose),
        ("Vilka personuppgifter behandlar vi?", DataContent),
        ("Vilka uppgifter samlar vi in?", DataContent),
        ("Vilka uppgifter behandlas?", DataContent),
        ("Personuppgifter som vi samlar in", DataContent),
        ("Vilka uppgifter sparar vi?", DataContent),
        ("Vilken information samlar vi in?", DataContent),
        (
            "Vilka kategorier av personuppgifter behandlas?",
            DataContent,
        ),
        ("Uppgifter som vi behandlar", DataContent),
        ("Vilka personuppgifter hanterar vi?", DataContent),
        ("Vilka personuppgifter?", DataContent),
        ("Var får vi uppgifterna ifrån?", DataSources),
        ("Varifrån kommer uppgifterna?", DataSources),
        ("Var kommer uppgifterna ifrån?", DataSources),
        ("Hur samlar vi in personuppgifter?", DataSources),
        ("Källor", DataSources),
        ("Vilka delar vi uppgifterna med?", Recipients),
        ("Vem kan ta del av dina uppgifter?", Recipients),
        ("Vem får tillgång till dina personuppgifter?", Recipients),
        ("Vilka lämnar vi ut uppgifter till?", Recipients),
        ("Mottagare av personuppgifter", Recipients),
        ("Delning av personuppgifter", Recipients),
        ("Utlämnande av personuppgifter", Recipients),
        ("Överföring till tredje land", Transfers),
        ("Hur länge sparas dina personuppgifter?", Retention),
        ("Hur länge behåller vi dina uppgifter?", Retention),
        ("Lagringstid", Retention),
        ("Gallring", Retention),
        ("Hur skyddar vi dina personuppgifter?", Security),
        ("Säkerhet för dina personuppgifter", Security),
        ("Informationssäkerhet", Security),
        ("Dina rättigheter", Rights),
        ("Vilka rättigheter har du?", Rights),
        ("Rätt till tillgång", Access),
        ("Rätt att få tillgång till dina uppgifter", Access),
        ("Rätt till rättelse", Rectification),
        ("Rätt till radering", Erasure),
        ("Rätt till begränsning", Restriction),
        ("Rätt att invända", Objection),
        ("Rätt till dataportabilitet", Portability),
        ("Rätt att återkalla samtycke", ConsentWithdrawal),
        ("Rätt att klaga", Complaint),
        ("Klagomål till tillsynsmyndigheten", Complaint),
        ("Om du vill klaga", Complaint),
        ("Kontakta Integritetsskyddsmyndigheten", Complaint),
        ("Dataskyddsombud", Dpo),
        ("Kontakta vårt dataskyddsombud", Dpo),
        ("Cookies", Other),
        ("Ändringar i integritetspolicyn", Other),
        ("Automatiserat beslutsfattande", AutomatedDecisions),
        ("Profilering", AutomatedDecisions),
        ("Kuka vastaa henkilötietojesi käsittelystä?", Controller),
        ("Kuka on rekisterinpitäjä?", Controller),
        ("Rekisterinpitäjän tiedot", Controller),
        ("Vastuullinen rekisterinpitäjä", Controller),
        ("Ota yhteyttä", ContactPerson),
        ("Yhteydenotto", ContactPerson),
        ("Miksi käsittelemme henkilötietojasi?", Purpose),
        ("Mihin tarkoitukseen tietoja käytetään?", Purpose),
        ("Henkilötietojen käsittelyn tarkoitukset", Purpose),
        ("Mihin käytämme henkilötietojasi?", Purpose),
        ("Käsittelyn oikeusperuste", LegalBasis),
        ("Millä perusteella käsittelemme tietojasi?", LegalBasis),
        ("Mitä tietoja keräämme?", DataContent),
        ("Mitä henkilötietoja käsittelemme?", DataContent),
        ("Käsiteltävät henkilötiedot", DataContent),
        ("Rekisteriin tallennettavat tiedot", DataContent),
        ("Rekisterin sisältämät tiedot", DataContent),
        ("Mistä saamme tietoja?", DataSources),
        ("Mistä tiedot kerätään?", DataSources),
        ("Tietojen lähteet", DataSources),
        ("Kenelle tietoja luovutetaan?", Recipients),
        ("Kenelle luovutamme tietojasi?", Recipients),
        ("Tietojen luovutukset", Recipients),
        ("Tietojen vastaanottajat", Recipients),
        ("Siirretäänkö tietoja EU:n ulkopuolelle?", Transfers),
        ("Tietojen siirto EU:n ja ETA:n ulkopuolelle", Transfers),
        ("Kuinka kauan tietoja säilytetään?", Retention),
        ("Kuinka kauan säilytämme tietojasi?", Retention),
        ("Tietojen säilytysaika", Retention),
        ("Säilytysaika", Retention),
        ("Miten tietosi suojataan?", Security),
        ("Tietojen suojaaminen", Security),
        ("Tietoturva", Security),
        ("Rekisterin suojaus", Security),
        ("Sinun oikeutesi", Rights),
        ("Rekisteröidyn oikeudet", Rights),
        ("Mitä oikeuksia sinulla on?", Rights),
        ("Oikeus tarkastaa tiedot", Access),
        ("Tarkastusoikeus", Access),
        ("Oikeus tietojen oikaisemiseen", Rectification),
        ("Oikeus tietojen poistamiseen", Erasure),
        ("Oikeus käsittelyn rajoittamiseen", Restriction),
        ("Oikeus vastustaa käsittelyä", Objection),
        ("Oikeus siirtää tiedot järjestelmästä toiseen", Portability),
        ("Oikeus peruuttaa suostumus", ConsentWithdrawal),
        ("Oikeus tehdä valitus valvontaviranomaiselle", Complaint),
        ("Valitusoikeus", Complaint),
        ("Tietosuojavastaava", Dpo),
        ("Tietosuojavastaavan yhteystiedot", Dpo),
        ("Evästeet", Other),
        ("Automaattinen päätöksenteko", AutomatedDecisions),
        ("Profilointi", AutomatedDecisions),
        ("Muutokset tietosuojaselosteeseen", Other),
        ("Rekisteröidyt", DataContent),
        ("Rekisteröityjen ryhmät", DataContent),
        ("Keiden tietoja käsittelemme?", DataContent),
        ("Henkilötietojen käsittelijät", Recipients),
        ("Henkilötietojen käsittelyn kesto", Retention),
        ("Who is responsible for your personal data?", Controller),
        ("Who is the controller?", Controller),
        ("Data controller", Controller),
        ("Controller's contact details", Controller),
        ("Contact us", ContactPerson),
        ("How to contact us", ContactPerson),
        ("Why do we process your personal data?", Purpose),
        ("For what purposes do we use your data?", Purpose),
        ("Purposes of processing", Purpose),
        ("What do we use your personal data for?", Purpose),
        ("Legal basis for processing", LegalBasis),
        ("On what basis do we process your data?", LegalBasis),
        ("What personal data do we collect?", DataContent),
        ("What information do we collect?", DataContent),
        ("Personal data we collect", DataContent),
        ("Categories of personal data", DataContent),
        ("Data we process", DataContent),
        ("Where do we get your data?", DataSources),
        ("Where does the information come from?", DataSources),
        ("Sources of personal data", DataSources),
        ("Who do we share your data with?", Recipients),
        ("Who has access to your data?", Recipients),
        ("Recipients of personal data", Recipients),
        ("Disclosure of personal data", Recipients),
        ("Sharing of personal data", Recipients),
        ("Transfers outside the EU/EEA", Transfers),
        ("International transfers", Transfers),
        ("How long do we keep your data?", Retention),
        ("How long will my data be stored?", Retention),
        ("Retention period", Retention),
        ("Data retention", Retention),
        ("How do we protect your data?", Security),
        ("How we keep your data secure", Security),
        ("Data security", Security),
        ("Your rights", Rights),
        ("What rights do you have?", Rights),
        ("Right of access", Access),
        ("Right to rectification", Rectification),
        ("Right to erasure", Erasure),
        ("Right to restriction of processing", Restriction),
        ("Right to object", Objection),
        ("Right to data portability", Portability),
        ("Right to withdraw consent", ConsentWithdrawal),
        (
            "Right to lodge a complaint with a supervisory authority",
            Complaint,
        ),
        ("Complaints", Complaint),
        ("Data Protection Officer", Dpo),
        ("Automated decision-making", AutomatedDecisions),
        ("Profiling", AutomatedDecisions),
        ("Changes to this privacy notice", Other),
        ("Data subjects", DataContent),
        ("Categories of data subjects", DataContent),
        ("Whose data do we process?", DataContent),
        ("Processors", Recipients),
        ("Storage period", Retention),
        ("Keeping your information safe", Security),
        ("Who can see your information?", Recipients),
        ("Who we share information with", Recipients),
        ("How we collect your information", DataSources),
    ]);
}

#[test]
fn who_answers_for_the_readers_data_is_the_controller() {
    expect_primary(&[
        ("Ansvarig för dina personuppgifter", Controller),
        ("Vi ansvarar för dina personuppgifter", Controller),
        ("Ansvaret för dina uppgifter", Controller),
    ]);
}

#[test]
fn the_rights_under_data_protection_law_in_one_word() {
    expect_primary(&[
        (
            "Henkilötietojen käsittelyyn liittyvät tietosuojaoikeudet",
            Rights,
        ),
        ("Dina dataskyddsrättigheter", Rights),
    ]);
}

#[test]
fn the_reader_asks_the_clinic_how_it_processes_their_data() {
    expect_primary(&[
        ("Hur behandlar ni mina personuppgifter?", Purpose),
        ("Hur hanterar ni mina uppgifter?", Purpose),
    ]);
}

#[test]
fn the_data_collected_in_one_situation_heads_a_part_on_that_processing() {
    expect_primary(&[
        ("Uppgifter som samlas in när du är hyresgäst", Other),
        (
            "Uppgifter som samlas in i samband med registrering av köplats",
            Other,
        ),
        ("Uppgifter som samlas in i marknadsföringssyfte", Other),
        (
            "Uppgifter som vi samlar in när du besöker webbplatsen",
            Other,
        ),
        // Without the situation, they are the notice's data.
        ("Uppgifter som samlas in", DataContent),
        ("Uppgifter som samlas in om dig", DataContent),
    ]);
}

#[test]
fn collecting_data_in_one_word_is_where_they_come_from() {
    expect_primary(&[
        (
            "Automaattinen tiedonkeräys ja tunnistetietojen käsittely",
            DataSources,
        ),
        ("Tiedonkeruu", DataSources),
    ]);
}

#[test]
fn the_use_of_the_data_is_its_purpose() {
    expect_primary(&[
        ("Tietojen käyttäminen", Purpose),
        ("Henkilötietojen käyttö", Purpose),
    ]);
}

#[test]
fn english_of_finnish_templates_names_handling_contacts_and_who_is_registered() {
    expect_primary(&[
        ("Reason for handling personal data", Purpose),
        ("2. Contact regarding the register", ContactPerson),
        ("Who is part of the register", DataContent),
        (
            "2. Contact in matters regarding the data file",
            ContactPerson,
        ),
        ("3. Name of data file", RegisterName),
        ("Administrator and Contact Person", Controller),
    ]);
}

#[test]
fn data_borrowed_into_swedish_names_the_data() {
    expect_primary(&[
        ("HUR VI SAMLAR DIN PERSONLIGA DATA", DataContent),
        ("ANVÄNDANDE AV DIN DATA", Purpose),
    ]);
}

#[test]
fn a_phrase_on_one_topic_does_not_hide_a_later_one() {
    // "Information till vilken …" leads to whom data are disclosed, not to the data.
    assert_eq!(
        kinds("5. Information till vilken information som regelbundet lämnas ut").first(),
        Some(&Recipients)
    );
}

#[test]
fn the_rights_and_the_register_in_their_other_everyday_words() {
    expect_primary(&[
        ("Insynsrätt", Access),
        ("Rätt att kontrollera uppgifterna", Access),
        ("Tietojen tarkastaminen", Access),
        ("Oikaisuoikeus", Rectification),
        ("Right to have inaccurate data corrected", Rectification),
        ("Rätt att få felaktiga uppgifter rättade", Rectification),
        ("Right to have your data deleted", Erasure),
        ("Rätt att få uppgifter raderade", Erasure),
        ("Rätt att motsätta sig behandling", Objection),
        ("Rätt att flytta uppgifter", Portability),
        ("Right to complain", Complaint),
        ("Data subject rights", Rights),
        ("Namn på registret", RegisterName),
        ("Namnet på registret", RegisterName),
        ("Käsittelytoimen nimi", RegisterName),
        ("Name of the processing activity", RegisterName),
        ("Käsittelyn lainmukaisuuden peruste", LegalBasis),
        ("Käsittelyn oikeudellinen peruste", LegalBasis),
        ("Käsiteltävien henkilötietojen ryhmät", DataContent),
        ("Mistä henkilötiedot kerätään?", DataSources),
        ("Lämnas uppgifterna ut?", Recipients),
        ("Vem kan få del av uppgifterna?", Recipients),
        ("Överlåtelse av uppgifter", Recipients),
        ("Do we disclose your data?", Recipients),
        ("Kuka käsittelee tietojasi puolestamme?", Recipients),
        ("Kuinka pitkään säilytämme tietojasi?", Retention),
        ("Miten tietosi on suojattu?", Security),
        ("Henkilötietojen käsittelystä vastaava", Controller),
        ("Käsittelystä vastaava taho", Controller),
        ("Person som ansvarar för registret", ResponsiblePerson),
        ("Kehen voin ottaa yhteyttä?", ContactPerson),
    ]);
    // An organ and a person answering for the processing together are its controller.
    expect_primary(&[(
        "1. Organ och person som ansvarar för behandling av personuppgifter",
        Controller,
    )]);
}

#[test]
fn more_everyday_wordings_of_the_data_its_sources_keeping_and_protection() {
    expect_primary(&[
        ("Sparande av personuppgifter", Retention),
        ("När raderas uppgifterna?", Retention),
        ("Storage time", Retention),
        ("Storage of data", Retention),
        ("Archiving", Retention),
        ("Principer för hur registret skyddas", Security),
        ("Securing personal data", Security),
        ("Uppgifter vi får från andra", DataSources),
        ("Information from third parties", DataSources),
        ("Data collection", DataSources),
        ("Mistä tietosi saadaan?", DataSources),
        ("Vilken information behandlar vi?", DataContent),
        ("Contents of the register", DataContent),
        ("Rekisterin sisältö", DataContent),
        ("Vilka får tillgång till uppgifterna?", Recipients),
        ("Do we share your information?", Recipients),
        ("Vilka lagar styr behandlingen?", LegalBasis),
        ("Lagar som styr behandlingen", LegalBasis),
        ("Miksi keräämme tietojasi?", Purpose),
    ]);
}

#[test]
fn more_everyday_wordings_of_the_rights_and_complaints() {
    expect_primary(&[
        ("Access to your data", Access),
        ("Right to review your data", Access),
        ("Checking your data", Access),
        ("Oikeus saada pääsy omiin tietoihin", Access),
        ("Rätt att korrigera uppgifter", Rectification),
        ("Oikeus vaatia tiedon oikaisemista", Rectification),
        ("Oikeus vaatia tietojen poistamista", Erasure),
        ("Right to transfer your data", Portability),
        ("Rekisteröidyn oikeuksien käyttäminen", Rights),
        ("Rätt att göra en anmälan till IMY", Complaint),
        ("Klagomål till IMY", Complaint),
        ("Om du inte är nöjd", Complaint),
        ("Vart kan du vända dig om du inte är nöjd?", Complaint),
        ("If you are unhappy", Complaint),
        ("Oikeus tehdä kantelu", Complaint),
    ]);
}

#[test]
fn the_finnish_template_in_its_swedish_and_english_translations() {
    expect_primary(&[
        (
            "Rätt att överföra uppgifter från ett system till ett annat",
            Portability,
        ),
        (
            "Right to transfer data from one system to another",
            Portability,
        ),
        ("Right to rectify data", Rectification),
        ("Grupper av registrerade", DataContent),
        ("Personuppgiftsgrupper", DataContent),
        ("Ansvarig tjänsteinnehavare", ResponsiblePerson),
        ("Ansvarig tjänsteman", ResponsiblePerson),
        ("Official in charge", ResponsiblePerson),
        ("Rekisterin vastuuviranhaltija", ResponsiblePerson),
    ]);
}

#[test]
fn labels_of_association_and_company_templates_name_their_topics() {
    expect_primary(&[
        ("Rekisterinimi", RegisterName),
        ("4. Rekisteriin tallennettavat henkilötiedot", DataContent),
        (
            "Henkilötietojen käsittelyn oikeudelliset perusteet",
            LegalBasis,
        ),
        ("2 YHTEYSTIEDOT TIETOSUOJA-ASIOISSA", ContactPerson),
        (
            "2. Contact Details for Data Protection Matters",
            ContactPerson,
        ),
        ("1. Den ansvariges namn och adress", Controller),
        // The registers a notice covers, under a heading of that one word.
        ("2. Registers", RegisterName),
        ("Rekisterit:", RegisterName),
        ("Registren", RegisterName),
    ]);
    // The controller's details for privacy matters stay the controller's.
    expect_primary(&[(
        "1. Rekisterinpitäjän yhteystiedot tietosuoja-asioissa",
        Controller,
    )]);
}

#[test]
fn a_summary_or_a_foreword_is_a_part_on_no_one_topic() {
    expect_primary(&[
        ("TIETOJENKÄSITTELY PÄHKINÄNKUORESSA", Other),
        ("Behandlingen i korthet", Other),
        ("Yhteenveto henkilötietojen käsittelystä", Other),
        ("Privacy at a glance", Other),
        ("Förord", Other),
        ("Foreword", Other),
    ]);
    // A field whose label sums up is no heading of a summary.
    assert_ne!(
        kinds(
            "GDPR in brief: Source: Swedish Association of Local Authorities and Regions (skr.se)"
        )
        .first(),
        Some(&Other)
    );
}

#[test]
fn a_third_round_of_everyday_wordings() {
    expect_primary(&[
        ("Vilken nämnd är ansvarig?", Controller),
        ("Ansvarig nämnd", Controller),
        ("Vilken myndighet ansvarar för registret?", Controller),
        ("Vem ansvarar", Controller),
        ("Ansvarig organisation", Controller),
        ("Responsible organisation", Controller),
        ("Vad behöver vi dina uppgifter till?", Purpose),
        ("Varför registrerar vi uppgifter om dig?", Purpose),
        ("What do we need your data for?", Purpose),
        ("How your data is used", Purpose),
        ("What is the data used for?", Purpose),
        ("Tystnadsplikt och sekretess", Security),
        ("Säker hantering", Security),
        ("Safeguards", Security),
        ("Protecting your information", Security),
        ("Vilka kan se dina personuppgifter?", Recipients),
        (
            "På vilken grund behandlar vi dina personuppgifter?",
            LegalBasis,
        ),
        ("Uppgifter som vi hämtar från andra", DataSources),
        ("Period of storage", Retention),
        ("Contact in matters related to the register", ContactPerson),
        ("Contact in data protection matters", ContactPerson),
        (
            "Contact information for data protection questions",
            ContactPerson,
        ),
        (
            "Vad innebär det att föreningen självmant ska informera de registrerade?",
            Informing,
        ),
    ]);
}

#[test]
fn finnish_labels_of_the_register_and_its_date() {
    expect_primary(&[
        ("Rekisteriasioiden hoitaja", ContactPerson),
        ("Rekisterin sisältämät henkilötiedot", DataContent),
        ("Rekisteröityjen henkilöiden ryhmät", DataContent),
        ("Rekisteriin talletettavat tiedot", DataContent),
        ("Laadittu:", UpdatedDate),
        ("Rekisteriseloste laadittu 1.1.2019", UpdatedDate),
        ("Date of preparation: 25.5.2018", UpdatedDate),
        ("Date of issue: 1.4.2025", UpdatedDate),
    ]);
    // A sentence on how the notice was made is no date of it.
    assert!(kinds("Seloste on laadittu yhdessä kuntien kanssa").is_empty());
}

#[test]
fn the_english_of_the_finnish_template_names_its_register_and_contacts() {
    expect_primary(&[
        ("Name of the personal data file", RegisterName),
        ("Name of the personal data register", RegisterName),
        ("Name of personal data file", RegisterName),
        ("Title of the data file", RegisterName),
        ("Name of the data register", RegisterName),
        ("Name and purpose of the register", RegisterName),
        ("Register title", RegisterName),
        ("Name of the processing", RegisterName),
        ("Name of the customer register", RegisterName),
        ("Contents of the personal data register", DataContent),
        ("Contact details for register matters", ContactPerson),
        (
            "Contact information in matters relating to the register",
            ContactPerson,
        ),
    ]);
    // The special categories are sensitive data, a part of their own.
    expect_primary(&[(
        "Sensitive personal data (special categories of data and criminal records)",
        Other,
    )]);
}

#[test]
fn longer_swedish_questions_name_their_topics() {
    expect_primary(&[
        ("Vad för slags personuppgifter behandlar vi?", DataContent),
        ("Uppgifter om dig som vi behandlar", DataContent),
        (
            "Vem kan vi komma att dela dina personuppgifter med?",
            Recipients,
        ),
        (
            "Vilka kan vi lämna ut dina personuppgifter till?",
            Recipients,
        ),
        ("Under hur lång tid sparas personuppgifterna?", Retention),
        ("Vad gör vi för att skydda dina uppgifter?", Security),
        (
            "Vad har vi för rätt att behandla dina personuppgifter?",
            LegalBasis,
        ),
        // What is done with the data is still its purpose.
        ("Vad gör föreningen med personuppgifter?", Purpose),
    ]);
}

#[test]
fn keeping_and_deleting_the_data_is_its_retention() {
    expect_primary(&[
        ("Storage and deletion", Retention),
        ("Storage and deletion of data", Retention),
        ("Retention and deletion", Retention),
        ("Measures to protect the data", Security),
        ("Why is the data collected?", Purpose),
        ("Registered data", DataContent),
        // The right to have the data deleted stays erasure.
        ("Right to deletion", Erasure),
    ]);
}

#[test]
fn swedish_municipal_wordings_of_keeping_protecting_and_grounds() {
    expect_primary(&[
        ("När tas uppgifterna bort?", Retention),
        ("Sekretess", Security),
        ("Salassapito", Security),
        ("Behörighet och åtkomst", Security),
        ("Lagen som styr", LegalBasis),
        ("Grunden för att behandla dina uppgifter", LegalBasis),
        ("Uppgifter som du lämnar till oss", DataSources),
        ("Vad behandlar vi dina personuppgifter för?", Purpose),
    ]);
    // A policy of confidentiality is a page's title, not its part on security.
    assert_ne!(kinds("Sekretesspolicy").first(), Some(&Security));
}

#[test]
fn the_notices_own_overview_scope_and_purpose_are_parts_on_no_topic() {
    expect_primary(&[
        ("Översikt", Other),
        ("Overview", Other),
        ("Tillämpningsområde", Other),
        ("Scope", Other),
        ("What is the purpose of this document?", Other),
        ("Syftet med denna policy", Other),
        // The processing's purposes stay its purpose.
        ("Purpose of processing", Purpose),
    ]);
}
