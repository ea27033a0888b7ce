//! The rules of the shipped forms (public/forms/default.json), step by step.

use super::*;
use crate::request::identity::Identity;
use crate::request::spec::tests::shipped_form;
use crate::request::RequestKind;

const TODAY: Date = Date::ymd(2026, 11, 22);

fn access() -> Form {
    shipped_form(RequestKind::Access)
}

fn answers(form: &Form, pairs: &[(&str, &str)]) -> Answers {
    let mut a = initial_answers(form, Lang::Fi, TODAY);
    a.extend(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    a
}

fn ids(errors: &[FieldError]) -> Vec<&str> {
    errors.iter().map(|e| e.field.as_str()).collect()
}

fn step<'a>(form: &'a Form, id: &str) -> &'a Step {
    form.steps
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no step {id}"))
}

fn step_errors(form: &Form, step_id: &str, a: &Answers) -> Vec<String> {
    ids(&validate(&step(form, step_id).fields, form, a, TODAY))
        .into_iter()
        .map(String::from)
        .collect()
}

fn field<'a>(form: &'a Form, id: &str) -> &'a Field {
    form.field(id).unwrap_or_else(|| panic!("no field {id}"))
}

#[test]
fn new_forms_start_with_their_defaults() {
    let form = access();
    let a = initial_answers(&form, Lang::Sv, TODAY);
    assert_eq!(a.get("acting_for").map(String::as_str), Some("self"));
    assert_eq!(
        a.get("identity_method").map(String::as_str),
        Some("finnish_code")
    );
    assert_eq!(a.get("answer_lang").map(String::as_str), Some("sv"));
    assert_eq!(a.get("date").map(String::as_str), Some("22.11.2026"));
}

#[test]
fn the_requester_step_lists_every_shown_required_field_in_order() {
    let form = access();
    let errors = validate(
        &step(&form, "requester").fields,
        &form,
        &answers(&form, &[]),
        TODAY,
    );
    assert_eq!(ids(&errors), ["name", "identity_code"]);
    assert_eq!(errors[0].problem.message(Lang::Fi), "Kirjoita koko nimesi.");
    assert_eq!(
        errors[1].problem.message(Lang::Sv),
        "Ange din personbeteckning."
    );
}

#[test]
fn valid_answers_pass_and_are_normalised() {
    let form = access();
    let a = answers(
        &form,
        &[
            ("access_scope", "all"),
            ("delivery", "viewing_at_office"),
            ("name", " Maija Meikäläinen "),
            ("identity_code", " 131052-308t "),
            ("email", "maija@example.fi"),
            ("phone", "040 123 4567"),
            ("place", "Pieksämäki"),
            ("signature_method", "typed"),
            ("signature_name", "Maija Meikäläinen"),
        ],
    );
    assert_eq!(validate_form(&form, &a, TODAY), vec![]);
    let stored = normalise(&form, &a, TODAY);
    assert_eq!(
        stored.get("identity_code").map(String::as_str),
        Some("131052-308T")
    );
    assert_eq!(
        stored.get("name").map(String::as_str),
        Some("Maija Meikäläinen")
    );
    assert_eq!(
        stored.get("phone").map(String::as_str),
        Some("+358401234567")
    );
    assert_eq!(stored.get("date").map(String::as_str), Some("2026-11-22"));
    assert!(
        !stored.contains_key("subject_identity_method"),
        "the subject step is skipped"
    );
    assert_eq!(
        display_value(field(&form, "identity_code"), &a, Lang::Fi, TODAY),
        "131052-****"
    );
    assert_eq!(
        display_value(field(&form, "answer_lang"), &a, Lang::En, TODAY),
        "Suomi"
    );
    assert_eq!(
        display_value(field(&form, "delivery"), &a, Lang::En, TODAY),
        "to view at the office"
    );
    assert_eq!(
        Identity::from_answers(&stored, ""),
        Some(Identity::PersonalIdentityCode {
            value: "131052-308T".into(),
            temporary: false,
        })
    );
}

