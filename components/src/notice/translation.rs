//! Translations of a notice in the studio (issue 20): starting one, keeping it in step
//! with the original, linking the files, and what it still lacks.
//! A translation is a notice of its own in another language (`translations` of the
//! original names it), with the original's sections in the same order; a text is
//! untranslated when it is empty or still the original's, word for word.

use super::edit::{apply, Edit};
use super::rich;
use super::{Notice, Section, SectionKind};
use crate::i18n::Lang;
use std::collections::BTreeMap;

/// Where in the notice a text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The notice's title.
    Title,
    /// The register's name.
    RegisterName,
    /// The controller's name.
    ControllerName,
    /// What changed in the latest update.
    ChangeNote,
    /// The heading of the section at this place.
    Heading(usize),
    /// The text of the section at this place.
    Body(usize),
    /// The whole section at this place: the translation has no section there.
    Section(usize),
}

/// Why a text counts as untranslated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Nothing is written in the translation.
    Missing,
    /// The translation holds the original's text as it is (a name may rightly stay the
    /// same: the studio asks the editor to check, it does not refuse).
    SameAsOriginal,
}

/// One untranslated text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Untranslated {
    /// Where it is.
    pub place: Place,
    /// Why it counts.
    pub gap: Gap,
}

/// Every untranslated text of `translation`, in the original's order: the notice's own
/// texts first, then section by section. A section the translation has beyond the
/// original's is not a gap (the editor may add one).
pub fn untranslated(original: &Notice, translation: &Notice) -> Vec<Untranslated> {
    let compare = |place, source: &str, translated: &str| {
        gap(source, translated).map(|gap| Untranslated { place, gap })
    };
    let mut found: Vec<Untranslated> = [
        compare(Place::Title, &original.title, &translation.title),
        compare(
            Place::RegisterName,
            &original.register_name,
            &translation.register_name,
        ),
        compare(
            Place::ControllerName,
            &original.controller.name,
            &translation.controller.name,
        ),
        compare(
            Place::ChangeNote,
            original.change_note.as_deref().unwrap_or_default(),
            translation.change_note.as_deref().unwrap_or_default(),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    for (at, section) in original.sections.iter().enumerate() {
        let Some(theirs) = translation.sections.get(at) else {
            found.push(Untranslated {
                place: Place::Section(at),
                gap: Gap::Missing,
            });
            continue;
        };
        found.extend(compare(
            Place::Heading(at),
            &section.heading,
            &theirs.heading,
        ));
        found.extend(compare(
            Place::Body(at),
            &plain(&section.body),
            &plain(&theirs.body),
        ));
    }
    found
}

fn plain(html: &str) -> String {
    rich::plain_text(&rich::parse(html))
}

/// Whether `translated` translates `source`: `None` when it does, or when there is
/// nothing to translate.
fn gap(source: &str, translated: &str) -> Option<Gap> {
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (source, translated) = (words(source), words(translated));
    if source.is_empty() {
        None
    } else if translated.is_empty() {
        Some(Gap::Missing)
    } else if translated == source && source.chars().any(char::is_alphabetic) {
        Some(Gap::SameAsOriginal)
    } else {
        None
    }
}

/// A translation of `original` into `lang` to start from: the original's sections in its
/// order, each headed with its kind's name in `lang` and with no text yet; the title,
/// register and controller names as the original's (a name may stay as it is:
/// [`untranslated`] asks the editor to check them); everything else as the original's.
pub fn start(original: &Notice, lang: Lang) -> Notice {
    let mut translation = original.clone();
    translation.lang = lang;
    translation.change_note = None;
    translation.translations = BTreeMap::new();
    for section in &mut translation.sections {
        section.heading = section.kind.title().get(lang).to_string();
        section.body = String::new();
    }
    translation
}

/// Carries `edit`, just made to the original (now `original`), over to its `translation`,
/// so that its sections stay in the original's order: a section added, removed, moved,
/// merged or given other kinds there is so here too; a split adds an untranslated section
/// here (the translation's paragraphs need not match the original's). Texts are the
/// translator's and are left alone. Then [`align`].
pub fn follow(translation: &mut Notice, original: &Notice, edit: &Edit) {
    let mirrored = match edit {
        Edit::AddSection { .. }
        | Edit::AddMissing(_)
        | Edit::DeleteSection(_)
        | Edit::MoveSection { .. }
        | Edit::MergeWithNext(_)
        | Edit::Kinds { .. } => Some(edit.clone()),
        Edit::SplitSection { at, .. } => Some(Edit::AddSection {
            at: at + 1,
            kind: SectionKind::Other,
        }),
        _ => None,
    };
    if let Some(edit) = mirrored {
        // A translation out of step (a file edited elsewhere) may refuse it; `align`
        // then brings it into step.
        let _ = apply(translation, edit);
    }
    align(translation, original);
}

/// Gives `translation` what is the same in every language, from `original`: the id, the
/// controller's details but its name, the updated date, the requests, and each section's
/// kinds; a section the translation lacks is added untranslated (one it has beyond the
/// original's is kept, at the end).
pub fn align(translation: &mut Notice, original: &Notice) {
    translation.id.clone_from(&original.id);
    let name = std::mem::take(&mut translation.controller.name);
    translation.controller = original.controller.clone();
    translation.controller.name = name;
    translation.updated.clone_from(&original.updated);
    translation.requests = original.requests.clone();
    for (at, section) in original.sections.iter().enumerate() {
        match translation.sections.get_mut(at) {
            Some(theirs) => {
                theirs.kind = section.kind;
                theirs.also.clone_from(&section.also);
            }
            None => translation.sections.push(Section {
                kind: section.kind,
                also: section.also.clone(),
                heading: section.kind.title().get(translation.lang).to_string(),
                body: String::new(),
            }),
        }
    }
}

/// Where the translation into `lang` is, relative to the original's file: the path the
/// original names, or `translations/<id>.<lang>.json`.
pub fn path_of(original: &Notice, lang: Lang) -> String {
    original
        .translations
        .get(&lang)
        .cloned()
        .unwrap_or_else(|| format!("translations/{}.{}.json", original.id, lang.name()))
}

/// Names each of `translations` in the original's `translations` (by [`path_of`]), and
/// the original and the others in each translation's, relative to its own file.
pub fn link(original: &mut Notice, translations: &mut [Notice]) {
    for translation in translations.iter() {
        let path = path_of(original, translation.lang);
        original.translations.insert(translation.lang, path);
    }
    let own = format!("{}.json", original.id);
    let everyone: Vec<(Lang, String)> = original
        .translations
        .iter()
        .map(|(lang, path)| (*lang, path.clone()))
        .chain([(original.lang, own)])
        .collect();
    for translation in translations.iter_mut() {
        let here = path_of(original, translation.lang);
        translation.translations = everyone
            .iter()
            .filter(|(lang, _)| *lang != translation.lang)
            .filter_map(|(lang, path)| Some((*lang, relative(&here, path)?)))
            .collect();
    }
}

/// `to` (a path relative to the original's folder, or an address of its own) as seen from
/// `from` (a path relative to the same folder); `None` when that cannot be known (`from`
/// leaves the folder, or is an address of its own).
fn relative(from: &str, to: &str) -> Option<String> {
    let own_address = |p: &str| p.starts_with('/') || p.contains("://");
    if own_address(to) {
        return Some(to.to_string());
    }
    if own_address(from) || from.split('/').any(|part| part == "..") {
        return None;
    }
    let mut from_dirs: Vec<&str> = from.split('/').collect();
    from_dirs.pop();
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dirs
        .iter()
        .zip(&to_parts[..to_parts.len() - 1])
        .take_while(|(a, b)| a == b)
        .count();
    let up = "../".repeat(from_dirs.len() - common);
    Some(format!("{up}{}", to_parts[common..].join("/")))
}

#[cfg(test)]
mod tests;
