//! Which requests the register takes and how they are delivered, in the studio (issue 20):
//! the kinds as checkboxes (each becomes a button under "your rights"), and the delivery
//! (the way, the receiving address, the registry office's e-mail) checked as the
//! component checks it ([`Edit::Delivery`]), another controller's office that handles
//! them, the forms file and how requesters are identified. A refused value stays in its
//! fields, marked, with the reason; the notice keeps the last one that works.

use super::field::error_line;
use super::studio::use_studio;
use crate::i18n::{studio as studio_text, ui, Text};
use crate::notice::edit::{Edit, EditError};
use crate::notice::{Controller, Identification};
use crate::request::RequestKind;
use crate::web::dom::tr;
use leptos::prelude::*;

/// The ways requests can leave the form, by their name in a notice ("" for: by what is
/// given), and what the editor reads.
const ADAPTERS: [(&str, Text); 6] = [
    ("", ui::ADAPTER_AUTO),
    ("json", ui::ADAPTER_JSON),
    ("form", ui::ADAPTER_FORM),
    ("multipart", ui::ADAPTER_MULTIPART),
    ("mailto", ui::ADAPTER_MAILTO),
    ("pdf", ui::ADAPTER_PDF),
];

/// The register's requests and their delivery.
#[component]
pub fn RequestSettings(
    /// The prefix of the element ids (unique on the page).
    prefix: String,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let taken = move || {
        studio
            .notice()
            .map(|n| n.requests.kinds)
            .unwrap_or_default()
    };
    let kinds = RequestKind::ALL
        .iter()
        .map(|kind| {
            let kind = *kind;
            let id = format!("{prefix}-kind-{}", kind.name());
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                let now = studio.notice.get_untracked().map(|n| n.requests.kinds).unwrap_or_default();
                let kinds = RequestKind::ALL
                    .into_iter()
                    .filter(|k| if *k == kind { on } else { now.contains(k) })
                    .collect();
                let _ = studio.edit_here(Edit::RequestKinds(kinds));
            };
            view! {
                <div class="seloste-checkbox">
                    <input type="checkbox" id=id.clone() prop:checked=move || taken().contains(&kind) on:change=toggle/>
                    <label for=id>{tr(kind.title(), lang)}</label>
                </div>
            }
        })
        .collect_view();

    // The delivery's three fields, as typed; kept together when any of them is left.
    let requests = studio
        .notice
        .get_untracked()
        .map(|n| n.requests)
        .unwrap_or_default();
    let adapter = RwSignal::new(requests.adapter.unwrap_or_default());
    let endpoint = RwSignal::new(requests.endpoint.unwrap_or_default());
    let mailto = RwSignal::new(requests.mailto.unwrap_or_default());
    let refused = RwSignal::new(None::<EditError>);
    let keep = move || {
        let some = |s: String| Some(s).filter(|s| !s.trim().is_empty());
        let edit = Edit::Delivery {
            adapter: some(adapter.get_untracked()),
            endpoint: some(endpoint.get_untracked()),
            mailto: some(mailto.get_untracked()),
        };
        refused.set(studio.edit_here(edit).err());
    };
    let (adapter_id, endpoint_id, mailto_id, error_id) = (
        format!("{prefix}-adapter"),
        format!("{prefix}-endpoint"),
        format!("{prefix}-mailto"),
        format!("{prefix}-delivery-error"),
    );
    let described = {
        let error_id = error_id.clone();
        move || refused.get().map(|_| error_id.clone())
    };
    let invalid = move || refused.get().map(|_| "true");
    let options = ADAPTERS.map(|(name, words)| {
        view! { <option value=name selected=move || adapter.get() == name>{tr(words, lang)}</option> }
    });
    view! {
        <h2>{tr(ui::REQUESTS_SETTINGS, lang)}</h2>
        <fieldset class="seloste-fieldset">
            <legend class="seloste-legend">{tr(ui::REQUESTS_TAKEN, lang)}</legend>
            {kinds}
        </fieldset>
        <fieldset class="seloste-fieldset seloste-field" class:seloste-field--error=move || refused.get().is_some()>
            <legend class="seloste-legend">{tr(ui::DELIVERY, lang)}</legend>
            {move || refused.get().map(|e| error_line(Some(error_id.clone()), lang.get(), e.message(lang.get())))}
            <div class="seloste-field">
                <label class="seloste-label" for=adapter_id.clone()>{tr(ui::ADAPTER, lang)}</label>
                <select class="seloste-input" id=adapter_id aria-describedby=described.clone()
                    on:change=move |ev| { adapter.set(event_target_value(&ev)); keep() }>{options}</select>
            </div>
            <div class="seloste-field">
                <label class="seloste-label" for=endpoint_id.clone()>{tr(ui::ENDPOINT, lang)}</label>
                <input class="seloste-input" id=endpoint_id type="url" prop:value=move || endpoint.get()
                    aria-invalid=invalid aria-describedby=described.clone()
                    on:change=move |ev| { endpoint.set(event_target_value(&ev)); keep() }/>
            </div>
            <div class="seloste-field">
                <label class="seloste-label" for=mailto_id.clone()>{tr(ui::OFFICE_EMAIL, lang)}</label>
                <input class="seloste-input" id=mailto_id type="email" prop:value=move || mailto.get()
                    aria-invalid=invalid aria-describedby=described
                    on:change=move |ev| { mailto.set(event_target_value(&ev)); keep() }/>
            </div>
        </fieldset>
        <HandledBy prefix=prefix.clone()/>
        <FormsAndIdentification prefix=prefix/>
    }
}

