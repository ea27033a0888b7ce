//! A document's first line above a heading, and a block of fields under one: how the
//! lines around a section's heading are told from it.

use super::*;

#[test]
fn a_first_line_right_above_a_heading_is_the_title() {
    let imported = import(
        "Information on contact persons for business\n\nPurpose of processing data\n\nWe process personal data to decide on sign-up requests.\n\nWhat data do we process?\n\nName and phone number.\n",
    );
    // The title names the text before the first section, as the page's own name.
    assert_eq!(
        outline(&imported),
        [
            ("Information on contact persons for business", vec![Other]),
            ("Purpose of processing data", vec![Purpose]),
            ("What data do we process?", vec![DataContent]),
        ]
    );
}

#[test]
fn a_numbered_first_line_above_its_first_part_stays_a_section() {
    let imported = import(
        "1. Rekisterinpitäjä\n\n1.1 Yhteystiedot\n\nYritys Oy, Katu 1, 00100 Helsinki.\n\n2. Rekisterin nimi\n\nAsiakasrekisteri.\n",
    );
    assert_eq!(outline(&imported)[0].1, [Controller]);
}

#[test]
fn a_bare_label_under_a_field_is_the_next_field() {
    let kinds = topics_of(
        "Privacy Policy\n\nController\nCompany: Metropolia University of Applied Sciences\nAddress: Myllypurontie 1, 00920 Helsinki, Finland\nContact person for data protection matters:\n\nPurpose of processing\n\nData are processed to run the courses.\n",
    );
    assert_eq!(kinds, [Controller, Purpose]);
    // Where no field is above it, such a label heads its section.
    let kinds = topics_of(
        "Tietosuojaseloste\n\nRekisterinpitäjä:\n\nYritys Oy\n\nRekisterin nimi:\n\nAsiakasrekisteri\n",
    );
    assert_eq!(kinds, [Controller, RegisterName]);
}

#[test]
fn a_line_set_apart_after_a_list_run_together_heads_the_next_section() {
    let doc = |list: &str| {
        format!(
            "Integritetspolicy\n\nFöreningen behandlar personuppgifter om medlemmarna. Här berättar vi hur det går till.\n\nVilka uppgifter behandlar vi?\n\nVi behandlar följande uppgifter:\n{list}\n\nMedlemsavgifter\n\nAvgifterna registreras i föreningens kassabok och sparas i sju år enligt bokföringslagen.\n\nHur länge sparas uppgifterna?\n\nUppgifterna sparas så länge du är medlem och raderas sedan inom ett år.\n"
        )
    };
    assert!(headings_of(&doc("• namn\n• adress\n• telefonnummer"))
        .contains(&"Medlemsavgifter".to_string()));
    // Items set apart by blank lines: the line could be one more of them.
    assert!(!headings_of(&doc("• namn\n\n• adress\n\n• telefonnummer"))
        .contains(&"Medlemsavgifter".to_string()));
}

#[test]
fn a_line_set_apart_after_contact_details_heads_the_next_section() {
    for details in [
        "Example Association, Street 1, 00100 Helsinki. Contact: info@example.fi",
        "Example Association\nStreet 1\n00100 Helsinki",
        "Example Association\nwww.example.fi",
        "Example Association\ntel. +358 40 123 4567",
        "Exempelföreningen\nBox 817\n761 28 Norrtälje",
    ] {
        let imported = import(&format!(
            "Privacy notice\n\nController\n\n{details}\n\nNewsletters\n\nWe send a newsletter to members four times a year, and you can unsubscribe at any time.\n\nHow long do we keep the data?\n\nThe data are kept while you are a member and erased within a year after.\n"
        ));
        let headings: Vec<&str> = outline(&imported).into_iter().map(|(h, _)| h).collect();
        assert!(headings.contains(&"Newsletters"), "{details}: {headings:?}");
    }
    // After a name that ends no sentence and gives no contact detail, a short line may be
    // another name or a caption.
    let imported = import(
        "Privacy notice\n\nController\n\nExample Association\n\nNewsletters\n\nWe send a newsletter to members four times a year, and you can unsubscribe at any time.\n",
    );
    let headings: Vec<&str> = outline(&imported).into_iter().map(|(h, _)| h).collect();
    assert!(!headings.contains(&"Newsletters"), "{headings:?}");
}

