//! The notice studio's state (issue 20): the notice being edited, shared by context with
//! its views and changed only through [`crate::notice::edit::apply`], which checks every
//! change. Each section carries a key of its own, stable while sections are added, moved
//! and removed, so that a list keyed by it keeps its rows (and the editor's place in them).

use crate::i18n::Lang;
use crate::notice::edit::{apply, is_draft, ControllerField, Edit, EditError};
use crate::notice::translation::{self, align, follow, link};
use crate::notice::{Notice, Section, SectionKind};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The studio: the notice, its sections' keys, and the last refused edit.
#[derive(Clone, Copy)]
pub struct Studio {
    pub(super) notice: RwSignal<Option<Notice>>,
    keys: RwSignal<Vec<u64>>,
    next_key: StoredValue<u64>,
    refused: RwSignal<Option<EditError>>,
    /// How many notices have been loaded: what shows a notice is drawn again only when
    /// another is loaded, not on every edit (which would take the editor's focus away).
    loads: RwSignal<u64>,
    /// Whether there are changes since the notice was loaded or last downloaded.
    unsaved: RwSignal<bool>,
    /// The notice's translations, each in step with it (`notice::translation`).
    translations: RwSignal<BTreeMap<Lang, Notice>>,
    /// The interface language.
    pub lang: Signal<Lang>,
}

/// Why a file was not taken as the notice's translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotTranslation {
    /// It is a translation of another notice (another `id`).
    OtherNotice,
    /// It is in another language than the one asked for.
    OtherLanguage,
}

/// The studio of the page (provided by the view that holds it).
pub fn use_studio() -> Studio {
    expect_context::<Studio>()
}

impl Studio {
    /// An empty studio, provided to the views below the caller.
    pub fn provide(lang: Signal<Lang>) -> Studio {
        let studio = Studio {
            notice: RwSignal::new(None),
            keys: RwSignal::new(Vec::new()),
            next_key: StoredValue::new(0),
            refused: RwSignal::new(None),
            loads: RwSignal::new(0),
            unsaved: RwSignal::new(false),
            translations: RwSignal::new(BTreeMap::new()),
            lang,
        };
        provide_context(studio);
        studio
    }

    /// Starts editing `notice`.
    pub fn load(&self, notice: Notice) {
        let keys = (0..notice.sections.len())
            .map(|_| self.fresh_key())
            .collect();
        self.keys.set(keys);
        self.refused.set(None);
        self.translations.set(BTreeMap::new());
        self.notice.set(Some(notice));
        self.loads.update(|n| *n += 1);
        self.unsaved.set(false);
    }

    /// Whether there are changes not yet downloaded (untracked: for the leave warning).
    pub fn unsaved(&self) -> bool {
        self.unsaved.get_untracked()
    }

    /// The notice as it is now has been downloaded.
    pub fn saved(&self) {
        self.unsaved.set(false);
    }

    /// Whether a notice is loaded, changing only when another is (tracked).
    pub fn loaded(&self) -> bool {
        self.loads.get() > 0
    }

    /// The notice as it is now (tracked).
    pub fn notice(&self) -> Option<Notice> {
        self.notice.get()
    }

    /// The keys of the sections, in order (tracked).
    pub fn keys(&self) -> Vec<u64> {
        self.keys.get()
    }

    /// The place of the section with `key` now (untracked: for event handlers).
    pub fn place(&self, key: u64) -> Option<usize> {
        self.keys
            .with_untracked(|keys| keys.iter().position(|k| *k == key))
    }

    /// The key of the section at `at` now (untracked).
    pub fn key_at(&self, at: usize) -> Option<u64> {
        self.keys.with_untracked(|keys| keys.get(at).copied())
    }

    /// How many sections there are now (untracked).
    pub fn count(&self) -> usize {
        self.keys.with_untracked(Vec::len)
    }

    /// The section with `key` (tracked).
    pub fn section(&self, key: u64) -> Option<Section> {
        let at = self.keys.with(|keys| keys.iter().position(|k| *k == key))?;
        self.notice
            .with(|n| n.as_ref().and_then(|n| n.sections.get(at).cloned()))
    }

    /// The section with `key` (untracked: for event handlers).
    pub fn section_untracked(&self, key: u64) -> Option<Section> {
        let at = self.place(key)?;
        self.notice
            .with_untracked(|n| n.as_ref().and_then(|n| n.sections.get(at).cloned()))
    }

    /// The key of a section of `kind` that is still the studio's draft (tracked).
    pub fn draft_of(&self, kind: SectionKind) -> Option<u64> {
        let at = self.notice.with(|n| {
            n.as_ref()?
                .sections
                .iter()
                .position(|s| s.kind == kind && is_draft(s))
        })?;
        self.keys.with(|keys| keys.get(at).copied())
    }

    /// The last refused edit, until the next edit (tracked).
    pub fn refused(&self) -> Option<EditError> {
        self.refused.get()
    }

