//! Headings written for this test in a fourth and a fifth round of everyday wordings (not
//! taken from the corpus): the inflected forms, questions and compounds the earlier rounds
//! (`everyday.rs`) did not name; and headings of the corpus's development half that
//! needed a stem or a shape (a question with a colon, title case, a table's row run
//! together), quoted as their files have them.

use super::*;

#[test]
fn inflected_finnish_forms_of_the_rights_and_grounds_name_their_topics() {
    expect_primary(&[
        ("Oikeus tietojen oikaisuun", Rectification),
        ("Tiedon oikaisu", Rectification),
        ("Oikeus valittaa", Complaint),
        ("Peruste henkilötietojen käsittelylle", LegalBasis),
        ("Lakiin perustuva käsittely", LegalBasis),
        ("Miten voin tarkastaa tietoni?", Access),
        ("Kysymykset tietosuojasta", ContactPerson),
        ("Luovutammeko tietojasi?", Recipients),
        ("Lämnar vi ut dina uppgifter?", Recipients),
        ("Innehållet i registret", DataContent),
        ("Få veta vilka uppgifter vi har om dig", Access),
        // "Kielto-oikeus" in the template's translations.
        ("Förbudsrätt", Objection),
        ("Right to prohibit", Objection),
    ]);
}

#[test]
fn who_may_use_the_register_and_how_long_data_lives() {
    expect_primary(&[
        // Access rights of the staff, not the reader's right of access.
        ("Rekisterin käyttöoikeudet", Security),
        ("Käyttöoikeudet", Security),
        ("Behörigheter", Security),
        ("Tietojen elinkaari", Retention),
        ("Uppgifternas livscykel", Retention),
        // The controller's contact person is a contact person.
        ("Personuppgiftsansvarigas kontaktperson", ContactPerson),
        ("Rekisterinpitäjän yhteyshenkilö", ContactPerson),
        // The register as a "file".
        ("3. Name of the file", RegisterName),
    ]);
    // The register's use stays its purpose.
    assert_eq!(kinds("Rekisterin käyttötarkoitus")[0], Purpose);
}

#[test]
fn everyday_english_of_company_notices_names_its_topics() {
    expect_primary(&[
        ("How will we use the information about you?", Purpose),
        ("Who else sees your data?", Recipients),
        (
            "How can I access the information you hold about me?",
            Access,
        ),
        ("Requesting a copy of your data", Access),
        ("Data protection measures", Security),
        ("Contact details for privacy matters", ContactPerson),
        ("Get in touch", ContactPerson),
        ("Data controller contact person", ContactPerson),
        ("Ams as responsible for your personal data", Controller),
        ("Scope of the privacy policy", Other),
    ]);
    // Keeping data safe is its security, not how long it is kept.
    assert_eq!(kinds("Keeping your data safe")[0], Security);
}

#[test]
fn a_question_with_a_colon_for_its_mark_heads_its_answer() {
    expect_primary(&[
        (
            "Vilka personuppgifter vi samlar in och varför vi samlar in dem:",
            DataContent,
        ),
        ("Omfattning", Other),
    ]);
    // A lead-in to a list stays text: it announces what follows, or runs past a comma.
    expect_no_heading(&[
        "Vi behandlar dina personuppgifter för följande ändamål och syften:",
        "Vilka uppgifter vi behandlar beror på, bland annat, vilken tjänst:",
        "We process your personal data for these purposes and reasons:",
        // A clause of when, not a question.
        "När du blir medlem samlar vi in dessa uppgifter:",
    ]);
}

#[test]
fn sentences_run_together_in_one_line_head_nothing() {
    expect_no_heading(&[
        "Accessrättigheter (användarnamn/lösenord). Orosanmälningar till socialtjänst. Se även elev Genererat internt",
        "Rights of access. Requests by email. See the form below",
    ]);
    // One full stop inside a heading, after an abbreviation or a date, leaves it one.
    assert_eq!(
        kinds("Tietosuojaseloste. Päivitetty 1.2.2020")[0],
        UpdatedDate
    );
}