#[test]
fn in_a_notice_with_headings_in_capitals_a_line_in_capitals_heads_its_text() {
    let doc = |line: &str| {
        format!(
            "INFORMATION OM BEHANDLING AV PERSONUPPGIFTER\n\nVi behandlar personuppgifter när du söker bostad hos oss.\n\nPERSONUPPGIFTSANSVARIG\nStiftelsen Exempel är personuppgiftsansvarig för behandlingen.\n\nHUR LÄNGE SPARAS UPPGIFTERNA?\nUppgifterna sparas så länge de behövs.\n\n{line}\nNär du har fått ett hyresavtal behandlar vi dina uppgifter för att sköta hyran,\n"
        )
    };
    assert!(headings_of(&doc("UNDER HYRESFÖRHÅLLANDET"))
        .contains(&"UNDER HYRESFÖRHÅLLANDET".to_string()));
    // Written as the text is, the same line is text: its next line is no paragraph.
    assert!(!headings_of(&doc("Under hyresförhållandet"))
        .contains(&"Under hyresförhållandet".to_string()));
}

#[test]
fn in_a_page_copied_one_line_a_paragraph_a_short_line_between_paragraphs_heads_one() {
    let imported = import(
        "GDPR – General Data Protection Regulation\nThe GDPR protects people's rights and freedoms across the European Union.\nPersonal data\nThe municipality takes all reasonable measures to protect the personal data it processes.\nYour rights\nYou may at any time ask what personal data we process about you.\n",
    );
    let headings: Vec<&str> = outline(&imported).into_iter().map(|(h, _)| h).collect();
    assert!(headings.contains(&"Personal data"), "{headings:?}");
    // With blank lines between paragraphs, a line run on into its paragraph is its first.
    let imported = import(
        "GDPR – General Data Protection Regulation\n\nThe GDPR protects people's rights and freedoms across the European Union.\n\nPersonal data\nthe municipality takes all reasonable measures to protect the data it processes.\n\nYour rights\n\nYou may at any time ask what personal data we process about you.\n",
    );
    let headings: Vec<&str> = outline(&imported).into_iter().map(|(h, _)| h).collect();
    assert!(!headings.contains(&"Personal data"), "{headings:?}");
}

#[test]
fn a_field_above_a_block_of_details_heads_no_section() {
    let kinds = topics_of(
        "Camera Surveillance Privacy Notice\n\nController: The Institute of Adult Education in Helsinki\nBusiness ID: 0203131-0\nPostal Address: Runeberginkatu 22–24, 00100 Helsinki\n\nPurposes of processing\n\nThe recordings are used to keep the premises safe.\n",
    );
    assert_eq!(kinds, [Purpose]);
    // Fields that each name a topic are the notice's sections, one a line.
    let kinds = topics_of(
        "Tietosuojaseloste\n\nRekisterinpitäjä: Yritys Oy, Katu 1, 00100 Helsinki\nYhteyshenkilö: N.N., puh. 040 000 0000\nRekisterin nimi: Asiakasrekisteri\n",
    );
    assert_eq!(kinds[0], Controller, "{kinds:?}");
    assert!(kinds.contains(&RegisterName), "{kinds:?}");
}

#[test]
fn a_line_set_apart_after_a_sentence_ending_in_its_reference_heads_the_next_section() {
    let doc = |reference: &str| {
        format!(
            "Integritetspolicy\n\nFörsamlingen behandlar personuppgifter om medlemmar och besökare. Här berättar vi hur.\n\nHur länge sparas uppgifterna?\n\nOm bevarande och gallring finns regler i kyrkans egna arkivbestämmelser {reference}\n\nMedlemskap\n\nSom medlem behandlas ditt namn, din adress och dina uppgifter om dop och konfirmation.\n"
        )
    };
    assert!(headings_of(&doc("(SvKB 2019:1)")).contains(&"Medlemskap".to_string()));
    // A short line ending in brackets is a name or a heading, not a sentence: the line
    // after it may be its second line.
    let short = "Integritetspolicy\n\nFörsamlingen behandlar personuppgifter om medlemmar och besökare. Här berättar vi hur.\n\nArkivet (SvKB)\n\nMedlemskap\n\nSom medlem behandlas ditt namn, din adress och dina uppgifter om dop och konfirmation.\n";
    assert!(!headings_of(short).contains(&"Medlemskap".to_string()));
}

#[test]
fn a_line_naming_personal_data_after_a_sentence_naming_it_heads_its_prose() {
    let doc = |after: &str| {
        format!(
            "Privacy policy\n\nThis page tells how the municipality handles personal data and what rights you have.\n\nPersonal data\n\n{after}\n\nPersonal data in email\n\nAll email involves processing personal data, so avoid sending sensitive data by email.\n"
        )
    };
    assert!(headings_of(&doc(
        "Personal data is any data that can be linked to a living person, such as a name."
    ))
    .contains(&"Personal data".to_string()));
    // Above a list it labels the list, a term the sentence before it named.
    assert!(
        !headings_of(&doc("- for you who borrow books or visit the library"))
            .contains(&"Personal data".to_string())
    );
}

