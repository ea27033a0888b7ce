//! The studio's list of sections (issue 20): each section's heading and topic edited in
//! place, moved up and down, merged with the next and deleted with buttons (so by keyboard
//! too: the moved or next row's button keeps the focus), moved by dragging its handle, split
//! at the paragraph the caret is in, and what the GDPR check finds missing, each with a
//! button that adds the section as a marked draft (or goes to that draft: a draft tells
//! nothing yet, so its finding stays until the section is written). Every change goes through
//! [`Studio::edit`](super::studio::Studio::edit).

use super::body::BodyEditor;
use super::field::error_line;
use super::studio::use_studio;
use crate::i18n::{studio as studio_text, ui, Text};
use crate::notice::edit::Edit;
use crate::notice::{check, repealed_laws, Requirement, SectionKind};
use crate::web::dom::{focus_next_frame, tr};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element `id` once the change has been drawn.
fn focus(id: String) {
    focus_next_frame(move || {
        document()
            .get_element_by_id(&id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    });
}

/// The sections, in order, each editable.
#[component]
pub fn SectionsEditor(
    /// The prefix of the element ids (unique on the page).
    prefix: String,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    // The section being dragged by its handle, if any.
    let dragged = StoredValue::new(None::<u64>);
    let heading_prefix = format!("{prefix}-heading");
    let add = move |_| {
        let at = studio.count();
        if let Ok(Some(key)) = studio.edit(Edit::AddSection {
            at,
            kind: SectionKind::Other,
        }) {
            focus(format!("{heading_prefix}-{key}"));
        }
    };
    let refused = move || {
        studio
            .refused()
            .map(|e| error_line(None, lang.get(), e.message(lang.get())))
    };
    view! {
        <div class="seloste-studio-sections">
            {refused}
            <ol class="seloste-studio-list">
                <For each=move || studio.keys() key=|key| *key let:key>
                    <SectionRow key=key prefix=prefix.clone() dragged=dragged/>
                </For>
            </ol>
            <p><button type="button" class="seloste-button seloste-button--secondary" on:click=add>
                {tr(studio_text::ADD_SECTION_AT_END, lang)}
            </button></p>
        </div>
    }
}

/// One section's row: its heading, its topic, and the buttons that move and delete it.
#[component]
fn SectionRow(key: u64, prefix: String, dragged: StoredValue<Option<u64>>) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let id = |what: &str| format!("{prefix}-{what}-{key}");
    let (heading_id, kind_id, body_id, up_id, down_id, delete_id) = (
        id("heading"),
        id("kind"),
        id("body"),
        id("up"),
        id("down"),
        id("delete"),
    );
    let heading = move || studio.section(key).map(|s| s.heading).unwrap_or_default();
    let kind = move || {
        studio
            .section(key)
            .map(|s| s.kind.name())
            .unwrap_or_default()
    };
    let on_heading = move |ev: leptos::ev::Event| {
        let Some(at) = studio.place(key) else { return };
        if studio
            .edit(Edit::Heading {
                at,
                text: event_target_value(&ev),
            })
            .is_err()
        {
            // Refused (said above the list): the field shows the heading kept.
            let input = event_target::<web_sys::HtmlInputElement>(&ev);
            input.set_value(
                &studio
                    .section_untracked(key)
                    .map(|s| s.heading)
                    .unwrap_or_default(),
            );
        }
    };
    let on_kind = move |ev: leptos::ev::Event| {
        let (Some(at), Some(kind)) = (
            studio.place(key),
            SectionKind::from_name(&event_target_value(&ev)),
        ) else {
            return;
        };
        let also = studio.section(key).map(|s| s.also).unwrap_or_default();
        let _ = studio.edit(Edit::Kinds { at, kind, also });
    };
    let up_focus = up_id.clone();
    let move_by = move |step: isize, focus_id: String| {
        move |_| {
            let Some(from) = studio.place(key) else {
                return;
            };
            let Some(to) = from
                .checked_add_signed(step)
                .filter(|to| *to < studio.count())
            else {
                return;
            };
            if studio.edit(Edit::MoveSection { from, to }).is_ok() {
                focus(focus_id.clone());
            }
        }
    };
    let (down_focus, delete_prefix) = (down_id.clone(), prefix.clone());
    let on_delete = move |_| {
        let Some(at) = studio.place(key) else { return };
        if studio.edit(Edit::DeleteSection(at)).is_ok() {
            // The focus goes to the row that took this one's place, or the one before.
            if let Some(next) = studio
                .key_at(at)
                .or_else(|| at.checked_sub(1).and_then(|p| studio.key_at(p)))
            {
                focus(format!("{delete_prefix}-delete-{next}"));
            }
        }
    };
    let merge_id = id("merge");
    let merge_focus = merge_id.clone();
    let on_merge = move |_| {
        let Some(at) = studio.place(key) else { return };
        if studio.edit(Edit::MergeWithNext(at)).is_ok() {
            focus(merge_focus.clone());
        }
    };
    let split_focus = format!("{prefix}-heading");
    let split = Callback::new(move |block: usize| {
        let Some(at) = studio.place(key) else { return };
        if let Ok(Some(new)) = studio.edit(Edit::SplitSection { at, block }) {
            focus(format!("{split_focus}-{new}"));
        }
    });
    // Dragged by its handle onto another row: moved to that row's place.
    let drag_start = move |ev: web_sys::DragEvent| {
        dragged.set_value(Some(key));
        if let Some(data) = ev.data_transfer() {
            let _ = data.set_data("text/plain", &key.to_string());
            data.set_effect_allowed("move");
        }
    };
    let drag_over = move |ev: web_sys::DragEvent| {
        if dragged.get_value().is_some() {
            ev.prevent_default();
        }
    };
    let drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        let from = dragged.get_value().and_then(|k| studio.place(k));
        dragged.set_value(None);
        if let (Some(from), Some(to)) = (from, studio.place(key)) {
            if from != to {
                let _ = studio.edit(Edit::MoveSection { from, to });
            }
        }
    };
    let options = SectionKind::ALL.map(|k| {
        let name = k.name();
        view! { <option value=name selected=move || kind() == name>{move || k.title().get(lang.get())}</option> }
    });
    // Named with the section's heading too ("Move up: Purpose"), its visible words first.
    let button = |text: Text, id: String, on_click: Box<dyn Fn(leptos::ev::MouseEvent)>| {
        let name = move || format!("{}: {}", text.get(lang.get()), heading());
        view! {
            <button type="button" class="seloste-button seloste-button--secondary" id=id aria-label=name on:click=on_click>
                {tr(text, lang)}
            </button>
        }
    };
    view! {
        <li class="seloste-studio-section" on:dragover=drag_over on:drop=drop>
            // For a mouse or a finger; the buttons below move the section by keyboard.
            <span class="seloste-drag-handle" draggable="true" aria-hidden="true"
                title=move || studio_text::DRAG_TO_MOVE.get(lang.get())
                on:dragstart=drag_start on:dragend=move |_| dragged.set_value(None)>"⠿"</span>
            <div class="seloste-field">
                <label class="seloste-label" for=heading_id.clone()>{tr(ui::SECTION_HEADING, lang)}</label>
                <input class="seloste-input" id=heading_id type="text" prop:value=heading on:change=on_heading/>
            </div>
            <div class="seloste-field">
                <label class="seloste-label" for=kind_id.clone()>{tr(ui::SECTION_KIND, lang)}</label>
                <select class="seloste-input" id=kind_id prop:value=kind on:change=on_kind>{options}</select>
            </div>
            <AlsoCovers key=key prefix=prefix.clone()/>
            <BodyEditor id=body_id label=ui::SECTION_TEXT split=split
                body=Signal::derive(move || studio.section(key).map(|s| s.body).unwrap_or_default())
                keep=Callback::new(move |html| {
                    if let Some(at) = studio.place(key) {
                        let _ = studio.edit(Edit::Body { at, html });
                    }
                })/>
            <p class="seloste-studio-actions">
                {button(ui::MOVE_UP, up_id, Box::new(move_by(-1, up_focus)))}
                " "
                {button(ui::MOVE_DOWN, down_id, Box::new(move_by(1, down_focus)))}
                " "
                {button(studio_text::MERGE_WITH_NEXT, merge_id, Box::new(on_merge))}
                " "
                {button(ui::DELETE_SECTION, delete_id, Box::new(on_delete))}
            </p>
        </li>
    }
}

