//! Making a request from a built payload: sealing it, then delivering it as the register
//! asks (a backend through [`crate::web::later::delivery`], or nothing to send for "PDF only" and
//! email). Nothing is lost: a request for a backend is kept in the outbox before its first
//! attempt (write-ahead) and removed only when a backend confirms or refuses it, so a
//! closed tab, a crash or a lost connection at any moment leaves it there to be sent
//! later; every outcome leaves the sealed payload with the citizen (a receipt, the
//! outbox, or a PDF). "Try again" after a failure sends the same sealed request, with the
//! same id, never a new one.

use crate::i18n::{ui, Lang, Text};
use crate::notice::Notice;
use crate::request::build::{build, BuildError, Envelope};
use crate::request::flow::Stage;
use crate::request::form::Answers;
use crate::request::payload::Payload;
use crate::request::reference::{utc_timestamp, uuid_v4};
use crate::request::spec::Form;
use crate::submit::delivery::Delivery;
use crate::web::dom::today;
use crate::web::form::controller::{FormController, Unsent};
use crate::web::later::confirmation::{confirmation_page, receipt_detail, DeliveryState, Receipt};
use crate::web::later::delivery::{self, Delivered, Outgoing};
use crate::web::later::office;
use crate::web::later::outbox;
use crate::web::platform::device;
use crate::web::platform::host::Headers;
use crate::web::platform::host::PdfAssets;
use crate::web::platform::outbox_store::sending;
use crate::web::split::{later, CHUNK_FAILED};
use leptos::prelude::*;

/// How making the request ended.
pub enum Submitted {
    /// Made, delivered or queued: the confirmation shows the receipt; with the detail of
    /// the `seloste-submitted` event (made here, so that the code that writes a payload
    /// stays in the later chunk).
    Done(Receipt, String),
    /// Not delivered and not kept: what to tell the citizen, and the sealed payload to
    /// download as a PDF instead.
    Failed(String, Payload),
}

const NOT_KEPT: Text = Text::new(
    "Pyyntöä ei voitu lähettää nyt, eikä sitä voitu tallentaa tälle laitteelle myöhemmin lähetettäväksi (selaimen tallennustila ei ole käytössä). Vastauksesi ovat tallessa tällä sivulla: yritä uudelleen myöhemmin tai lataa pyyntö PDF-tiedostona.",
    "Begäran kunde inte skickas nu och inte heller sparas på enheten för att skickas senare (webbläsarens lagring är inte tillgänglig). Dina svar finns kvar på sidan: försök igen senare eller ladda ner begäran som PDF-fil.",
    "The request could not be sent now, nor kept on this device to be sent later (the browser's storage is not available). Your answers are kept on this page: try again later, or download the request as a PDF file.",
);

const NOT_ENCRYPTED: Text = Text::new(
    "Pyyntöä ei voitu salata kirjaamolle, joten sitä ei lähetetty. Vastauksesi ovat tallessa tällä sivulla: yritä uudelleen myöhemmin tai lataa pyyntö PDF-tiedostona.",
    "Begäran kunde inte krypteras till registratorskontoret, så den skickades inte. Dina svar finns kvar på sidan: försök igen senare eller ladda ner begäran som PDF-fil.",
    "The request could not be encrypted to the registry office, so it was not sent. Your answers are kept on this page: try again later, or download the request as a PDF file.",
);

/// Everything making a request needs.
struct Making {
    form: Form,
    answers: Answers,
    notice: Notice,
    envelope: Envelope,
    delivery: Delivery,
    headers: Headers,
    pdf: Option<PdfAssets>,
    lang: Lang,
}

/// How pressing "make the request" ended.
pub enum Made {
    Submitted(Submitted),
    /// The answers did not make a request (the form shows why).
    NotBuilt(BuildError),
}

/// The work of making a request, run where the later chunk is.
pub type MakingTask = std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>;

