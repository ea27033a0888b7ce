//! The notice's translations in the studio (issue 20): for each other language, start a
//! translation or open an earlier one, then translate side by side with the original,
//! section by section, with what is still untranslated listed and linked to its field.
//! The translation keeps in step with the notice (`notice::translation::follow`): its
//! rows are the notice's sections, keyed as the notice's are.

use super::body::BodyEditor;
use super::studio::{use_studio, NotTranslation};
use super::versions::NoticeFile;
use crate::i18n::{studio as s, ui, Lang, Text};
use crate::notice::edit::{ControllerField, Edit, EditError};
use crate::notice::rich;
use crate::notice::translation::{untranslated, Gap, Place};
use crate::notice::Notice;
use crate::web::dom::tr;
use leptos::prelude::*;

/// The translations of the notice being edited.
#[component]
pub fn Translations(
    /// The prefix of the element ids (unique on the page).
    prefix: String,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let own = studio
        .notice
        .with_untracked(|n| n.as_ref().map(|n| n.lang))
        .unwrap_or_default();
    // Which translations there are: drawn again only when one is started or opened.
    let started = Memo::new(move |_| studio.translated());
    let languages = Lang::ALL
        .iter()
        .copied()
        .filter(|l| *l != own)
        .map(|into| {
            let id = format!("{prefix}-{}", into.name());
            let heading_id = format!("{id}-heading");
            let file_prefix = id.clone();
            let body = move || {
                if started.get().contains(&into) {
                    view! { <TranslationEditor into=into prefix=id.clone()/> }.into_any()
                } else {
                    let chosen = Callback::new(move |file: Notice| match studio.open_translation(into, file) {
                        Ok(()) => None,
                        Err(NotTranslation::OtherNotice) => Some(s::OTHER_NOTICE),
                        Err(NotTranslation::OtherLanguage) => Some(s::OTHER_LANGUAGE),
                    });
                    view! {
                        <p><button type="button" class="seloste-button seloste-button--secondary"
                            aria-label=move || format!("{}: {}", s::START_TRANSLATION.get(lang.get()), s::translation_into(into).get(lang.get()))
                            on:click=move |_| studio.translate(into)>{tr(s::START_TRANSLATION, lang)}</button></p>
                        <NoticeFile id=format!("{file_prefix}-open") label=s::OPEN_TRANSLATION chosen=chosen/>
                    }
                    .into_any()
                }
            };
            view! {
                <section class="seloste-translation" aria-labelledby=heading_id.clone()>
                    <h3 id=heading_id.clone()>{tr(s::translation_into(into), lang)}</h3>
                    {body}
                </section>
            }
        })
        .collect_view();
    view! {
        <h2>{tr(s::TRANSLATIONS, lang)}</h2>
        <p>{tr(s::TRANSLATIONS_HELP, lang)}</p>
        {languages}
    }
}

/// The language of the notice being translated.
fn original_lang(studio: &super::studio::Studio) -> &'static str {
    studio
        .notice
        .with_untracked(|n| n.as_ref().map(|n| n.lang.name()))
        .unwrap_or_default()
}

/// Where a text of the notice is, said in words.
fn place_name(place: Place, original: &Notice, lang: Lang) -> String {
    let section = |at: usize, what: Text| {
        let heading = original
            .sections
            .get(at)
            .map(|s| s.heading.as_str())
            .unwrap_or_default();
        format!("{}: {heading}", what.get(lang))
    };
    match place {
        Place::Title => ui::NOTICE_TITLE_LABEL.get(lang).to_string(),
        Place::RegisterName => ui::REGISTER_NAME.get(lang).to_string(),
        Place::ControllerName => ui::CONTROLLER.get(lang).to_string(),
        Place::ChangeNote => ui::WHAT_CHANGED.get(lang).to_string(),
        Place::Heading(at) => section(at, ui::SECTION_HEADING),
        Place::Body(at) | Place::Section(at) => section(at, ui::SECTION_TEXT),
    }
}

/// The notice's own texts a translator writes: the field's name, label, and how it is read
/// and kept.
type NoticeText = (
    &'static str,
    Text,
    fn(&Notice) -> String,
    fn(String) -> Edit,
);

const NOTICE_TEXTS: [NoticeText; 4] = [
    (
        "title",
        ui::NOTICE_TITLE_LABEL,
        |n| n.title.clone(),
        Edit::Title,
    ),
    (
        "register",
        ui::REGISTER_NAME,
        |n| n.register_name.clone(),
        Edit::RegisterName,
    ),
    (
        "controller",
        ui::CONTROLLER,
        |n| n.controller.name.clone(),
        |v| Edit::Controller(ControllerField::Name, v),
    ),
    (
        "change-note",
        ui::WHAT_CHANGED,
        |n| n.change_note.clone().unwrap_or_default(),
        |v| Edit::ChangeNote(Some(v)),
    ),
];

