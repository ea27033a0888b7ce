use super::*;
use crate::notice::BLANK_SECTIONS;
use crate::submit::endpoint::EndpointError;

fn blank() -> Notice {
    Notice::blank("lapsiperheet", Lang::Fi)
}

/// What the studio saves is what the notice reader takes back, unchanged.
fn assert_round_trips(notice: &Notice) {
    let json = serde_json::to_string(notice).unwrap_or_default();
    let back = Notice::from_json(&json).unwrap_or_else(|e| panic!("{}: {json}", e.0));
    assert_eq!(&back, notice);
}

/// Applies `edit` expecting a refusal: the error, and the notice unchanged.
fn refused(notice: &mut Notice, edit: Edit) -> EditError {
    let before = notice.clone();
    let error = apply(notice, edit)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(*notice, before, "a refused edit changed the notice");
    error
}

fn ok(notice: &mut Notice, edit: Edit) {
    apply(notice, edit.clone()).unwrap_or_else(|e| panic!("{edit:?}: {}", e.message(Lang::En)));
    assert_round_trips(notice);
}

#[test]
fn a_blank_notice_has_every_section_art_13_asks_for_in_its_language() {
    for lang in Lang::ALL {
        let notice = Notice::blank("x", lang);
        let kinds: Vec<SectionKind> = notice.sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, BLANK_SECTIONS);
        for s in &notice.sections {
            assert_eq!(s.heading, s.kind.title().get(lang));
        }
        assert_eq!(notice.title, crate::notice::NOTICE_TITLE.get(lang));
        assert_round_trips(&notice);
    }
    // Its headings are not its content: the GDPR check finds every requirement a section
    // tells still unmet.
    let findings = crate::notice::check(&Notice::blank("x", Lang::Sv));
    assert!(
        findings.len() >= 15,
        "a blank notice says nothing yet: {findings:?}"
    );
}

#[test]
fn texts_are_trimmed_and_the_required_ones_refused_empty() {
    let mut n = blank();
    ok(&mut n, Edit::Title("  Lapsiperheiden palvelut  ".into()));
    assert_eq!(n.title, "Lapsiperheiden palvelut");
    ok(&mut n, Edit::RegisterName("Asiakasrekisteri".into()));
    assert_eq!(
        refused(&mut n, Edit::Title(" ".into())),
        EditError::Empty(Required::Title)
    );
    assert_eq!(
        refused(&mut n, Edit::RegisterName(String::new())),
        EditError::Empty(Required::RegisterName)
    );
    assert_eq!(
        refused(
            &mut n,
            Edit::Heading {
                at: 0,
                text: "\n".into()
            }
        ),
        EditError::Empty(Required::Heading)
    );
    assert_eq!(
        refused(&mut n, Edit::Controller(ControllerField::Name, " ".into())),
        EditError::Empty(Required::ControllerName)
    );
}

#[test]
fn the_updated_day_is_an_iso_date_or_none() {
    let mut n = blank();
    ok(&mut n, Edit::Updated(Some(" 2026-12-03 ".into())));
    assert_eq!(n.updated.as_deref(), Some("2026-12-03"));
    assert_eq!(
        refused(&mut n, Edit::Updated(Some("3.12.2026".into()))),
        EditError::Date
    );
    assert_eq!(
        refused(&mut n, Edit::Updated(Some("2026-02-30".into()))),
        EditError::Date
    );
    ok(&mut n, Edit::Updated(Some(String::new())));
    assert_eq!(n.updated, None);
    ok(
        &mut n,
        Edit::ChangeNote(Some(" Säilytysajat päivitetty. ".into())),
    );
    assert_eq!(n.change_note.as_deref(), Some("Säilytysajat päivitetty."));
    ok(&mut n, Edit::ChangeNote(None));
    assert_eq!(n.change_note, None);
}

