use super::*;
use crate::after::kept::{Kept, Status};

fn kept(status: Status) -> Kept {
    let mut kept = Kept::typed(
        "7K2M-Q9XA",
        "Esimerkkikunta",
        "Asiakasrekisteri",
        RequestKind::Access,
        "3.10.2026",
        Date::ymd(2026, 12, 2),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    kept.address = Some("PL 1, 00100 Esimerkki".into());
    kept.email = Some("kirjaamo@esimerkki.fi".into());
    kept.status = status;
    kept.status_on = (status != Status::Waiting).then_some(Date::ymd(2026, 11, 20));
    kept
}

const TODAY: Date = Date::ymd(2026, 12, 2);

#[test]
fn a_reminder_cites_article_12_3_the_reference_and_the_date() {
    let facts = Facts::of(&kept(Status::Waiting), Ground::NoAnswer);
    for (lang, article) in [
        (Lang::Fi, "12 artiklan 3 kohdan"),
        (Lang::Sv, "artikel 12.3"),
        (Lang::En, "Article 12(3)"),
    ] {
        let text = reminder(&facts, &Signer::default(), TODAY, lang).text();
        for needed in [
            article,
            "7K2M-Q9XA",
            "3.10.2026",
            "3.11.2026",
            "2.12.2026",
            "Esimerkkikunta",
            "Asiakasrekisteri",
            "16.12.2026",
        ] {
            assert!(text.contains(needed), "{lang:?} lacks {needed:?}:\n{text}");
        }
    }
}

#[test]
fn each_ground_cites_its_rule() {
    for (status, ground, fi) in [
        (Status::Refused, Ground::Refused, "12 artiklan 4 kohdan"),
        (Status::Fee, Ground::Fee, "12 artiklan 5 kohdan"),
        (
            Status::Identification,
            Ground::Identification,
            "12 artiklan 6 kohdan",
        ),
    ] {
        let facts = Facts::of(&kept(status), ground);
        let text = reminder(&facts, &Signer::default(), TODAY, Lang::Fi).text();
        assert!(text.contains(fi) && text.contains("20.11.2026"), "{text}");
        let text = complaint(&facts, &Signer::default(), None, TODAY, Lang::Fi).text();
        assert!(text.contains(fi), "{text}");
    }
    let mut extended = kept(Status::Extended);
    extended.status_on = None;
    let facts = Facts::of(&extended, Ground::NoAnswer);
    // 3 January 2027 is a Sunday.
    assert_eq!(facts.due, Date::ymd(2027, 1, 4));
    let text = reminder(&facts, &Signer::default(), Date::ymd(2027, 1, 10), Lang::Fi).text();
    assert!(
        text.contains("pidennetyn määräajan päättymiseen 4.1.2027"),
        "{text}"
    );
}

#[test]
fn a_complaint_goes_to_the_ombudsman_with_the_facts() {
    let facts = Facts::of(&kept(Status::Refused), Ground::Refused);
    let signer = Signer {
        name: "Maija Meikäläinen".into(),
        contact: "maija@example.fi".into(),
    };
    for lang in Lang::ALL {
        let letter = complaint(&facts, &signer, Some(Date::ymd(2026, 11, 25)), TODAY, lang);
        let text = letter.text();
        for needed in [
            "PL 800",
            "tietosuoja@om.fi",
            "Esimerkkikunta",
            "Asiakasrekisteri",
            "3.10.2026",
            "7K2M-Q9XA",
            "20.11.2026",
            "25.11.2026",
            "Maija Meikäläinen",
            "maija@example.fi",
        ] {
            let needed = match (lang, needed) {
                (Lang::Sv, "PL 800") => "PB 800",
                (Lang::En, "PL 800") => "P.O. Box 800",
                _ => needed,
            };
            assert!(text.contains(needed), "{lang:?} lacks {needed:?}:\n{text}");
        }
        assert!(
            text.contains(RequestKind::Access.title().get(lang)),
            "{text}"
        );
        assert!(!send_to(LetterKind::Complaint, &facts, lang).is_empty());
    }
}

#[test]
fn without_a_signer_the_lines_are_left_to_fill_in() {
    let facts = Facts::of(&kept(Status::Fee), Ground::Fee);
    let letter = reminder(&facts, &Signer::default(), TODAY, Lang::Sv);
    assert_eq!(letter.signer, ["Namn: ", "Kontaktuppgifter: "]);
    assert!(letter
        .recipient
        .contains(&"kirjaamo@esimerkki.fi".to_string()));
}

#[test]
fn a_reminder_says_where_it_goes() {
    let mut facts = Facts::of(&kept(Status::NoAnswer), Ground::NoAnswer);
    assert!(send_to(LetterKind::Reminder, &facts, Lang::Fi)
        .contains("kirjaamo@esimerkki.fi tai PL 1, 00100 Esimerkki"));
    (facts.email, facts.address) = (None, None);
    assert!(send_to(LetterKind::Reminder, &facts, Lang::En)
        .contains("the address given in the privacy notice"));
}

#[test]
fn file_names_are_safe() {
    assert_eq!(
        Letter::file_name(LetterKind::Reminder, "7K2M-Q9XA"),
        "muistutus-7K2M-Q9XA.pdf"
    );
    assert_eq!(
        Letter::file_name(LetterKind::Complaint, "../a b"),
        "valitus-___a_b.pdf"
    );
}

#[test]
fn a_letter_is_a_pdf_without_a_request_in_it() {
    let font = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/fonts/DejaVuSans.ttf"
    ))
    .unwrap_or_default();
    let facts = Facts::of(&kept(Status::NoAnswer), Ground::NoAnswer);
    let letter = complaint(&facts, &Signer::default(), None, TODAY, Lang::Fi);
    let json = serde_json::to_string(&letter).unwrap_or_default();
    let pdf = crate::pdf::make_letter(&json, &font, crate::pdf::FontFile::Whole)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .unwrap_or_default();
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(crate::pdf::extract::request_json(&pdf).is_err());
    assert!(crate::pdf::make_letter("{}", &font, crate::pdf::FontFile::Whole).is_err());
}

#[test]
fn letters_in_every_language_need_only_the_subset_font() {
    let subset = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/fonts/DejaVuSans-subset.ttf"
    ))
    .unwrap_or_default();
    let facts = Facts::of(&kept(Status::Refused), Ground::Refused);
    for lang in Lang::ALL {
        for letter in [
            reminder(&facts, &Signer::default(), TODAY, lang),
            complaint(&facts, &Signer::default(), Some(TODAY), TODAY, lang),
        ] {
            let json = serde_json::to_string(&letter).unwrap_or_default();
            let made = crate::pdf::make_letter(&json, &subset, crate::pdf::FontFile::Subset);
            assert!(
                matches!(&made, Ok(Some(pdf)) if pdf.starts_with(b"%PDF-")),
                "{lang:?}: {made:?}"
            );
        }
    }
}
