//! The identity questions of the shipped forms: a Finnish code, a neighbour's number, or
//! a date of birth with another identifier.

use super::*;

#[test]
fn a_code_born_after_today_is_refused_by_the_form() {
    let form = access();
    // 1.1.2030, individual number 002: structurally valid.
    let code = "010130A0028";
    assert!(Hetu::parse(code).is_ok(), "check character of the fixture");
    let a = answers(&form, &[("identity_code", code)]);
    let f = field(&form, "identity_code");
    assert_eq!(
        check_field(f, &form, &a, TODAY),
        Some(Problem::BornInFuture)
    );
    assert_eq!(check_field(f, &form, &a, Date::ymd(2030, 1, 1)), None);
}

#[test]
fn nordic_path_checks_the_number_of_the_chosen_country() {
    let form = access();
    let mut a = answers(
        &form,
        &[
            ("name", "Sven Svensson"),
            ("identity_method", "nordic_code"),
        ],
    );
    assert_eq!(
        step_errors(&form, "requester", &a),
        ["id_country", "national_id"]
    );
    a.insert("id_country".into(), "se".into());
    a.insert("national_id".into(), "811218-9875".into());
    let errors = validate(&step(&form, "requester").fields, &form, &a, TODAY);
    assert_eq!(
        errors[0].problem,
        Problem::NationalId(IdError::CheckDigit {
            expected: Some("6".into())
        })
    );
    a.insert("national_id".into(), "8112189876".into());
    assert!(step_errors(&form, "requester", &a).is_empty());
    // The same digits are no Norwegian number.
    a.insert("id_country".into(), "no".into());
    assert_eq!(step_errors(&form, "requester", &a), ["national_id"]);
    a.insert("id_country".into(), "se".into());
    let stored = normalise(&form, &a, TODAY);
    assert_eq!(
        Identity::from_answers(&stored, ""),
        Some(Identity::NationalIdentityNumber {
            country: Country::Se,
            value: "19811218-9876".into()
        })
    );
    assert!(
        !stored.contains_key("identity_code"),
        "answers of hidden fields are dropped"
    );
    assert_eq!(
        display_value(field(&form, "national_id"), &a, Lang::En, TODAY),
        "19811218-****"
    );
}

#[test]
fn people_without_a_code_give_date_of_birth_and_another_identifier() {
    let form = access();
    let mut a = answers(
        &form,
        &[
            ("name", "Amina Hassan"),
            ("identity_method", "other_id"),
            ("identity_code", "garbage"),
        ],
    );
    assert_eq!(
        step_errors(&form, "requester", &a),
        ["birth_date", "other_id_type", "other_id"],
        "the hidden code is not checked"
    );
    a.insert("birth_date".into(), "31.2.1990".into());
    a.insert("other_id_type".into(), "passport".into());
    a.insert("other_id".into(), "P1234567".into());
    let errors = validate(&step(&form, "requester").fields, &form, &a, TODAY);
    assert_eq!(
        errors[0].problem,
        Problem::Date(crate::validate::DateError::NotADate)
    );
    a.insert("birth_date".into(), "27.3.1987".into());
    assert!(step_errors(&form, "requester", &a).is_empty());
    let stored = normalise(&form, &a, TODAY);
    assert_eq!(
        Identity::from_answers(&stored, ""),
        Some(Identity::DateOfBirthAndIdentifier {
            date_of_birth: "1987-03-27".into(),
            identifier_type: Some("passport".into()),
            identifier: Some("P1234567".into()),
        })
    );
    assert_eq!(
        display_value(field(&form, "other_id_type"), &a, Lang::Sv, TODAY),
        "Pass"
    );
}

/// The audit: "as the guardian of my child under 18" was accepted for a child aged 22.
/// The child's code or date of birth must say under 18 today.
#[test]
fn a_guardian_of_a_minor_asks_for_someone_under_18() {
    let form = access();
    let f = field(&form, "subject_identity_code");
    let as_guardian = |code: &str| {
        answers(
            &form,
            &[
                ("acting_for", "guardian_of_minor"),
                ("subject_identity_code", code),
            ],
        )
    };
    // 22 years old.
    assert_eq!(
        check_field(f, &form, &as_guardian("131004A002J"), TODAY),
        Some(Problem::NotAMinor)
    );
    // 18 today, and 17 until tomorrow.
    assert_eq!(
        check_field(f, &form, &as_guardian("221108A0026"), TODAY),
        Some(Problem::NotAMinor)
    );
    assert_eq!(
        check_field(f, &form, &as_guardian("231108A002U"), TODAY),
        None
    );
    assert_eq!(
        check_field(f, &form, &as_guardian("010515A002L"), TODAY),
        None
    );
    // A legal guardian (edunvalvoja) acts for adults.
    let legal = answers(
        &form,
        &[
            ("acting_for", "legal_guardian"),
            ("subject_identity_code", "131004A002J"),
        ],
    );
    assert_eq!(check_field(f, &form, &legal, TODAY), None);
    // By the date of birth, for a child without a code.
    let d = field(&form, "subject_birth_date");
    let by_date = |date: &str| {
        answers(
            &form,
            &[
                ("acting_for", "guardian_of_minor"),
                ("subject_identity_method", "other_id"),
                ("subject_birth_date", date),
            ],
        )
    };
    assert_eq!(
        check_field(d, &form, &by_date("13.10.2004"), TODAY),
        Some(Problem::NotAMinor)
    );
    assert_eq!(check_field(d, &form, &by_date("1.5.2015"), TODAY), None);
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        assert!(Problem::NotAMinor.message(lang).contains("18"));
    }
}

/// A temporary code (900–999) is accepted and marked in the payload, or refused where the
/// forms file says `"allow_temporary": false`.
#[test]
fn temporary_codes_are_marked_or_refused() {
    let mut form = access();
    let temporary = "010594Y9032";
    let a = answers(
        &form,
        &[
            ("identity_method", "finnish_code"),
            ("identity_code", temporary),
        ],
    );
    assert_eq!(
        check_field(field(&form, "identity_code"), &form, &a, TODAY),
        None
    );
    let stored = normalise(&form, &a, TODAY);
    assert_eq!(
        Identity::from_answers(&stored, ""),
        Some(Identity::PersonalIdentityCode {
            value: temporary.into(),
            temporary: true
        })
    );
    let json = serde_json::to_string(&Identity::from_answers(&stored, "")).unwrap_or_default();
    assert!(json.contains(r#""temporary":true"#), "{json}");
    let usual = serde_json::to_string(&Identity::PersonalIdentityCode {
        value: "131052-308T".into(),
        temporary: false,
    })
    .unwrap_or_default();
    assert!(
        !usual.contains("temporary"),
        "absent unless temporary: {usual}"
    );
    for step in &mut form.steps {
        for f in &mut step.fields {
            if f.id == "identity_code" {
                f.allow_temporary = false;
            }
        }
    }
    assert_eq!(
        check_field(field(&form, "identity_code"), &form, &a, TODAY),
        Some(Problem::TemporaryCode)
    );
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        assert!(Problem::TemporaryCode.message(lang).contains("900"));
    }
}
