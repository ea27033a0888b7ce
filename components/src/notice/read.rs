//! The notice file format read with [`crate::json`]: which members there are, which may be
//! left out, and what they hold. `Notice`'s `Serialize` writes the same format (the round
//! trip is tested). Members a notice does not know are passed over (a file may carry
//! `$schema` or an editor's notes), except in `controller`, whose members are all checked:
//! a typo there would hide the office's address.

use super::{Controller, Identification, Notice, RequestSettings, Section, SectionKind};
use crate::i18n::Lang;
use crate::json::{Json, JsonError};
use crate::request::RequestKind;

pub(super) fn notice(v: &Json) -> Result<Notice, JsonError> {
    let mut m = v.members()?;
    Ok(Notice {
        id: m.required("id", Json::string)?,
        lang: m.required("lang", lang)?,
        title: m.required("title", Json::string)?,
        register_name: m.required("register_name", Json::string)?,
        controller: m.required("controller", controller)?,
        updated: m.optional("updated", Json::string)?,
        change_note: m.optional("change_note", Json::string)?,
        translations: m.or_default("translations", |v| {
            v.map_of(&Lang::ALL, Lang::name, Json::string)
        })?,
        sections: m.required("sections", |v| v.list(section))?,
        requests: m.or_default("requests", requests)?,
    })
}

pub(crate) fn lang(v: &Json) -> Result<Lang, JsonError> {
    v.one_of(&Lang::ALL, Lang::name)
}

pub(crate) fn request_kind(v: &Json) -> Result<RequestKind, JsonError> {
    v.one_of(&RequestKind::ALL, RequestKind::name)
}

fn section_kind(v: &Json) -> Result<SectionKind, JsonError> {
    v.one_of(&SectionKind::ALL, SectionKind::name)
}

fn controller(v: &Json) -> Result<Controller, JsonError> {
    let mut m = v.members()?;
    let read = Controller {
        name: m.required("name", Json::string)?,
        address: m.optional("address", Json::string)?,
        phone: m.optional("phone", Json::string)?,
        email: m.optional("email", Json::string)?,
        business_id: m.optional("business_id", Json::string)?,
    };
    m.strict()?;
    Ok(read)
}

fn section(v: &Json) -> Result<Section, JsonError> {
    let mut m = v.members()?;
    Ok(Section {
        kind: m.required("kind", section_kind)?,
        also: m.or_default("also", |v| v.list(section_kind))?,
        heading: m.required("heading", Json::string)?,
        body: m.required("body", Json::string)?,
    })
}

fn identification(v: &Json) -> Result<Identification, JsonError> {
    v.one_of(&Identification::ALL, Identification::name)
}

fn requests(v: &Json) -> Result<RequestSettings, JsonError> {
    let mut m = v.members()?;
    Ok(RequestSettings {
        kinds: m.or_default("kinds", |v| v.list(request_kind))?,
        endpoint: m.optional("endpoint", Json::string)?,
        adapter: m.optional("adapter", Json::string)?,
        mailto: m.optional("mailto", Json::string)?,
        secure_channel: m.optional("secure_channel", secure_channel)?,
        keys: m.optional("keys", crate::office::keys::OfficeKeys::read)?,
        handled_by: m.optional("handled_by", controller)?,
        identification: m.or_default("identification", identification)?,
        forms: m.optional("forms", Json::string)?,
        outbox_days: m.optional("outbox_days", outbox_days)?,
    })
}

/// An https address (shown to citizens as a link: nothing else is taken).
fn secure_channel(v: &Json) -> Result<String, JsonError> {
    let url = v.string()?;
    if url.starts_with("https://") && url.len() > "https://".len() {
        Ok(url)
    } else {
        Err(JsonError::new(format!("{url} is not an https:// address")))
    }
}

fn outbox_days(v: &Json) -> Result<u16, JsonError> {
    let days = v.uint()?;
    u16::try_from(days)
        .ok()
        .filter(|d| (1..=crate::submit::outbox::MAX_OUTBOX_DAYS).contains(d))
        .ok_or_else(|| {
            JsonError::new(format!(
                "{days} is not a number of days from 1 to {}",
                crate::submit::outbox::MAX_OUTBOX_DAYS
            ))
        })
}
