//! Sending a sealed request to the register's backend: the body of its adapter
//! ([`crate::submit::encode`]), the `Idempotency-Key` (the request's id, so a retry after a
//! lost answer is stored once), the host page's extra headers, a timeout, and retries with
//! full-jitter backoff ([`crate::submit::retry`]) until it is delivered, refused, or
//! given up. Redirects are not followed (`redirect: "manual"`): an answer that is not the
//! backend's own to the POST that was sent never counts as a delivery.

use crate::i18n::Lang;
use crate::office::encrypted::is_compact_jwe;
use crate::office::keys::KeySet;
use crate::office::receipt::OfficeReceipt;
use crate::request::reference::reference;
use crate::submit::delivery::{
    backend_receipt, backend_reference, refusal_message, refused_text, Delivery,
};
use crate::submit::encode::{self, Adapter, Head};
use crate::submit::retry::{Attempt, Backoff, Decision};
use crate::web::later::pdf_download::pdf_bytes;
use crate::web::platform::device;
use crate::web::platform::host::{Headers, PdfAssets};
use js_sys::{Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long one attempt may take before it counts as no answer.
const TIMEOUT_MS: u32 = 15_000;

/// How one round of sending ended.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Sent {
    Delivered {
        backend_reference: Option<String>,
        receipt: Option<String>,
    },
    /// A 4xx other than 408/429: sending again would get the same answer.
    Refused { status: u16, said: Option<String> },
    /// Offline, or the backend kept failing: keep it in the outbox.
    NotSent,
    /// The backend answered with a redirect: sent, but not confirmed.
    NotConfirmed,
}

/// How delivering a request ended: the one answer the form and the outbox both act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Delivered {
    /// The backend has it, since `at`; with its own reference if it gave one, and the
    /// office's signed receipt, checked, when the notice names the office's keys.
    Yes {
        backend_reference: Option<String>,
        at: String,
        office_receipt: Option<OfficeReceipt>,
    },
    /// The backend refused it: what to tell the citizen, with the backend's own words.
    Refused(String),
    /// Not sent now (offline, or the backend kept failing): it waits in the outbox.
    Waiting,
    /// Sent, but the answer does not confirm it was received (a redirect): it waits in the
    /// outbox, to be sent again under the same key.
    NotConfirmed,
}

/// What leaves the form: the request `id`'s sealed JSON text, or its JWE when it is
/// encrypted to the office; and, when the notice names the office's keys, what its receipt
/// is checked with (the keys and the seal's digest).
pub struct Outgoing<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub receipt_check: Option<(&'a KeySet, &'a str)>,
}

/// Delivers a request as `delivery` says: with its PDF for the multipart adapter (not when
/// it is encrypted: the PDF holds the request in clear), retrying as [`Backoff`] decides.
pub async fn deliver(
    out: Outgoing<'_>,
    delivery: &Delivery,
    headers: &Headers,
    pdf: Option<&PdfAssets>,
    lang: Lang,
) -> Delivered {
    let encrypted = is_compact_jwe(out.text);
    // Of the adapters that send, only multipart carries the PDF (`Delivery::makes_pdf`).
    let file = match pdf {
        Some(assets) if delivery.sends() && delivery.makes_pdf(encrypted) => {
            pdf_bytes(assets, out.text, lang)
                .await
                .ok()
                .map(|(bytes, _)| bytes)
        }
        _ => None,
    };
    match send(out.id, out.text, delivery, headers, file).await {
        Sent::Delivered {
            backend_reference,
            receipt,
        } => {
            let office_receipt = match (receipt, out.receipt_check) {
                (Some(jws), Some((keys, digest))) => {
                    Some(crate::web::later::office::check_receipt(keys, jws, out.id, digest).await)
                }
                _ => None,
            };
            Delivered::Yes {
                backend_reference,
                at: office_receipt
                    .as_ref()
                    .and_then(|r| r.received_at().map(str::to_string))
                    .unwrap_or_else(device::utc_now_text),
                office_receipt,
            }
        }
        Sent::Refused { status, said } => {
            staff_note(&format!(
                "the backend refused the request with status {status}"
            ));
            Delivered::Refused(refused_text(said.as_deref(), lang))
        }
        Sent::NotSent => Delivered::Waiting,
        Sent::NotConfirmed => {
            staff_note(
                "the backend answered with a redirect, which is not followed: the request is kept and sent again; give requests.endpoint the address that stores them",
            );
            Delivered::NotConfirmed
        }
    }
}

/// What went wrong, for the site's staff (in the console, never on the page).
fn staff_note(text: &str) {
    web_sys::console::warn_1(&format!("seloste: delivery: {text}").into());
}

fn sleep(ms: u64) -> JsFuture {
    JsFuture::from(Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                ms.min(i32::MAX as u64) as i32,
            );
        }
    }))
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// A random number in [0, 1) for the jitter.
fn jitter() -> f64 {
    device::random_bytes().map_or(0.5, |b| {
        f64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])) / 4_294_967_296.0
    })
}

