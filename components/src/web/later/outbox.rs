//! The outbox: every request for a backend is kept on the device from before its first
//! attempt until a backend confirms or refuses it (write-ahead), encrypted
//! (`platform/outbox.js`: AES-GCM, a non-extractable key in IndexedDB), and what is still
//! there is sent when the connection returns or a form is opened again, by one tab at a
//! time (Web Locks). The citizen sees each kept request in this panel and can send it now
//! or delete it. Where a form shows the panel is `form/outbox_place.rs`; the records'
//! format is `crate::submit::outbox`.

use crate::deadline::{moment_text, Deadline};
use crate::event::Told;
use crate::i18n::{ui, Lang};
use crate::office::encrypted::is_compact_jwe;
use crate::office::keys::KeySet;
use crate::request::payload::Payload;
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
use crate::web::platform::host::PdfAssets;
use crate::web::platform::host::{wants_full_payload, Headers};
use crate::web::platform::outbox_store::{
    outbox_delete, outbox_list, outbox_mark, outbox_put, outbox_read, sending,
};
use crate::web::split::later;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Keeps a sealed request (`json` is its text) until a backend confirms or refuses it, or
/// for `days` (the notice's `requests.outbox_days`; the default without).
pub async fn keep(
    payload: &Payload,
    json: &str,
    delivery: &Delivery,
    days: Option<u16>,
    receipt_check: Option<(&KeySet, &str)>,
) -> Result<(), JsValue> {
    let meta = Meta::kept(
        &payload.id,
        &reference(&payload.id),
        payload.kind,
        &payload.created_at,
        days,
    );
    let mut kept = Kept::of(json, &crate::event::summary(payload), delivery);
    kept.receipt_check = receipt_check.map(|(keys, digest)| (digest.to_string(), keys.to_json()));
    // Encrypted to the office, it is kept as its JWE alone: not even the brief the host
    // page hears (it then hears the id and kind).
    if is_compact_jwe(json) {
        kept.summary = None;
    }
    outbox_put(&payload.id, &meta.to_json(), &kept.to_json())
        .await
        .map(|_| ())
}

/// Removes a request the backend confirmed or refused.
pub async fn forget(id: &str) {
    let _ = outbox_delete(id).await;
}

/// The kept requests (their clear part), and apart those whose last day has passed, which
/// are removed from the device unsent here; empty when storage is unavailable.
pub async fn list() -> (Vec<Meta>, Vec<Meta>) {
    let text = outbox_list().await.ok().and_then(|v| v.as_string());
    let all = text
        .and_then(|t| Meta::list_from_json(&t).ok())
        .unwrap_or_default();
    let today = today();
    let (expired, live): (Vec<Meta>, Vec<Meta>) = all.into_iter().partition(|m| m.expired(today));
    for meta in &expired {
        let _ = outbox_delete(&meta.id).await;
    }
    (live, expired)
}

/// The host page's headers, if they were given for the origin that `endpoint` is on (a
/// CSRF token or an API key of one backend never goes to another). The browser's own URL
/// parser says what the origin is.
fn headers_for(endpoint: Option<&str>, form: Option<&str>, headers: &Headers) -> Headers {
    let origin = |url: Option<&str>| {
        url.and_then(|u| web_sys::Url::new(u).ok())
            .map(|u| u.origin())
    };
    match (origin(endpoint), origin(form)) {
        (Some(a), Some(b)) if a == b => headers.clone(),
        _ => Headers::default(),
    }
}