/// Another controller's registry office that handles the requests: its name, address and
/// e-mail, kept together; no name, no other office.
#[component]
fn HandledBy(prefix: String) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let office = studio
        .notice
        .get_untracked()
        .and_then(|n| n.requests.handled_by)
        .unwrap_or_default();
    let fields = [
        ("name", studio_text::NAME, "text", office.name.clone()),
        (
            "address",
            ui::POSTAL_ADDRESS,
            "text",
            office.address.clone().unwrap_or_default(),
        ),
        (
            "email",
            ui::EMAIL,
            "email",
            office.email.clone().unwrap_or_default(),
        ),
    ]
    .map(|(name, label, kind, value)| (name, label, kind, RwSignal::new(value)));
    let [(_, _, _, name), (_, _, _, address), (_, _, _, email)] = fields;
    let refused = RwSignal::new(None::<EditError>);
    let error_id = format!("{prefix}-handled-by-error");
    let hint_id = format!("{prefix}-handled-by-hint");
    let keep = move || {
        let some = |s: String| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        let edit = Edit::HandledBy(some(name.get_untracked()).map(|name| Controller {
            name,
            address: some(address.get_untracked()),
            email: some(email.get_untracked()),
            ..Controller::default()
        }));
        refused.set(studio.edit_here(edit).err());
    };
    let inputs = fields
        .into_iter()
        .map(|(name, label, kind, value)| {
            let id = format!("{prefix}-handled-by-{name}");
            view! {
                <div class="seloste-field">
                    <label class="seloste-label" for=id.clone()>{tr(label, lang)}</label>
                    <input class="seloste-input" id=id type=kind prop:value=move || value.get()
                        aria-describedby=hint_id.clone()
                        on:change=move |ev| { value.set(event_target_value(&ev)); keep() }/>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="seloste-fieldset seloste-field" class:seloste-field--error=move || refused.get().is_some()>
            <legend class="seloste-legend">{tr(studio_text::HANDLED_BY, lang)}</legend>
            <p class="seloste-hint" id=format!("{prefix}-handled-by-hint")>{tr(studio_text::HANDLED_BY_HINT, lang)}</p>
            {move || refused.get().map(|e| error_line(Some(error_id.clone()), lang.get(), e.message(lang.get())))}
            {inputs}
        </fieldset>
    }
}

/// The forms file and how requesters are identified.
#[component]
fn FormsAndIdentification(prefix: String) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let forms_id = format!("{prefix}-forms");
    let forms = move || {
        studio
            .notice()
            .and_then(|n| n.requests.forms)
            .unwrap_or_default()
    };
    let identification = move || {
        studio
            .notice()
            .map(|n| n.requests.identification)
            .unwrap_or_default()
    };
    let ways = Identification::ALL
        .iter()
        .map(|how| {
            let how = *how;
            let id = format!("{prefix}-identification-{}", how.name());
            view! {
                <div class="seloste-radio">
                    <input class="seloste-radio-input" type="radio" id=id.clone() name=format!("{prefix}-identification")
                        prop:checked=move || identification() == how
                        on:change=move |_| { let _ = studio.edit_here(Edit::Identification(how)); }/>
                    <label class="seloste-radio-label" for=id>{tr(studio_text::identification(how), lang)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="seloste-field">
            <label class="seloste-label" for=forms_id.clone()>{tr(studio_text::FORMS_FILE, lang)}</label>
            <input class="seloste-input" id=forms_id type="text" spellcheck="false" prop:value=forms
                on:change=move |ev| { let _ = studio.edit_here(Edit::Forms(Some(event_target_value(&ev)))); }/>
        </div>
        <fieldset class="seloste-fieldset seloste-field">
            <legend class="seloste-legend">{tr(studio_text::IDENTIFICATION, lang)}</legend>
            <div class="seloste-radios">{ways}</div>
        </fieldset>
    }
}