#[test]
fn wrong_values_get_specific_problems() {
    let form = access();
    let a = answers(
        &form,
        &[
            ("name", "   "),
            ("identity_code", "131052-308U"),
            ("email", "maija.example.fi"),
            ("phone", "40 123"),
            ("postal_code", "7610"),
        ],
    );
    let errors = validate_form(&form, &a, TODAY);
    let problems: Vec<(&str, &Problem)> = errors
        .iter()
        .map(|e| (e.field.as_str(), &e.problem))
        .collect();
    assert_eq!(problems[0].0, "access_scope");
    assert_eq!(problems[1].0, "delivery");
    assert!(matches!(problems[2], ("name", Problem::Missing(_))));
    assert_eq!(
        problems[3],
        (
            "identity_code",
            &Problem::IdentityCode(HetuError::CheckCharacter {
                expected: 'T',
                found: 'U'
            })
        )
    );
    assert_eq!(problems[4], ("email", &Problem::Email(EmailError::NoAt)));
    assert_eq!(problems[5], ("phone", &Problem::Phone(PhoneError::Start)));
    assert_eq!(
        problems[6],
        (
            "postal_code",
            &Problem::PostalCode(PostalCodeError::Finnish)
        )
    );
    assert_eq!(problems[7].0, "place");
    assert_eq!(problems[8].0, "signature_method");
    assert_eq!(problems.len(), 9);
}

#[test]
fn a_choice_outside_its_options_is_refused() {
    let form = access();
    let a = answers(
        &form,
        &[("identity_method", "telepathy"), ("answer_lang", "de")],
    );
    assert_eq!(
        check_field(field(&form, "identity_method"), &form, &a, TODAY),
        Some(Problem::NotAnOption)
    );
    assert_eq!(
        check_field(field(&form, "answer_lang"), &form, &a, TODAY),
        Some(Problem::NotAnOption)
    );
}

#[test]
fn acting_for_someone_else_asks_who_and_the_power_of_attorney() {
    let form = access();
    let mut a = answers(&form, &[]);
    let shown = |a: &Answers| {
        form.shown_steps(a, TODAY)
            .map(|s| s.id.clone())
            .collect::<Vec<_>>()
    };
    assert!(!shown(&a).contains(&"subject".to_string()));
    a.insert("acting_for".into(), "guardian_of_minor".into());
    assert!(shown(&a).contains(&"subject".to_string()));
    assert_eq!(
        step_errors(&form, "subject", &a),
        ["subject_name", "subject_identity_code"]
    );
    a.insert("acting_for".into(), "authorised_person".into());
    assert_eq!(
        step_errors(&form, "subject", &a),
        ["subject_name", "subject_identity_code", "power_of_attorney"]
    );
    a.insert("acting_for".into(), "legal_guardian".into());
    a.insert("subject_identity_method".into(), "other_id".into());
    assert_eq!(
        step_errors(&form, "subject", &a),
        ["subject_name", "subject_birth_date"],
        "the decision is optional"
    );
}

#[test]
fn the_address_is_required_only_for_printouts_by_post() {
    let form = access();
    let mut a = answers(
        &form,
        &[
            ("email", "maija@example.fi"),
            ("delivery", "viewing_at_office"),
        ],
    );
    assert!(step_errors(&form, "contact", &a).is_empty());
    a.insert("delivery".into(), "printout_by_post".into());
    assert_eq!(
        step_errors(&form, "contact", &a),
        ["street_address", "postal_code", "city"]
    );
    // Rectification never asks for delivery: the address stays optional.
    let rect = shipped_form(RequestKind::Rectification);
    let a = answers(&rect, &[("email", "maija@example.fi")]);
    assert!(step_errors(&rect, "contact", &a).is_empty());
}

#[test]
fn log_data_older_than_two_years_needs_a_special_reason() {
    let form = shipped_form(RequestKind::LogData);
    let mut a = answers(
        &form,
        &[
            ("log_period_start", "1.1.2025"),
            ("log_period_end", "1.6.2025"),
        ],
    );
    assert!(step_errors(&form, "log_period", &a).is_empty());
    a.insert("log_period_start".into(), "22.11.2024".into());
    assert!(
        step_errors(&form, "log_period", &a).is_empty(),
        "exactly two years is not older"
    );
    a.insert("log_period_start".into(), "21.11.2024".into());
    assert_eq!(step_errors(&form, "log_period", &a), ["log_special_reason"]);
    a.insert("log_period_end".into(), "1.1.2024".into());
    let errors = validate(&step(&form, "log_period").fields, &form, &a, TODAY);
    assert!(
        matches!(&errors[0].problem, Problem::DateBefore(_)),
        "{errors:?}"
    );
    assert!(
        errors[0].problem.message(Lang::Fi).contains("”Alkaen”"),
        "{}",
        errors[0].problem.message(Lang::Fi)
    );
    // Misuse details are asked only when misuse is suspected.
    a.insert("misuse_suspected".into(), "yes".into());
    assert_eq!(
        step_errors(&form, "log_misuse", &a),
        ["misuse_when", "misuse_how"]
    );
}