#[test]
fn a_long_heading_in_title_case_is_no_sentence() {
    assert_eq!(
        kinds("Legal Basis for Processing Personal Data and How Data is Obtained by the Data Controller")[0],
        LegalBasis
    );
    // The same words as a sentence's are its text, and so are they in capitals.
    expect_no_heading(&[
        "The legal basis for processing personal data is that the data is obtained by the data controller from you",
        "THE LEGAL BASIS FOR PROCESSING PERSONAL DATA IS THAT THE DATA IS OBTAINED BY THE DATA CONTROLLER FROM YOU",
    ]);
}

#[test]
fn spoken_swedish_and_the_answers_form_of_a_question_name_their_topics() {
    expect_primary(&[
        // "Spar" is the spoken form of "sparar" (sv-271, development).
        ("När spar vi uppgifter", DataSources),
        ("Vad spar vi för uppgifter", DataContent),
        ("Hur länge spar vi dina uppgifter", Retention),
        // sv-277 and sv-279, development.
        ("Vad samlar vi in?", DataContent),
        ("Så här samlar vi in personuppgifter", DataSources),
        ("Detta använder vi personuppgifter till", Purpose),
        // Written without the joining "s" (sv-269, development).
        ("Personuppgiftansvarigheten", Controller),
        // When the page was last checked dates it (en-186, development).
        ("Page reviewed: 12/08/2025", UpdatedDate),
        ("Senast granskad 2024-05-02", UpdatedDate),
        ("Viimeksi tarkistettu 2.5.2024", UpdatedDate),
    ]);
}

#[test]
fn what_the_organisation_says_it_collects_names_the_data_or_its_sources() {
    expect_primary(&[
        // sv-291, development.
        (
            "HUR VI SAMLAR IN OCH BEHANDLAR DINA PERSONUPPGIFTER",
            DataSources,
        ),
        ("Hur vi samlar in personuppgifter", DataSources),
    ]);
    // A sentence of the organisation's, a heading by its place on the page (sv-293,
    // development): its words name the data.
    assert_eq!(
        heading_kinds("Klöversalongen samlar in följande uppgifter om dig")[0],
        DataContent
    );
}

#[test]
fn swedish_statements_and_verbs_of_sharing_and_protecting_name_their_topics() {
    expect_primary(&[
        // sv-263, sv-229 and sv-136, development.
        ("Vi skyddar dina personuppgifter", Security),
        ("Att dela uppgifter", Recipients),
        ("Registerudrag", Access),
    ]);
}

#[test]
fn the_personal_data_acts_english_and_cut_off_headings_name_their_topics() {
    expect_primary(&[
        // en-200, en-202 and en-204, development.
        ("The grounds for data processing", LegalBasis),
        ("1. Processed personal", DataContent),
        ("2. File manager", ResponsiblePerson),
        ("5. Data file contents", DataContent),
    ]);
}

#[test]
fn swedish_handling_and_the_gdpr_person_name_their_topics() {
    expect_primary(&[
        // sv-305 and sv-301, development; sv-63's "GDPR-ansvarsperson" likewise.
        ("1. Uppgifter vi hanterar om dig", DataContent),
        ("GDPR-ansvarig", ContactPerson),
        ("GDPR-ansvarsperson", ContactPerson),
    ]);
}

#[test]
fn a_long_line_telling_readers_what_they_may_do_or_that_the_notice_is_dated_is_text() {
    expect_no_heading(&[
        // A paragraph's first line, wrapped (sv-307, development).
        "Enligt dataskyddslagen kan du när som helst få dina uppgifter raderade ur vårt",
        "Under the Data Protection Act you can ask us at any time to erase your data from",
        // A sentence that says the notice is dated (sv-299, development).
        "Denna integritetspolicy är uppdaterad 13 september 2019.",
    ]);
    // A reader's question, short, still heads its answer.
    expect_primary(&[("Miten voit tarkastaa tietosi?", Access)]);
}

#[test]
fn a_word_for_word_translation_of_the_legal_basis_names_it() {
    // en-212, development.
    expect_primary(&[(
        "On what foundation do we process your personal data?",
        LegalBasis,
    )]);
}
