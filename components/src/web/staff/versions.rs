//! Starting and comparing in the studio (issue 20): open a notice's JSON file to edit it,
//! start from a blank notice with every Art. 13 section, and compare the notice as it is
//! now with an earlier version's file, section by section and word by word
//! ([`crate::notice::versions`]).

use super::field::error_line;
use super::studio::use_studio;
use crate::i18n::{studio as studio_text, ui, Text};
use crate::notice::versions::{compare, Change, Part, SectionChange};
use crate::notice::Notice;
use crate::web::dom::tr;
use crate::web::platform::fetch::fetch_text;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The largest notice file read (a notice is tens of kilobytes).
const MAX_FILE: f64 = 2_000_000.0;

/// The notice in the file chosen in `ev`'s input, or what to say instead (the reason for
/// staff goes to the console).
async fn notice_of(ev: &leptos::ev::Event) -> Option<Result<Notice, Text>> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0)?;
    if file.size() > MAX_FILE {
        return Some(Err(ui::NOT_A_NOTICE));
    }
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string());
    Some(match text.map(|t| Notice::from_json(&t)) {
        Some(Ok(notice)) => Ok(notice),
        Some(Err(e)) => {
            web_sys::console::error_1(&format!("seloste studio: {}: {}", file.name(), e.0).into());
            Err(ui::NOT_A_NOTICE)
        }
        None => Err(ui::NOT_A_NOTICE),
    })
}

/// A field that reads a notice's JSON file and hands the notice to `chosen`; a file that is
/// not a notice is said so, marked.
#[component]
pub(super) fn NoticeFile(
    /// The input's id.
    id: String,
    /// What the field is called.
    label: Text,
    /// What is done with the notice read; what is wrong with it, if it is not taken.
    chosen: Callback<Notice, Option<Text>>,
) -> impl IntoView {
    let lang = use_studio().lang;
    let refused = RwSignal::new(None::<Text>);
    let error_id = format!("{id}-error");
    let read = move |ev: leptos::ev::Event| {
        leptos::task::spawn_local(async move {
            match notice_of(&ev).await {
                Some(Ok(notice)) => refused.set(chosen.run(notice)),
                Some(Err(text)) => refused.set(Some(text)),
                None => {}
            }
        });
    };
    view! {
        <div class="seloste-field" class:seloste-field--error=move || refused.get().is_some()>
            <label class="seloste-label" for=id.clone()>{tr(label, lang)}</label>
            {move || refused.get().map(|text| error_line(Some(error_id.clone()), lang.get(), text.get(lang.get()).into()))}
            <input class="seloste-file-upload" id=id type="file" accept="application/json,.json" on:change=read/>
        </div>
    }
}

/// Where an edit starts when it is not an import: a notice's file, or a blank notice.
#[component]
pub fn StartOther(
    /// The prefix of the element ids (unique on the page).
    prefix: String,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let blank = move |_| studio.load(Notice::blank("uusi-seloste", lang.get_untracked()));
    view! {
        <NoticeFile id=format!("{prefix}-open") label=ui::OPEN_NOTICE chosen=Callback::new(move |notice| {
            studio.load(notice);
            None
        })/>
        <NoticeAddress prefix=prefix.clone()/>
        <p><button type="button" class="seloste-button seloste-button--secondary" on:click=blank>{tr(ui::START_BLANK, lang)}</button></p>
    }
}

/// Words with their changes marked (`<ins>`, `<del>`, each said in words too).
fn marked(parts: Vec<Part>, lang: Signal<crate::Lang>) -> impl IntoView {
    parts
        .into_iter()
        .map(|part| match part.change {
            Change::Same => view! { <span>{part.text}</span> }.into_any(),
            Change::Added => view! {
                <ins><span class="seloste-visually-hidden">"[" {tr(ui::WORDS_ADDED, lang)} ": "</span>{part.text}
                <span class="seloste-visually-hidden">"]"</span></ins>
            }
            .into_any(),
            Change::Removed => view! {
                <del><span class="seloste-visually-hidden">"[" {tr(ui::WORDS_REMOVED, lang)} ": "</span>{part.text}
                <span class="seloste-visually-hidden">"]"</span></del>
            }
            .into_any(),
        })
        .collect_view()
}

