use super::*;

#[test]
fn section_kinds_serialise_to_the_contract_names() {
    let names: Vec<String> = SectionKind::ALL
        .iter()
        .map(|k| {
            serde_json::to_string(k)
                .unwrap_or_default()
                .trim_matches('"')
                .to_string()
        })
        .collect();
    let read: Vec<&str> = SectionKind::ALL.iter().map(|k| k.name()).collect();
    assert_eq!(names, read, "the reader's names are the writer's");
    assert_eq!(
        names.join(","),
        "controller,responsible_person,contact_person,dpo,register_name,purpose,legal_basis,\
data_content,data_sources,recipients,transfers,retention,security,automated_decisions,\
rights,access,rectification,erasure,restriction,objection,portability,\
consent_withdrawal,complaint,systems,informing,updated_date,other"
    );
}

#[test]
fn minimal_notice_round_trips() {
    let json = r#"{
        "id": "x", "lang": "sv", "title": "Dataskyddsbeskrivning", "register_name": "Klientregister",
        "controller": {"name": "Staden"},
        "sections": [{"kind": "purpose", "also": ["legal_basis"], "heading": "Ändamål", "body": "<p>Text</p>"}]
    }"#;
    let notice = Notice::from_json(json).expect("valid notice");
    assert_eq!(notice.lang, Lang::Sv);
    assert_eq!(
        notice.sections[0].kinds().collect::<Vec<_>>(),
        vec![SectionKind::Purpose, SectionKind::LegalBasis]
    );
    assert_eq!(notice.requests, RequestSettings::default());
    let again =
        Notice::from_json(&serde_json::to_string(&notice).unwrap_or_default()).expect("round trip");
    assert_eq!(again, notice);
}

#[test]
fn bad_files_give_an_error_not_a_panic() {
    assert!(Notice::from_json("").is_err());
    assert!(Notice::from_json("{\"id\": 1}").is_err());
    let unknown_kind = r#"{"id":"x","lang":"fi","title":"t","register_name":"r","controller":{"name":"c"},
        "sections":[{"kind":"nonsense","heading":"h","body":""}]}"#;
    let told = Notice::from_json(unknown_kind).map_err(|e| e.0);
    assert!(
        told.as_ref().is_err_and(
            |e| e.starts_with("sections[0].kind: \"nonsense\" is not one of controller,")
        ),
        "{told:?}"
    );
    let typo = r#"{"id":"x","lang":"fi","title":"t","register_name":"r","controller":{"name":"c","adress":"a"},"sections":[]}"#;
    assert_eq!(
        Notice::from_json(typo).map_err(|e| e.0),
        Err("controller: unknown member \"adress\"".into())
    );
    assert_eq!(
        Notice::from_json(r#"{"id":"x"}"#).map_err(|e| e.0),
        Err("member \"lang\" is missing".into())
    );
    let german = r#"{"id":"x","lang":"fi","title":"t","register_name":"r","controller":{"name":"c"},"sections":[],"translations":{"sv":"sv.json","de":"de.json"}}"#;
    assert_eq!(
        Notice::from_json(german).map_err(|e| e.0),
        Err("translations.de: \"de\" is not one of fi, sv, en".into())
    );
}

#[test]
fn updated_date_reads_in_the_notice_language() {
    let mut n = Notice::from_json(
        r#"{"id":"x","lang":"fi","title":"t","register_name":"r","controller":{"name":"c"},"sections":[],"updated":"2018-06-04"}"#,
    )
    .expect("valid");
    assert_eq!(n.updated_display().as_deref(), Some("4.6.2018"));
    n.lang = Lang::En;
    assert_eq!(n.updated_display().as_deref(), Some("4 June 2018"));
    n.updated = Some("2018-13-04".into());
    assert_eq!(n.updated_display(), None);
}

#[test]
fn sample_notices_in_public_parse() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/notices");
    let mut count = 0;
    for entry in std::fs::read_dir(dir)
        .expect("public/notices exists")
        .flatten()
    {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") || path.ends_with("index.json")
        {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        let notice =
            Notice::from_json(&text).unwrap_or_else(|e| panic!("{}: {}", path.display(), e.0));
        assert!(!notice.sections.is_empty(), "{}", path.display());
        for s in &notice.sections {
            assert_eq!(
                rich::sanitize(&s.body),
                s.body,
                "{}: body of {:?} is not in sanitised form",
                path.display(),
                s.heading
            );
        }
        count += 1;
    }
    assert!(count >= 5, "a sample notice for each seed");
}