#[test]
fn the_controller_s_details_are_checked_and_empty_removes_them() {
    let mut n = blank();
    ok(
        &mut n,
        Edit::Controller(ControllerField::Name, "Pieksämäen kaupunki".into()),
    );
    ok(
        &mut n,
        Edit::Controller(ControllerField::BusinessId, "02082011".into()),
    );
    assert_eq!(
        n.controller.business_id.as_deref(),
        Some("0208201-1"),
        "kept as written"
    );
    assert_eq!(
        refused(
            &mut n,
            Edit::Controller(ControllerField::BusinessId, "0208201-2".into())
        ),
        EditError::BusinessId(BusinessIdError::CheckDigit)
    );
    ok(
        &mut n,
        Edit::Controller(ControllerField::Email, "kirjaamo@pieksamaki.fi".into()),
    );
    assert!(matches!(
        refused(
            &mut n,
            Edit::Controller(ControllerField::Email, "kirjaamo@".into())
        ),
        EditError::Email(_)
    ));
    ok(
        &mut n,
        Edit::Controller(ControllerField::Phone, "015 788 2111".into()),
    );
    assert!(matches!(
        refused(
            &mut n,
            Edit::Controller(ControllerField::Phone, "puhelin".into())
        ),
        EditError::Phone(_)
    ));
    ok(
        &mut n,
        Edit::Controller(
            ControllerField::Address,
            "Kauppakatu 1, 76100 Pieksämäki".into(),
        ),
    );
    ok(
        &mut n,
        Edit::Controller(ControllerField::Email, "  ".into()),
    );
    assert_eq!(n.controller.email, None);
    assert_eq!(n.controller.phone.as_deref(), Some("015 788 2111"));
}

#[test]
fn sections_are_added_deleted_and_moved_in_place() {
    let mut n = blank();
    let count = n.sections.len();
    ok(
        &mut n,
        Edit::AddSection {
            at: 1,
            kind: SectionKind::Systems,
        },
    );
    assert_eq!(n.sections.len(), count + 1);
    assert_eq!(
        n.sections[1].heading,
        SectionKind::Systems.title().get(Lang::Fi)
    );
    ok(
        &mut n,
        Edit::AddSection {
            at: 999,
            kind: SectionKind::Other,
        },
    );
    assert_eq!(n.sections.last().map(|s| s.kind), Some(SectionKind::Other));
    let second = n.sections[1].clone();
    ok(&mut n, Edit::MoveSection { from: 1, to: 0 });
    assert_eq!(n.sections[0], second);
    let last = n.sections.len() - 1;
    ok(&mut n, Edit::MoveSection { from: 0, to: last });
    assert_eq!(n.sections[last], second);
    ok(&mut n, Edit::DeleteSection(last));
    assert!(!n.sections.contains(&second));
    let end = n.sections.len();
    assert_eq!(
        refused(&mut n, Edit::DeleteSection(end)),
        EditError::NoSection(end)
    );
    assert_eq!(
        refused(&mut n, Edit::MoveSection { from: 0, to: end }),
        EditError::NoSection(end)
    );
    assert_eq!(
        refused(
            &mut n,
            Edit::Body {
                at: end,
                html: String::new()
            }
        ),
        EditError::NoSection(end)
    );
}

#[test]
fn a_section_splits_between_blocks_and_merges_back() {
    let mut n = blank();
    let body = "<p>Tarkoitus.</p><p><strong>Oikeusperuste</strong></p><ul><li>laki</li></ul>";
    ok(
        &mut n,
        Edit::Body {
            at: 2,
            html: body.into(),
        },
    );
    let original = n.sections[2].clone();
    for block in [0, 3, 9] {
        assert_eq!(
            refused(&mut n, Edit::SplitSection { at: 2, block }),
            EditError::Split
        );
    }
    ok(&mut n, Edit::SplitSection { at: 2, block: 1 });
    assert_eq!(n.sections[2].body, "<p>Tarkoitus.</p>");
    assert_eq!(n.sections[3].kind, SectionKind::Other);
    assert_eq!(
        n.sections[3].heading,
        SectionKind::Other.title().get(Lang::Fi)
    );
    assert_eq!(
        n.sections[3].body,
        "<p><strong>Oikeusperuste</strong></p><ul><li>laki</li></ul>"
    );
    // Named by the editor, then joined again: its heading stays, as bold text.
    ok(
        &mut n,
        Edit::Heading {
            at: 3,
            text: "Oikeusperuste".into(),
        },
    );
    ok(
        &mut n,
        Edit::Kinds {
            at: 3,
            kind: SectionKind::LegalBasis,
            also: vec![],
        },
    );
    ok(&mut n, Edit::MergeWithNext(2));
    assert_eq!(n.sections[2].heading, original.heading);
    assert_eq!(
        n.sections[2].body,
        "<p>Tarkoitus.</p><p><strong>Oikeusperuste</strong></p><p><strong>Oikeusperuste</strong></p><ul><li>laki</li></ul>"
    );
    assert_eq!(n.sections[2].also, vec![SectionKind::LegalBasis]);
    assert_eq!(
        n.sections[3].kind, BLANK_SECTIONS[3],
        "the next one is the blank's next"
    );
    let last = n.sections.len() - 1;
    assert_eq!(
        refused(&mut n, Edit::MergeWithNext(last)),
        EditError::NoNext
    );
}

