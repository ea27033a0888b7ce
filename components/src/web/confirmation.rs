//! The confirmation page (GOV.UK pattern): the reference, when the answer is due, where the
//! request goes, and the request to keep.

use super::dom::download;
use super::dom::tr;
use super::pdf_download::{PdfAssets, PdfDownload};
use crate::i18n::{ui, Lang};
use crate::id::Date;
use crate::notice::Notice;
use crate::request::payload::Payload;
use crate::request::reference::{reference, Deadline};
use leptos::prelude::*;

/// A made request: what the host page receives in `seloste-submitted` and what the
/// confirmation shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Receipt {
    pub reference: String,
    pub deadline: Deadline,
    pub payload: Payload,
}

fn iso((y, m, d): Date) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn finnish((y, m, d): Date) -> String {
    format!("{d}.{m}.{y}")
}

impl Receipt {
    pub fn new(payload: Payload) -> Receipt {
        let date = &payload.created_at;
        let part =
            |r: std::ops::Range<usize>| date.get(r).and_then(|p| p.parse().ok()).unwrap_or(1);
        let received = (part(0..4) as u16, part(5..7) as u8, part(8..10) as u8);
        Receipt {
            reference: reference(&payload.id),
            deadline: Deadline::from_received(received),
            payload,
        }
    }

    /// The `detail` of the `seloste-submitted` event, as JSON.
    pub fn detail_json(&self) -> String {
        #[derive(serde::Serialize)]
        struct Detail<'a> {
            reference: &'a str,
            created_at: &'a str,
            deadline: Deadline<'a>,
            payload: &'a Payload,
        }
        #[derive(serde::Serialize)]
        struct Deadline<'a> {
            answer_by: &'a str,
            extended_by: &'a str,
        }
        let (answer_by, extended_by) =
            (iso(self.deadline.answer_by), iso(self.deadline.extended_by));
        serde_json::to_string(&Detail {
            reference: &self.reference,
            created_at: &self.payload.created_at,
            deadline: Deadline {
                answer_by: &answer_by,
                extended_by: &extended_by,
            },
            payload: &self.payload,
        })
        .unwrap_or_default()
    }
}

#[component]
pub fn Confirmation(
    receipt: Option<Receipt>,
    notice: Notice,
    lang: Signal<Lang>,
    title_id: String,
    pdf: Option<PdfAssets>,
) -> impl IntoView {
    let receipt = receipt?;
    let pdf =
        pdf.map(|assets| view! { <PdfDownload receipt=receipt.clone() assets=assets lang=lang/> });
    let office = notice
        .requests
        .handled_by
        .clone()
        .unwrap_or(notice.controller.clone());
    let (answer_by, extended_by) = (
        finnish(receipt.deadline.answer_by),
        finnish(receipt.deadline.extended_by),
    );
    let file_name = format!("pyynto-{}.json", receipt.reference);
    let json = serde_json::to_string(&receipt.payload).unwrap_or_default();
    Some(view! {
        <div class="seloste-panel">
            <h1 id=title_id tabindex="-1">{tr(ui::DONE_TITLE, lang)}</h1>
            <p>{tr(ui::REFERENCE, lang)} <br/><strong class="seloste-reference">{receipt.reference.clone()}</strong></p>
        </div>
        <h2>{tr(ui::DEADLINE_TITLE, lang)}</h2>
        <p>{tr(ui::DEADLINE, lang)} " " <strong>{answer_by}</strong> "."</p>
        <p>{tr(ui::DEADLINE_EXTENSION, lang)} " " {extended_by} ". " {tr(ui::DEADLINE_EXTENSION_NOTICE, lang)}</p>
        <p>{tr(ui::GOES_TO, lang)} " " <strong>{office.name.clone()}</strong></p>
        {pdf}
        <p>
            <button type="button" class="seloste-button seloste-button--secondary" on:click=move |_| download(&file_name, &json.as_str().into(), "application/json")>
                {tr(ui::SAVE_REQUEST, lang)}
            </button>
        </p>
    })
}