#[test]
fn a_line_under_its_heading_that_begins_with_its_words_names_whom_it_means() {
    let kinds = topics_of(
        "Privacy policy\n\nController\n\nChurch Council, Eteläranta 8, 00131 Helsinki\n\nData protection officer\n\nData protection officer of the Central Church Fund of Finland\n\ntietosuojavastaava@example.fi\n\nName of the register\n\nLukkari\n",
    );
    assert_eq!(kinds, [Controller, Dpo, RegisterName]);
}

#[test]
fn a_field_with_prose_under_a_heading_of_its_own_is_one_of_its_fields() {
    let doc = "Detaljerad information om hantering av personuppgifter\n\nNedan beskriver vi varje behandling, dess uppgifter och hur länge vi sparar dem.\n\nVarför behandlar vi dina uppgifter?\n\nVi behandlar dina uppgifter för att hantera beställningar av varor och tjänster.\n\nLagringstid: Uppgifterna sparas så länge det behövs för beställningen och därefter i tio år.\n\nHantera nyhetsbrev\n\nVi behandlar dina uppgifter för att skicka nyhetsbrevet.\n";
    assert!(
        !topics_of(doc).contains(&Retention),
        "{:?}",
        outline(&import(doc))
    );
    // A notice that writes all its sections into their first lines keeps them.
    let doc = "Tietosuojaseloste\n\nRekisterin pitäjä: Seurakunta, Y-tunnus: 2869191-5\n\nRekisterin käyttötarkoitus: Yhteystietoja käytetään leirin järjestämiseen ja yhteydenpitoon ennen leiriä.\n\nSäilytysaika: Tiedot poistetaan leirin jälkeen, kun niitä ei enää tarvita mihinkään.\n";
    assert_eq!(topics_of(doc), [Controller, Purpose, Retention]);
}

#[test]
fn an_item_in_capitals_right_above_its_prose_heads_a_section() {
    let doc = "- INTRODUCTION\nThe Company owns, manages and publishes this website and processes the personal data of its visitors.\nWe review this policy every year.\n- DEFINITIONS\nThe terms used here mean what article 4 of the GDPR says they mean.\n";
    assert_eq!(headings_of(doc), ["INTRODUCTION", "DEFINITIONS"]);
    // Items in lower case above their text are a list's items.
    let doc = "We process:\n\n- contact details\nThe Company keeps them for as long as the customer relationship lasts.\n- order history\nThe Company keeps it for seven years under the Accounting Act.\n";
    let headings = headings_of(doc);
    assert!(
        !headings
            .iter()
            .any(|h| h.contains("contact details") || h.contains("order history")),
        "{headings:?}"
    );
}

#[test]
fn a_tables_column_headings_copied_as_lines_head_no_sections() {
    let doc = "Detaljerad information om hantering av personuppgifter\n\nNär vi hanterar dina personuppgifter\n\nNedan beskriver vi för varje behandling vilka uppgifter vi hanterar och med vilken laglig grund.\n\nKategorier av personuppgifter\n\nLaglig grund\n\n • Identitetsuppgifter\n • Kontaktuppgifter\n\nBerättigat intresse: vi behöver uppgifterna för att hantera din förfrågan.\n";
    let kinds = topics_of(doc);
    assert!(
        !kinds.contains(&DataContent) && !kinds.contains(&LegalBasis),
        "{:?}",
        outline(&import(doc))
    );
    // One heading above its list heads its section.
    let doc = "Integritetspolicy\n\nVi behandlar personuppgifter om våra medlemmar.\n\nKategorier av personuppgifter\n\n • Identitetsuppgifter\n • Kontaktuppgifter\n";
    assert!(topics_of(doc).contains(&DataContent));
}

#[test]
fn a_word_or_two_above_a_list_in_the_section_on_purposes_names_one_of_them() {
    let doc = |heading: &str| {
        format!(
            "Personuppgifter\n\nMuseet värnar om allas personliga integritet och följer lagar om dataskydd.\n\n{heading}\n\n • För att fullgöra vårt åtagande som leverantör måste vi spara kontaktuppgifter.\n\nMarknadsföring\n\n • Dina kontaktuppgifter används om du har samtyckt till utskick.\n\nVem har tillgång till dina uppgifter?\n\n • Bara behöriga personer i vår organisation.\n"
        )
    };
    assert!(
        !headings_of(&doc("Ändamål för behandling av personuppgifter"))
            .contains(&"Marknadsföring".to_string())
    );
    // Under a heading on another topic, it heads a part of its own.
    assert!(
        headings_of(&doc("Vilka uppgifter behandlar vi?")).contains(&"Marknadsföring".to_string())
    );
}
