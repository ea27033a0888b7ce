//! The notice's own details in the studio (issue 20): its title, the register's name, the
//! controller (name, address, phone, e-mail and Business ID, checked with its check
//! digit), the day of the latest update and what changed then. Each field is kept through
//! [`Studio::edit_here`] when it is left; a refused value stays in its field, marked, with
//! the reason under its label, and the notice keeps its last valid value.

use super::field::error_line;
use super::studio::use_studio;
use crate::i18n::{ui, Text};
use crate::notice::edit::{ControllerField, Edit};
use crate::notice::Notice;
use crate::web::dom::tr;
use leptos::prelude::*;

/// One field: what it is called, how its value is read from the notice, and the edit
/// that keeps a new value.
struct Field {
    name: &'static str,
    label: Text,
    kind: &'static str,
    value: fn(&Notice) -> String,
    edit: fn(String) -> Edit,
}

const FIELDS: [Field; 9] = [
    Field {
        name: "title",
        label: ui::NOTICE_TITLE_LABEL,
        kind: "text",
        value: |n| n.title.clone(),
        edit: Edit::Title,
    },
    Field {
        name: "register",
        label: ui::REGISTER_NAME,
        kind: "text",
        value: |n| n.register_name.clone(),
        edit: Edit::RegisterName,
    },
    Field {
        name: "controller",
        label: ui::CONTROLLER,
        kind: "text",
        value: |n| n.controller.name.clone(),
        edit: |v| Edit::Controller(ControllerField::Name, v),
    },
    Field {
        name: "address",
        label: ui::POSTAL_ADDRESS,
        kind: "text",
        value: |n| n.controller.address.clone().unwrap_or_default(),
        edit: |v| Edit::Controller(ControllerField::Address, v),
    },
    Field {
        name: "phone",
        label: ui::PHONE,
        kind: "tel",
        value: |n| n.controller.phone.clone().unwrap_or_default(),
        edit: |v| Edit::Controller(ControllerField::Phone, v),
    },
    Field {
        name: "email",
        label: ui::EMAIL,
        kind: "email",
        value: |n| n.controller.email.clone().unwrap_or_default(),
        edit: |v| Edit::Controller(ControllerField::Email, v),
    },
    Field {
        name: "business-id",
        label: ui::BUSINESS_ID,
        kind: "text",
        value: |n| n.controller.business_id.clone().unwrap_or_default(),
        edit: |v| Edit::Controller(ControllerField::BusinessId, v),
    },
    Field {
        name: "updated",
        label: ui::UPDATED,
        kind: "date",
        value: |n| n.updated.clone().unwrap_or_default(),
        edit: |v| Edit::Updated(Some(v)),
    },
    Field {
        name: "change-note",
        label: ui::WHAT_CHANGED,
        kind: "textarea",
        value: |n| n.change_note.clone().unwrap_or_default(),
        edit: |v| Edit::ChangeNote(Some(v)),
    },
];

/// The notice's details, each field kept when it is left.
#[component]
pub fn NoticeDetails(
    /// The prefix of the element ids (unique on the page).
    prefix: String,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let fields = FIELDS
        .iter()
        .map(|field| {
            let id = format!("{prefix}-{}", field.name);
            let error_id = format!("{id}-error");
            let (value_of, edit_of, kind) = (field.value, field.edit, field.kind);
            let refused = RwSignal::new(None::<crate::notice::edit::EditError>);
            let value = move || studio.notice().map(|n| value_of(&n)).unwrap_or_default();
            let keep = move |ev: leptos::ev::Event| {
                refused.set(studio.edit_here(edit_of(event_target_value(&ev))).err());
            };
            let described = {
                let error_id = error_id.clone();
                move || refused.get().map(|_| error_id.clone())
            };
            let invalid = move || refused.get().map(|_| "true");
            let input = if kind == "textarea" {
                view! {
                    <textarea class="seloste-textarea seloste-textarea--prose" id=id.clone() rows="3" prop:value=value
                        aria-invalid=invalid aria-describedby=described on:change=keep></textarea>
                }
                .into_any()
            } else {
                view! {
                    <input class="seloste-input" id=id.clone() type=kind prop:value=value
                        aria-invalid=invalid aria-describedby=described on:change=keep/>
                }
                .into_any()
            };
            view! {
                <div class="seloste-field" class:seloste-field--error=move || refused.get().is_some()>
                    <label class="seloste-label" for=id>{tr(field.label, lang)}</label>
                    {move || refused.get().map(|e| error_line(Some(error_id.clone()), lang.get(), e.message(lang.get())))}
                    {input}
                </div>
            }
        })
        .collect_view();
    view! {
        <h2>{tr(ui::NOTICE_DETAILS, lang)}</h2>
        <div class="seloste-studio-details">{fields}</div>
    }
}
