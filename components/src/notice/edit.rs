//! Editing a notice (the notice studio, issue 20): every change a web editor makes, as one
//! [`Edit`] that [`apply`] checks and carries out on the notice model. The studio's views
//! only call [`apply`]; every rule lives here and is tested natively.
//!
//! *Architecture invariant:* an edit that is refused changes nothing, and what an edit
//! writes is what the notice reader takes: a body is kept only as the sanitiser leaves it
//! ([`rich::sanitize`]), a Business ID only in its written form, a delivery only as the
//! component would use it ([`Delivery::resolve`]).
//!
//! ```
//! use seloste::notice::edit::{apply, ControllerField, Edit};
//! use seloste::notice::{Notice, SectionKind};
//! use seloste::Lang;
//!
//! let mut notice = Notice::blank("asiakasrekisteri", Lang::Fi);
//! apply(&mut notice, Edit::Controller(ControllerField::BusinessId, "0208201-1".into()))?;
//! let purpose = notice.sections.iter().position(|s| s.kind == SectionKind::Purpose).unwrap_or(0);
//! apply(&mut notice, Edit::Body { at: purpose, html: "<p>Asiakkuuden hoito.<script>x</script></p>".into() })?;
//! assert_eq!(notice.sections[purpose].body, "<p>Asiakkuuden hoito.</p>");
//! // A wrong check digit is refused, and nothing changes.
//! assert!(apply(&mut notice, Edit::Controller(ControllerField::BusinessId, "0208201-2".into())).is_err());
//! assert_eq!(notice.controller.business_id.as_deref(), Some("0208201-1"));
//! # Ok::<(), seloste::notice::edit::EditError>(())
//! ```

use super::rich::{self, Block};
use super::{Controller, Identification, Notice, Requirement, Section, SectionKind};
use crate::date::Date;
use crate::i18n::{Lang, Text};
use crate::request::RequestKind;
use crate::submit::delivery::{Delivery, DeliveryError};
use crate::validate::{self, BusinessIdError, EmailError, PhoneError};

/// A member of the controller's details.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ControllerField {
    /// Its name (required).
    Name,
    /// Its postal address.
    Address,
    /// Its phone number.
    Phone,
    /// Its e-mail address.
    Email,
    /// Its Business ID (Y-tunnus), checked with its check digit.
    BusinessId,
}

/// One change an editor makes. Sections are named by their place in `sections`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// The notice's title (required).
    Title(String),
    /// The register's name (required).
    RegisterName(String),
    /// The day of the latest update (ISO 8601), or none.
    Updated(Option<String>),
    /// What changed in the latest update, for citizens to read, or none.
    ChangeNote(Option<String>),
    /// A member of the controller's details; empty text removes an optional one.
    Controller(ControllerField, String),
    /// A new section at `at` (the end when `at` is past it), with its kind's name as its
    /// heading in the notice's language, and no text yet.
    AddSection {
        /// Where it goes.
        at: usize,
        /// What it is about.
        kind: SectionKind,
    },
    /// A section for a requirement the GDPR check found unmet: of its kind, placed in
    /// reading order, with a starting text in the notice's language that is marked as a
    /// draft to review and says what the section must tell.
    AddMissing(Requirement),
    /// Removes the section at this place.
    DeleteSection(usize),
    /// Moves the section at `from` so that it is at `to`.
    MoveSection {
        /// Where it is.
        from: usize,
        /// Where it goes.
        to: usize,
    },
    /// Splits the section at `at` before its block `block` (a paragraph or a list): the
    /// blocks from there on become a new section right after it, of kind `other`, headed
    /// with that kind's name for the editor to change.
    SplitSection {
        /// The section.
        at: usize,
        /// The first block of the new section (1 or more).
        block: usize,
    },
    /// Joins the section at this place with the next: the next one's heading becomes a
    /// paragraph of bold text, and its kinds are added to the further kinds.
    MergeWithNext(usize),
    /// A section's heading (required).
    Heading {
        /// The section.
        at: usize,
        /// The heading.
        text: String,
    },
    /// A section's kinds: the primary one and the further ones its heading covers.
    Kinds {
        /// The section.
        at: usize,
        /// The primary kind.
        kind: SectionKind,
        /// Further kinds (the primary one and repeats are dropped).
        also: Vec<SectionKind>,
    },
    /// A section's text, as HTML: kept as the sanitiser leaves it.
    Body {
        /// The section.
        at: usize,
        /// The text, as the editor's rich-text field gives it.
        html: String,
    },
    /// The kinds of request the register takes, in the order of their buttons.
    RequestKinds(Vec<RequestKind>),
    /// How requests leave the form: checked as the component checks it.
    Delivery {
        /// `json`, `form`, `multipart`, `mailto` or `pdf`; none: chosen by what is given.
        adapter: Option<String>,
        /// The backend's address.
        endpoint: Option<String>,
        /// The office's e-mail address.
        mailto: Option<String>,
    },
    /// Another controller's registry office that handles the requests, or none.
    HandledBy(Option<Controller>),
    /// The forms file (relative to the site), or none for the default.
    Forms(Option<String>),
    /// How requesters are identified.
    Identification(Identification),
}

