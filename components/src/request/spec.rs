//! Declarative form specs: the questions of every request kind, as an organisation writes
//! them in JSON (`public/forms/*.json`, schema `public/schemas/forms.schema.json`).
//!
//! A forms file holds a library of [`Step`]s (one topic each, GOV.UK "one thing per page")
//! and, for each request kind, the ids of the steps its form asks, in order. Organisations
//! change labels, hints, options, optional fields and the order of steps without
//! recompiling. [`FormSet::form`] resolves one kind's [`Form`] and checks that it is
//! coherent (known steps, unique fields, conditions that point at earlier questions, a
//! message for every question that can be required), so a broken file is refused with a
//! message for the site's staff instead of a form that cannot be completed.

use super::RequestKind;
use crate::i18n::Lang;
use std::collections::BTreeMap;

/// The forms file's `schema` member: the version of this format (docs/versioning.md).
pub const SCHEMA: &str = "seloste.forms/1";

/// A user-facing string of a form spec, in all three languages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalText {
    /// Finnish.
    pub fi: String,
    /// Swedish.
    pub sv: String,
    /// English.
    pub en: String,
}

impl LocalText {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fi => &self.fi,
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

crate::closed_set::closed_set! {
    /// What kind of value a field holds, which decides its input, checks and display.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum FieldType {
        /// Free text on one line.
        Text = "text",
        /// Free text on several lines.
        Textarea = "textarea",
        /// A Finnish personal identity code: uppercased, checked exactly, masked in summaries.
        IdentityCode = "identity_code",
        /// A personal identity number of the country chosen in `country_field`.
        NationalId = "national_id",
        /// An e-mail address.
        Email = "email",
        /// A Finnish or international phone number.
        Phone = "phone",
        /// A Finnish postal code (five digits).
        PostalCode = "postal_code",
        /// A date no later than today, typed as `d.m.yyyy`; `"default": "today"` fills in today.
        Date = "date",
        /// One of `options`, shown as radio buttons.
        Choice = "choice",
        /// The language of the answer: Finnish, Swedish or English; starts as the form's language.
        Language = "language",
        /// A file sent with the request (described in the payload by name, type, size, SHA-256).
        File = "file",
        /// A signature drawn on screen with finger, pen or mouse ([`super::drawing`]).
        Drawing = "drawing",
    }
}

impl FieldType {}

/// One option of a choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The answer stored when it is chosen.
    pub value: String,
    /// What the citizen sees.
    pub label: LocalText,
    /// More words under the label.
    pub hint: Option<LocalText>,
}

/// A condition on an earlier answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    /// The id of the field whose answer is looked at.
    pub field: String,
    /// The answer is exactly this.
    pub equals: Option<String>,
    /// The answer is one of these.
    pub one_of: Vec<String>,
    /// The answer is a date more than this many years before today.
    pub older_than_years: Option<u16>,
}

/// One question on a form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// Stable id: the key in answers and payloads, and the element id in the page.
    pub id: String,
    /// What it holds.
    pub kind: FieldType,
    /// The question.
    pub label: LocalText,
    /// More words under the question.
    pub hint: Option<LocalText>,
    /// Whether an answer is needed.
    pub required: bool,
    /// Required only while this holds (otherwise optional).
    pub required_when: Option<Condition>,
    /// Asked only while this holds; hidden answers are neither checked nor sent.
    pub shown_when: Option<Condition>,
    /// What to say when a required question is left unanswered.
    pub missing: Option<LocalText>,
    /// The HTML `autocomplete` token (`name`, `email`, `tel`, `postal-code`, `off`, …).
    pub autocomplete: Option<String>,
    /// The answer a new form starts with (`"today"` for a date).
    pub default: Option<String>,
    /// For `choice`: the options.
    pub options: Vec<Choice>,
    /// For `national_id`: the field that holds the country.
    pub country_field: Option<String>,
    /// For `date`: the date may not be before the date of this field.
    pub not_before: Option<String>,
    /// Longest answer accepted, in characters.
    pub max_length: Option<usize>,
    /// For `file`: accepted media types and extensions (the HTML `accept` attribute).
    pub accept: Option<String>,
    /// For `identity_code`: whether a temporary code (individual number 900–999) is
    /// accepted (the default; the payload marks it) or refused.
    pub allow_temporary: bool,
}

/// One topic of a form, shown as one page on a phone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// Stable id: the name forms name it by in `kinds`.
    pub id: String,
    /// The step's page title.
    pub title: LocalText,
    /// More words under the title.
    pub hint: Option<LocalText>,
    /// The step is skipped unless this holds.
    pub shown_when: Option<Condition>,
    /// Its questions, in order.
    pub fields: Vec<Field>,
}

/// The form of one request kind: which steps, in which order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindSpec {
    /// The ids of its steps, in order.
    pub steps: Vec<String>,
    /// Shown on the first step, before any question.
    pub intro: Option<LocalText>,
}