#[test]
fn kinds_keep_the_primary_first_and_no_repeats() {
    let mut n = blank();
    ok(
        &mut n,
        Edit::Kinds {
            at: 0,
            kind: SectionKind::Purpose,
            also: vec![
                SectionKind::LegalBasis,
                SectionKind::Purpose,
                SectionKind::LegalBasis,
                SectionKind::Retention,
            ],
        },
    );
    assert_eq!(
        n.sections[0].kinds().collect::<Vec<_>>(),
        vec![
            SectionKind::Purpose,
            SectionKind::LegalBasis,
            SectionKind::Retention
        ]
    );
}

/// What is pasted into the rich-text field keeps only what the sanitiser allows.
#[test]
fn a_body_is_kept_as_the_sanitiser_leaves_it() {
    let mut n = blank();
    let pasted = r#"<p style="color:red" onclick="x()">Teksti <b>lihava</b> <a href="javascript:alert(1)">linkki</a> <a href="https://tietosuoja.fi">TSV</a></p><script>alert(1)</script><img src=x onerror=y>"#;
    ok(
        &mut n,
        Edit::Body {
            at: 0,
            html: pasted.into(),
        },
    );
    let body = &n.sections[0].body;
    assert_eq!(*body, rich::sanitize(pasted));
    for banned in [
        "script",
        "onclick",
        "style",
        "javascript:",
        "<img",
        "onerror",
    ] {
        assert!(!body.contains(banned), "{banned} in {body}");
    }
    assert!(
        body.contains(r#"<a href="https://tietosuoja.fi">TSV</a>"#),
        "{body}"
    );
}

#[test]
fn requests_are_configured_as_the_component_checks_them() {
    let mut n = blank();
    ok(
        &mut n,
        Edit::RequestKinds(vec![
            RequestKind::Access,
            RequestKind::Erasure,
            RequestKind::Access,
        ]),
    );
    assert_eq!(
        n.requests.kinds,
        vec![RequestKind::Access, RequestKind::Erasure]
    );
    ok(
        &mut n,
        Edit::Delivery {
            adapter: None,
            endpoint: Some(" https://asiointi.example.fi/api ".into()),
            mailto: None,
        },
    );
    assert_eq!(
        n.requests.endpoint.as_deref(),
        Some("https://asiointi.example.fi/api")
    );
    assert_eq!(
        refused(
            &mut n,
            Edit::Delivery {
                adapter: None,
                endpoint: Some("http://asiointi.example.fi/api".into()),
                mailto: None
            }
        ),
        EditError::Delivery(DeliveryError::Endpoint(EndpointError::NotHttps))
    );
    assert!(matches!(
        refused(
            &mut n,
            Edit::Delivery {
                adapter: Some("fax".into()),
                endpoint: None,
                mailto: None
            }
        ),
        EditError::Delivery(DeliveryError::UnknownAdapter(_))
    ));
    assert_eq!(
        refused(
            &mut n,
            Edit::Delivery {
                adapter: Some("json".into()),
                endpoint: None,
                mailto: None
            }
        ),
        EditError::Delivery(DeliveryError::NoEndpoint)
    );
    assert!(matches!(
        refused(
            &mut n,
            Edit::Delivery {
                adapter: Some("mailto".into()),
                endpoint: None,
                mailto: Some("kirjaamo@".into())
            }
        ),
        EditError::Email(_)
    ));
    ok(
        &mut n,
        Edit::Delivery {
            adapter: Some("mailto".into()),
            endpoint: None,
            mailto: Some("kirjaamo@pieksamaki.fi".into()),
        },
    );
    assert_eq!(
        (
            n.requests.adapter.as_deref(),
            n.requests.endpoint.as_deref()
        ),
        (Some("mailto"), None)
    );
    ok(
        &mut n,
        Edit::Delivery {
            adapter: None,
            endpoint: None,
            mailto: None,
        },
    );
    assert_eq!(
        Delivery::resolve(None, None, None).map(|d| d.sends()),
        Ok(false),
        "PDF only"
    );
    let office = Controller {
        name: "Kuntayhtymän kirjaamo".into(),
        ..Controller::default()
    };
    ok(&mut n, Edit::HandledBy(Some(office.clone())));
    assert_eq!(n.requests.handled_by, Some(office));
    assert_eq!(
        refused(&mut n, Edit::HandledBy(Some(Controller::default()))),
        EditError::Empty(Required::ControllerName)
    );
    ok(&mut n, Edit::Forms(Some("forms/lapsiperheet.json".into())));
    assert_eq!(n.requests.forms_url(), "forms/lapsiperheet.json");
    ok(&mut n, Edit::Forms(Some(" ".into())));
    assert_eq!(n.requests.forms_url(), crate::notice::DEFAULT_FORMS);
    ok(
        &mut n,
        Edit::Identification(Identification::StrongElectronic),
    );
    assert_eq!(n.requests.identification, Identification::StrongElectronic);
}

#[test]
fn every_refusal_is_said_in_three_languages() {
    let errors = [
        EditError::NoSection(3),
        EditError::Empty(Required::Title),
        EditError::Empty(Required::RegisterName),
        EditError::Empty(Required::ControllerName),
        EditError::Empty(Required::Heading),
        EditError::Date,
        EditError::BusinessId(BusinessIdError::Format),
        EditError::BusinessId(BusinessIdError::CheckDigit),
        EditError::Split,
        EditError::NoNext,
        EditError::Delivery(DeliveryError::Endpoint(EndpointError::NotHttps)),
        EditError::Delivery(DeliveryError::Endpoint(EndpointError::NoHost)),
        EditError::Delivery(DeliveryError::NoEndpoint),
    ];
    for e in errors {
        let said: Vec<String> = Lang::ALL.iter().map(|l| e.message(*l)).collect();
        assert!(said.iter().all(|s| !s.trim().is_empty()), "{e:?}");
        assert!(said[0] != said[1] && said[1] != said[2], "{e:?}: {said:?}");
    }
}

/// Any sequence of edits, refused ones included, leaves a notice the reader takes back.
#[test]
fn any_sequence_of_edits_keeps_a_notice_the_reader_takes() {
    let mut seed = 20261203u64;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n.max(1)
    };
    let mut n = blank();
    for _ in 0..2000 {
        let len = n.sections.len() + 1;
        let kind = SectionKind::ALL[next(SectionKind::ALL.len())];
        let edit = match next(9) {
            0 => Edit::AddSection {
                at: next(len),
                kind,
            },
            1 => Edit::DeleteSection(next(len)),
            2 => Edit::MoveSection {
                from: next(len),
                to: next(len),
            },
            3 => Edit::SplitSection {
                at: next(len),
                block: next(4),
            },
            4 => Edit::MergeWithNext(next(len)),
            5 => Edit::Body {
                at: next(len),
                html: [
                    "<p>a</p><p>b</p>",
                    "<ul><li>x</li></ul><p>c</p>",
                    "x<br>y",
                    "",
                ][next(4)]
                .into(),
            },
            6 => Edit::Kinds {
                at: next(len),
                kind,
                also: vec![kind, SectionKind::Other],
            },
            7 => Edit::Heading {
                at: next(len),
                text: ["Otsikko", " ", "Rubrik"][next(3)].into(),
            },
            _ => Edit::Title(["Seloste", ""][next(2)].into()),
        };
        let before = n.clone();
        if apply(&mut n, edit).is_err() {
            assert_eq!(n, before);
        }
        assert_round_trips(&n);
    }
}

