//! A request form, step by step (GOV.UK patterns): one topic per step, "check your answers"
//! with change links, then a confirmation with the reference and the legal deadline.
//!
//! The questions come from a form spec ([`crate::request::spec`]); this view holds the
//! state, moves between steps and keeps a draft in the tab's session storage. Each stage
//! is its own view: [`super::request_step`], [`super::check_answers`], [`super::confirmation`].

use super::check_answers::{check_answers_page, CheckPage};
use super::confirmation::Receipt;
use super::delivery::Headers;
use super::dom::tr;
use super::dom::{focus_next_frame, today, unique_prefix};
use super::draft::{self, Draft};
use super::heading::{title_level, TitleLevel};
use super::outbox::outbox_place;
use super::pdf_download::PdfAssets;
use super::request_step::{focus_field, StepQuestions};
use super::split::{fetch_later_chunk, Slot, CHUNK_FAILED};
use super::step_head::{caption_text, step_head, StepHead};
use super::submission::{make_request, Outcome};
use crate::i18n::{ui, Lang, Text};
use crate::notice::Notice;
use crate::request::form::{initial_answers, Answers, FieldError};
use crate::request::payload::Attachment;
use crate::request::spec::Form;
use crate::request::verified::Verified;
use crate::submit::delivery::Delivery;
use leptos::either::EitherOf3;
use leptos::prelude::*;

/// Where the citizen is in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Stage {
    /// A step, by index into the form's steps.
    Step(usize),
    CheckAnswers,
    Done,
}

/// The state every stage of a form shares.
#[derive(Clone, Copy)]
pub(super) struct FormState {
    pub form: StoredValue<Form>,
    pub answers: RwSignal<Answers>,
    pub errors: RwSignal<Vec<FieldError>>,
    pub attachments: RwSignal<Vec<Attachment>>,
    pub lang: Signal<Lang>,
    pub prefix: StoredValue<String>,
    /// The requester's identity as the host page verified it; its questions are locked.
    pub verified: StoredValue<Option<Verified>>,
}

impl FormState {
    /// Whether a question is answered by the host's verified identity (shown, not editable).
    pub fn locked(&self, field_id: &str) -> bool {
        Verified::locks(field_id) && self.verified.with_value(Option::is_some)
    }

    /// The element id of a question's input.
    pub fn input_id(&self, field_id: &str) -> String {
        format!("{}-{field_id}", self.prefix.get_value())
    }

    /// The first shown step after `index` (or before it, going back).
    fn neighbour(&self, index: usize, forward: bool) -> Option<usize> {
        self.form.with_value(|form| {
            self.answers.with_untracked(|a| {
                let shown = |i: &usize| form.steps[*i].is_shown(a, today());
                if forward {
                    (index + 1..form.steps.len()).find(shown)
                } else {
                    (0..index).rev().find(shown)
                }
            })
        })
    }
}