/// A required text that was left empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Required {
    /// The notice's title.
    Title,
    /// The register's name.
    RegisterName,
    /// The controller's name.
    ControllerName,
    /// A section's heading.
    Heading,
}

/// Why an edit was refused; the notice is as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// There is no section at this place.
    NoSection(usize),
    /// A required text is empty.
    Empty(Required),
    /// The updated day is not a date.
    Date,
    /// The Business ID is not one.
    BusinessId(BusinessIdError),
    /// The e-mail address is not one.
    Email(EmailError),
    /// The phone number is not one.
    Phone(PhoneError),
    /// The delivery would not work as given.
    Delivery(DeliveryError),
    /// A section can be split only between two of its blocks.
    Split,
    /// The last section has no next one to join.
    NoNext,
}

impl EditError {
    /// What to tell the editor, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = |fi, sv, en| Text::new(fi, sv, en).get(lang).to_string();
        match self {
            EditError::NoSection(_) => t(
                "Osiota ei ole enää. Lataa seloste uudelleen.",
                "Avsnittet finns inte längre. Läs in beskrivningen igen.",
                "The section is no longer there. Open the notice again.",
            ),
            EditError::Empty(Required::Title) => t(
                "Kirjoita selosteen otsikko.",
                "Skriv beskrivningens rubrik.",
                "Enter the notice's title.",
            ),
            EditError::Empty(Required::RegisterName) => t(
                "Kirjoita rekisterin nimi.",
                "Skriv registrets namn.",
                "Enter the register's name.",
            ),
            EditError::Empty(Required::ControllerName) => t(
                "Kirjoita rekisterinpitäjän nimi.",
                "Skriv den personuppgiftsansvariges namn.",
                "Enter the controller's name.",
            ),
            EditError::Empty(Required::Heading) => t(
                "Kirjoita osion otsikko.",
                "Skriv avsnittets rubrik.",
                "Enter the section's heading.",
            ),
            EditError::Date => t(
                "Kirjoita päivämäärä muodossa 2026-12-03.",
                "Skriv datumet i formen 2026-12-03.",
                "Enter the date as 2026-12-03.",
            ),
            EditError::BusinessId(e) => e.message(lang).to_string(),
            EditError::Email(e) => e.message(lang).to_string(),
            EditError::Phone(e) => e.message(lang).to_string(),
            // Said as a setting to fix (the component's own words add that nothing was sent).
            EditError::Delivery(DeliveryError::Endpoint(e)) => e.setting(lang).to_string(),
            EditError::Delivery(e) => e.message(lang),
            EditError::Split => t(
                "Osion voi jakaa vain kahden kappaleen tai luettelon välistä.",
                "Ett avsnitt kan delas bara mellan två stycken eller listor.",
                "A section can only be split between two paragraphs or lists.",
            ),
            EditError::NoNext => t(
                "Viimeistä osiota ei voi yhdistää seuraavaan.",
                "Det sista avsnittet kan inte slås ihop med nästa.",
                "The last section has no next section to join.",
            ),
        }
    }
}

