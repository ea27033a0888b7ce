//! The count under a text area with a limit (GOV.UK's "character count"): the limit, then
//! how many characters are left or too many, as the citizen types. A screen reader hears
//! the same words once typing pauses for a second, not at every key (and on coming back to
//! the field, as part of its description). The words are `request/length.rs`. Made by the
//! later chunk (no form asks for a long text on its first step); where it shows is
//! `form/later_question.rs`.

use crate::request::length::{answer_length, count_text};
use crate::web::form::field_parts::Question;
use crate::web::split::later;
use leptos::prelude::*;
use std::time::Duration;

/// How long typing pauses before the count is said.
const PAUSE: Duration = Duration::from_secs(1);

later! {
    /// The visible count (hidden from screen readers) and the words they are given, made
    /// under `owner`.
    pub(crate) fn character_count(question: Question, max: usize, owner: Owner) -> AnyView {
        owner.with(|| count_view(&question, max).into_any())
    }
}

fn count_view(question: &Question, max: usize) -> impl IntoView {
    let (value, lang) = (question.value, question.lang);
    let length = Memo::new(move |_| value.with(|v| answer_length(v)));
    // The length last said; the words for screen readers follow it, not every key.
    let said = RwSignal::new(length.get_untracked());
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let stop_timer = move || {
        if let Some(Some(pending)) = timer.try_get_value() {
            pending.clear();
        }
    };
    Effect::new(move |ran: Option<()>| {
        let now = length.get();
        if ran.is_some() {
            stop_timer();
            let handle = set_timeout_with_handle(move || _ = said.try_set(now), PAUSE).ok();
            timer.try_set_value(handle);
        }
    });
    on_cleanup(stop_timer);
    let over = move || length.get() > max;
    view! {
        <p class="seloste-hint seloste-count" class:seloste-count--over=over aria-hidden="true">
            {move || count_text(length.get(), max, lang.get())}
        </p>
        <p class="seloste-visually-hidden" id=question.ids().count aria-live="polite">
            {move || count_text(said.get(), max, lang.get())}
        </p>
    }
}
