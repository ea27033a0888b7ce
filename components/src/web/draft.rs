//! Draft safety: the answers of a form survive a reload of the same tab.
//!
//! Kept in `sessionStorage` only (gone when the tab closes; never `localStorage`, never the
//! URL), under one key per register and request kind, and deleted when the request is made
//! or the citizen deletes their answers. Chosen files are not kept: their bytes cannot be
//! stored there, so the citizen chooses them again after a reload.

use super::device::{session_get, session_remove, session_set};
use crate::request::form::Answers;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub answers: Answers,
    /// Index of the step the citizen was on (into the form's steps).
    pub step: usize,
}

pub fn key(notice_id: &str, kind: &str) -> String {
    format!("seloste-draft/{notice_id}/{kind}")
}

pub fn load(key: &str) -> Option<Draft> {
    serde_json::from_str(&session_get(key)?).ok()
}

pub fn save(key: &str, draft: &Draft) {
    if let Ok(json) = serde_json::to_string(draft) {
        session_set(key, &json);
    }
}

pub fn delete(key: &str) {
    session_remove(key);
}