later! {
    /// Builds the request from the form's answers, then seals and delivers it ([`submit`]),
    /// and shows how that ended: the confirmation, the refusal with the PDF, or the
    /// question to answer again.
    pub fn make_request(form: FormController) -> MakingTask {
        Box::pin(async move {
            let Some(making) = making(form) else {
                form.sending.set(false);
                let lang = form.lang.get_untracked();
                form.send_error.set(Some(ui::FORM_LOAD_FAILED.get(lang).to_string()));
                return;
            };
            let Making { form: spec, answers, notice, envelope, delivery, headers, pdf, lang } = making;
            let attachments = envelope.attachments.clone();
            // The same answers after a failure: the same sealed request, sent again.
            let again = form.unsent.with_value(|u| {
                u.as_ref()
                    .filter(|u| u.answers == answers && u.attachments == attachments)
                    .map(|u| u.payload.clone())
            });
            let made = match again {
                Some(payload) => Made::Submitted(submit(payload, true, &delivery, &headers, pdf.as_ref(), &notice, lang).await),
                None => match build(&spec, &answers, &notice, envelope) {
                    Ok(payload) => Made::Submitted(submit(payload, false, &delivery, &headers, pdf.as_ref(), &notice, lang).await),
                    Err(e) => Made::NotBuilt(e),
                },
            };
            form.unsent.set_value(match &made {
                Made::Submitted(Submitted::Failed(_, payload)) => Some(Unsent {
                    answers,
                    attachments,
                    payload: payload.clone(),
                }),
                _ => None,
            });
            form.sending.set(false);
            tell(made, form, lang).await;
        })
    }
}

/// What the request is made of: the answers now, a fresh id and the time (`None` when the
/// browser gives no random numbers for the id).
fn making(form: FormController) -> Option<Making> {
    let (date, h, m, s) = device::utc_now();
    let bytes = device::random_bytes()?;
    let lang = form.lang.get_untracked();
    let envelope = Envelope {
        id: uuid_v4(bytes),
        created_at: utc_timestamp(date, h, m, s),
        lang,
        today: today(),
        attachments: form.attachments.get_untracked(),
        identified_by: form
            .verified
            .with_value(|v| v.as_ref().map(|v| v.by.clone())),
    };
    Some(Making {
        form: form.form.get_value(),
        answers: form.answers.get_untracked(),
        notice: form.notice.get_value(),
        envelope,
        delivery: form.delivery.get_value(),
        headers: form.headers.get_value(),
        pdf: form.pdf.get_value(),
        lang,
    })
}

/// Shows how making the request ended, and tells the host page.
async fn tell(made: Made, form: FormController, lang: Lang) {
    match made {
        Made::Submitted(Submitted::Done(made, detail)) => {
            if let Some(el) = form.root.get_untracked() {
                if let Some(told) = match made.delivery {
                    DeliveryState::Queued => Some(ui::QUEUED_TITLE.get(lang)),
                    DeliveryState::Unconfirmed => Some(ui::UNCONFIRMED_TITLE.get(lang)),
                    _ => None,
                } {
                    device::dispatch_error(&el, Some(&made.reference), told, true);
                    form.outbox_changed.update(|n| *n += 1);
                } else {
                    device::dispatch(&el, crate::event::SUBMITTED, &detail);
                }
            }
            let page = confirmation_page(form.done_page.owner(), made).await;
            // The chunk is there: this cannot fail, but a failure would not be silent.
            match page {
                Ok(page) => {
                    form.done_page.put(page);
                    form.go(Stage::Done);
                }
                Err(_) => form
                    .send_error
                    .set(Some(CHUNK_FAILED.get(lang).to_string())),
            }
        }
        Made::Submitted(Submitted::Failed(text, payload)) => {
            if let Some(el) = form.root.get_untracked() {
                let reference = crate::request::reference::reference(&payload.id);
                device::dispatch_error(&el, Some(&reference), &text, false);
            }
            form.send_error.set(Some(text));
            form.failed.set(Some(Receipt::new(payload, today())));
        }
        Made::NotBuilt(BuildError::Answers(errors)) => form.answers_refused(errors),
        Made::NotBuilt(BuildError::Contract(e)) => {
            // The citizen is told in words; the members in error are for the site's staff.
            let detail = e.detail();
            web_sys::console::error_1(&format!("seloste: {detail}").into());
            if let Some(el) = form.root.get_untracked() {
                device::dispatch_error(&el, None, &detail, false);
            }
            form.send_error.set(Some(e.message(lang)));
        }
    }
}

