use super::*;
use crate::request::fields::ACCESS_FIELDS;
use crate::request::identity::Identity;

const TODAY: Date = (2026, 11, 22);

fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut a = initial_answers(&ACCESS_FIELDS);
    a.extend(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    a
}

fn ids(errors: &[FieldError]) -> Vec<&'static str> {
    errors.iter().map(|e| e.field).collect()
}

#[test]
fn empty_form_lists_every_shown_required_field_in_order() {
    let errors = validate(&ACCESS_FIELDS, &answers(&[]), TODAY);
    assert_eq!(ids(&errors), ["name", "identity_code", "email"]);
    assert_eq!(errors[0].problem.message(Lang::Fi), "Kirjoita koko nimesi.");
    assert_eq!(
        errors[2].problem.message(Lang::Sv),
        "Ange din e-postadress."
    );
}

#[test]
fn valid_answers_pass_and_are_normalised() {
    let a = answers(&[
        ("name", " Maija Meikäläinen "),
        ("identity_code", " 131052-308t "),
        ("email", "maija@example.fi"),
    ]);
    assert_eq!(validate(&ACCESS_FIELDS, &a, TODAY), vec![]);
    let stored = normalise(&ACCESS_FIELDS, &a, TODAY);
    assert_eq!(
        stored.get("identity_code").map(String::as_str),
        Some("131052-308T")
    );
    assert_eq!(
        stored.get("name").map(String::as_str),
        Some("Maija Meikäläinen")
    );
    let code_field = &ACCESS_FIELDS[2];
    assert_eq!(
        display_value(code_field, &a, Lang::Fi, TODAY),
        "131052-****"
    );
    assert_eq!(
        Identity::from_answers(&stored),
        Some(Identity::PersonalIdentityCode {
            value: "131052-308T".into()
        })
    );
}

#[test]
fn wrong_values_get_specific_problems() {
    let a = answers(&[
        ("name", "   "),
        ("identity_code", "131052-308U"),
        ("email", "maija.example.fi"),
    ]);
    let errors = validate(&ACCESS_FIELDS, &a, TODAY);
    assert_eq!(
        errors,
        vec![
            FieldError {
                field: "name",
                problem: Problem::Missing(ACCESS_FIELDS[0].missing)
            },
            FieldError {
                field: "identity_code",
                problem: Problem::IdentityCode(HetuError::CheckCharacter {
                    expected: 'T',
                    found: 'U'
                })
            },
            FieldError {
                field: "email",
                problem: Problem::Email(EmailError::NoAt)
            },
        ]
    );
}

#[test]
fn a_code_born_after_today_is_refused_by_the_form() {
    // 1.1.2030, individual number 002: structurally valid.
    let code = "010130A0028";
    assert!(Hetu::parse(code).is_ok(), "check character of the fixture");
    let a = answers(&[("identity_code", code)]);
    assert_eq!(
        check_field(&ACCESS_FIELDS[2], &a, TODAY),
        Some(Problem::BornInFuture)
    );
    assert_eq!(check_field(&ACCESS_FIELDS[2], &a, (2030, 1, 1)), None);
}

#[test]
fn nordic_path_checks_the_number_of_the_chosen_country() {
    let base = [
        ("name", "Sven Svensson"),
        ("identity_method", "nordic_code"),
        ("email", "sven@example.se"),
    ];
    let mut a = answers(&base);
    assert_eq!(
        ids(&validate(&ACCESS_FIELDS, &a, TODAY)),
        ["id_country", "national_id"]
    );
    a.insert("id_country".into(), "se".into());
    a.insert("national_id".into(), "811218-9875".into());
    let errors = validate(&ACCESS_FIELDS, &a, TODAY);
    assert_eq!(
        errors[0].problem,
        Problem::NationalId(IdError::CheckDigit {
            expected: Some("6".into())
        })
    );
    a.insert("national_id".into(), "8112189876".into());
    assert_eq!(validate(&ACCESS_FIELDS, &a, TODAY), vec![]);
    // The same digits are no Norwegian number.
    a.insert("id_country".into(), "no".into());
    assert_eq!(ids(&validate(&ACCESS_FIELDS, &a, TODAY)), ["national_id"]);
    a.insert("id_country".into(), "se".into());
    let stored = normalise(&ACCESS_FIELDS, &a, TODAY);
    assert_eq!(
        Identity::from_answers(&stored),
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
        display_value(&ACCESS_FIELDS[4], &a, Lang::En, TODAY),
        "19811218-****"
    );
}

#[test]
fn people_without_a_code_give_date_of_birth_and_another_identifier() {
    let mut a = answers(&[
        ("name", "Amina Hassan"),
        ("identity_method", "other_id"),
        ("email", "amina@example.fi"),
        ("identity_code", "garbage"),
    ]);
    assert_eq!(
        ids(&validate(&ACCESS_FIELDS, &a, TODAY)),
        ["birth_date", "other_id_type", "other_id"],
        "the hidden code is not checked"
    );
    a.insert("birth_date".into(), "31.2.1990".into());
    a.insert("other_id_type".into(), "passport".into());
    a.insert("other_id".into(), "P1234567".into());
    assert_eq!(
        validate(&ACCESS_FIELDS, &a, TODAY)[0].problem,
        Problem::Date(crate::validate::DateError::NotADate)
    );
    a.insert("birth_date".into(), "27.3.1987".into());
    assert_eq!(validate(&ACCESS_FIELDS, &a, TODAY), vec![]);
    let stored = normalise(&ACCESS_FIELDS, &a, TODAY);
    let identity = Identity::from_answers(&stored);
    assert_eq!(
        identity,
        Some(Identity::DateOfBirthAndIdentifier {
            date_of_birth: "1987-03-27".into(),
            identifier_type: "passport".into(),
            identifier: "P1234567".into()
        })
    );
    let json = serde_json::to_value(&identity).unwrap_or_default();
    assert_eq!(json["type"], "date_of_birth_and_identifier");
    assert_eq!(
        display_value(&ACCESS_FIELDS[6], &a, Lang::Sv, TODAY),
        "Pass"
    );
}

#[test]
fn a_choice_outside_its_options_is_refused() {
    let a = answers(&[("identity_method", "telepathy")]);
    assert_eq!(
        check_field(&ACCESS_FIELDS[1], &a, TODAY),
        Some(Problem::Missing(ACCESS_FIELDS[1].missing))
    );
}

#[test]
fn every_field_speaks_three_languages() {
    for f in ACCESS_FIELDS {
        for lang in Lang::ALL {
            assert!(
                !f.label.get(lang).is_empty() && !f.missing.get(lang).is_empty(),
                "{}",
                f.id
            );
            if let FieldKind::Choice(options) = f.kind {
                assert!(options.iter().all(|o| !o.label.get(lang).is_empty()));
            }
        }
    }
}
