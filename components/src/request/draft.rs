//! A form's draft as it is kept in the tab's session storage (`crate::web`'s `draft`
//! keeps and restores it): the answers so far and the step the citizen was on.

use crate::json::{self, Json, JsonError};
use crate::request::form::Answers;

/// Kept as `{"answers": {id: text, …}, "step": n}`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// The answers, by field id.
    pub answers: Answers,
    /// Index of the step the citizen was on (into the form's steps).
    pub step: usize,
}

impl Draft {
    /// The draft as kept (JSON).
    pub fn to_json(&self) -> String {
        let answers: Vec<String> = self
            .answers
            .iter()
            .map(|(id, text)| format!("{}:{}", json::quote(id), json::quote(text)))
            .collect();
        format!(
            r#"{{"answers":{{{}}},"step":{}}}"#,
            answers.join(","),
            self.step
        )
    }

    /// A draft as [`Draft::to_json`] wrote it; anything else (another version's, a
    /// hand-edited one) is not a draft.
    pub fn from_json(text: &str) -> Result<Draft, JsonError> {
        let doc = json::parse(text)?;
        let mut m = doc.members()?;
        let answers = m.required("answers", |v| {
            let mut answers = Answers::new();
            for (id, text) in v.members()?.rest() {
                answers.insert(id.to_string(), text.string()?);
            }
            Ok(answers)
        })?;
        let step = m.required("step", Json::uint)? as usize;
        Ok(Draft { answers, step })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever was typed comes back exactly, on the same step.
        #[test]
        fn a_draft_comes_back_as_it_was_kept(
            answers in prop::collection::btree_map(any::<String>(), any::<String>(), 0..8),
            step in 0usize..40,
        ) {
            let draft = Draft { answers, step };
            prop_assert_eq!(Draft::from_json(&draft.to_json()), Ok(draft));
        }
    }

    #[test]
    fn a_draft_of_the_earlier_serde_form_still_opens() {
        let kept = r#"{"answers":{"name":"Maija \"M\" Meikäläinen","email":""},"step":2}"#;
        let draft = Draft::from_json(kept).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(draft.step, 2);
        assert_eq!(
            draft.answers.get("name").map(String::as_str),
            Some("Maija \"M\" Meikäläinen")
        );
    }

    #[test]
    fn anything_else_is_not_a_draft() {
        for text in [
            "",
            "[]",
            r#"{"answers":{"a":1},"step":0}"#,
            r#"{"answers":{}}"#,
            r#"{"answers":{},"step":-1}"#,
        ] {
            assert!(Draft::from_json(text).is_err(), "{text}");
        }
    }
}