/// What one POST got.
enum Answer {
    /// No answer came (offline, a dropped connection, the timeout).
    None,
    /// A redirect, which `redirect: "manual"` leaves unfollowed and opaque.
    Redirect,
    /// The status, `Retry-After` and body text.
    Response(u16, Option<String>, String),
}

/// One POST, never following a redirect.
async fn post(
    url: &str,
    content_type: &str,
    body: &JsValue,
    key: &str,
    extra: &[(String, String)],
) -> Answer {
    post_once(url, content_type, body, key, extra)
        .await
        .unwrap_or(Answer::None)
}

async fn post_once(
    url: &str,
    content_type: &str,
    body: &JsValue,
    key: &str,
    extra: &[(String, String)],
) -> Option<Answer> {
    let headers = web_sys::Headers::new().ok()?;
    for (name, value) in extra {
        headers.append(name, value).ok()?;
    }
    headers.append("Content-Type", content_type).ok()?;
    headers.append("Idempotency-Key", key).ok()?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(body);
    init.set_redirect(web_sys::RequestRedirect::Manual);
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS)));
    let request = web_sys::Request::new_with_str_and_init(url, &init).ok()?;
    let response = JsFuture::from(web_sys::window()?.fetch_with_request(&request))
        .await
        .ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if response.type_() == web_sys::ResponseType::Opaqueredirect {
        return Some(Answer::Redirect);
    }
    let retry_after = response.headers().get("Retry-After").ok().flatten();
    let text = match response.text() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|t| t.as_string()),
        Err(_) => None,
    };
    Some(Answer::Response(
        response.status(),
        retry_after,
        text.unwrap_or_default(),
    ))
}

/// Sends request `id` (its sealed JSON text, or its JWE) as `delivery` says, retrying as
/// [`Backoff`] decides. `pdf` is the request's PDF for the multipart adapter.
async fn send(
    id: &str,
    request: &str,
    delivery: &Delivery,
    extra: &[(String, String)],
    pdf: Option<Vec<u8>>,
) -> Sent {
    let Some(url) = delivery.endpoint.as_deref() else {
        return Sent::NotSent;
    };
    let boundary = || {
        format!(
            "seloste-{}",
            device::random_bytes()
                .map(|b| b.iter().map(|x| format!("{x:02x}")).collect::<String>())
                .unwrap_or_else(|| id.replace('-', ""))
        )
    };
    let (content_type, body) = if is_compact_jwe(request) {
        match encode::encrypted_body(delivery.adapter, id, request, &boundary()) {
            Some((content_type, bytes)) => {
                (content_type, Uint8Array::from(bytes.as_slice()).into())
            }
            None => return Sent::NotSent,
        }
    } else {
        let Some(head) = Head::of_json(request) else {
            return Sent::NotSent;
        };
        let json = request;
        match delivery.adapter {
            Adapter::Json => ("application/json".to_string(), JsValue::from_str(json)),
            Adapter::FormUrlencoded => (
                "application/x-www-form-urlencoded".to_string(),
                JsValue::from_str(&encode::form_body(&head, json)),
            ),
            Adapter::Multipart => {
                let name = format!("pyynto-{}.pdf", reference(&head.id));
                let pdf = pdf.as_deref().map(|bytes| (name.as_str(), bytes));
                let (content_type, bytes) = encode::multipart_body(json, pdf, &boundary());
                (content_type, Uint8Array::from(bytes.as_slice()).into())
            }
            Adapter::Mailto | Adapter::PdfOnly => return Sent::NotSent,
        }
    };
    let backoff = Backoff::default();
    let mut attempt = 1;
    loop {
        if !online() {
            return Sent::NotSent;
        }
        let answer = post(url, &content_type, &body, id, extra).await;
        let (got, text) = match &answer {
            Answer::Response(status, retry_after, text) => (
                Attempt::Response {
                    status: *status,
                    retry_after: retry_after.as_deref(),
                },
                text.as_str(),
            ),
            Answer::Redirect => (Attempt::Redirected, ""),
            Answer::None => (Attempt::NoResponse, ""),
        };
        let now = (js_sys::Date::now() / 1000.0) as i64;
        match backoff.decide(attempt, &got, jitter(), now) {
            Decision::Delivered | Decision::AlreadyReceived => {
                return Sent::Delivered {
                    backend_reference: backend_reference(text),
                    receipt: backend_receipt(text),
                }
            }
            Decision::NotConfirmed => return Sent::NotConfirmed,
            Decision::Refused(status) => {
                return Sent::Refused {
                    status,
                    said: refusal_message(text),
                }
            }
            Decision::GiveUp => return Sent::NotSent,
            Decision::RetryIn(ms) => {
                let _ = sleep(ms).await;
                attempt += 1;
            }
        }
    }
}