    /// Makes `edit`. Returns the key of a section it added, or of the section it moved;
    /// a refusal is kept for [`Studio::refused`] to say, and changes nothing.
    pub fn edit(&self, edit: Edit) -> Result<Option<u64>, EditError> {
        let outcome = self.edit_here(edit);
        self.refused.set(outcome.clone().err());
        outcome
    }

    /// Makes `edit` as [`Studio::edit`] does, for a view that says a refusal itself (by
    /// its field): nothing is kept for [`Studio::refused`].
    pub fn edit_here(&self, edit: Edit) -> Result<Option<u64>, EditError> {
        let Some(mut notice) = self.notice.get_untracked() else {
            return Ok(None);
        };
        let before = notice.sections.clone();
        apply(&mut notice, edit.clone())?;
        let mut touched = None;
        self.keys.update(|keys| match edit {
            Edit::MoveSection { from, to } => {
                let key = keys.remove(from);
                keys.insert(to, key);
                touched = Some(key);
            }
            Edit::DeleteSection(at) => {
                keys.remove(at);
            }
            Edit::MergeWithNext(at) => {
                keys.remove(at + 1);
            }
            Edit::SplitSection { at, .. } => {
                let key = self.fresh_key();
                keys.insert(at + 1, key);
                touched = Some(key);
            }
            Edit::AddSection { .. } | Edit::AddMissing(_) => {
                let at = (0..notice.sections.len())
                    .find(|i| before.get(*i) != notice.sections.get(*i))
                    .unwrap_or(notice.sections.len());
                let key = self.fresh_key();
                keys.insert(at, key);
                touched = Some(key);
            }
            _ => {}
        });
        self.translations.update(|all| {
            for translation in all.values_mut() {
                follow(translation, &notice, &edit);
            }
        });
        self.notice.set(Some(notice));
        self.unsaved.set(true);
        Ok(touched)
    }

    /// The translation into `lang`, if one is being made (tracked).
    pub fn translation(&self, lang: Lang) -> Option<Notice> {
        self.translations.with(|all| all.get(&lang).cloned())
    }

    /// The translations being made, in the order of their languages (tracked).
    pub fn translations(&self) -> Vec<Notice> {
        self.translations
            .with(|all| all.values().cloned().collect())
    }

    /// The languages of the translations being made, in order (tracked).
    pub fn translated(&self) -> Vec<Lang> {
        self.translations.with(|all| all.keys().copied().collect())
    }

    /// Starts a translation into `lang` (`translation::start`).
    pub fn translate(&self, lang: Lang) {
        let Some(original) = self.notice.get_untracked() else {
            return;
        };
        if lang == original.lang {
            return;
        }
        let started = translation::start(&original, lang);
        self.translations.update(|all| {
            all.entry(lang).or_insert(started);
        });
        self.unsaved.set(true);
    }

    /// Takes `file` as the translation into `lang`, brought into step with the notice.
    pub fn open_translation(&self, lang: Lang, mut file: Notice) -> Result<(), NotTranslation> {
        let Some(original) = self.notice.get_untracked() else {
            return Ok(());
        };
        if file.id != original.id {
            return Err(NotTranslation::OtherNotice);
        }
        if file.lang != lang || lang == original.lang {
            return Err(NotTranslation::OtherLanguage);
        }
        align(&mut file, &original);
        self.translations.update(|all| {
            all.insert(lang, file);
        });
        Ok(())
    }

    /// Makes `edit`, one of a translator's (a text: the title, a name, the change note, a
    /// heading or a section's text), to the translation into `lang`.
    pub fn edit_translation(&self, lang: Lang, edit: Edit) -> Result<(), EditError> {
        let texts = matches!(
            edit,
            Edit::Title(_)
                | Edit::RegisterName(_)
                | Edit::ChangeNote(_)
                | Edit::Controller(ControllerField::Name, _)
                | Edit::Heading { .. }
                | Edit::Body { .. }
        );
        // Anything else is the notice's, and follows it (`translation::follow`).
        let Some(mut translation) = self.translation_untracked(lang).filter(|_| texts) else {
            return Ok(());
        };
        apply(&mut translation, edit)?;
        self.translations.update(|all| {
            all.insert(lang, translation);
        });
        self.unsaved.set(true);
        Ok(())
    }

    /// The translation into `lang` (untracked: for event handlers).
    pub fn translation_untracked(&self, lang: Lang) -> Option<Notice> {
        self.translations
            .with_untracked(|all| all.get(&lang).cloned())
    }

    /// The files to publish: the notice and its translations, naming each other
    /// (`translation::link`), in the order of their languages (untracked).
    pub fn files(&self) -> Option<(Notice, Vec<Notice>)> {
        let mut original = self.notice.get_untracked()?;
        let mut translations: Vec<Notice> = self
            .translations
            .with_untracked(|all| all.values().cloned().collect());
        link(&mut original, &mut translations);
        Some((original, translations))
    }

    fn fresh_key(&self) -> u64 {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        key
    }
}
