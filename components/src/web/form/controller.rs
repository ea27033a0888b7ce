//! The request form's controller: all of a form's state, and every transition (go to a
//! step, change an answer, continue, make the request, retry, delete the answers), in one
//! `Copy` value that [`super::RequestForm`] provides by context with the language. Every
//! part of the form, also those the later chunk makes, reads it with [`use_form`].
//!
//! Architecture Invariant: where the citizen goes next is decided by the pure
//! [`crate::request::flow`]; what a request contains by [`crate::request::build`]. This
//! controller holds their state in signals and does the DOM's part (focus, fetching the
//! later chunk, showing its pages).

use crate::i18n::{ui, Lang, Text};
use crate::notice::Notice;
use crate::request::flow::{self, Continue, Flow, Stage};
use crate::request::form::{check_field, Answers, FieldError, Problem};
use crate::request::payload::Attachment;
use crate::request::receipt::Receipt;
use crate::request::spec::{Field, Form};
use crate::request::verified::Verified;
use crate::submit::delivery::Delivery;
use crate::submit::encode::Adapter;
use crate::web::dom::{focus_next_frame, focus_within, today};
use crate::web::later::check_answers::check_answers_page;
use crate::web::later::submission::make_request;
use crate::web::platform::draft::{self, Draft};
use crate::web::platform::host::{Headers, PdfAssets};
use crate::web::split::{fetch_later_chunk, Slot, CHUNK_FAILED};
use leptos::prelude::*;

/// A request form's state and transitions (see the module's documentation).
#[derive(Clone, Copy)]
pub struct FormController {
    /// The questions, from the forms file.
    pub form: StoredValue<Form>,
    pub notice: StoredValue<Notice>,
    pub lang: Signal<Lang>,
    /// Where requests go, the host's headers for the backend, and the PDF maker.
    pub delivery: StoredValue<Delivery>,
    pub headers: StoredValue<Headers>,
    pub pdf: StoredValue<Option<PdfAssets>>,
    /// The requester's identity as the host page verified it; its questions are locked.
    pub verified: StoredValue<Option<Verified>>,
    pub answers: RwSignal<Answers>,
    pub errors: RwSignal<Vec<FieldError>>,
    pub attachments: RwSignal<Vec<Attachment>>,
    pub flow: RwSignal<Flow>,
    /// A line of news for the citizen (a draft restored, answers deleted, the chunk missing).
    pub status: RwSignal<Option<Text>>,
    /// Why making the request did not go through, in the citizen's language.
    pub send_error: RwSignal<Option<String>>,
    /// While the request is being sealed and sent.
    pub sending: RwSignal<bool>,
    /// A sealed request that could be neither sent nor kept: offered as a PDF.
    pub failed: RwSignal<Option<Receipt>>,
    /// The request that failed and the answers it was made of: "try again" with the same
    /// answers sends that same request (the same id), never a new one.
    pub unsent: StoredValue<Option<Unsent>>,
    /// Bumped when a request is kept, so the outbox is read again.
    pub outbox_changed: RwSignal<u32>,
    /// The form's element, under which focus moves.
    pub root: NodeRef<leptos::html::Div>,
    /// The pages the later chunk makes.
    pub check_page: Slot,
    pub done_page: Slot,
    /// Back to the notice, when the host gives a way.
    pub on_back: Option<Callback<()>>,
    prefix: StoredValue<String>,
    draft_key: StoredValue<String>,
    /// The answers a fresh form starts with (after "delete my answers").
    fresh: StoredValue<Answers>,
}

/// What [`FormController::new`] is made of: the form's props, read once.
pub struct Setup {
    pub notice: Notice,
    pub form: Form,
    pub lang: Signal<Lang>,
    pub pdf: Option<PdfAssets>,
    pub delivery: Delivery,
    pub headers: Headers,
    pub verified: Option<Verified>,
    pub on_back: Option<Callback<()>>,
    pub prefix: String,
}

/// A request that failed, with the answers it was made of.
pub struct Unsent {
    pub answers: Answers,
    pub attachments: Vec<Attachment>,
    pub payload: crate::request::payload::Payload,
}

/// The form controller of the form being rendered.
pub fn use_form() -> FormController {
    expect_context::<FormController>()
}

