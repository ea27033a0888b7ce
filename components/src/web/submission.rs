//! Making a request from a built payload: sealing it, then delivering it as the register
//! asks (a backend through [`super::delivery`], or nothing to send for "PDF only" and
//! email), and keeping it in the outbox when it cannot be sent now. Nothing is lost: every
//! outcome leaves the sealed payload with the citizen (a receipt, the outbox, or a PDF).

use super::confirmation::{DeliveryState, Receipt};
use super::delivery::{self, Headers, Sent};
use super::device;
use super::outbox;
use super::pdf_download::{pdf_bytes, PdfAssets};
use super::split::later;
use crate::i18n::{Lang, Text};
use crate::notice::Notice;
use crate::request::build::{build, BuildError, Envelope};
use crate::request::form::Answers;
use crate::request::payload::Payload;
use crate::request::spec::Form;
use crate::submit::delivery::{refused_text, Delivery};
use crate::submit::encode::Adapter;

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

/// Everything making a request needs, handed over to the form's later chunk.
pub struct Making {
    pub form: Form,
    pub answers: Answers,
    pub notice: Notice,
    pub envelope: Envelope,
    pub delivery: Delivery,
    pub headers: Headers,
    pub pdf: Option<PdfAssets>,
    pub lang: Lang,
}

/// How pressing "make the request" ended.
pub enum Made {
    Submitted(Submitted),
    /// The answers did not make a request (the form shows why).
    NotBuilt(BuildError),
}

/// The work of making a request, run where the later chunk is.
pub type MakingTask = std::pin::Pin<Box<dyn std::future::Future<Output = Made>>>;

later! {
    /// Builds the request from the answers, then seals and delivers it ([`submit`]).
    pub fn make_request(making: Making) -> MakingTask {
        Box::pin(async move {
            let Making { form, answers, notice, envelope, delivery, headers, pdf, lang } = making;
            match build(&form, &answers, &notice, envelope) {
                Ok(payload) => Made::Submitted(submit(payload, &delivery, &headers, pdf.as_ref(), lang).await),
                Err(e) => Made::NotBuilt(e),
            }
        })
    }
}

fn done(receipt: Receipt) -> Submitted {
    let detail = receipt.detail_json();
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
        return done(Receipt::new(payload));
    }
    let json = serde_json::to_string(&payload).unwrap_or_default();
    let file = match (delivery.adapter, pdf) {
        (Adapter::Multipart, Some(assets)) => pdf_bytes(assets, &json, lang)
            .await
            .ok()
            .map(|(bytes, _)| bytes),
        _ => None,
    };
    match delivery::send(&json, delivery, headers, file).await {
        Sent::Delivered { backend_reference } => {
            let mut receipt = Receipt::new(payload);
            receipt.delivery = DeliveryState::Delivered {
                backend_reference,
                at: device::utc_now_text(),
            };
            done(receipt)
        }
        Sent::Refused { status, said } => {
            Submitted::Failed(refused_text(status, said.as_deref(), lang), payload)
        }
        Sent::NotSent => match outbox::keep(&payload, &json, delivery).await {
            Ok(()) => {
                let mut receipt = Receipt::new(payload);
                receipt.delivery = DeliveryState::Queued;
                done(receipt)
            }
            Err(_) => Submitted::Failed(NOT_KEPT.get(lang).to_string(), payload),
        },
    }
}