#[test]
fn reading_order_is_fixed_and_keeps_other_sections_in_place() {
    let section = |kind, heading: &str| Section {
        kind,
        also: vec![],
        heading: heading.into(),
        body: String::new(),
    };
    let notice = Notice {
        id: "x".into(),
        lang: Lang::Fi,
        title: "t".into(),
        register_name: "r".into(),
        controller: Controller::default(),
        updated: None,
        change_note: None,
        translations: BTreeMap::new(),
        sections: vec![
            section(SectionKind::Other, "Johdanto"),
            section(SectionKind::Rights, "Oikeudet"),
            section(SectionKind::Other, "Lisätietoa oikeuksista"),
            section(SectionKind::Purpose, "Tarkoitus"),
            section(SectionKind::Controller, "Rekisterinpitäjä"),
            section(SectionKind::Rights, "Oikeudet 2"),
        ],
        requests: RequestSettings::default(),
    };
    let order: Vec<&str> = notice
        .reading_order()
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(
        order,
        [
            "Johdanto",
            "Rekisterinpitäjä",
            "Tarkoitus",
            "Oikeudet",
            "Lisätietoa oikeuksista",
            "Oikeudet 2"
        ]
    );
}

/// How long a notice keeps unsent requests on the device: 1 to 365 days, or the default.
#[test]
fn outbox_days_read_within_a_year() {
    let with = |days: &str| {
        Notice::from_json(&format!(
            r#"{{"id":"x","lang":"fi","title":"t","register_name":"r","controller":{{"name":"c"}},"sections":[],"requests":{{"outbox_days":{days}}}}}"#
        ))
        .map(|n| n.requests.outbox_days)
        .map_err(|e| e.0)
    };
    assert_eq!(with("14"), Ok(Some(14)));
    assert_eq!(with("365"), Ok(Some(365)));
    assert_eq!(with("null"), Ok(None));
    assert_eq!(
        with("0"),
        Err("requests.outbox_days: 0 is not a number of days from 1 to 365".into())
    );
    assert!(with("366").is_err());
    assert!(with("70000").is_err());
    assert!(with("-3").is_err());
    assert!(with("\"30\"").is_err());
}

/// The registry office's secure channel, linked on the mail path: an https address only.
#[test]
fn a_secure_channel_is_an_https_address() {
    let with = |channel: &str| {
        Notice::from_json(&format!(
            r#"{{"id":"x","lang":"fi","title":"t","register_name":"r","controller":{{"name":"c"}},"sections":[],"requests":{{"mailto":"kirjaamo@example.fi","secure_channel":{channel}}}}}"#
        ))
        .map(|n| n.requests.secure_channel)
        .map_err(|e| e.0)
    };
    assert_eq!(
        with(r#""https://turvaposti.example.fi/kirjaamo""#),
        Ok(Some("https://turvaposti.example.fi/kirjaamo".into()))
    );
    assert_eq!(with("null"), Ok(None));
    assert_eq!(
        with(r#""http://turvaposti.example.fi""#),
        Err(
            "requests.secure_channel: http://turvaposti.example.fi is not an https:// address"
                .into()
        )
    );
    assert!(with(r#""javascript:alert(1)""#).is_err());
    assert!(with(r#""https://""#).is_err());
}

/// The sample translations (`public/notices/translations/`): each reads, is in the language
/// its name says, has the original's id and sections (kinds in the same order), and names
/// the original and the other translations, so that any of them can be the one linked.
#[test]
fn sample_translations_match_their_originals() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/notices");
    let read = |path: &str| {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        Notice::from_json(&text).unwrap_or_else(|e| panic!("{path}: {}", e.0))
    };
    let mut count = 0;
    for id in [
        "muonio-verkkoneuvonta",
        "jyvaskyla-asiakastietojen-tietosuoja",
    ] {
        let original = read(&format!("{root}/{id}.json"));
        assert_eq!(original.translation(original.lang), None, "{id}");
        for lang in [Lang::Sv, Lang::En] {
            let path = original
                .translation(lang)
                .unwrap_or_else(|| panic!("{id} has no {lang:?} translation"));
            let translated = read(&format!("{root}/{path}"));
            count += 1;
            assert_eq!(
                (translated.id.as_str(), translated.lang),
                (id, lang),
                "{path}"
            );
            let kinds = |n: &Notice| n.sections.iter().map(|s| s.kind).collect::<Vec<_>>();
            assert_eq!(kinds(&translated), kinds(&original), "{path}");
            assert_ne!(translated.title, original.title, "{path} is translated");
            for s in &translated.sections {
                assert_eq!(rich::sanitize(&s.body), s.body, "{path}: {:?}", s.heading);
            }
            // Back to the original, and on to the other translation, from beside it.
            let dir = std::path::Path::new(&format!("{root}/{path}"))
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            for other in [Lang::Fi, Lang::Sv, Lang::En]
                .into_iter()
                .filter(|l| *l != lang)
            {
                let next = translated
                    .translation(other)
                    .unwrap_or_else(|| panic!("{path} does not name its {other:?} version"));
                assert_eq!(
                    read(&format!("{dir}/{next}")).lang,
                    other,
                    "{path} → {next}"
                );
            }
        }
    }
    assert_eq!(count, 4);
}
