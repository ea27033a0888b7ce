//! The outbox: a request that could not be sent (offline, the backend down) is kept on the
//! device, encrypted (`platform/outbox.js`: AES-GCM, a non-extractable key in IndexedDB),
//! and sent when the connection returns or a form is opened again. The citizen sees each
//! kept request in this panel and can send it now or delete it. Where a form shows the
//! panel is `form/outbox_place.rs`; the records' format is `crate::submit::outbox`.

use crate::i18n::{ui, Lang};
use crate::request::payload::Payload;
use crate::request::receipt::deadline_of;
use crate::request::reference::reference;
use crate::submit::delivery::Delivery;
use crate::submit::outbox::{Kept, Meta};
use crate::web::dom::heading::{section_level, Heading};
use crate::web::dom::today;
use crate::web::dom::tr;
use crate::web::form::controller::use_form;
use crate::web::later::confirmation::DeliveryState;
use crate::web::later::delivery::{self, Delivered};
use crate::web::platform::device;
use crate::web::platform::host::Headers;
use crate::web::platform::host::PdfAssets;
use crate::web::platform::outbox_store::{outbox_delete, outbox_list, outbox_put, outbox_read};
use crate::web::split::later;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Keeps a sealed request (`json` is its text) until it can be sent.
pub async fn keep(payload: &Payload, json: &str, delivery: &Delivery) -> Result<(), JsValue> {
    let meta = Meta {
        id: payload.id.clone(),
        reference: reference(&payload.id),
        kind: payload.kind,
        created_at: payload.created_at.clone(),
    };
    let kept = Kept::of(json, delivery);
    outbox_put(&payload.id, &meta.to_json(), &kept.to_json())
        .await
        .map(|_| ())
}

/// The kept requests (their clear part); empty when storage is unavailable.
pub async fn list() -> Vec<Meta> {
    let text = outbox_list().await.ok().and_then(|v| v.as_string());
    text.and_then(|t| Meta::list_from_json(&t).ok())
        .unwrap_or_default()
}

/// Tries to send one kept request; returns the `seloste-submitted` detail when delivered,
/// else what to tell the citizen (nothing while it simply waits for a connection).
async fn flush_one(
    meta: &Meta,
    headers: &Headers,
    pdf: Option<&PdfAssets>,
    lang: Lang,
) -> Result<String, Option<String>> {
    let secret = outbox_read(&meta.id)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(None)?;
    let kept = Kept::from_json(&secret).map_err(|_| None)?;
    match delivery::deliver(&kept.payload, &kept.delivery(), headers, pdf, lang).await {
        Delivered::Yes {
            backend_reference,
            at,
        } => {
            let _ = outbox_delete(&meta.id).await;
            let state = DeliveryState::Delivered {
                backend_reference,
                at,
            };
            Ok(crate::event::submitted(
                &meta.reference,
                &meta.created_at,
                &state,
                &kept.payload,
                &deadline_of(&meta.created_at, today()),
            ))
        }
        Delivered::Refused(text) => Err(Some(text)),
        Delivered::Waiting => Err(None),
    }
}

/// The outbox panel: shown while requests are kept. Sends them on mount (`send_now`: on
/// opening a form, not for a request just kept) and when the browser comes back online;
/// tells the host page of each delivery (`seloste-submitted`).
fn outbox_view(send_now: bool) -> impl IntoView {
    let form = use_form();
    let (lang, headers, pdf, changed) = (form.lang, form.headers, form.pdf, form.outbox_changed);
    let items = RwSignal::new(Vec::<Meta>::new());
    let notes = RwSignal::new(Vec::<(String, String)>::new());
    let busy = StoredValue::new(false);
    let root = NodeRef::<leptos::html::Section>::new();
    let refresh = move || {
        leptos::task::spawn_local(async move { items.set(list().await) });
    };
    let flush = move |only: Option<String>| {
        if busy.get_value() {
            return;
        }
        busy.set_value(true);
        leptos::task::spawn_local(async move {
            for meta in list().await {
                if only.as_ref().is_some_and(|id| *id != meta.id) {
                    continue;
                }
                let result = flush_one(
                    &meta,
                    &headers.get_value(),
                    pdf.get_value().as_ref(),
                    lang.get_untracked(),
                )
                .await;
                match result {
                    Ok(detail) => {
                        if let Some(el) = root.get_untracked() {
                            device::dispatch(&el, crate::event::SUBMITTED, &detail);
                        }
                        notes.update(|n| n.retain(|(id, _)| *id != meta.id));
                    }
                    Err(Some(text)) => notes.update(|n| {
                        n.retain(|(id, _)| *id != meta.id);
                        n.push((meta.id.clone(), text));
                    }),
                    Err(None) => {}
                }
            }
            items.set(list().await);
            busy.set_value(false);
        });
    };
    Effect::new(move || {
        changed.track();
        refresh();
    });
    // On opening a form, and whenever the connection returns.
    if send_now {
        flush(None);
    }
    let on_online = window_event_listener(leptos::ev::online, move |_| flush(None));
    on_cleanup(move || on_online.remove());
    let delete = move |id: String| {
        leptos::task::spawn_local(async move {
            let _ = outbox_delete(&id).await;
            items.set(list().await);
        });
    };
    let item = move |meta: Meta| {
        let (id, id2) = (meta.id.clone(), meta.id.clone());
        let note_id = meta.id.clone();
        let when = meta.created_at.replace('T', " ").replace('Z', " UTC");
        view! {
            <li class="seloste-outbox-item">
                <p><strong>{move || meta.kind.title().get(lang.get()).to_string()}</strong> " · " {meta.reference.clone()} " · " {when}</p>
                {move || notes.with(|n| n.iter().find(|(i, _)| *i == note_id).map(|(_, t)| view! { <p class="seloste-error-message">{t.clone()}</p> }))}
                <p class="seloste-outbox-actions">
                    <button type="button" class="seloste-button seloste-button--secondary" part="button" on:click=move |_| flush(Some(id.clone()))>{tr(ui::OUTBOX_SEND, lang)}</button>
                    " "
                    <button type="button" class="seloste-link" on:click=move |_| delete(id2.clone())>{tr(ui::OUTBOX_DELETE, lang)}</button>
                </p>
            </li>
        }
    };
    view! {
        <section class="seloste-outbox" node_ref=root hidden=move || items.with(Vec::is_empty)>
            <Heading level=section_level()>{tr(ui::OUTBOX_TITLE, lang)}</Heading>
            <p>{tr(ui::OUTBOX_HELP, lang)}</p>
            <ul class="seloste-outbox-list">{move || items.get().into_iter().map(item).collect_view()}</ul>
        </section>
    }
}

later! {
    /// The outbox panel, from the form's later chunk: fetched only when requests are kept.
    pub(crate) fn outbox_panel(owner: Owner, send_now: bool) -> AnyView {
        owner.with(|| outbox_view(send_now).into_any())
    }
}