/// Tries to send one kept request; returns the `seloste-submitted` detail when delivered,
/// else what to tell the citizen (nothing while it simply waits for a connection, or
/// another tab sends it). `asked`: the citizen pressed "send now".
async fn flush_one(
    meta: &Meta,
    headers: &Headers,
    form_endpoint: Option<&str>,
    pdf: Option<&PdfAssets>,
    lang: Lang,
    asked: bool,
) -> Result<String, Option<String>> {
    if meta.refused && !asked {
        return Err(None);
    }
    // One tab at a time; read only once it is ours: another tab may have sent it already.
    let _sending = sending(&meta.id).await.ok_or(None)?;
    let secret = outbox_read(&meta.id)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(None)?;
    let kept = Kept::from_json(&secret).map_err(|_| None)?;
    let headers = headers_for(kept.endpoint.as_deref(), form_endpoint, headers);
    let keys = kept.receipt_check.as_ref().and_then(|(digest, keys)| {
        Some((
            crate::office::keys::KeySet::from_json(keys).ok()?,
            digest.as_str(),
        ))
    });
    let out = delivery::Outgoing {
        id: &meta.id,
        text: &kept.payload,
        receipt_check: keys.as_ref().map(|(keys, digest)| (keys, *digest)),
    };
    match delivery::deliver(out, &kept.delivery(), &headers, pdf, lang).await {
        Delivered::Yes {
            backend_reference,
            at,
            office_receipt: _,
        } => {
            let _ = outbox_delete(&meta.id).await;
            // Its time limit counts from now, when the office received it.
            let deadline = Deadline::received_at(&at, today());
            let state = DeliveryState::Delivered {
                backend_reference,
                at,
            };
            // (A request kept by an earlier version, without its summary, is still never
            // told in full unasked: its id and kind only.)
            let summary = kept.summary.clone().unwrap_or_else(|| {
                format!(
                    r#"{{"id":{},"kind":"{}"}}"#,
                    crate::json::quote(&meta.id),
                    meta.kind.name()
                )
            });
            let told = if wants_full_payload() && !is_compact_jwe(&kept.payload) {
                Told::Payload(&kept.payload)
            } else {
                Told::Summary(&summary)
            };
            Ok(crate::event::submitted(
                &meta.reference,
                &meta.created_at,
                &state,
                told,
                &deadline,
            ))
        }
        Delivered::Refused(text) => {
            let refused = Meta {
                refused: true,
                ..meta.clone()
            };
            let _ = outbox_mark(&meta.id, &refused.to_json()).await;
            Err(Some(text))
        }
        Delivered::NotConfirmed => Err(Some(ui::OUTBOX_NOT_CONFIRMED.get(lang).to_string())),
        Delivered::Waiting => Err(None),
    }
}