impl FormController {
    /// A form opened with the tab's draft over its defaults (and the host's verified
    /// identity over both).
    pub fn new(setup: Setup) -> FormController {
        let Setup {
            notice,
            form,
            lang,
            pdf,
            delivery,
            headers,
            verified,
            on_back,
            prefix,
        } = setup;
        let draft_key = draft::key(&notice.id, form.kind.name());
        let mut fresh = crate::request::form::initial_answers(&form, lang.get_untracked(), today());
        if let Some(v) = &verified {
            v.apply(&mut fresh);
        }
        let opened = draft::open(&draft_key, &form, &fresh, verified.as_ref());
        FormController {
            form: StoredValue::new(form),
            notice: StoredValue::new(notice),
            lang,
            delivery: StoredValue::new(delivery),
            headers: StoredValue::new(headers),
            pdf: StoredValue::new(pdf),
            verified: StoredValue::new(verified),
            answers: RwSignal::new(opened.answers),
            errors: RwSignal::new(Vec::new()),
            attachments: RwSignal::new(Vec::new()),
            flow: RwSignal::new(Flow::open(opened.step)),
            status: RwSignal::new(opened.told),
            send_error: RwSignal::new(None),
            sending: RwSignal::new(false),
            failed: RwSignal::new(None),
            unsent: StoredValue::new(None),
            outbox_changed: RwSignal::new(0),
            root: NodeRef::new(),
            check_page: Slot::new(),
            done_page: Slot::new(),
            on_back,
            prefix: StoredValue::new(prefix),
            draft_key: StoredValue::new(draft_key),
            fresh: StoredValue::new(fresh),
        }
    }

    /// Where the citizen is (tracked).
    pub fn stage(&self) -> Stage {
        self.flow.with(|f| f.stage)
    }

    /// Whether a question is answered by the host's verified identity (shown, not editable).
    pub fn locked(&self, field_id: &str) -> bool {
        Verified::locks(field_id) && self.verified.with_value(Option::is_some)
    }

    /// The prefix of the form's element ids (`seloste3-access`), unique per mounted form.
    pub fn prefix(&self) -> String {
        self.prefix.get_value()
    }

    /// The element id of a question's input.
    pub fn input_id(&self, field_id: &str) -> String {
        format!("{}-{field_id}", self.prefix.get_value())
    }

    /// The element id of the page title, which takes focus when the page changes.
    pub fn title_id(&self) -> String {
        self.input_id("title")
    }

    /// The office's address when requests go by email (the `mailto` adapter).
    pub fn mailto(&self) -> Option<String> {
        self.delivery.with_value(|d| {
            (d.adapter == Adapter::Mailto)
                .then(|| d.mailto.clone())
                .flatten()
        })
    }

    /// The caption above every page title: the request and the register.
    pub fn caption(&self) -> String {
        let kind = self.form.with_value(|f| f.kind);
        self.notice.with_value(|n| {
            crate::web::form::step_head::caption_text(kind, &n.register_name, self.lang.get())
        })
    }

    /// Keeps the draft in the tab while the form is in progress; deletes it once made.
    /// A verified identity never goes into it, and a draft made under one is deleted when
    /// the form is unmounted (a portal's logout), so that the next person at a shared
    /// computer finds neither.
    pub fn keep_draft(self) {
        let verified = self.verified.with_value(Option::is_some);
        Effect::new(move || {
            let draft = self.draft();
            self.draft_key.with_value(|key| match draft {
                Some(draft) => draft::save(key, &draft),
                None => draft::delete(key),
            });
        });
        if verified {
            let key = self.draft_key.get_value();
            on_cleanup(move || draft::delete(&key));
        }
    }

    /// The form's draft as it stands (tracked): its answers without a verified identity,
    /// and its step; `None` once the request is made.
    pub fn draft(self) -> Option<Draft> {
        let mut answers = self.answers.get();
        if self.verified.with_value(Option::is_some) {
            Verified::forget(&mut answers);
        }
        let step = self
            .form
            .with_value(|f| self.flow.with(|flow| flow.draft_step(f)));
        step.map(|step| Draft { answers, step })
    }

    /// Continues from a draft saved to a file: its answers over a fresh form's (files
    /// chosen again, a verified identity on top), at its step.
    pub fn restore(self, saved: Draft) {
        let opened = self.form.with_value(|f| {
            self.verified.with_value(|v| {
                draft::open_with(Some(saved), f, &self.fresh.get_value(), v.as_ref())
            })
        });
        self.answers.set(opened.answers);
        self.attachments.set(Vec::new());
        self.unsent.set_value(None);
        self.flow.set(Flow::open(opened.step));
        self.go(Stage::Step(opened.step));
        self.status.set(Some(if opened.files_dropped {
            crate::request::saved::words::RESTORED_FILE_AGAIN
        } else {
            crate::request::saved::words::RESTORED
        }));
    }

    /// Shows a stage and moves focus to its title.
    pub fn go(self, stage: Stage) {
        self.errors.set(Vec::new());
        self.send_error.set(None);
        self.flow.update(|f| f.stage = stage);
        let id = self.title_id();
        let root = self.root;
        focus_next_frame(move || {
            let el = root
                .get()?
                .query_selector(&format!("[id=\"{id}\"]"))
                .ok()??;
            wasm_bindgen::JsCast::dyn_into(el).ok()
        });
    }

