use super::*;

/// The forms file the product ships, read as the browser reads it.
pub(crate) const SHIPPED: &str = include_str!("../../../../public/forms/default.json");

pub(crate) fn shipped() -> FormSet {
    match FormSet::from_json(SHIPPED) {
        Ok(set) => set,
        Err(e) => panic!("public/forms/default.json: {e}"),
    }
}

pub(crate) fn shipped_form(kind: RequestKind) -> Form {
    match shipped().form(kind) {
        Ok(form) => form,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn the_shipped_file_has_a_coherent_form_for_every_kind() {
    let set = shipped();
    for kind in RequestKind::ALL {
        let form = set.form(kind);
        assert!(form.is_ok(), "{:?}", form.err());
    }
}

#[test]
fn every_text_of_the_shipped_file_speaks_three_languages() {
    let set = shipped();
    let mut texts: Vec<&LocalText> = Vec::new();
    for step in &set.steps {
        texts.push(&step.title);
        texts.extend(step.hint.iter());
        for f in &step.fields {
            texts.push(&f.label);
            texts.extend(f.hint.iter().chain(f.missing.iter()));
            for o in &f.options {
                texts.push(&o.label);
                texts.extend(o.hint.iter());
            }
        }
    }
    texts.extend(set.kinds.values().filter_map(|k| k.intro.as_ref()));
    assert!(texts.len() > 200, "{}", texts.len());
    for t in texts {
        for lang in Lang::ALL {
            assert!(!t.get(lang).trim().is_empty(), "{t:?}");
        }
        assert!(t.fi != t.en || t.fi.len() < 5, "untranslated: {t:?}");
    }
}

#[test]
fn the_kinds_ask_what_the_law_and_the_issue_ask() {
    let ids = |kind| -> Vec<String> { shipped_form(kind).fields().map(|f| f.id.clone()).collect() };
    let has = |kind, wanted: &[&str]| {
        let ids = ids(kind);
        for w in wanted {
            assert!(ids.iter().any(|i| i == w), "{kind:?} lacks {w}");
        }
    };
    let every = [
        "acting_for",
        "subject_name",
        "subject_identity_code",
        "name",
        "identity_code",
        "birth_date",
        "other_id",
        "email",
        "phone",
        "answer_lang",
        "place",
        "date",
    ];
    for kind in RequestKind::ALL {
        has(kind, &every);
    }
    has(
        RequestKind::Access,
        &[
            "access_scope",
            "access_data",
            "access_period_start",
            "services",
            "delivery",
            "street_address",
        ],
    );
    has(
        RequestKind::Rectification,
        &["current_data", "correct_data", "grounds"],
    );
    has(
        RequestKind::LogData,
        &[
            "log_period_start",
            "log_period_end",
            "log_special_reason",
            "services",
            "misuse_when",
            "misuse_how",
            "misuse_person",
            "misuse_data",
        ],
    );
    has(RequestKind::Erasure, &["erasure_ground"]);
    has(RequestKind::Restriction, &["restriction_ground"]);
    has(
        RequestKind::Objection,
        &["objection_ground", "objection_reasons"],
    );
    has(
        RequestKind::Portability,
        &["portability_format", "portability_to"],
    );
    has(
        RequestKind::ConsentWithdrawal,
        &["consent_scope", "consent_which"],
    );
    has(RequestKind::Other, &["other_topic", "other_description"]);
    // The grounds are the article's list, each a choice.
    let erasure = shipped_form(RequestKind::Erasure);
    assert_eq!(
        erasure.field("erasure_ground").map(|f| f.options.len()),
        Some(6)
    );
    let restriction = shipped_form(RequestKind::Restriction);
    assert_eq!(
        restriction
            .field("restriction_ground")
            .map(|f| f.options.len()),
        Some(4)
    );
}

fn with(json: &str, edit: impl Fn(&mut serde_json::Value)) -> Result<Form, SpecError> {
    let mut value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| SpecError(e.to_string()))?;
    edit(&mut value);
    FormSet::from_json(&value.to_string())?.form(RequestKind::Access)
}

#[test]
fn broken_files_are_refused_with_a_reason() {
    let cases: [(&str, fn(&mut serde_json::Value)); 7] = [
        ("steps[0].fields[0]: unknown member \"colour\"", |v| {
            v["steps"][0]["fields"][0]["colour"] = "red".into()
        }),
        ("schema", |v| v["schema"] = "seloste.forms/2".into()),
        ("unknown step", |v| {
            v["kinds"]["access"]["steps"][0] = "nope".into()
        }),
        ("used twice", |v| {
            let step = v["kinds"]["access"]["steps"][0].clone();
            if let Some(list) = v["kinds"]["access"]["steps"].as_array_mut() {
                list.push(step);
            }
        }),
        ("missing", |v| {
            if let Some(f) = v["steps"][0]["fields"][0].as_object_mut() {
                f.remove("missing");
            }
        }),
        ("not asked before", |v| {
            v["steps"][0]["fields"][0]["shown_when"] =
                serde_json::json!({"field": "name", "equals": "x"})
        }),
        ("every form must ask", |v| {
            v["kinds"]["access"]["steps"] = serde_json::json!(["acting_for", "contact"])
        }),
    ];
    for (what, edit) in cases {
        match with(SHIPPED, edit) {
            Ok(_) => panic!("accepted a file with: {what}"),
            Err(e) => assert!(e.0.contains(what) || what == "schema", "{what}: {e}"),
        }
    }
    // A condition naming a question of another form of the file is fine (address lines are
    // required only for printouts by post); one naming no question at all is a typo.
    assert!(shipped().form(RequestKind::Rectification).is_ok());
    let typo = with(SHIPPED, |v| {
        v["steps"][0]["fields"][0]["shown_when"] =
            serde_json::json!({"field": "nme", "equals": "x"})
    });
    assert!(typo.is_err());
}

#[test]
fn field_type_names_are_the_schemas() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../../../public/schemas/forms.schema.json"))
            .unwrap_or_default();
    let names: Vec<&str> = schema["$defs"]["field"]["properties"]["type"]["enum"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    let codes: Vec<&str> = FieldType::ALL.iter().map(|t| t.name()).collect();
    assert_eq!(names, codes);
}

#[test]
fn a_wrong_type_is_named_with_its_path() {
    let told = with(SHIPPED, |v| {
        v["steps"][1]["fields"][0]["type"] = "colour".into()
    });
    match told {
        Err(e) => assert!(
            e.0.starts_with("steps[1].fields[0].type: \"colour\" is not one of text, textarea,"),
            "{e}"
        ),
        Ok(_) => panic!("accepted an unknown field type"),
    }
    let told = with(SHIPPED, |v| {
        v["steps"][0]["fields"][0]["max_length"] = (-3).into()
    });
    assert!(told
        .is_err_and(|e| e.0 == "steps[0].fields[0].max_length: expected a whole number, found -3"));
}

/// Every request kind opens by saying what the right is and where the law gives it.
#[test]
fn every_kind_has_an_introduction_citing_its_law() {
    let set = shipped();
    for kind in RequestKind::ALL {
        let spec = set
            .kinds
            .get(&kind)
            .unwrap_or_else(|| panic!("{kind:?} has no form"));
        let intro = spec
            .intro
            .as_ref()
            .unwrap_or_else(|| panic!("{kind:?} has no introduction"));
        for (lang, cites) in [
            (Lang::Fi, ["artikla", "laki "]),
            (Lang::Sv, ["artikel", "lag "]),
            (Lang::En, ["Article", "Act "]),
        ] {
            let text = intro.get(lang);
            assert!(
                cites.iter().any(|c| text.contains(c)),
                "{kind:?} in {lang:?} cites no law: {text}"
            );
        }
    }
}
