//! Nothing lost in the studio (issue 20): the browser asks before the page is left with
//! changes not yet downloaded, and the notice being edited, with its translations, is kept
//! in this browser (`localStorage`) only when the editor chooses so, removed when they choose, and offered
//! back when the page is opened again. Staff data only: a notice holds no personal data
//! of citizens.

use super::studio::use_studio;
use crate::i18n::ui;
use crate::notice::Notice;
use crate::web::dom::tr;
use leptos::prelude::*;

/// Where the kept notice is, in `localStorage`.
pub const STORAGE_KEY: &str = "seloste-studio/notice";
/// Where its translations are (a JSON array of notices).
pub const TRANSLATIONS_KEY: &str = "seloste-studio/translations";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The notice kept in this browser, if any, with the translations kept with it (those
/// that can still be read).
fn kept() -> Option<(Notice, Vec<Notice>)> {
    let storage = storage()?;
    let notice = Notice::from_json(&storage.get_item(STORAGE_KEY).ok().flatten()?).ok()?;
    let translations = storage
        .get_item(TRANSLATIONS_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str::<Vec<serde_json::Value>>(&text).ok())
        .unwrap_or_default()
        .iter()
        .filter_map(|t| Notice::from_json(&t.to_string()).ok())
        .collect();
    Some((notice, translations))
}

fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(STORAGE_KEY);
        let _ = storage.remove_item(TRANSLATIONS_KEY);
    }
}

/// Asks before the page is left with unsaved changes. Once per page.
pub fn warn_before_leaving() {
    let studio = use_studio();
    let _ = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if studio.unsaved() {
            // The browser shows its own words; a page may not choose them.
            ev.prevent_default();
            ev.set_return_value("");
        }
    });
}

/// The choice to keep the notice in this browser, and the offer of a kept one.
#[component]
pub fn KeepInBrowser(
    /// The prefix of the element ids (unique on the page).
    prefix: String,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    // Off until the editor chooses (or continues the kept one): a notice imported meanwhile
    // never overwrites the kept one unasked.
    let keep = RwSignal::new(false);
    let offered = RwSignal::new(kept());
    // While kept, every change is kept as it is made.
    Effect::new(move || {
        let notice = studio.notice();
        let translations = studio.translations();
        if !keep.get() {
            return;
        }
        if let (Some(storage), Some(notice)) = (storage(), notice) {
            let _ = storage.set_item(
                STORAGE_KEY,
                &serde_json::to_string(&notice).unwrap_or_default(),
            );
            let _ = storage.set_item(
                TRANSLATIONS_KEY,
                &serde_json::to_string(&translations).unwrap_or_default(),
            );
        }
    });
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        keep.set(on);
        if !on {
            forget();
        }
    };
    let resume = move |_| {
        if let Some((notice, translations)) = offered.get_untracked() {
            offered.set(None);
            keep.set(true);
            studio.load(notice);
            for translation in translations {
                let _ = studio.open_translation(translation.lang, translation);
            }
        }
    };
    let remove = move |_| {
        offered.set(None);
        keep.set(false);
        forget();
    };
    let id = format!("{prefix}-keep");
    view! {
        {move || offered.get().map(|(notice, _)| view! {
            <div class="seloste-notice-banner" role="region" aria-label=move || ui::KEPT_NOTICE.get(lang.get())>
                <p>{tr(ui::KEPT_NOTICE, lang)} ": " <strong>{notice.title.clone()}</strong></p>
                <p>
                    <button type="button" class="seloste-button" on:click=resume>{tr(ui::CONTINUE_KEPT, lang)}</button>
                    " "
                    <button type="button" class="seloste-button seloste-button--secondary" on:click=remove>{tr(ui::REMOVE_KEPT, lang)}</button>
                </p>
            </div>
        })}
        {move || studio.loaded().then(|| view! {
            <div class="seloste-checkbox">
                <input type="checkbox" id=id.clone() prop:checked=move || keep.get() on:change=toggle/>
                <label for=id.clone()>{tr(ui::KEEP_IN_BROWSER, lang)}</label>
            </div>
        })}
    }
}
