//! The forms file format read with [`crate::json`]. Every object is strict: a member the
//! format does not know is refused with its path, so a misspelt `requried` in an
//! organisation's copy of the file is found when the form is opened, not by a citizen.

use super::{Choice, Condition, Field, FieldType, FormSet, KindSpec, LocalText, Step};
use crate::json::{Json, JsonError};
use crate::request::RequestKind;

pub(super) fn form_set(v: &Json) -> Result<FormSet, JsonError> {
    let mut m = v.members()?;
    let read = FormSet {
        json_schema: m.optional("$schema", Json::string)?,
        schema: m.required("schema", Json::string)?,
        steps: m.required("steps", |v| v.list(step))?,
        kinds: m.required("kinds", |v| {
            v.map_of(&RequestKind::ALL, RequestKind::name, kind_spec)
        })?,
    };
    m.strict()?;
    Ok(read)
}

fn kind_spec(v: &Json) -> Result<KindSpec, JsonError> {
    let mut m = v.members()?;
    let read = KindSpec {
        steps: m.required("steps", |v| v.list(Json::string))?,
        intro: m.optional("intro", local_text)?,
    };
    m.strict()?;
    Ok(read)
}

fn local_text(v: &Json) -> Result<LocalText, JsonError> {
    let mut m = v.members()?;
    let read = LocalText {
        fi: m.required("fi", Json::string)?,
        sv: m.required("sv", Json::string)?,
        en: m.required("en", Json::string)?,
    };
    m.strict()?;
    Ok(read)
}

fn step(v: &Json) -> Result<Step, JsonError> {
    let mut m = v.members()?;
    let read = Step {
        id: m.required("id", Json::string)?,
        title: m.required("title", local_text)?,
        hint: m.optional("hint", local_text)?,
        shown_when: m.optional("shown_when", condition)?,
        fields: m.required("fields", |v| v.list(field))?,
    };
    m.strict()?;
    Ok(read)
}

fn condition(v: &Json) -> Result<Condition, JsonError> {
    let mut m = v.members()?;
    let read = Condition {
        field: m.required("field", Json::string)?,
        equals: m.optional("equals", Json::string)?,
        one_of: m.or_default("one_of", |v| v.list(Json::string))?,
        older_than_years: m.optional("older_than_years", |v| {
            u16::try_from(v.uint()?).map_err(|_| JsonError::new("expected at most 65535"))
        })?,
    };
    m.strict()?;
    Ok(read)
}

fn choice(v: &Json) -> Result<Choice, JsonError> {
    let mut m = v.members()?;
    let read = Choice {
        value: m.required("value", Json::string)?,
        label: m.required("label", local_text)?,
        hint: m.optional("hint", local_text)?,
    };
    m.strict()?;
    Ok(read)
}

fn field_type(v: &Json) -> Result<FieldType, JsonError> {
    v.one_of(&FieldType::ALL, FieldType::name)
}

fn field(v: &Json) -> Result<Field, JsonError> {
    let mut m = v.members()?;
    let read = Field {
        id: m.required("id", Json::string)?,
        kind: m.required("type", field_type)?,
        label: m.required("label", local_text)?,
        hint: m.optional("hint", local_text)?,
        required: m.or_default("required", Json::bool)?,
        required_when: m.optional("required_when", condition)?,
        shown_when: m.optional("shown_when", condition)?,
        missing: m.optional("missing", local_text)?,
        autocomplete: m.optional("autocomplete", Json::string)?,
        default: m.optional("default", Json::string)?,
        options: m.or_default("options", |v| v.list(choice))?,
        country_field: m.optional("country_field", Json::string)?,
        not_before: m.optional("not_before", Json::string)?,
        allow_temporary: m.optional("allow_temporary", Json::bool)?.unwrap_or(true),
        max_length: m.optional("max_length", |v| v.uint().map(|n| n as usize))?,
        accept: m.optional("accept", Json::string)?,
    };
    m.strict()?;
    Ok(read)
}
