//! The confirmation page (GOV.UK pattern): the reference, when the answer is due, where the
//! request goes, and the request to keep.

use crate::after::calendar::{self, deadline_calendar};
use crate::after::kept::words;
use crate::event::Told;
use crate::i18n::ui;
use crate::office::receipt::OfficeReceipt;
use crate::web::dom::download;
use crate::web::dom::heading::{section_level, title_level, Heading};
use crate::web::dom::tr;
use crate::web::form::controller::use_form;
use crate::web::later::mail::mail_section;
use crate::web::later::my_requests::keep_place;
use crate::web::later::pdf_download::PdfDownload;
use crate::web::platform::device::when_online;
use crate::web::platform::host::wants_full_payload;
use crate::web::split::{later, Slot};
use leptos::prelude::*;

pub use crate::request::receipt::{DeliveryState, Receipt};

/// The `detail` of the `seloste-submitted` event for a receipt, as JSON: with the whole
/// payload (written here, in the later chunk) only where the host page asked for it.
pub fn receipt_detail(receipt: &Receipt) -> String {
    if wants_full_payload() {
        let json = serde_json::to_string(&receipt.payload).unwrap_or_default();
        crate::event::receipt(receipt, Told::Payload(&json))
    } else {
        let summary = crate::event::summary(&receipt.payload);
        crate::event::receipt(receipt, Told::Summary(&summary))
    }
}