/// One translation, side by side with the original.
#[component]
fn TranslationEditor(into: Lang, prefix: String) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let refused = RwSignal::new(None::<EditError>);
    let original_lang = original_lang(&studio);
    let keep = move |edit: Edit| refused.set(studio.edit_translation(into, edit).err());
    let id_of = {
        let prefix = prefix.clone();
        move |place: Place, keys: &[u64]| match place {
            Place::Title => format!("{prefix}-title"),
            Place::RegisterName => format!("{prefix}-register"),
            Place::ControllerName => format!("{prefix}-controller"),
            Place::ChangeNote => format!("{prefix}-change-note"),
            Place::Heading(at) | Place::Section(at) => {
                format!("{prefix}-h-{}", keys.get(at).copied().unwrap_or_default())
            }
            Place::Body(at) => format!("{prefix}-b-{}", keys.get(at).copied().unwrap_or_default()),
        }
    };
    let gaps = move || {
        let (Some(original), Some(translation)) = (studio.notice(), studio.translation(into))
        else {
            return None;
        };
        let keys = studio.keys();
        let found = untranslated(&original, &translation);
        let ui_lang = lang.get();
        if found.is_empty() {
            return Some(
                view! { <p class="seloste-hint">{s::ALL_TRANSLATED.get(ui_lang)}</p> }.into_any(),
            );
        }
        let items = found
            .iter()
            .map(|gap| {
                let why = match gap.gap {
                    Gap::Missing => s::GAP_MISSING,
                    Gap::SameAsOriginal => s::GAP_SAME,
                };
                let href = format!("#{}", id_of(gap.place, &keys));
                view! { <li><a href=href>{place_name(gap.place, &original, ui_lang)}</a> " (" {why.get(ui_lang)} ")"</li> }
            })
            .collect_view();
        Some(
            view! {
                <p>{s::NOT_TRANSLATED.get(ui_lang)} ": " {found.len()}</p>
                <ul class="seloste-untranslated">{items}</ul>
            }
            .into_any(),
        )
    };
    let texts = NOTICE_TEXTS
        .iter()
        .map(|(name, label, value, edit)| {
            let (value, edit) = (*value, *edit);
            let id = format!("{prefix}-{name}");
            let source = move || studio.notice().map(|n| value(&n)).unwrap_or_default();
            let current = move || studio.translation(into).map(|n| value(&n)).unwrap_or_default();
            let on_change = move |ev: leptos::ev::Event| {
                keep(edit(event_target_value(&ev)));
                // A refused text: the field shows the one kept.
                event_target::<web_sys::HtmlInputElement>(&ev)
                    .set_value(&studio.translation_untracked(into).map(|n| value(&n)).unwrap_or_default());
            };
            view! {
                <div class="seloste-side-by-side">
                    <div class="seloste-source">
                        <p class="seloste-label">{tr(*label, lang)} " (" {tr(s::ORIGINAL, lang)} ")"</p>
                        <p lang=original_lang>{source}</p>
                    </div>
                    <div class="seloste-field">
                        <label class="seloste-label" for=id.clone()>{tr(*label, lang)}</label>
                        <input class="seloste-input" id=id type="text" lang=into.name() prop:value=current on:change=on_change/>
                    </div>
                </div>
            }
        })
        .collect_view();
    let rows = move || {
        studio
            .keys()
            .into_iter()
            .map(|key| view! { <SectionRow into=into key=key prefix=prefix.clone() refused=refused/> })
            .collect_view()
    };
    view! {
        <div class="seloste-translation-body" lang=move || lang.get().name()>
            {gaps}
            {move || refused.get().map(|e| view! { <p class="seloste-error-message" role="alert">{e.message(lang.get())}</p> })}
            {texts}
            <ol class="seloste-studio-list">{rows}</ol>
        </div>
    }
}

/// A section of the translation beside the original's.
#[component]
fn SectionRow(
    into: Lang,
    key: u64,
    prefix: String,
    refused: RwSignal<Option<EditError>>,
) -> impl IntoView {
    let studio = use_studio();
    let lang = studio.lang;
    let (heading_id, body_id) = (format!("{prefix}-h-{key}"), format!("{prefix}-b-{key}"));
    let original_lang = original_lang(&studio);
    let source = move || studio.section(key);
    let theirs = move || {
        let at = studio.place(key)?;
        studio.translation(into)?.sections.get(at).cloned()
    };
    let on_heading = move |ev: leptos::ev::Event| {
        let Some(at) = studio.place(key) else { return };
        refused.set(
            studio
                .edit_translation(
                    into,
                    Edit::Heading {
                        at,
                        text: event_target_value(&ev),
                    },
                )
                .err(),
        );
        let kept = studio
            .translation_untracked(into)
            .and_then(|n| n.sections.get(at).map(|s| s.heading.clone()))
            .unwrap_or_default();
        event_target::<web_sys::HtmlInputElement>(&ev).set_value(&kept);
    };
    let body = Signal::derive(move || theirs().map(|s| s.body).unwrap_or_default());
    let keep_body = Callback::new(move |html: String| {
        if let Some(at) = studio.place(key) {
            refused.set(studio.edit_translation(into, Edit::Body { at, html }).err());
        }
    });
    view! {
        <li class="seloste-studio-section seloste-side-by-side">
            <div class="seloste-source">
                <p class="seloste-label">{tr(s::SECTION, lang)} " (" {tr(s::ORIGINAL, lang)} ")"</p>
                <p lang=original_lang><strong>{move || source().map(|s| s.heading)}</strong></p>
                <p class="seloste-source-text" lang=original_lang>{move || source().map(|s| rich::plain_text(&rich::parse(&s.body)))}</p>
            </div>
            <div>
                <div class="seloste-field">
                    <label class="seloste-label" for=heading_id.clone()>{tr(ui::SECTION_HEADING, lang)}</label>
                    <input class="seloste-input" id=heading_id type="text" lang=into.name()
                        prop:value=move || theirs().map(|s| s.heading).unwrap_or_default() on:change=on_heading/>
                </div>
                <BodyEditor id=body_id label=ui::SECTION_TEXT body=body keep=keep_body text_lang=into/>
            </div>
        </li>
    }
}