/// A section written first that comes late in reading order (the date of a notice,
/// as seed 004 has it) does not pull an added section to the top: it goes after the last
/// section that comes before it.
#[test]
fn a_missing_section_goes_after_what_comes_before_it() {
    let (_, seed) = crate::notice::test_seeds::SEEDS[4];
    let mut n = crate::notice::import(seed).notice;
    assert_eq!(n.sections[0].kind, SectionKind::UpdatedDate);
    ok(&mut n, Edit::AddMissing(Requirement::RightToErasure));
    let at = n
        .sections
        .iter()
        .position(|s| s.kind == SectionKind::Erasure);
    assert_eq!(
        at,
        Some(n.sections.len() - 1),
        "after the rights written last"
    );
    let mut n = blank();
    n.sections.retain(|s| s.kind == SectionKind::Complaint);
    ok(&mut n, Edit::AddMissing(Requirement::Purposes));
    assert_eq!(
        n.sections[0].kind,
        SectionKind::Purpose,
        "nothing before it: first"
    );
}

/// A finding of the GDPR check is fixed where it points: the missing section is added in
/// reading order, marked as a draft, and the check then finds it there.
#[test]
fn a_missing_section_is_added_as_a_draft_in_reading_order() {
    let mut n = Notice::from_json(r#"{"id": "x", "lang": "sv", "title": "Dataskyddsbeskrivning",
        "register_name": "Klientregister", "controller": {"name": "Staden", "email": "registratur@stad.fi"},
        "sections": [{"kind": "purpose", "heading": "Ändamål", "body": "<p>Kundrelationer.</p>"},
                     {"kind": "complaint", "heading": "Klagomål", "body": "<p>Till dataombudsmannen.</p>"}]}"#)
    .unwrap_or_else(|e| panic!("{}", e.0));
    let findings = crate::notice::check(&n);
    assert!(
        findings
            .iter()
            .any(|f| f.requirement == Requirement::Retention),
        "{findings:?}"
    );
    ok(&mut n, Edit::AddMissing(Requirement::Retention));
    let kinds: Vec<SectionKind> = n.sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SectionKind::Purpose,
            SectionKind::Retention,
            SectionKind::Complaint
        ]
    );
    let added = &n.sections[1];
    assert_eq!(added.heading, SectionKind::Retention.title().get(Lang::Sv));
    assert!(
        added
            .body
            .starts_with(&format!("<p><strong>{}</strong></p>", DRAFT.get(Lang::Sv))),
        "{}",
        added.body
    );
    assert!(added.body.contains("artikel 13.2 a"), "{}", added.body);
    assert!(is_draft(added));
    // A draft tells nothing yet: the finding stays until the section is written.
    let still = crate::notice::check(&n);
    assert!(
        still
            .iter()
            .any(|f| f.requirement == Requirement::Retention),
        "{still:?}"
    );
    ok(
        &mut n,
        Edit::Body {
            at: 1,
            html: "<p>Uppgifterna sparas i fem år.</p>".into(),
        },
    );
    assert!(!is_draft(&n.sections[1]));
    assert!(!crate::notice::check(&n)
        .iter()
        .any(|f| f.requirement == Requirement::Retention));
    // Every requirement has a section kind whose drafts read in each language.
    for requirement in [
        Requirement::ControllerContact,
        Requirement::Sources,
        Requirement::AutomatedDecisions,
    ] {
        for lang in Lang::ALL {
            let mut blank = Notice::blank("y", lang);
            blank.sections.clear();
            ok(&mut blank, Edit::AddMissing(requirement));
            assert_eq!(blank.sections[0].kind, requirement.section_kind());
            assert!(blank.sections[0].body.contains(DRAFT.get(lang)));
        }
    }
}
