use super::Requirement::*;
use super::*;
use crate::notice::{import, Controller, RequestSettings, Section};

use crate::notice::test_seeds::SEEDS;

fn missing(notice: &Notice) -> Vec<Requirement> {
    check(notice).into_iter().map(|f| f.requirement).collect()
}

/// Findings on the seeds, each checked against the text by hand.
#[test]
fn findings_of_the_seeds() {
    // 001: the rights of erasure, restriction, objection and portability are not described,
    // nor automated decisions; it does say transfers stay inside the EU/EEA.
    assert_eq!(
        missing(&import(SEEDS[1].1).notice),
        [
            RightToErasure,
            RightToRestriction,
            RightToObject,
            RightToPortability,
            AutomatedDecisions
        ]
    );
    // 002: no contact details for the controller or its DPO, no complaint route.
    assert_eq!(
        missing(&import(SEEDS[2].1).notice),
        [
            ControllerContact,
            DpoContact,
            RightToRestriction,
            RightToObject,
            RightToPortability,
            Complaint
        ]
    );
    // 003: an old-law notice: no legal basis, no DPO contact, no complaint route, none of
    // the GDPR's new rights (erasure it has: data "voidaan … oikaista, poistaa tai täydentää").
    assert_eq!(
        missing(&import(SEEDS[3].1).notice),
        [
            DpoContact,
            LegalBasis,
            RightToRestriction,
            RightToObject,
            RightToPortability,
            Complaint,
            AutomatedDecisions
        ]
    );
    // 004: rectification and the complaint route are there; erasure (only as the
    // controller's duty), restriction, objection, portability and automated decisions are not.
    assert_eq!(
        missing(&import(SEEDS[4].1).notice),
        [
            RightToErasure,
            RightToRestriction,
            RightToObject,
            RightToPortability,
            AutomatedDecisions
        ]
    );
}

fn section(kind: SectionKind, heading: &str, body: &str) -> Section {
    Section {
        kind,
        also: Vec::new(),
        heading: heading.into(),
        body: body.into(),
    }
}

#[test]
fn a_complete_notice_has_no_findings() {
    use SectionKind as K;
    let notice = Notice {
        id: "x".into(),
        lang: Lang::En,
        title: "Privacy notice".into(),
        register_name: "Client register".into(),
        controller: Controller { name: "City".into(), email: Some("registry@city.example".into()), ..Controller::default() },
        updated: None,
        change_note: None,
        translations: Default::default(),
        sections: vec![
            section(K::Dpo, "Data protection officer", "<p>dpo@city.example</p>"),
            section(K::Purpose, "Purpose", "<p>Services.</p>"),
            section(K::LegalBasis, "Legal basis", "<p>Consent of the person.</p>"),
            section(K::Recipients, "Recipients", "<p>None.</p>"),
            section(K::Transfers, "Transfers", "<p>None outside the EU.</p>"),
            section(K::Retention, "Retention", "<p>Ten years.</p>"),
            section(
                K::Rights,
                "Your rights",
                "<p>You have the right of access, to rectification, erasure, restriction, to object and to data portability. You may withdraw consent.</p>",
            ),
            section(K::Complaint, "Complaint", "<p>Office of the Data Protection Ombudsman.</p>"),
            section(K::AutomatedDecisions, "Automated decisions", "<p>None.</p>"),
            section(K::DataSources, "Sources", "<p>The person.</p>"),
        ],
        requests: RequestSettings::default(),
    };
    assert_eq!(missing(&notice), []);
    // Consent as a basis requires the right to withdraw it.
    let mut without_withdrawal = notice.clone();
    without_withdrawal.sections[6].body = "<p>You have the right of access, to rectification, erasure, restriction, to object and to data portability.</p>".into();
    assert_eq!(missing(&without_withdrawal), [ConsentWithdrawal]);
}

#[test]
fn findings_cite_the_article_in_every_language() {
    let f = Finding {
        requirement: Retention,
    };
    assert_eq!(
        f.message(Lang::En),
        "The retention period or its criteria are not given. (GDPR Article 13(2)(a))"
    );
    // Article, paragraph and point written out, as Finnish and Swedish legal texts do.
    assert!(f
        .message(Lang::Fi)
        .ends_with("(tietosuoja-asetuksen 13 artiklan 2 kohdan a alakohta)"));
    assert!(f
        .message(Lang::Sv)
        .ends_with("(artikel 13.2 a i dataskyddsförordningen)"));
    let sources = Finding {
        requirement: Sources,
    };
    assert!(sources
        .message(Lang::Fi)
        .ends_with("(tietosuoja-asetuksen 14 artiklan 2 kohdan f alakohta)"));
}