    /// Puts the answer `value` to the question `field_id`.
    pub fn set_answer(self, field_id: &str, value: String) {
        self.answers.update(|a| {
            a.insert(field_id.to_string(), value);
        });
    }

    /// Re-checks one question and puts its error, if any, in form order; returns what the
    /// error says.
    pub fn recheck(self, field: &Field) -> Option<String> {
        let problem = self.form.with_value(|form| {
            self.answers
                .with_untracked(|a| check_field(field, form, a, today()))
        });
        let said = problem
            .as_ref()
            .map(|p| p.message(self.lang.get_untracked()));
        let position = |id: &str| {
            self.form
                .with_value(|f| f.fields().position(|x| x.id == id))
        };
        self.errors.update(|list| {
            list.retain(|e| e.field != field.id);
            if let Some(problem) = problem {
                let at = list
                    .iter()
                    .position(|e| position(&e.field) > position(&field.id))
                    .unwrap_or(list.len());
                list.insert(
                    at,
                    FieldError {
                        field: field.id.clone(),
                        problem,
                    },
                );
            }
        });
        said
    }

    /// A choice or a drawing is complete when made: its answer is put, and checked at once
    /// if it was wrong.
    pub fn complete(
        self,
        field: StoredValue<Field>,
        problem: Signal<Option<Problem>>,
        value: String,
    ) {
        field.try_with_value(|f| self.set_answer(&f.id, value));
        if problem.try_with_untracked(Option::is_some) == Some(true) {
            field.try_with_value(|f| self.recheck(f));
        }
    }

    /// "Continue" on step `index`, whose answers were accepted.
    pub fn continue_from(self, index: usize) {
        let (next, returning) = self.form.with_value(|form| {
            self.answers.with_untracked(|a| {
                self.flow
                    .with_untracked(|f| (f.continue_from(form, a, index, today()), f.returning))
            })
        });
        if !returning {
            // Fetched once (the loader keeps it; a failed fetch is tried again next time).
            leptos::task::spawn_local(async move {
                let _ = fetch_later_chunk().await;
            });
        }
        match next {
            Continue::ToStep(step) => self.go(Stage::Step(step)),
            Continue::ToCheckAnswers => self.show_check(),
        }
    }

    /// The step "back" goes to from step `index` (the number of steps for check answers).
    pub fn previous(&self, index: usize) -> Option<usize> {
        self.form.with_value(|form| {
            self.answers
                .with_untracked(|a| flow::previous_shown(form, a, index, today()))
        })
    }

    /// A change link of check answers: back to the question, then straight back.
    pub fn change(self, field_id: String) {
        self.form
            .with_value(|form| self.flow.update(|f| f.change(form, &field_id)));
        self.errors.set(Vec::new());
        let (root, id) = (self.root, self.input_id(&field_id));
        request_animation_frame(move || {
            if let Some(root) = root.get() {
                focus_within(&root, &id);
            }
        });
    }

    /// The finished answers did not make a request: to the first question to answer again.
    pub fn answers_refused(self, errors: Vec<FieldError>) {
        self.form
            .with_value(|form| self.flow.update(|f| f.answers_refused(form, &errors)));
        self.go(self.flow.with_untracked(|f| f.stage));
        self.errors.set(errors);
    }

    /// "Delete my answers": a fresh form at its first step, and no draft.
    pub fn delete_answers(self) {
        self.answers.set(self.fresh.get_value());
        self.attachments.set(Vec::new());
        self.unsent.set_value(None);
        self.flow.update(Flow::delete);
        self.draft_key.with_value(|k| draft::delete(k));
        self.go(Stage::Step(0));
        self.status.set(Some(ui::ANSWERS_DELETED));
    }

    /// "Check your answers", made by the later chunk (said if it cannot be fetched).
    pub fn show_check(self) {
        let owner = self.check_page.owner();
        leptos::task::spawn_local(async move {
            match check_answers_page(owner).await {
                Ok(page) => {
                    self.check_page.put(page);
                    self.go(Stage::CheckAnswers);
                }
                Err(_) => self.status.set(Some(CHUNK_FAILED)),
            }
        });
    }

    /// "Make the request" (and "try again"): build, seal, deliver or keep, in the later
    /// chunk; once at a time.
    pub fn send(self) {
        if self.sending.get_untracked() {
            return;
        }
        let lang = self.lang.get_untracked();
        self.sending.set(true);
        // What the last attempt was told goes while this one is under way: a citizen who
        // tries again must not read the earlier refusal as this attempt's answer.
        self.send_error.set(None);
        self.failed.set(None);
        leptos::task::spawn_local(async move {
            match make_request(self).await {
                Ok(task) => task.await,
                Err(_) => {
                    self.sending.set(false);
                    self.send_error
                        .set(Some(CHUNK_FAILED.get(lang).to_string()));
                }
            }
        });
    }
}