/// The request form of one register. `on_back` returns to the notice.
#[component]
pub fn RequestForm(
    notice: Notice,
    form: Form,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into, optional)] on_back: Option<Callback<()>>,
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
    let kind = form.kind;
    let draft_key = StoredValue::new(draft::key(&notice.id, kind.name()));
    let mut fresh = initial_answers(&form, lang.get_untracked(), today());
    if let Some(v) = &verified {
        v.apply(&mut fresh);
    }
    let opened = draft_key.with_value(|k| draft::open(k, &form, &fresh, verified.as_ref()));
    let status = RwSignal::new(opened.told);
    let (answers, first_stage) = (opened.answers, Stage::Step(opened.step));
    let state = FormState {
        form: StoredValue::new(form),
        answers: RwSignal::new(answers),
        errors: RwSignal::new(Vec::new()),
        attachments: RwSignal::new(Vec::new()),
        lang,
        prefix: StoredValue::new(unique_prefix(kind.name())),
        verified: StoredValue::new(verified),
    };
    let stage = RwSignal::new(first_stage);
    // Views of the later stages, made by the form's later chunk (see `split`).
    let check_page = Slot::new();
    let done_page = Slot::new();
    let send_error = RwSignal::new(None::<String>);
    let sending = RwSignal::new(false);
    let pdf = StoredValue::new(pdf);
    let mailto = delivery
        .as_ref()
        .filter(|d| d.adapter == crate::submit::encode::Adapter::Mailto)
        .and_then(|d| d.mailto.clone());
    let mailto = StoredValue::new(mailto);
    let delivery = StoredValue::new(delivery.unwrap_or_else(Delivery::pdf_only));
    let headers = StoredValue::new(headers);
    // A sealed request that could be neither sent nor kept: offered as a PDF.
    let failed = RwSignal::new(None::<Receipt>);
    let outbox_changed = RwSignal::new(0u32);
    let returning = StoredValue::new(false);
    let root = NodeRef::<leptos::html::Div>::new();
    let notice = StoredValue::new(notice);
    let fresh = StoredValue::new(fresh);

    // Keep the draft in this tab while the form is in progress.
    Effect::new(move || {
        let answers = state.answers.get();
        match stage.get() {
            Stage::Step(step) => draft_key.with_value(|k| draft::save(k, &Draft { answers, step })),
            Stage::CheckAnswers => {
                let step = state.form.with_value(|f| f.steps.len().saturating_sub(1));
                draft_key.with_value(|k| draft::save(k, &Draft { answers, step }))
            }
            Stage::Done => draft_key.with_value(|k| draft::delete(k)),
        }
    });

    let title_id = state.input_id("title");
    let caption = move || notice.with_value(|n| caption_text(kind, &n.register_name, lang.get()));
    let go = move |next: Stage| {
        state.errors.set(Vec::new());
        send_error.set(None);
        stage.set(next);
        let id = state.input_id("title");
        focus_next_frame(move || {
            let el = root
                .get()?
                .query_selector(&format!("[id=\"{id}\"]"))
                .ok()??;
            wasm_bindgen::JsCast::dyn_into(el).ok()
        });
    };
    let first_error_step = move |errors: &[FieldError]| {
        let id = errors.first().map_or("", |e| e.field.as_str());
        state.form.with_value(|f| f.step_of(id).unwrap_or(0))
    };
    let change = move |field_id: String| {
        returning.set_value(true);
        let step = state.form.with_value(|f| f.step_of(&field_id).unwrap_or(0));
        state.errors.set(Vec::new());
        stage.set(Stage::Step(step));
        focus_field(root, state.input_id(&field_id));
    };
    let delete_answers = move || {
        state.answers.set(fresh.get_value());
        state.attachments.set(Vec::new());
        returning.set_value(false);
        draft_key.with_value(|k| draft::delete(k));
        go(Stage::Step(0));
        status.set(Some(ui::ANSWERS_DELETED));
    };
    // Made here, under the form's owner, so that it lives as long as the form.
    let go_to = Callback::new(go);
    let send = move || {
        if sending.get_untracked() {
            return;
        }
        let l = lang.get_untracked();
        sending.set(true);
        failed.set(None);
        let outcome = Outcome {
            state,
            delivery,
            headers,
            root,
            sending,
            send_error,
            failed,
            outbox_changed,
            returning,
            done_page,
            notice,
            pdf,
            mailto,
            go: go_to,
        };
        leptos::task::spawn_local(async move {
            match make_request(outcome).await {
                Ok(task) => task.await,
                Err(_) => {
                    sending.set(false);
                    send_error.set(Some(CHUNK_FAILED.get(l).to_string()));
                }
            }
        });
    };
    let show_check = move || {
        let owner = check_page.owner();
        let page = owner.clone().with(|| CheckPage {
            owner,
            state,
            title_id: state.input_id("title"),
            caption: Signal::derive(caption),
            on_change: Callback::new(change),
            on_send: Callback::new(move |()| send()),
            send_error: send_error.into(),
            sending: sending.into(),
            failed,
            pdf: pdf.get_value(),
        });
        leptos::task::spawn_local(async move {
            match check_answers_page(page).await {
                Ok(page) => {
                    check_page.put(page);
                    go(Stage::CheckAnswers);
                }
                Err(_) => status.set(Some(CHUNK_FAILED)),
            }
        });
    };
    let continue_from = move |index: usize| {
        if returning.get_value() {
            let errors = state.form.with_value(|f| {
                state
                    .answers
                    .with_untracked(|a| crate::request::form::validate_form(f, a, today()))
            });
            if errors.is_empty() {
                show_check();
            } else {
                go(Stage::Step(first_error_step(&errors)));
            }
            return;
        }
        // Fetched once (the loader keeps it; a failed fetch is tried again next time).
        leptos::task::spawn_local(async move {
            let _ = fetch_later_chunk().await;
        });
        match state.neighbour(index, true) {
            Some(next) => go(Stage::Step(next)),
            None => show_check(),
        }
    };
    let back = move |label: Text, action: Box<dyn Fn() + Send + Sync>| {
        view! {
            <p class="seloste-back">
                <button type="button" class="seloste-link seloste-back-link" on:click=move |_| action()>
                    {move || label.get(lang.get())}
                </button>
            </p>
        }
    };
    let back_from = move |index: Option<usize>| {
        let previous = index.and_then(|i| state.neighbour(i, false));
        match (previous, on_back) {
            (Some(p), _) => Some(back(ui::BACK, Box::new(move || go(Stage::Step(p))))),
            (None, Some(cb)) => Some(back(ui::BACK_TO_NOTICE, Box::new(move || cb.run(())))),
            (None, None) => None,
        }
    };
    let status_view = move || {
        status.get().map(
            |t| view! { <p class="seloste-status" role="status">{move || t.get(lang.get())}</p> },
        )
    };
    let delete_button = move || {
        view! {
            <button type="button" class="seloste-link seloste-delete" on:click=move |_| delete_answers()>
                {tr(ui::DELETE_ANSWERS, lang)}
            </button>
        }
    };

    let step_title_id = title_id.clone();
    let step_page = move |index: usize| {
        let (title, hint, count, position, intro) = state.form.with_value(|f| {
            let shown: Vec<usize> = state.answers.with_untracked(|a| {
                (0..f.steps.len())
                    .filter(|i| f.steps[*i].is_shown(a, today()))
                    .collect()
            });
            let position = shown.iter().position(|i| *i == index).map_or(1, |p| p + 1);
            let step = &f.steps[index];
            (
                step.title.clone(),
                step.hint.clone(),
                shown.len() + 1,
                position,
                (position == 1).then(|| f.intro.clone()).flatten(),
            )
        });
        let head = StepHead {
            kind,
            register_name: notice.with_value(|n| n.register_name.clone()),
            position,
            count,
            title,
            title_id: step_title_id.clone(),
            level: title_level(),
            intro,
            handled_by: notice
                .with_value(|n| n.requests.handled_by.as_ref().map(|c| c.name.clone()))
                .filter(|_| position == 1),
            hint,
        };
        view! {
            {back_from(Some(index))}
            {status_view}
            {step_head(head, lang)}
            <StepQuestions state=state index=index on_continue=move || continue_from(index)/>
            <p>{delete_button}</p>
        }
    };

    view! {
        <div class="seloste-request" part="request" lang=move || lang.get().name() node_ref=root>
            {outbox_place(lang, headers, pdf, outbox_changed)}
            {move || match stage.get() {
                Stage::Step(index) => EitherOf3::A(step_page(index)),
                Stage::CheckAnswers => EitherOf3::B(view! {
                    {back_from(state.form.with_value(|f| Some(f.steps.len())))}
                    {check_page.take()}
                    <p>{delete_button}</p>
                }),
                Stage::Done => EitherOf3::C(view! {
                    {done_page.take()}
                    {on_back.map(|cb| back(ui::BACK_TO_NOTICE, Box::new(move || cb.run(()))))}
                }),
            }}
        </div>
    }
}