#[test]
fn grounds_that_need_an_explanation_ask_for_it() {
    let form = shipped_form(RequestKind::Objection);
    let mut a = answers(
        &form,
        &[
            ("objection_processing", "Markkinointi"),
            ("objection_ground", "direct_marketing"),
        ],
    );
    assert!(
        step_errors(&form, "objection", &a).is_empty(),
        "direct marketing needs no reason"
    );
    a.insert("objection_ground".into(), "particular_situation".into());
    assert_eq!(step_errors(&form, "objection", &a), ["objection_reasons"]);
    let form = shipped_form(RequestKind::Portability);
    let a = answers(
        &form,
        &[
            ("portability_data", "x"),
            ("portability_format", "csv"),
            ("portability_to", "other_controller"),
        ],
    );
    assert_eq!(
        step_errors(&form, "portability", &a),
        ["portability_recipient"]
    );
}

#[test]
fn answers_longer_than_allowed_are_refused() {
    let form = access();
    let long = "a".repeat(201);
    let a = answers(&form, &[("name", &long)]);
    let p = check_field(field(&form, "name"), &form, &a, TODAY);
    assert_eq!(p, Some(Problem::TooLong(200)));
    assert!(p
        .map(|p| p.message(Lang::En))
        .unwrap_or_default()
        .contains("200"));
}

#[test]
fn files_are_checked_for_size_and_type() {
    let form = access();
    let f = field(&form, "power_of_attorney");
    assert_eq!(
        check_file(f, "valtakirja.pdf", "application/pdf", 200_000),
        None
    );
    assert_eq!(check_file(f, "kuva.JPG", "image/jpeg", 3_000_000), None);
    assert_eq!(
        check_file(
            f,
            "valtakirja.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            1000
        ),
        Some(Problem::FileType)
    );
    assert_eq!(
        check_file(f, "iso.pdf", "application/pdf", MAX_FILE_BYTES + 1),
        Some(Problem::FileTooLarge)
    );
    for lang in Lang::ALL {
        assert!(Problem::FileType.message(lang).contains("PDF"));
    }
}

mod identity;

/// An answer by post to an address abroad: its postcode as that country writes it.
#[test]
fn postcodes_abroad_are_taken_when_the_country_says_so() {
    let form = crate::request::spec::tests::shipped_form(RequestKind::Access);
    let field = form
        .fields()
        .find(|f| f.id == "postal_code")
        .expect("the shipped form asks for a postcode")
        .clone();
    let today = Date::ymd(2026, 12, 3);
    let mut answers = Answers::new();
    answers.insert("postal_code".into(), "SW1A 1AA".into());
    assert_eq!(
        check_field(&field, &form, &answers, today),
        Some(Problem::PostalCode(PostalCodeError::Finnish)),
        "in Finland, five digits"
    );
    answers.insert("country".into(), "United Kingdom".into());
    assert_eq!(check_field(&field, &form, &answers, today), None);
    answers.insert("postal_code".into(), "SW1A<1AA".into());
    assert_eq!(
        check_field(&field, &form, &answers, today),
        Some(Problem::PostalCode(PostalCodeError::Foreign))
    );
    answers.insert("country".into(), "Suomi".into());
    answers.insert("postal_code".into(), "99300".into());
    assert_eq!(check_field(&field, &form, &answers, today), None);
}

#[test]
fn a_required_question_without_its_own_words_is_still_explained() {
    let said = Problem::Missing(LocalText::default());
    assert_eq!(said.message(Lang::Fi), "Vastaa tähän kysymykseen.");
    assert_eq!(said.message(Lang::Sv), "Svara på den här frågan.");
    assert_eq!(said.message(Lang::En), "Answer this question.");
    let own = LocalText {
        fi: "Anna nimi.".into(),
        sv: "Ange namnet.".into(),
        en: "Enter the name.".into(),
    };
    assert_eq!(Problem::Missing(own).message(Lang::Sv), "Ange namnet.");
}