/// The mark on a starting text the studio wrote ([`Edit::AddMissing`]).
pub const DRAFT: Text = Text::new(
    "Luonnos: kirjoita tämä osio ja tarkista se ennen julkaisua.",
    "Utkast: skriv detta avsnitt och granska det före publiceringen.",
    "Draft: write this section and review it before publishing.",
);

/// Whether `section` is still a draft the studio wrote ([`Edit::AddMissing`]): its text
/// holds the draft mark, in any language.
pub fn is_draft(section: &Section) -> bool {
    Lang::ALL
        .iter()
        .any(|lang| section.body.contains(DRAFT.get(*lang)))
}

/// Carries out `edit` on `notice`, or refuses it and changes nothing.
pub fn apply(notice: &mut Notice, edit: Edit) -> Result<(), EditError> {
    let section = |at: usize| -> Result<usize, EditError> {
        (at < notice.sections.len())
            .then_some(at)
            .ok_or(EditError::NoSection(at))
    };
    match edit {
        Edit::Title(text) => notice.title = required(&text, Required::Title)?,
        Edit::RegisterName(text) => notice.register_name = required(&text, Required::RegisterName)?,
        Edit::Updated(day) => {
            notice.updated = match given(day.as_deref()) {
                None => None,
                Some(day) => Some(Date::from_iso(&day).ok_or(EditError::Date)?.iso()),
            }
        }
        Edit::ChangeNote(note) => notice.change_note = given(note.as_deref()),
        Edit::Controller(field, text) => controller(&mut notice.controller, field, &text)?,
        Edit::AddSection { at, kind } => {
            let at = at.min(notice.sections.len());
            let heading = kind.title().get(notice.lang).to_string();
            notice.sections.insert(
                at,
                Section {
                    kind,
                    also: Vec::new(),
                    heading,
                    body: String::new(),
                },
            );
        }
        Edit::AddMissing(requirement) => {
            let kind = requirement.section_kind();
            let rank = |k: SectionKind| SectionKind::ALL.iter().position(|a| *a == k);
            // After the last section that comes before it in reading order (a date or a
            // section about systems written first does not pull it to the top).
            let at = notice
                .sections
                .iter()
                .rposition(|s| s.kind != SectionKind::Other && rank(s.kind) <= rank(kind))
                .map_or(0, |before| before + 1);
            let lang = notice.lang;
            let draft = Block::Paragraph(vec![rich::Inline::Strong(vec![rich::Inline::Text(
                DRAFT.get(lang).into(),
            )])]);
            let what = Block::Paragraph(vec![rich::Inline::Text(format!(
                "{} ({})",
                requirement.text().get(lang),
                requirement.citation(lang)
            ))]);
            let heading = kind.title().get(lang).to_string();
            let body = rich::to_html(&[draft, what]);
            notice.sections.insert(
                at,
                Section {
                    kind,
                    also: Vec::new(),
                    heading,
                    body,
                },
            );
        }
        Edit::DeleteSection(at) => {
            notice.sections.remove(section(at)?);
        }
        Edit::MoveSection { from, to } => {
            let from = section(from)?;
            let to = section(to)?;
            let moved = notice.sections.remove(from);
            notice.sections.insert(to, moved);
        }
        Edit::SplitSection { at, block } => {
            let at = section(at)?;
            let mut blocks = rich::parse(&notice.sections[at].body);
            if block == 0 || block >= blocks.len() {
                return Err(EditError::Split);
            }
            let rest = blocks.split_off(block);
            notice.sections[at].body = rich::to_html(&blocks);
            let new = Section {
                kind: SectionKind::Other,
                also: Vec::new(),
                heading: SectionKind::Other.title().get(notice.lang).to_string(),
                body: rich::to_html(&rest),
            };
            notice.sections.insert(at + 1, new);
        }
        Edit::MergeWithNext(at) => {
            let at = section(at)?;
            if at + 1 >= notice.sections.len() {
                return Err(EditError::NoNext);
            }
            let next = notice.sections.remove(at + 1);
            let first = &mut notice.sections[at];
            let mut blocks = rich::parse(&first.body);
            if !next.heading.trim().is_empty() {
                let heading =
                    rich::Inline::Strong(vec![rich::Inline::Text(next.heading.trim().to_string())]);
                blocks.push(Block::Paragraph(vec![heading]));
            }
            blocks.extend(rich::parse(&next.body));
            first.body = rich::to_html(&blocks);
            let also: Vec<SectionKind> = first.also.iter().copied().chain(next.kinds()).collect();
            first.also = further(first.kind, also);
        }
        Edit::Heading { at, text } => {
            let at = section(at)?;
            notice.sections[at].heading = required(&text, Required::Heading)?;
        }
        Edit::Kinds { at, kind, also } => {
            let at = section(at)?;
            notice.sections[at].kind = kind;
            notice.sections[at].also = further(kind, also);
        }
        Edit::Body { at, html } => {
            let at = section(at)?;
            notice.sections[at].body = rich::sanitize(&html);
        }
        Edit::RequestKinds(kinds) => {
            let mut unique = Vec::new();
            for kind in kinds {
                if !unique.contains(&kind) {
                    unique.push(kind);
                }
            }
            notice.requests.kinds = unique;
        }
        Edit::Delivery {
            adapter,
            endpoint,
            mailto,
        } => {
            let (adapter, endpoint, mailto) = (
                given(adapter.as_deref()),
                given(endpoint.as_deref()),
                given(mailto.as_deref()),
            );
            if let Some(address) = &mailto {
                validate::email(address).map_err(EditError::Email)?;
            }
            Delivery::resolve(adapter.as_deref(), endpoint.as_deref(), mailto.as_deref())
                .map_err(EditError::Delivery)?;
            let r = &mut notice.requests;
            (r.adapter, r.endpoint, r.mailto) = (adapter, endpoint, mailto);
        }
        Edit::HandledBy(office) => {
            if let Some(office) = &office {
                required(&office.name, Required::ControllerName)?;
            }
            notice.requests.handled_by = office;
        }
        Edit::Forms(path) => notice.requests.forms = given(path.as_deref()),
        Edit::Identification(how) => notice.requests.identification = how,
    }
    Ok(())
}

