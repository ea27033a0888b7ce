//! Where a citizen is in a request form, and where each action takes them. Pure, so that
//! every transition is tested natively; the browser's form controller
//! (`web/form/controller.rs`) keeps a [`Flow`] and does what it answers (focus, fetching
//! the later chunk, showing pages).
//!
//! Architecture Invariant: the views never decide which step comes next; they ask here.

use crate::date::Date;
use crate::request::form::{validate_form, Answers, FieldError};
use crate::request::spec::Form;

/// Where the citizen is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// A step, by index into the form's steps.
    Step(usize),
    /// "Check your answers".
    CheckAnswers,
    /// The request is made.
    Done,
}

/// Where "continue" goes from a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Continue {
    /// To the step of this index.
    ToStep(usize),
    /// Every question is answered: "check your answers" (made by the later chunk).
    ToCheckAnswers,
}

/// The stage, and whether "continue" returns to check answers (the citizen came back to a
/// question from a change link, or was sent back to one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flow {
    /// Where the citizen is.
    pub stage: Stage,
    /// Whether "continue" returns to "check your answers".
    pub returning: bool,
}

impl Flow {
    /// A form opened at a step (0, or the draft's).
    pub fn open(step: usize) -> Flow {
        Flow {
            stage: Stage::Step(step),
            returning: false,
        }
    }

    /// From a step whose answers were accepted.
    pub fn continue_from(
        &self,
        form: &Form,
        answers: &Answers,
        index: usize,
        today: Date,
    ) -> Continue {
        if self.returning {
            return match validate_form(form, answers, today).first() {
                None => Continue::ToCheckAnswers,
                Some(error) => Continue::ToStep(step_of_error(form, error)),
            };
        }
        match next_shown(form, answers, index, today) {
            Some(next) => Continue::ToStep(next),
            None => Continue::ToCheckAnswers,
        }
    }

    /// A change link of check answers: back to the question, then straight back.
    pub fn change(&mut self, form: &Form, field_id: &str) {
        self.returning = true;
        self.stage = Stage::Step(form.step_of(field_id).unwrap_or(0));
    }

    /// The finished answers did not make a request: to the first question to answer again.
    pub fn answers_refused(&mut self, form: &Form, errors: &[FieldError]) {
        self.returning = true;
        self.stage = Stage::Step(errors.first().map_or(0, |e| step_of_error(form, e)));
    }

    /// "Delete my answers": the first step, as a fresh form.
    pub fn delete(&mut self) {
        self.returning = false;
        self.stage = Stage::Step(0);
    }

    /// The step a draft keeps for this stage (check answers: the last step); `None` once
    /// the request is made, when the draft is deleted.
    pub fn draft_step(&self, form: &Form) -> Option<usize> {
        match self.stage {
            Stage::Step(step) => Some(step),
            Stage::CheckAnswers => Some(form.steps.len().saturating_sub(1)),
            Stage::Done => None,
        }
    }
}

fn step_of_error(form: &Form, error: &FieldError) -> usize {
    form.step_of(&error.field).unwrap_or(0)
}

/// The first step after `index` that the answers show.
pub fn next_shown(form: &Form, answers: &Answers, index: usize, today: Date) -> Option<usize> {
    (index + 1..form.steps.len()).find(|&i| form.steps[i].is_shown(answers, today))
}

/// The last step before `index` that the answers show ("back"); `index` may be the number
/// of steps, for check answers.
pub fn previous_shown(form: &Form, answers: &Answers, index: usize, today: Date) -> Option<usize> {
    (0..index.min(form.steps.len()))
        .rev()
        .find(|&i| form.steps[i].is_shown(answers, today))
}

/// "Step N of M" of a step: its place among the steps shown, and their number with check
/// answers counted as the last.
pub fn position(form: &Form, answers: &Answers, index: usize, today: Date) -> (usize, usize) {
    let shown: Vec<usize> = (0..form.steps.len())
        .filter(|&i| form.steps[i].is_shown(answers, today))
        .collect();
    let place = shown.iter().position(|&i| i == index).map_or(1, |p| p + 1);
    (place, shown.len() + 1)
}

#[cfg(test)]
mod tests;