/// A forms file: a library of steps and the forms of the request kinds it serves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormSet {
    /// The file's `$schema`, when it names one.
    pub json_schema: Option<String>,
    /// The format's version: [`SCHEMA`].
    pub schema: String,
    /// Every step any form uses.
    pub steps: Vec<Step>,
    /// The form of each request kind the file serves.
    pub kinds: BTreeMap<RequestKind, KindSpec>,
}

/// The resolved form of one request kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    /// The kind of request.
    pub kind: RequestKind,
    /// Shown on the first step, before any question.
    pub intro: Option<LocalText>,
    /// Its steps, resolved, in order.
    pub steps: Vec<Step>,
}

impl Form {
    /// Every field of every step, in form order.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.steps.iter().flat_map(|s| s.fields.iter())
    }

    /// The field with `id`, on any step.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields().find(|f| f.id == id)
    }

    /// The index of the step that asks the question `field_id`.
    pub fn step_of(&self, field_id: &str) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.fields.iter().any(|f| f.id == field_id))
    }
}

/// Why a forms file cannot be used. Meant for the site's staff (English); citizens are
/// told only that the form could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecError(pub String);

impl std::fmt::Display for SpecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Fields the payload is built from; every form must ask them.
pub const REQUIRED_FIELDS: [&str; 2] = ["name", "identity_method"];

impl FormSet {
    /// Reads a forms file (JSON, `forms.schema.json`), every rule checked: an unknown member, a step no form uses or a form without the required fields is an error.
    pub fn from_json(json: &str) -> Result<FormSet, SpecError> {
        let set = crate::json::parse(json)
            .and_then(|doc| read::form_set(&doc))
            .map_err(|e| SpecError(e.to_string()))?;
        if set.schema != SCHEMA {
            return Err(SpecError(format!("schema must be \"{SCHEMA}\"")));
        }
        Ok(set)
    }

    /// The form of `kind`, checked for coherence.
    pub fn form(&self, kind: RequestKind) -> Result<Form, SpecError> {
        let spec = self
            .kinds
            .get(&kind)
            .ok_or_else(|| SpecError(format!("no form for request kind {}", kind.name())))?;
        let steps = spec
            .steps
            .iter()
            .map(|id| {
                self.steps
                    .iter()
                    .find(|s| s.id == *id)
                    .cloned()
                    .ok_or_else(|| SpecError(format!("{}: unknown step {id}", kind.name())))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let form = Form {
            kind,
            intro: spec.intro.clone(),
            steps,
        };
        let all: Vec<&str> = self
            .steps
            .iter()
            .flat_map(|s| &s.fields)
            .map(|f| f.id.as_str())
            .collect();
        check(&form, &all)?;
        Ok(form)
    }
}

/// Checks a resolved form; `all` holds the field ids of the whole forms file. A condition
/// may name a question of another form of the file (the postal address is required when
/// the access form asks for printouts by post; other forms never ask it), but within this
/// form only an earlier one, and never a name that exists nowhere (a typo).
fn check(form: &Form, all: &[&str]) -> Result<(), SpecError> {
    let fail =
        |field: &str, what: &str| Err(SpecError(format!("{}: {field}: {what}", form.kind.name())));
    let in_form: Vec<&str> = form.fields().map(|f| f.id.as_str()).collect();
    let mut seen: Vec<&str> = Vec::new();
    let known = |seen: &[&str], c: &Option<Condition>| {
        c.as_ref().is_none_or(|c| {
            let name = c.field.as_str();
            seen.contains(&name) || (all.contains(&name) && !in_form.contains(&name))
        })
    };
    for step in &form.steps {
        if !known(&seen, &step.shown_when) {
            return fail(
                &step.id,
                "shown_when names a field not asked before this step",
            );
        }
        for field in &step.fields {
            let id = field.id.as_str();
            if seen.contains(&id) {
                return fail(id, "field id used twice");
            }
            if !known(&seen, &field.shown_when) || !known(&seen, &field.required_when) {
                return fail(id, "condition names a field not asked before it");
            }
            if (field.required || field.required_when.is_some()) && field.missing.is_none() {
                return fail(
                    id,
                    "a question that can be required needs a \"missing\" message",
                );
            }
            if field.kind == FieldType::Choice && field.options.is_empty() {
                return fail(id, "a choice needs options");
            }
            let country_named = field.country_field.as_deref();
            if (field.kind == FieldType::NationalId || country_named.is_some())
                && country_named.is_none_or(|c| !seen.contains(&c))
            {
                return fail(id, "country_field must name an earlier field");
            }
            if field
                .not_before
                .as_deref()
                .is_some_and(|n| !seen.contains(&n))
            {
                return fail(id, "not_before must name an earlier field");
            }
            seen.push(id);
        }
    }
    match REQUIRED_FIELDS.into_iter().find(|r| !seen.contains(r)) {
        Some(missing) => fail(missing, "every form must ask this"),
        None => Ok(()),
    }
}

mod read;

#[cfg(test)]
pub(crate) mod tests;