fn done(receipt: Receipt) -> Submitted {
    let detail = receipt_detail(&receipt);
    Submitted::Done(receipt, detail)
}

fn receipt(payload: Payload, state: DeliveryState) -> Submitted {
    done(Receipt::new(payload, today()).delivered_as(state, today()))
}

/// Seals `payload` (unless `sealed`: a request sent again) and delivers it, keeping it in
/// the outbox from before the first attempt until the backend confirms or refuses it (or
/// for as long as the notice keeps unsent requests).
async fn submit(
    mut payload: Payload,
    sealed: bool,
    delivery: &Delivery,
    headers: &Headers,
    pdf: Option<&PdfAssets>,
    notice: &Notice,
    lang: Lang,
) -> Submitted {
    // Without WebCrypto (a page not served over HTTPS) the request is made unsealed rather
    // than not at all; its PDF then says it has no seal.
    if !sealed {
        let _ = crate::web::later::seal::seal(&mut payload).await;
    }
    if !delivery.sends() {
        return done(Receipt::new(payload, today()));
    }
    let json = serde_json::to_string(&payload).unwrap_or_default();
    // The office's keys: with an encryption key, only the JWE leaves the form, and only the
    // JWE is kept in the outbox; with a signing key, the backend's receipt is checked.
    let keys = match office::keys_of(notice).await {
        Ok(keys) => keys,
        Err(e) => {
            office::staff_note(&format!("{e:?}"));
            return Submitted::Failed(NOT_ENCRYPTED.get(lang).to_string(), payload);
        }
    };
    let encrypts = keys
        .as_ref()
        .filter(|k| k.for_use(crate::office::keys::KeyUse::Encryption).is_ok());
    let sent = match encrypts {
        Some(keys) => match office::encrypt(keys, &json).await {
            Ok(jwe) => jwe,
            Err(e) => {
                office::staff_note(&format!("{e:?}"));
                return Submitted::Failed(NOT_ENCRYPTED.get(lang).to_string(), payload);
            }
        },
        None => json,
    };
    let digest = payload.seal.as_ref().map(|s| s.digest.clone());
    let receipt_check = keys.as_ref().zip(digest.as_deref());
    // Only one tab sends a request at a time: another tab's outbox passes it by meanwhile.
    let Some(_sending) = sending(&payload.id).await else {
        // Another tab's outbox is sending this very request (sent again, kept earlier).
        return receipt(payload, DeliveryState::Queued);
    };
    let days = notice.requests.outbox_days;
    let kept = outbox::keep(&payload, &sent, delivery, days, receipt_check)
        .await
        .is_ok();
    let out = Outgoing {
        id: &payload.id,
        text: &sent,
        receipt_check,
    };
    let delivered = delivery::deliver(out, delivery, headers, pdf, lang).await;
    let settled = matches!(delivered, Delivered::Yes { .. } | Delivered::Refused(_));
    if kept && settled {
        outbox::forget(&payload.id).await;
    }
    match delivered {
        Delivered::Yes {
            backend_reference,
            at,
            office_receipt,
        } => {
            let state = DeliveryState::Delivered {
                backend_reference,
                at,
            };
            done(
                Receipt::new(payload, today())
                    .delivered_as(state, today())
                    .with_office_receipt(office_receipt, today()),
            )
        }
        Delivered::Refused(text) => Submitted::Failed(text, payload),
        Delivered::Waiting if kept => receipt(payload, DeliveryState::Queued),
        Delivered::NotConfirmed if kept => receipt(payload, DeliveryState::Unconfirmed),
        Delivered::Waiting | Delivered::NotConfirmed => {
            Submitted::Failed(NOT_KEPT.get(lang).to_string(), payload)
        }
    }
}