fn confirmation(receipt: Receipt) -> impl IntoView {
    let state = use_form();
    let (lang, title_id, pdf, mailto) = (
        state.lang,
        state.title_id(),
        state.pdf.get_value(),
        state.mailto(),
    );
    let notice = state.notice.get_value();
    let mail = mailto.map(|to| mail_section(&receipt, &to, notice.clone(), lang));
    let (title, panel) = match &receipt.delivery {
        DeliveryState::Made => (ui::DONE_TITLE, "seloste-panel"),
        DeliveryState::Delivered { .. } => (ui::DELIVERED_TITLE, "seloste-panel"),
        DeliveryState::Queued => (ui::QUEUED_TITLE, "seloste-panel seloste-panel--queued"),
        DeliveryState::Unconfirmed => {
            (ui::UNCONFIRMED_TITLE, "seloste-panel seloste-panel--queued")
        }
    };
    let status = match receipt.delivery.clone() {
        DeliveryState::Delivered { backend_reference, at } => Some(view! {
            <p>{tr(ui::RECEIVED_AT, lang)} " " {move || crate::deadline::moment_text(&at, lang.get()).unwrap_or_default()}</p>
            {backend_reference.map(|r| view! { <p>{tr(ui::BACKEND_REFERENCE, lang)} " " <strong class="seloste-backend-reference">{r}</strong></p> })}
        }.into_any()),
        DeliveryState::Queued => Some(view! { <p>{tr(ui::QUEUED_HELP, lang)}</p> }.into_any()),
        DeliveryState::Unconfirmed => Some(view! { <p>{tr(ui::UNCONFIRMED_HELP, lang)}</p> }.into_any()),
        DeliveryState::Made => None,
    };
    // The office's signed receipt: verified or why not, and kept as a file either way.
    let office_receipt = receipt.office_receipt.clone().map(|signed| {
        let name = format!("kirjaamon-kuitti-{}.jws", receipt.reference);
        let said = match &signed {
            OfficeReceipt::Verified { .. } => view! {
                <p class="seloste-office-receipt seloste-office-receipt--verified">{tr(ui::OFFICE_RECEIPT_VERIFIED, lang)}</p>
            }.into_any(),
            OfficeReceipt::NotVerified { why, .. } => {
                let why = why.clone();
                view! {
                    <p class="seloste-office-receipt seloste-office-receipt--failed" role="alert">
                        {tr(ui::OFFICE_RECEIPT_NOT_VERIFIED, lang)} " " {move || why.for_citizen(lang.get())}
                    </p>
                }.into_any()
            }
        };
        let jws = signed.jws().to_string();
        view! {
            {said}
            <p>
                <button type="button" class="seloste-button seloste-button--secondary" part="button" on:click=move |_| download(&name, &jws.as_str().into(), "application/jose")>
                    {tr(ui::SAVE_OFFICE_RECEIPT, lang)}
                </button>
            </p>
        }
    });
    let receipt_name = format!("kuitti-{}.json", receipt.reference);
    let receipt_json = receipt_detail(&receipt);
    let save_receipt = matches!(receipt.delivery, DeliveryState::Delivered { .. }).then(|| view! {
        <p>
            <button type="button" class="seloste-button seloste-button--secondary" part="button" on:click=move |_| download(&receipt_name, &receipt_json.as_str().into(), "application/json")>
                {tr(ui::SAVE_RECEIPT, lang)}
            </button>
        </p>
    });
    let pdf_for_letters = pdf.clone();
    let pdf =
        pdf.map(|assets| view! { <PdfDownload receipt=receipt.clone() assets=assets lang=lang/> });
    let office = notice
        .requests
        .handled_by
        .clone()
        .unwrap_or(notice.controller.clone());
    let (answer_by, extended_by) = (
        receipt.deadline.answer_by.finnish(),
        receipt.deadline.extended_by.finnish(),
    );
    let calendar_name = format!("maaraajat-{}.ics", receipt.reference);
    // Written when pressed, in the language shown then.
    let receipt_for_calendar = receipt.clone();
    // "Keep on this device" and the list, built with the DOM builder.
    let (keep_host, level) = (NodeRef::<leptos::html::Div>::new(), section_level());
    let receipt_to_keep = receipt.clone();
    let keep_slot = Slot::new();
    keep_host.on_load(move |el| {
        let el: web_sys::Element = el.into();
        // Offline (the request waits in the outbox), the chunk is fetched when the
        // connection returns.
        when_online(move || {
            leptos::task::spawn_local(async move {
                let placed = keep_place(
                    keep_slot.owner(),
                    el.clone(),
                    receipt_to_keep,
                    lang,
                    level,
                    pdf_for_letters,
                )
                .await;
                if placed.is_err() {
                    let p = document().create_element("p");
                    if let Ok(p) = p {
                        let _ = p.set_attribute("role", "alert");
                        p.set_text_content(Some(words::NOT_LOADED.get(lang.get_untracked())));
                        let _ = el.append_child(&p);
                    }
                }
            });
        });
    });
    let calendar_hint = state.input_id("calendar-hint");
    let file_name = format!("pyynto-{}.json", receipt.reference);
    let json = serde_json::to_string(&receipt.payload).unwrap_or_default();
    Some(view! {
        <div class=panel>
            <Heading level=title_level() id=title_id>{tr(title, lang)}</Heading>
            <p>{tr(ui::REFERENCE, lang)} <br/><strong class="seloste-reference">{receipt.reference.clone()}</strong></p>
        </div>
        {status}
        {office_receipt}
        <Heading level=section_level()>{tr(ui::DEADLINE_TITLE, lang)}</Heading>
        <p>{tr(ui::DEADLINE, lang)} " " <strong>{answer_by}</strong> "."</p>
        <p>{tr(ui::DEADLINE_EXTENSION, lang)} " " {extended_by} ". " {tr(ui::DEADLINE_EXTENSION_NOTICE, lang)}</p>
        <p class="seloste-hint">{tr(ui::DEADLINE_WORKING_DAY, lang)}</p>
        <p class="seloste-calendar">
            <button type="button" class="seloste-button seloste-button--secondary" part="button" aria-describedby=calendar_hint.clone() on:click=move |_| download(&calendar_name, &deadline_calendar(&receipt_for_calendar, lang.get_untracked()).as_str().into(), calendar::MEDIA_TYPE)>
                {tr(ui::ADD_TO_CALENDAR, lang)}
            </button>
            <br/><span class="seloste-hint" id=calendar_hint>{tr(ui::CALENDAR_HINT, lang)}</span>
        </p>
        <div node_ref=keep_host></div>
        <p>
            {tr(ui::GOES_TO, lang)} " " <strong>{office.name.clone()}</strong>
            // Where to deliver a printed request, when the notice says.
            {office.address.clone().map(|a| view! { <br/>{a} })}
            {office.email.clone().map(|e| view! { <br/>{e} })}
        </p>
        {mail}
        {pdf}
        {save_receipt}
        <p>
            <button type="button" class="seloste-button seloste-button--secondary" part="button" on:click=move |_| download(&file_name, &json.as_str().into(), "application/json")>
                {tr(ui::SAVE_REQUEST, lang)}
            </button>
        </p>
    })
}

later! {
    /// The confirmation page, from the form's later chunk.
    pub(crate) fn confirmation_page(owner: Owner, receipt: Receipt) -> AnyView {
        owner.with(|| confirmation(receipt).into_any())
    }
}
