//! Where a form shows the outbox panel: nothing until requests are kept, then the panel,
//! which comes with the form's later chunk (`later/outbox.rs`).

use crate::web::form::controller::use_form;
use crate::web::later::outbox::outbox_panel;
use crate::web::platform::outbox_store::outbox_any;
use crate::web::split::Slot;
use leptos::prelude::*;

thread_local! {
    /// Whether a form on this page shows the outbox already: it is one per origin, so a
    /// page with several forms shows it once.
    static SHOWN_ON_PAGE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Where a form shows the outbox panel: nothing until requests are kept, then the panel,
/// which comes with the form's later chunk. Kept requests are sent at once when a form
/// opens, not when one was just kept (`changed` is bumped then).
pub(crate) fn outbox_place() -> impl IntoView {
    let changed = use_form().outbox_changed;
    let slot = Slot::new();
    let shown = RwSignal::new(false);
    let opening = StoredValue::new(true);
    // Whether this form holds the page's panel: released when the form goes (an owner's
    // cleanups run before its values are dropped), so that another form may show it.
    let mine = StoredValue::new(false);
    on_cleanup(move || {
        if mine.try_get_value() == Some(true) {
            SHOWN_ON_PAGE.set(false);
        }
    });
    Effect::new(move || {
        changed.track();
        let send_now = opening.get_value();
        opening.set_value(false);
        if shown.get_untracked() {
            return;
        }
        leptos::task::spawn_local(async move {
            // Only counted here: reading the list is the panel's (in the later chunk).
            let kept = outbox_any().await.as_bool() == Some(true);
            if !kept || shown.get_untracked() || SHOWN_ON_PAGE.get() {
                return;
            }
            SHOWN_ON_PAGE.set(true);
            mine.set_value(true);
            match outbox_panel(slot.owner(), send_now).await {
                Ok(panel) => {
                    slot.put(panel);
                    shown.set(true);
                }
                Err(_) => {
                    SHOWN_ON_PAGE.set(false);
                    mine.set_value(false);
                }
            }
        });
    });
    move || shown.get().then(|| slot.take())
}