/// The outbox panel: shown while requests are kept. Sends them on mount (`send_now`: on
/// opening a form, not for a request just kept) and when the browser comes back online;
/// tells the host page of each delivery (`seloste-submitted`). Says until when each is
/// kept, and which were removed unsent because that day passed.
fn outbox_view(send_now: bool) -> impl IntoView {
    let form = use_form();
    let (lang, headers, pdf, changed) = (form.lang, form.headers, form.pdf, form.outbox_changed);
    let endpoint = form.delivery.with_value(|d| d.endpoint.clone());
    let items = RwSignal::new(Vec::<Meta>::new());
    // Removed unsent, their last day past: said until the form closes.
    let gone = RwSignal::new(Vec::<Meta>::new());
    let listed = move |(live, expired): (Vec<Meta>, Vec<Meta>)| {
        items.set(live);
        // Two readings at once (on opening, the list and the sending) may both find it.
        for meta in expired {
            if gone.with_untracked(|g| g.iter().all(|m| m.id != meta.id)) {
                gone.update(|g| g.push(meta));
            }
        }
    };
    let notes = RwSignal::new(Vec::<(String, String)>::new());
    // Sent from here while the form is open: said in a status line that stays in place
    // (the panel itself hides once it is empty, and a hidden region is not read out).
    let sent = RwSignal::new(Vec::<Meta>::new());
    let busy = StoredValue::new(false);
    let root = NodeRef::<leptos::html::Section>::new();
    let refresh = move || {
        leptos::task::spawn_local(async move { listed(list().await) });
    };
    let endpoint = StoredValue::new(endpoint);
    let flush = move |only: Option<String>| {
        let endpoint = endpoint.get_value();
        if busy.get_value() {
            return;
        }
        busy.set_value(true);
        leptos::task::spawn_local(async move {
            let (live, expired) = list().await;
            listed((live.clone(), expired));
            for meta in live {
                if only.as_ref().is_some_and(|id| *id != meta.id) {
                    continue;
                }
                let result = flush_one(
                    &meta,
                    &headers.get_value(),
                    endpoint.as_deref(),
                    pdf.get_value().as_ref(),
                    lang.get_untracked(),
                    only.is_some(),
                )
                .await;
                match result {
                    Ok(detail) => {
                        if let Some(el) = root.get_untracked() {
                            device::dispatch(&el, crate::event::SUBMITTED, &detail);
                        }
                        sent.update(|s| s.push(meta.clone()));
                        notes.update(|n| n.retain(|(id, _)| *id != meta.id));
                    }
                    Err(Some(text)) => notes.update(|n| {
                        n.retain(|(id, _)| *id != meta.id);
                        n.push((meta.id.clone(), text));
                    }),
                    Err(None) => {}
                }
            }
            listed(list().await);
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
            listed(list().await);
        });
    };
    let item = move |meta: Meta| {
        let (id, id2) = (meta.id.clone(), meta.id.clone());
        let note_id = meta.id.clone();
        let refused = meta.refused;
        let made = meta.created_at.clone();
        let when = move || moment_text(&made, lang.get()).unwrap_or_default();
        let until = meta.expires.map(|d| d.finnish());
        view! {
            <li class="seloste-outbox-item">
                <p><strong>{move || meta.kind.title().get(lang.get()).to_string()}</strong> " · " {meta.reference.clone()} " · " {when}</p>
                {until.map(|d| view! { <p class="seloste-hint">{tr(ui::OUTBOX_KEPT_UNTIL, lang)} " " {d} "."</p> })}
                {move || notes.with(|n| n.iter().find(|(i, _)| *i == note_id).map(|(_, t)| t.clone()))
                    .or_else(|| refused.then(|| ui::OUTBOX_REFUSED.get(lang.get()).to_string()))
                    .map(|t| view! { <p class="seloste-error-message">{t}</p> })}
                <p class="seloste-outbox-actions">
                    <button type="button" class="seloste-button seloste-button--secondary" part="button" on:click=move |_| flush(Some(id.clone()))>{tr(ui::OUTBOX_SEND, lang)}</button>
                    " "
                    <button type="button" class="seloste-link" on:click=move |_| delete(id2.clone())>{tr(ui::OUTBOX_DELETE, lang)}</button>
                </p>
            </li>
        }
    };
    // Which requests were removed unsent, their last day past: one line, said until the
    // form closes.
    let removed = move || {
        gone.with(|g| {
            let which: Vec<String> = g
                .iter()
                .map(|m| format!("{} {}", m.kind.title().get(lang.get()), m.reference))
                .collect();
            (!which.is_empty()).then(|| {
                view! { <p class="seloste-error-message seloste-outbox-removed">{tr(ui::OUTBOX_EXPIRED, lang)} " " {which.join(", ")}</p> }
            })
        })
    };
    // Set by hand, in one change: a reactive text node was read out twice.
    let sent_ref = NodeRef::<leptos::html::P>::new();
    Effect::new(move || {
        let which: Vec<String> = sent.with(|s| {
            s.iter()
                .map(|m| format!("{} {}", m.kind.title().get(lang.get()), m.reference))
                .collect()
        });
        let line = (!which.is_empty())
            .then(|| format!("{} {}.", ui::OUTBOX_SENT.get(lang.get()), which.join(", ")));
        if let Some(p) = sent_ref.get() {
            p.set_text_content(line.as_deref());
        }
    });
    view! {
        <section class="seloste-outbox" node_ref=root hidden=move || items.with(Vec::is_empty) && gone.with(Vec::is_empty)>
            <Heading level=section_level()>{tr(ui::OUTBOX_TITLE, lang)}</Heading>
            <p>{tr(ui::OUTBOX_HELP, lang)}</p>
            <ul class="seloste-outbox-list">{move || items.get().into_iter().map(item).collect_view()}</ul>
            {removed}
        </section>
        <p class="seloste-hint seloste-outbox-sent" role="status" node_ref=sent_ref></p>
    }
}

later! {
    /// The outbox panel, from the form's later chunk: fetched only when requests are kept.
    pub(crate) fn outbox_panel(owner: Owner, send_now: bool) -> AnyView {
        owner.with(|| outbox_view(send_now).into_any())
    }
}