/// What the GDPR check finds missing in the notice as it is now, each with a button that
/// adds its section as a marked draft (and moves the focus to that section's heading).
#[component]
pub fn LiveFindings(
    /// The prefix of the element ids (unique on the page).
    prefix: String,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let findings = move || studio.notice().map(|n| check(&n)).unwrap_or_default();
    let repealed = move || {
        studio
            .notice()
            .map(|n| repealed_laws(&n))
            .unwrap_or_default()
    };
    // What the check looks at, always in view: no finding means these points are there,
    // not that the notice says everything the law requires.
    let points = move || {
        Requirement::points_checked()
            .iter()
            .map(|k| k.title().get(lang.get()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <h2>{tr(ui::IMPORT_FINDINGS, lang)} " (" {move || findings().len()} ")"</h2>
        <p class="seloste-hint">{tr(ui::IMPORT_POINTS_CHECKED, lang)} " " {points} "."</p>
        {move || {
            let laws = repealed();
            (!laws.is_empty()).then(|| view! {
                <h3>{tr(ui::IMPORT_REPEALED_LAWS, lang)} " (" {laws.len()} ")"</h3>
                <ul class="seloste-repealed-laws">
                    {laws.into_iter().map(|l| view! { <li>{move || l.message(lang.get())}</li> }).collect_view()}
                </ul>
            })
        }}
        {move || {
            let found = findings();
            if found.is_empty() {
                return view! { <p>{tr(ui::IMPORT_NO_FINDINGS, lang)}</p> }.into_any();
            }
            let prefix = prefix.clone();
            view! {
                <ul class="seloste-findings">
                    {found.into_iter().map(|f| {
                        let prefix = prefix.clone();
                        let kind = f.requirement.section_kind();
                        // A draft added already is gone to, not added again.
                        let draft = studio.draft_of(kind);
                        let act = move |_| {
                            let key = match draft {
                                Some(key) => Some(key),
                                None => studio.edit(Edit::AddMissing(f.requirement)).ok().flatten(),
                            };
                            if let Some(key) = key {
                                focus(format!("{prefix}-heading-{key}"));
                            }
                        };
                        let words = if draft.is_some() { ui::GO_TO_DRAFT } else { ui::ADD_SECTION };
                        view! {
                            <li>
                                {move || f.message(lang.get())} " "
                                <button type="button" class="seloste-button seloste-button--secondary" on:click=act
                                    aria-label=move || format!("{}: {}", words.get(lang.get()), kind.title().get(lang.get()))>
                                    {tr(words, lang)}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}

/// The further kinds a section's heading covers, each a checkbox named by its kind's
/// translated name (the primary kind's is off: a section is of its kind already).
#[component]
fn AlsoCovers(key: u64, prefix: String) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let also = move || studio.section(key).map(|s| s.also).unwrap_or_default();
    let primary = move || studio.section(key).map(|s| s.kind);
    let boxes = SectionKind::ALL
        .iter()
        .copied()
        .filter(|k| *k != SectionKind::Other)
        .map(|k| {
            let id = format!("{prefix}-also-{key}-{}", k.name());
            let toggle = move |ev: leptos::ev::Event| {
                let (Some(at), Some(section)) = (studio.place(key), studio.section_untracked(key))
                else {
                    return;
                };
                let mut also = section.also;
                if event_target_checked(&ev) {
                    also.push(k);
                } else {
                    also.retain(|a| *a != k);
                }
                let _ = studio.edit(Edit::Kinds {
                    at,
                    kind: section.kind,
                    also,
                });
            };
            view! {
                <div class="seloste-checkbox">
                    <input type="checkbox" id=id.clone() prop:checked=move || also().contains(&k)
                        disabled=move || primary() == Some(k) on:change=toggle/>
                    <label for=id>{move || k.title().get(lang.get())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <details class="seloste-also">
            <summary>{tr(studio_text::ALSO_COVERS, lang)} " (" {move || also().len()} ")"</summary>
            <fieldset class="seloste-fieldset">
                <legend class="seloste-visually-hidden">{tr(studio_text::ALSO_COVERS, lang)}</legend>
                {boxes}
            </fieldset>
        </details>
    }
}
