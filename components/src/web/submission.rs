//! Making a request from a built payload: sealing it, then delivering it as the register
//! asks (a backend through [`super::delivery`], or nothing to send for "PDF only" and
//! email), and keeping it in the outbox when it cannot be sent now. Nothing is lost: every
//! outcome leaves the sealed payload with the citizen (a receipt, the outbox, or a PDF).

use super::confirmation::{confirmation_page, receipt_detail, DeliveryState, DonePage, Receipt};
use super::delivery::{self, Delivered, Headers};
use super::device;
use super::dom::today;
use super::outbox;
use super::pdf_download::PdfAssets;
use super::request_form::{FormState, Stage};
use super::split::{later, Slot, CHUNK_FAILED};
use crate::i18n::{ui, Lang, Text};
use crate::notice::Notice;
use crate::request::build::{build, BuildError, Envelope};
use crate::request::form::Answers;
use crate::request::payload::Payload;
use crate::request::reference::{utc_timestamp, uuid_v4};
use crate::request::spec::Form;
use crate::submit::delivery::Delivery;
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

/// The form's handles: what making a request reads (answers, notice, where it goes) and
/// where its outcome shows, handed to the later chunk, which does all of the work.
#[derive(Clone, Copy)]
pub struct Outcome {
    pub state: FormState,
    pub delivery: StoredValue<Delivery>,
    pub headers: StoredValue<Headers>,
    pub root: NodeRef<leptos::html::Div>,
    pub sending: RwSignal<bool>,
    pub send_error: RwSignal<Option<String>>,
    /// A sealed request that could be neither sent nor kept: offered as a PDF.
    pub failed: RwSignal<Option<Receipt>>,
    pub outbox_changed: RwSignal<u32>,
    /// Whether "continue" returns to check answers (a question was sent back to).
    pub returning: StoredValue<bool>,
    pub done_page: Slot,
    pub notice: StoredValue<Notice>,
    pub pdf: StoredValue<Option<PdfAssets>>,
    pub mailto: StoredValue<Option<String>>,
    /// Moves the form to a stage.
    pub go: Callback<Stage>,
}

later! {
    /// Builds the request from the answers, then seals and delivers it ([`submit`]), and
    /// shows how that ended: the confirmation, the refusal with the PDF, or the question
    /// to answer again.
    pub fn make_request(outcome: Outcome) -> MakingTask {
        Box::pin(async move {
            let Some(making) = making(&outcome) else {
                outcome.sending.set(false);
                let lang = outcome.state.lang.get_untracked();
                outcome.send_error.set(Some(ui::FORM_LOAD_FAILED.get(lang).to_string()));
                return;
            };
            let Making { form, answers, notice, envelope, delivery, headers, pdf, lang } = making;
            let made = match build(&form, &answers, &notice, envelope) {
                Ok(payload) => Made::Submitted(submit(payload, &delivery, &headers, pdf.as_ref(), lang).await),
                Err(e) => Made::NotBuilt(e),
            };
            outcome.sending.set(false);
            tell(made, outcome, lang).await;
        })
    }
}

/// What the request is made of: the answers now, a fresh id and the time (`None` when the
/// browser gives no random numbers for the id).
fn making(outcome: &Outcome) -> Option<Making> {
    let state = outcome.state;
    let (date, h, m, s) = device::utc_now();
    let bytes = device::random_bytes()?;
    let lang = state.lang.get_untracked();
    let envelope = Envelope {
        id: uuid_v4(bytes),
        created_at: utc_timestamp(date, h, m, s),
        lang,
        today: today(),
        attachments: state.attachments.get_untracked(),
        identified_by: state
            .verified
            .with_value(|v| v.as_ref().map(|v| v.by.clone())),
    };
    Some(Making {
        form: state.form.get_value(),
        answers: state.answers.get_untracked(),
        notice: outcome.notice.get_value(),
        envelope,
        delivery: outcome.delivery.get_value(),
        headers: outcome.headers.get_value(),
        pdf: outcome.pdf.get_value(),
        lang,
    })
}

/// Shows how making the request ended, and tells the host page.
async fn tell(made: Made, outcome: Outcome, lang: Lang) {
    let Outcome {
        state,
        root,
        send_error,
        failed,
        ..
    } = outcome;
    match made {
        Made::Submitted(Submitted::Done(made, detail)) => {
            if let Some(el) = root.get_untracked() {
                if made.delivery == DeliveryState::Queued {
                    let told = ui::QUEUED_TITLE.get(lang);
                    device::dispatch_error(&el, Some(&made.reference), told, true);
                    outcome.outbox_changed.update(|n| *n += 1);
                } else {
                    device::dispatch(&el, crate::event::SUBMITTED, &detail);
                }
            }
            let page = confirmation_page(DonePage {
                owner: outcome.done_page.owner(),
                receipt: made,
                notice: outcome.notice.get_value(),
                lang: state.lang,
                title_id: state.input_id("title"),
                pdf: outcome.pdf.get_value(),
                mailto: outcome.mailto.get_value(),
            })
            .await;
            // The chunk is there: this cannot fail, but a failure would not be silent.
            match page {
                Ok(page) => {
                    outcome.done_page.put(page);
                    outcome.go.run(Stage::Done);
                }
                Err(_) => send_error.set(Some(CHUNK_FAILED.get(lang).to_string())),
            }
        }
        Made::Submitted(Submitted::Failed(text, payload)) => {
            if let Some(el) = root.get_untracked() {
                let reference = crate::request::reference::reference(&payload.id);
                device::dispatch_error(&el, Some(&reference), &text, false);
            }
            send_error.set(Some(text));
            failed.set(Some(Receipt::new(payload, today())));
        }
        Made::NotBuilt(BuildError::Answers(errors)) => {
            outcome.returning.set_value(true);
            let first = errors.first().map_or("", |e| e.field.as_str());
            let step = state.form.with_value(|f| f.step_of(first).unwrap_or(0));
            outcome.go.run(Stage::Step(step));
            state.errors.set(errors);
        }
        Made::NotBuilt(BuildError::Contract(e)) => send_error.set(Some(e.message(lang))),
    }
}

fn done(receipt: Receipt) -> Submitted {
    let detail = receipt_detail(&receipt);
    Submitted::Done(receipt, detail)
}

/// Seals and delivers `payload`.
async fn submit(
    mut payload: Payload,
    delivery: &Delivery,
    headers: &Headers,
    pdf: Option<&PdfAssets>,
    lang: Lang,
) -> Submitted {
    // Without WebCrypto (a page not served over HTTPS) the request is made unsealed rather
    // than not at all; its PDF then says it has no seal.
    let _ = super::seal::seal(&mut payload).await;
    if !delivery.sends() {
        return done(Receipt::new(payload, today()));
    }
    let json = serde_json::to_string(&payload).unwrap_or_default();
    match delivery::deliver(&json, delivery, headers, pdf, lang).await {
        Delivered::Yes {
            backend_reference,
            at,
        } => {
            let mut receipt = Receipt::new(payload, today());
            receipt.delivery = DeliveryState::Delivered {
                backend_reference,
                at,
            };
            done(receipt)
        }
        Delivered::Refused(text) => Submitted::Failed(text, payload),
        Delivered::Waiting => match outbox::keep(&payload, &json, delivery).await {
            Ok(()) => {
                let mut receipt = Receipt::new(payload, today());
                receipt.delivery = DeliveryState::Queued;
                done(receipt)
            }
            Err(_) => Submitted::Failed(NOT_KEPT.get(lang).to_string(), payload),
        },
    }
}
