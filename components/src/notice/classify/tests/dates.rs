//! The notice's own date, as notices in the three languages state it: labels with their
//! dates and short statements of when the notice was made, changed, approved or took
//! effect. Written from how notices word it, not taken from the corpus.

use super::*;

#[test]
fn statements_of_when_the_notice_was_made_changed_or_took_effect_are_its_date() {
    for line in [
        "Reviderad 2022-03-01",
        "Ändrad 2020-02-02",
        "Gäller från 25 maj 2018",
        "Beslutad av styrelsen 2019-03-12",
        "Antagen av styrelsen 2018-05-24",
        "Publicerad 2020-01-01",
        "Senast granskad 2023-04-04",
        "Version 1.2, 2023-01-01",
        "Denna policy uppdaterades senast den 1 juni 2022.",
        "Effective date: January 1, 2023",
        "Revised 12.3.2021",
        "Published: 12 March 2021",
        "Drawn up on 12.3.2021",
        "Last reviewed 2.2.2022",
        "Valid from 1 January 2024",
        "Voimassa 1.1.2024 alkaen",
        "Denna policy gäller från den 1 juni 2022",
        "from 3 April 2023 onwards",
        "Hyväksytty hallituksessa 12.3.2021",
        "Julkaistu 3. lokakuuta 2023",
        "Viimeisin muutos 11.6.2023",
        // The date the notice speaks from, alone under its title.
        "As of November 7, 2024",
        "As at 1 March 2023",
        // A sentence naming the notice ends with a full stop; a title with its date does not.
        "Alkuperäinen seloste laadittu 4.1.2023, viimeisin muutos 11.6.2023.",
        // A change log's line, with what changed in brackets.
        "Päivitetty 12.5.2022 (lisätty tieto, että hallituksen valtuuttama taho käsittelee video- ja lukkotietoja avainten tunnistamiseksi)",
    ] {
        assert_eq!(kinds(line), [UpdatedDate], "{line}");
    }
}

#[test]
fn a_date_in_a_sentence_a_title_or_an_act_is_not_the_notices_date() {
    for line in [
        // When it will next be reviewed.
        "Next review: November 2021",
        "Nästa revidering 2025-01-01",
        // The text tells the date in a sentence of its own.
        "Tämä seloste on päivitetty viimeksi 2.12.2021.",
        "This privacy notice was last updated on 3 March 2024.",
        // A title with its date.
        "Rekisteriseloste, hyväksytty 12.3.2021",
        // An act, a deadline, a translation, a date alone.
        "Dataskyddslagen (1050/2018) trädde i kraft 1.1.2019.",
        "Uppgifterna raderas senast 2025-01-01.",
        "Translated from Finnish 24.4.2026.",
        // "As of" a date, in a sentence on something else.
        "As of 1 January 2024 the register is kept in Kuksa",
        "1 januari 2022",
        // A question, and a day that does not exist.
        "Was the notice updated on 1.1.2020?",
        "Reviderad 2022-02-30",
    ] {
        assert_ne!(kinds(line).first(), Some(&UpdatedDate), "{line}");
    }
    // Words of changing without a date keep their own topics.
    assert_eq!(kinds("Uppdatera dina uppgifter"), [Rectification]);
}

#[test]
fn an_item_of_a_list_naming_a_date_is_no_date_of_the_notice() {
    expect_no_heading(&[
        "• Kastettu (päivämäärä, paikkakunta)",
        "• Uskoontulo (päivämäärä, paikkakunta)",
        "- Päivitetty 1.2.2023",
        "– Date of birth",
    ]);
    assert_eq!(kinds("Päivitetty 1.2.2023"), [UpdatedDate]);
}

#[test]
fn a_month_of_a_year_dates_the_notice_without_giving_it_a_day() {
    for line in [
        "Päivitetty 5/2023",
        "Reviewed 08/2023",
        "Updated May 2023",
        "Uppdaterad maj 2023",
        "Date of publication: 1 January 2020",
        "Datum för senaste ändring: 2022-09-09",
    ] {
        assert_eq!(kinds(line), [UpdatedDate], "{line}");
    }
    // A month named in a sentence of the text is no date line, nor is the month a system
    // was taken into use from, and an act's number is an act's.
    assert!(kinds("The register holds data from 1/2020").is_empty());
    for line in [
        "Käyttämämme rekrytointijärjestelmän 4/2022 alkaen toimittaa TalentAdore.",
        "Det nya kundsystemet gäller från maj 2021 för alla kunder.",
        "Booking system supplied by Timma from 3/2021 onwards",
    ] {
        assert_ne!(kinds(line).first(), Some(&UpdatedDate), "{line}");
    }
    assert!(kinds("Henkilötietolaki 523/1999 voimaan 1.6.1999").is_empty());
    // The notice's date is taken only where it has a day.
    let imported = crate::notice::import::import(
        "Tietosuojaseloste\n\n1. Rekisterinpitäjä\nKunta.\n\n2. Rekisterin nimi\nAsiakasrekisteri.\n\nPäivitetty 5/2023\n",
    );
    assert_eq!(imported.notice.updated, None);
}

#[test]
fn a_date_alone_heads_nothing() {
    // "2 March 2026" is no section two; a bare date under a title dates the page.
    expect_no_heading(&[
        "2 March 2026",
        "15.12.2024",
        "March 2, 2026",
        "1. joulukuuta 2025",
    ]);
    // Numbered headings that name a month are still headings.
    assert_eq!(kinds("2. Maaliskuun tapahtumat")[0], Other);
}

#[test]
fn the_notices_own_name_joined_to_its_date_is_the_date() {
    // "Informointiasiakirja" is the notice, not the duty to inform.
    assert_eq!(
        kinds("Informointiasiakirja/päivitetty 2.3.2023"),
        [UpdatedDate]
    );
    assert_eq!(
        kinds("Informointiasiakirja päivitetty 2.3.2023"),
        [UpdatedDate]
    );
    expect_no_heading(&["Informointiasiakirja"]);
}