/// The notice as it is now, compared with an earlier version's file.
#[component]
pub fn CompareVersions(
    /// The prefix of the element ids (unique on the page).
    prefix: String,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let earlier = RwSignal::new(None::<Notice>);
    let report = move || {
        let (old, new) = (earlier.get()?, studio.notice()?);
        let comparison = compare(&old, &new);
        if comparison.is_unchanged() {
            return Some(view! { <p>{tr(ui::NO_CHANGES, lang)}</p> }.into_any());
        }
        let rows = comparison
            .sections
            .into_iter()
            .filter(|s| !s.is_unchanged())
            .map(|change| match change {
                SectionChange::Added(n) => {
                    let heading = new.sections.get(n).map(|s| s.heading.clone()).unwrap_or_default();
                    view! { <li><strong>{tr(ui::SECTION_ADDED, lang)}</strong> ": " <ins>{heading}</ins></li> }.into_any()
                }
                SectionChange::Removed(o) => {
                    let heading = old.sections.get(o).map(|s| s.heading.clone()).unwrap_or_default();
                    view! { <li><strong>{tr(ui::SECTION_REMOVED, lang)}</strong> ": " <del>{heading}</del></li> }.into_any()
                }
                SectionChange::Compared { heading, body, kinds_changed, moved, .. } => {
                    let notes = [moved.then_some(ui::SECTION_MOVED), kinds_changed.then_some(ui::KINDS_CHANGED)]
                        .into_iter()
                        .flatten()
                        .map(|t| view! { <span class="seloste-hint">" (" {tr(t, lang)} ")"</span> })
                        .collect_view();
                    view! {
                        <li>
                            <strong>{marked(heading, lang)}</strong>{notes}
                            <p class="seloste-diff">{marked(body, lang)}</p>
                        </li>
                    }
                    .into_any()
                }
            })
            .collect_view();
        Some(
            view! {
                <h3>{tr(ui::CHANGES, lang)}</h3>
                <p class="seloste-diff">{marked(comparison.title, lang)}</p>
                <ul class="seloste-changes">{rows}</ul>
            }
            .into_any(),
        )
    };
    view! {
        <h2>{tr(ui::VERSIONS, lang)}</h2>
        <NoticeFile id=format!("{prefix}-compare") label=ui::COMPARE_VERSION chosen=Callback::new(move |notice| {
            earlier.set(Some(notice));
            None
        })/>
        {report}
    }
}

/// Reads the notice at `address` on this site, or says why not (the reason to the console).
async fn notice_at(address: &str) -> Result<Notice, Text> {
    let page = window().location();
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let url = web_sys::Url::new_with_base(address.trim(), &base)
        .ok()
        .filter(|url| Some(url.origin()) == page.origin().ok())
        .ok_or(studio_text::NOT_ON_THIS_SITE)?;
    let said = |why: String| {
        web_sys::console::error_1(&format!("seloste studio: {}: {why}", url.href()).into())
    };
    let text = fetch_text(&url.href()).await.map_err(|e| {
        said(format!("{e:?}"));
        studio_text::NOT_FETCHED
    })?;
    Notice::from_json(&text).map_err(|e| {
        said(e.0);
        ui::NOT_A_NOTICE
    })
}

/// Opens a notice published on this site by its address, with the translations it names.
#[component]
fn NoticeAddress(prefix: String) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let id = format!("{prefix}-open-address");
    let error_id = format!("{id}-error");
    let typed = RwSignal::new(String::new());
    let refused = RwSignal::new(None::<Text>);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        leptos::task::spawn_local(async move {
            let address = typed.get_untracked();
            match notice_at(&address).await {
                Err(text) => refused.set(Some(text)),
                Ok(notice) => {
                    refused.set(None);
                    let base = web_sys::Url::new_with_base(
                        address.trim(),
                        &document().base_uri().ok().flatten().unwrap_or_default(),
                    )
                    .map(|u| u.href())
                    .unwrap_or_default();
                    let named: Vec<_> = notice.translations.clone().into_iter().collect();
                    studio.load(notice);
                    // Each translation it names, when it can be read (else it can be opened
                    // as a file, or started).
                    for (into, path) in named {
                        let Ok(url) = web_sys::Url::new_with_base(&path, &base) else {
                            continue;
                        };
                        if let Ok(translation) = notice_at(&url.href()).await {
                            let _ = studio.open_translation(into, translation);
                        }
                    }
                }
            }
        });
    };
    view! {
        <form class="seloste-field" class:seloste-field--error=move || refused.get().is_some() novalidate on:submit=open>
            <label class="seloste-label" for=id.clone()>{tr(studio_text::OPEN_FROM_ADDRESS, lang)}</label>
            {move || refused.get().map(|text| error_line(Some(error_id.clone()), lang.get(), text.get(lang.get()).into()))}
            <input class="seloste-input" id=id type="text" spellcheck="false"
                aria-invalid=move || refused.get().map(|_| "true")
                aria-describedby={
                    let error_id = format!("{prefix}-open-address-error");
                    move || refused.get().map(|_| error_id.clone())
                }
                prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
            " "
            <button type="submit" class="seloste-button seloste-button--secondary">{tr(studio_text::OPEN, lang)}</button>
        </form>
    }
}
