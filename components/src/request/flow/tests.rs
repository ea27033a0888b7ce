//! The journeys through the shipped forms (public/forms/default.json).

use super::*;
use crate::i18n::Lang;
use crate::request::form::initial_answers;
use crate::request::spec::tests::shipped_form;
use crate::request::RequestKind;

const TODAY: Date = Date::ymd(2026, 11, 22);

fn step_ids(form: &Form, steps: &[usize]) -> Vec<String> {
    steps.iter().map(|&i| form.steps[i].id.clone()).collect()
}

fn index(form: &Form, id: &str) -> usize {
    form.steps
        .iter()
        .position(|s| s.id == id)
        .unwrap_or(usize::MAX)
}

/// Presses "continue" from the first step to the end, answering nothing new.
fn walk(form: &Form, answers: &Answers) -> Vec<usize> {
    let flow = Flow::open(0);
    let mut seen = vec![0];
    let mut at = 0;
    while let Continue::ToStep(next) = flow.continue_from(form, answers, at, TODAY) {
        seen.push(next);
        at = next;
    }
    seen
}

fn complete(form: &Form) -> Answers {
    let mut a = initial_answers(form, Lang::Fi, TODAY);
    for (k, v) in [
        ("access_scope", "all"),
        ("delivery", "viewing_at_office"),
        ("name", "Maija Meikäläinen"),
        ("identity_code", "131052-308T"),
        ("email", "maija@example.fi"),
        ("phone", "040 123 4567"),
        ("place", "Pieksämäki"),
        ("signature_method", "typed"),
        ("signature_name", "Maija Meikäläinen"),
    ] {
        a.insert(k.into(), v.into());
    }
    a
}

#[test]
fn one_topic_per_step_and_the_subject_only_when_acting_for_someone() {
    let form = shipped_form(RequestKind::Access);
    let own = initial_answers(&form, Lang::Fi, TODAY);
    assert_eq!(
        step_ids(&form, &walk(&form, &own)),
        [
            "acting_for",
            "access_scope",
            "delivery",
            "requester",
            "contact",
            "answer"
        ]
    );
    let mut guardian = own.clone();
    guardian.insert("acting_for".into(), "guardian_of_minor".into());
    assert_eq!(
        step_ids(&form, &walk(&form, &guardian)),
        [
            "acting_for",
            "subject",
            "access_scope",
            "delivery",
            "requester",
            "contact",
            "answer"
        ]
    );
    // Back skips what is not shown, and check answers goes back to the last step.
    let scope = index(&form, "access_scope");
    assert_eq!(previous_shown(&form, &own, scope, TODAY), Some(0));
    assert_eq!(
        previous_shown(&form, &guardian, scope, TODAY),
        Some(index(&form, "subject"))
    );
    assert_eq!(previous_shown(&form, &own, 0, TODAY), None);
    assert_eq!(
        previous_shown(&form, &own, form.steps.len(), TODAY),
        Some(form.steps.len() - 1)
    );
    // "Step 2 of 7": check answers counts as the last.
    assert_eq!(position(&form, &own, scope, TODAY), (2, 7));
    assert_eq!(position(&form, &guardian, scope, TODAY), (3, 8));
}

#[test]
fn a_change_link_returns_straight_to_check_answers() {
    let form = shipped_form(RequestKind::Access);
    let answers = complete(&form);
    let mut flow = Flow::open(0);
    assert_eq!(
        flow.continue_from(&form, &answers, form.steps.len() - 1, TODAY),
        Continue::ToCheckAnswers
    );
    flow.stage = Stage::CheckAnswers;
    assert_eq!(flow.draft_step(&form), Some(form.steps.len() - 1));
    flow.change(&form, "email");
    assert_eq!(flow.stage, Stage::Step(index(&form, "contact")));
    assert!(flow.returning);
    // From the changed step, not on to the next one.
    assert_eq!(
        flow.continue_from(&form, &answers, index(&form, "contact"), TODAY),
        Continue::ToCheckAnswers
    );
    // A question left unanswered elsewhere sends the citizen there instead.
    let mut missing = answers.clone();
    missing.remove("access_scope");
    assert_eq!(
        flow.continue_from(&form, &missing, index(&form, "contact"), TODAY),
        Continue::ToStep(index(&form, "access_scope"))
    );
}

#[test]
fn refused_answers_deletion_and_the_made_request() {
    let form = shipped_form(RequestKind::LogData);
    let mut flow = Flow::open(3);
    let errors = validate_form(&form, &initial_answers(&form, Lang::Sv, TODAY), TODAY);
    assert!(!errors.is_empty());
    flow.answers_refused(&form, &errors);
    assert_eq!(
        flow,
        Flow {
            stage: Stage::Step(form.step_of(&errors[0].field).unwrap_or(99)),
            returning: true
        }
    );
    flow.delete();
    assert_eq!(flow, Flow::open(0));
    flow.stage = Stage::Done;
    assert_eq!(flow.draft_step(&form), None);
    // Refused with no error named: the first step.
    flow.answers_refused(&form, &[]);
    assert_eq!(flow.stage, Stage::Step(0));
}
