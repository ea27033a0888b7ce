//! Draft safety: the answers of a form survive a reload of the same tab.
//!
//! Kept in `sessionStorage` only (gone when the tab closes; never `localStorage`, never the
//! URL), under one key per register and request kind, and deleted when the request is made
//! or the citizen deletes their answers. Chosen files are not kept: their bytes cannot be
//! stored there, so the citizen chooses them again after a reload.

use crate::i18n::{ui, Text};
pub use crate::request::draft::Draft;
use crate::request::form::Answers;
use crate::request::spec::{FieldType, Form};
use crate::request::verified::Verified;
use crate::web::platform::device::{session_get, session_remove, session_set};

pub fn key(notice_id: &str, kind: &str) -> String {
    format!("seloste-draft/{notice_id}/{kind}")
}

pub fn load(key: &str) -> Option<Draft> {
    Draft::from_json(&session_get(key)?).ok()
}

pub fn save(key: &str, draft: &Draft) {
    session_set(key, &draft.to_json());
}

pub fn delete(key: &str) {
    session_remove(key);
}

/// What a form opens with.
pub struct Opened {
    pub answers: Answers,
    /// The step to show (into the form's steps).
    pub step: usize,
    /// What to tell the citizen: their answers came back (and files must be chosen again).
    pub told: Option<Text>,
    /// A file question's answer was in the draft: the file must be chosen again.
    pub files_dropped: bool,
}

/// The answers a form opens with: `fresh` (its defaults, a verified identity already over
/// them) and, when this tab kept a draft under `key`, the draft's answers over those and its
/// step. Files are not in a draft: they are chosen again. A verified identity stays on top.
pub fn open(key: &str, form: &Form, fresh: &Answers, verified: Option<&Verified>) -> Opened {
    open_with(load(key), form, fresh, verified)
}

/// The same with a draft from elsewhere (a saved file), or none.
pub fn open_with(
    draft: Option<Draft>,
    form: &Form,
    fresh: &Answers,
    verified: Option<&Verified>,
) -> Opened {
    let Some(Draft {
        answers: mut saved,
        step,
    }) = draft
    else {
        return Opened {
            answers: fresh.clone(),
            step: 0,
            told: None,
            files_dropped: false,
        };
    };
    let file_fields: Vec<&str> = form
        .fields()
        .filter(|f| f.kind == FieldType::File)
        .map(|f| f.id.as_str())
        .collect();
    let files_dropped = saved.keys().any(|k| file_fields.contains(&k.as_str()));
    saved.retain(|k, _| !file_fields.contains(&k.as_str()));
    let mut answers = fresh.clone();
    answers.extend(saved);
    if let Some(v) = verified {
        v.apply(&mut answers);
    }
    Opened {
        answers,
        step: step.min(form.steps.len().saturating_sub(1)),
        told: Some(if files_dropped {
            ui::FILE_AGAIN
        } else {
            ui::DRAFT_RESTORED
        }),
        files_dropped,
    }
}
