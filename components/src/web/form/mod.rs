//! A request form, step by step (GOV.UK patterns): one topic per step, "check your answers"
//! with change links, then a confirmation with the reference and the legal deadline.
//!
//! The questions come from a form spec ([`crate::request::spec`]). [`RequestForm`] makes
//! the form's `controller::FormController` and provides it; every part reads it from
//! context. The first step's parts are here; check answers, the confirmation, file and
//! drawing questions and the outbox panel are made by the later chunk (`web/later/`).
//!
//! Rendering rule (the whole of `web/`): anything with state is a `view!`; static content
//! (a notice, a step's head, rich text, the error summary's list) is built with the DOM
//! builder `crate::web::dom::tree`, which costs less code per element.

pub(crate) mod choice;
pub(crate) mod controller;
pub(crate) mod error_summary;
pub(crate) mod field;
pub(crate) mod field_parts;
pub(crate) mod later_question;
pub(crate) mod outbox_place;
pub(crate) mod saved_toggle;
pub(crate) mod step;
pub(crate) mod step_head;
pub(crate) mod verified_answer;

use crate::i18n::{ui, Lang, Text};
use crate::notice::Notice;
use crate::request::flow::Stage;
use crate::request::spec::Form;
use crate::request::verified::Verified;
use crate::submit::delivery::Delivery;
use crate::web::dom::heading::{title_level, TitleLevel};
use crate::web::dom::{today, tr, unique_prefix};
use crate::web::form::outbox_place::outbox_place;
use crate::web::form::step::StepQuestions;
use crate::web::form::step_head::{step_head, StepHead};
use crate::web::platform::host::{Headers, PdfAssets};
use controller::{use_form, FormController, Setup};
use leptos::either::EitherOf3;
use leptos::prelude::*;

/// The request form of one register. `on_back` returns to the notice.
#[component]
pub fn RequestForm(
    /// The notice of the register the request is about.
    notice: Notice,
    /// The form of the kind of request ([`crate::request::spec::FormSet::form`]).
    form: Form,
    /// The interface language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// Returns to the notice; without it the first step has no way back to it.
    #[prop(into, optional)]
    on_back: Option<Callback<()>>,
    /// Where the PDF maker is served; without it the confirmation offers no PDF.
    #[prop(optional)]
    pdf: Option<PdfAssets>,
    /// How requests are delivered; "PDF only" when not given.
    #[prop(optional)]
    delivery: Option<Delivery>,
    /// Extra headers for the backend from the host page (an API key, a CSRF token).
    #[prop(optional)]
    headers: Headers,
    /// The requester's name and code, verified by the host page (JS API only).
    #[prop(default = None)]
    verified: Option<Verified>,
    /// The level of the form's page titles (1 to 5; its other headings are one below):
    /// 2 or more when the host page has its own title.
    #[prop(default = 1)]
    heading_level: u8,
) -> impl IntoView {
    provide_context(TitleLevel(heading_level.clamp(1, 5)));
    let prefix = unique_prefix(form.kind.name());
    let controller = FormController::new(Setup {
        notice,
        form,
        lang,
        pdf,
        delivery: delivery.unwrap_or_else(Delivery::pdf_only),
        headers,
        verified,
        on_back,
        prefix,
    });
    provide_context(controller);
    controller.keep_draft();
    let root = controller.root;
    view! {
        <div class="seloste-request" part="request" lang=move || lang.get().name() node_ref=root>
            {outbox_place()}
            {move || match controller.stage() {
                Stage::Step(index) => EitherOf3::A(step_page(index)),
                Stage::CheckAnswers => EitherOf3::B(view! {
                    {back_link(controller.form.with_value(|f| Some(f.steps.len())))}
                    {controller.check_page.take()}
                    <p>{delete_button()}</p>
                }),
                Stage::Done => EitherOf3::C(view! {
                    {controller.done_page.take()}
                    {back_to_notice()}
                }),
            }}
        </div>
    }
}

/// A step: back link, news, head, questions and the delete button.
fn step_page(index: usize) -> impl IntoView {
    let c = use_form();
    let (position, count) = c.form.with_value(|f| {
        c.answers
            .with_untracked(|a| crate::request::flow::position(f, a, index, today()))
    });
    let head = c.form.with_value(|f| {
        let step = &f.steps[index];
        c.notice.with_value(|n| StepHead {
            kind: f.kind,
            register_name: n.register_name.clone(),
            position,
            count,
            title: step.title.clone(),
            title_id: c.title_id(),
            level: title_level(),
            intro: (position == 1).then(|| f.intro.clone()).flatten(),
            handled_by: n
                .requests
                .handled_by
                .as_ref()
                .map(|o| o.name.clone())
                .filter(|_| position == 1),
            hint: step.hint.clone(),
        })
    });
    let status = move || {
        c.status.get().map(
            |t| view! { <p class="seloste-status" role="status">{move || t.get(c.lang.get())}</p> },
        )
    };
    view! {
        {back_link(Some(index))}
        {status}
        {step_head(head, c.lang)}
        <StepQuestions index=index/>
        <p>{delete_button()}</p>
    }
}

/// "Back" to the previous shown step, or to the notice from the first.
fn back_link(index: Option<usize>) -> Option<impl IntoView> {
    let c = use_form();
    match (index.and_then(|i| c.previous(i)), c.on_back) {
        (Some(p), _) => Some(back(ui::BACK, Box::new(move || c.go(Stage::Step(p))))),
        (None, Some(cb)) => Some(back(ui::BACK_TO_NOTICE, Box::new(move || cb.run(())))),
        (None, None) => None,
    }
}

fn back_to_notice() -> Option<impl IntoView> {
    let c = use_form();
    c.on_back
        .map(|cb| back(ui::BACK_TO_NOTICE, Box::new(move || cb.run(()))))
}

fn back(label: Text, action: Box<dyn Fn() + Send + Sync>) -> impl IntoView {
    let lang = use_form().lang;
    view! {
        <p class="seloste-back">
            <button type="button" class="seloste-link seloste-back-link" on:click=move |_| action()>
                {move || label.get(lang.get())}
            </button>
        </p>
    }
}

fn delete_button() -> impl IntoView {
    let c = use_form();
    view! {
        <button type="button" class="seloste-link seloste-delete" on:click=move |_| c.delete_answers()>
            {tr(ui::DELETE_ANSWERS, c.lang)}
        </button>
    }
}
