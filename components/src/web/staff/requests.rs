//! Which requests the register takes and how they are delivered, in the studio (issue 20):
//! the kinds as checkboxes (each becomes a button under "your rights"), and the delivery
//! (the way, the receiving address, the registry office's e-mail) checked as the
//! component checks it ([`Edit::Delivery`]). A refused delivery stays in its fields,
//! marked, with the reason; the notice keeps the last one that works.

use super::field::error_line;
use super::studio::use_studio;
use crate::i18n::{ui, Text};
use crate::notice::edit::{Edit, EditError};
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
    }
}
