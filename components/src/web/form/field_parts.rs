//! What every question shares, whatever its input: the ids that tie its hint and error to
//! the input (`aria-describedby`), its label text, and the inline error message.

use crate::i18n::{ui, Lang};
use crate::request::form::Problem;
use crate::request::spec::{Field, FieldType};
use leptos::prelude::*;

/// Element ids of one question's hint and error, from the id of its input.
#[derive(Clone)]
pub struct FieldIds {
    pub hint: String,
    pub error: String,
    /// The character count's words for screen readers (text areas with a limit).
    pub count: String,
}

impl FieldIds {
    pub fn new(input_id: &str) -> FieldIds {
        FieldIds {
            hint: format!("{input_id}-hint"),
            error: format!("{input_id}-error"),
            count: format!("{input_id}-count"),
        }
    }

    /// The `aria-describedby` value: the hint when the field has one, the character count
    /// when it has a limit, the error while shown.
    pub fn described_by(
        &self,
        has_hint: bool,
        has_count: bool,
        problem: Signal<Option<Problem>>,
    ) -> impl Fn() -> Option<String> + Send + Sync + 'static {
        let ids = self.clone();
        move || {
            let mut list = Vec::new();
            if has_hint {
                list.push(ids.hint.as_str());
            }
            if has_count {
                list.push(ids.count.as_str());
            }
            if problem.with(Option::is_some) {
                list.push(ids.error.as_str());
            }
            (!list.is_empty()).then(|| list.join(" "))
        }
    }
}

/// What every question's view is given: the field, the element id of its input, its answer
/// and problem, whether it is optional with the current answers, and the language.
#[derive(Clone)]
pub struct Question {
    pub field: Field,
    /// Element id of the input; the hint and error use it as a prefix.
    pub id: String,
    pub value: Signal<String>,
    pub problem: Signal<Option<Problem>>,
    pub optional: Signal<bool>,
    pub lang: Signal<Lang>,
}

impl Question {
    pub fn ids(&self) -> FieldIds {
        FieldIds::new(&self.id)
    }

    /// The input's `aria-describedby`.
    pub fn described_by(&self) -> impl Fn() -> Option<String> + Send + Sync + 'static {
        self.ids().described_by(
            self.field.hint.is_some(),
            self.limit().is_some(),
            self.problem,
        )
    }

    /// The character limit a count is shown for: a text area's (a one-line answer's limit
    /// is short and only checked).
    pub fn limit(&self) -> Option<usize> {
        self.field
            .max_length
            .filter(|_| self.field.kind == FieldType::Textarea)
    }

    pub fn label(&self) -> impl Fn() -> String + Send + Sync + 'static {
        label_text(&self.field, self.optional, self.lang)
    }

    pub fn hint(&self) -> Option<impl IntoView> {
        hint_view(&self.field, self.ids().hint, self.lang)
    }

    pub fn error(&self) -> impl IntoView {
        view! { <ErrorMessage id=self.ids().error problem=self.problem lang=self.lang/> }
    }

    /// The `class` of the question's wrapper (marked while it has a problem).
    pub fn has_problem(&self) -> impl Fn() -> bool + Send + Sync + 'static {
        let problem = self.problem;
        move || problem.with(Option::is_some)
    }
}

/// A question's label: its text, and "(optional)" while it is not required.
fn label_text(
    field: &Field,
    optional: Signal<bool>,
    lang: Signal<Lang>,
) -> impl Fn() -> String + Send + Sync + 'static {
    let label = field.label.clone();
    move || {
        let lang = lang.get();
        if optional.get() {
            format!("{} {}", label.get(lang), ui::OPTIONAL.get(lang))
        } else {
            label.get(lang).to_string()
        }
    }
}

/// The hint paragraph of a question, when it has one.
fn hint_view(field: &Field, id: String, lang: Signal<Lang>) -> Option<impl IntoView> {
    field.hint.clone().map(|hint| view! { <p class="seloste-hint" id=id>{move || hint.get(lang.get()).to_string()}</p> })
}

/// The inline error of a question, shown while it has a problem.
#[component]
pub fn ErrorMessage(
    id: String,
    problem: Signal<Option<Problem>>,
    lang: Signal<Lang>,
) -> impl IntoView {
    move || {
        problem.get().map(|p| {
            view! {
                <p class="seloste-error-message" id=id.clone()>
                    <span class="seloste-visually-hidden">{ui::ERROR_PREFIX.get(lang.get())} " "</span>
                    {p.message(lang.get())}
                </p>
            }
        })
    }
}
