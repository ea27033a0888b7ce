//! What a translation of a notice still lacks (the studio's side-by-side view, issue 20).
//! A translation is a notice of its own in another language (`translations` of the
//! original names it), with the original's sections in the same order; a text is
//! untranslated when it is empty or still the original's, word for word.

use super::rich;
use super::Notice;

/// Where in the notice a text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The notice's title.
    Title,
    /// The register's name.
    RegisterName,
    /// The controller's name.
    ControllerName,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::edit::{apply, Edit};
    use crate::notice::BLANK_SECTIONS;
    use crate::Lang;

    fn at(found: &[Untranslated], place: Place) -> Option<Gap> {
        found.iter().find(|u| u.place == place).map(|u| u.gap)
    }

    #[test]
    fn a_fresh_translation_lacks_the_texts_the_original_has() {
        let mut fi = Notice::blank("lapsiperheet", Lang::Fi);
        fi.register_name = "Lapsiperheiden asiakasrekisteri".into();
        fi.controller.name = "Pieksämäen kaupunki".into();
        let purpose = BLANK_SECTIONS
            .iter()
            .position(|k| *k == crate::notice::SectionKind::Purpose)
            .unwrap_or(0);
        apply(
            &mut fi,
            Edit::Body {
                at: purpose,
                html: "<p>Asiakkuuden hoito.</p>".into(),
            },
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        // The translator starts from a copy, with the section headings already in Swedish.
        let mut sv = Notice::blank("lapsiperheet", Lang::Sv);
        sv.register_name = fi.register_name.clone();
        sv.controller.name = "Pieksämäki stad".into();
        sv.sections[purpose].body = fi.sections[purpose].body.clone();
        let found = untranslated(&fi, &sv);
        assert_eq!(
            at(&found, Place::Title),
            None,
            "the blank's titles are in their languages"
        );
        assert_eq!(at(&found, Place::RegisterName), Some(Gap::SameAsOriginal));
        assert_eq!(at(&found, Place::ControllerName), None);
        assert_eq!(at(&found, Place::Body(purpose)), Some(Gap::SameAsOriginal));
        assert_eq!(at(&found, Place::Heading(purpose)), None);
        assert_eq!(found.len(), 2, "{found:?}");
        // Written in Swedish: nothing left.
        sv.register_name = "Klientregistret för barnfamiljer".into();
        sv.sections[purpose].body = "<p>Skötsel av kundrelationen.</p>".into();
        assert_eq!(untranslated(&fi, &sv), vec![]);
        // A translation with a section less lacks that section.
        sv.sections.pop();
        let last = fi.sections.len() - 1;
        assert_eq!(
            untranslated(&fi, &sv),
            vec![Untranslated {
                place: Place::Section(last),
                gap: Gap::Missing
            }]
        );
        // An empty heading is missing, and numbers alone need no translation.
        sv.sections[0].heading = " ".into();
        fi.sections[1].body = "<p>2026</p>".into();
        sv.sections[1].body = "<p>2026</p>".into();
        let found = untranslated(&fi, &sv);
        assert_eq!(at(&found, Place::Heading(0)), Some(Gap::Missing));
        assert_eq!(at(&found, Place::Body(1)), None);
    }
}