/// Sets one member of `controller`, checked.
fn controller(
    controller: &mut Controller,
    field: ControllerField,
    text: &str,
) -> Result<(), EditError> {
    let value = given(Some(text));
    match field {
        ControllerField::Name => controller.name = required(text, Required::ControllerName)?,
        ControllerField::Address => controller.address = value,
        ControllerField::Phone => {
            if let Some(phone) = &value {
                validate::phone(phone).map_err(EditError::Phone)?;
            }
            controller.phone = value;
        }
        ControllerField::Email => {
            if let Some(email) = &value {
                validate::email(email).map_err(EditError::Email)?;
            }
            controller.email = value;
        }
        ControllerField::BusinessId => {
            controller.business_id = match value {
                None => None,
                Some(id) => Some(validate::business_id(&id).map_err(EditError::BusinessId)?),
            }
        }
    }
    Ok(())
}

/// The text trimmed, or an error when nothing is left.
fn required(text: &str, what: Required) -> Result<String, EditError> {
    given(Some(text)).ok_or(EditError::Empty(what))
}

/// The text trimmed; `None` when nothing is left.
fn given(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from)
}

/// Further kinds without the primary one and without repeats, in the order given.
fn further(primary: SectionKind, also: Vec<SectionKind>) -> Vec<SectionKind> {
    let mut kept = Vec::new();
    for kind in also {
        if kind != primary && !kept.contains(&kind) {
            kept.push(kind);
        }
    }
    kept
}

#[cfg(test)]
mod tests;
