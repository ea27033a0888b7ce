use super::*;
use crate::notice::check::Requirement;
use crate::notice::BLANK_SECTIONS;

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

fn published(path: &str) -> Notice {
    let text = std::fs::read_to_string(format!(
        "{}/../public/notices/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_else(|e| panic!("{path}: {e}"));
    Notice::from_json(&text).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

#[test]
fn linked_files_name_each_other_as_the_published_ones_do() {
    // The sample notice and its translations were written by hand before the studio.
    let mut fi = published("muonio-verkkoneuvonta.json");
    let sv_published = published("translations/muonio-verkkoneuvonta.sv.json");
    let en_published = published("translations/muonio-verkkoneuvonta.en.json");
    fi.translations.clear();
    let mut translations = [start(&fi, Lang::Sv), start(&fi, Lang::En)];
    link(&mut fi, &mut translations);
    assert_eq!(
        fi.translations,
        published("muonio-verkkoneuvonta.json").translations
    );
    assert_eq!(translations[0].translations, sv_published.translations);
    assert_eq!(translations[1].translations, en_published.translations);
    // A path the original already names is kept, and seen from the others.
    fi.translations.insert(Lang::Sv, "sv/seloste.json".into());
    link(&mut fi, &mut translations);
    assert_eq!(fi.translations[&Lang::Sv], "sv/seloste.json");
    assert_eq!(
        translations[0].translations[&Lang::Fi],
        "../muonio-verkkoneuvonta.json"
    );
    assert_eq!(
        translations[0].translations[&Lang::En],
        "../translations/muonio-verkkoneuvonta.en.json"
    );
    assert_eq!(
        translations[1].translations[&Lang::Sv],
        "../sv/seloste.json"
    );
    // An address of its own is named as it is; from one, the original cannot be found.
    fi.translations
        .insert(Lang::Sv, "https://example.fi/sv.json".into());
    link(&mut fi, &mut translations);
    assert_eq!(
        translations[1].translations[&Lang::Sv],
        "https://example.fi/sv.json"
    );
    assert_eq!(translations[0].translations.get(&Lang::Fi), None);
}

#[test]
fn a_started_translation_has_the_structure_and_none_of_the_text() {
    let fi = published("muonio-verkkoneuvonta.json");
    let sv = start(&fi, Lang::Sv);
    assert_eq!((sv.id.as_str(), sv.lang), (fi.id.as_str(), Lang::Sv));
    assert_eq!(sv.requests, fi.requests);
    assert_eq!(sv.sections.len(), fi.sections.len());
    assert_eq!(sv.sections[1].heading, "Personuppgiftsansvarig");
    assert!(sv.sections.iter().all(|s| s.body.is_empty()));
    let found = untranslated(&fi, &sv);
    // Every text with words in it: the names to check, each body to write.
    let bodies = fi
        .sections
        .iter()
        .filter(|s| !plain(&s.body).trim().is_empty())
        .count();
    assert_eq!(
        found
            .iter()
            .filter(|u| matches!(u.place, Place::Body(_)))
            .count(),
        bodies
    );
    assert_eq!(at(&found, Place::Title), Some(Gap::SameAsOriginal));
    // The published Swedish file is the same structure, translated.
    let mut done = published("translations/muonio-verkkoneuvonta.sv.json");
    align(&mut done, &fi);
    assert_eq!(done.sections.len(), fi.sections.len());
}

#[test]
fn a_translation_follows_the_originals_structure() {
    let mut fi = published("muonio-verkkoneuvonta.json");
    let mut sv = published("translations/muonio-verkkoneuvonta.sv.json");
    let kinds = |n: &Notice| {
        n.sections
            .iter()
            .map(|s| (s.kind, s.also.clone()))
            .collect::<Vec<_>>()
    };
    let headings = |n: &Notice| {
        n.sections
            .iter()
            .map(|s| s.heading.clone())
            .collect::<Vec<_>>()
    };
    let edit = |fi: &mut Notice, sv: &mut Notice, edit: Edit| {
        apply(fi, edit.clone()).unwrap_or_else(|e| panic!("{edit:?}: {e:?}"));
        follow(sv, fi, &edit);
        assert_eq!(kinds(sv), kinds(fi), "{edit:?}");
    };
    let before = headings(&sv);
    edit(&mut fi, &mut sv, Edit::MoveSection { from: 3, to: 5 });
    assert_eq!(headings(&sv)[5], before[3]);
    edit(&mut fi, &mut sv, Edit::DeleteSection(0));
    assert_eq!(headings(&sv)[0], before[1]);
    edit(
        &mut fi,
        &mut sv,
        Edit::AddSection {
            at: 2,
            kind: SectionKind::LegalBasis,
        },
    );
    assert_eq!(sv.sections[2].heading, "Rättslig grund för behandlingen");
    edit(&mut fi, &mut sv, Edit::AddMissing(Requirement::Complaint));
    let complaint = sv
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Complaint && s.body.contains(DRAFT_SV));
    assert!(
        complaint.is_some(),
        "a draft in Swedish: {:?}",
        headings(&sv)
    );
    edit(
        &mut fi,
        &mut sv,
        Edit::Kinds {
            at: 1,
            kind: SectionKind::ContactPerson,
            also: vec![SectionKind::Controller],
        },
    );
    let merged_away = sv.sections[5].heading.clone();
    edit(&mut fi, &mut sv, Edit::MergeWithNext(4));
    assert!(
        sv.sections[4].body.contains(&merged_away),
        "{}",
        sv.sections[4].body
    );
    // A split adds an untranslated section after the split one.
    let at = fi
        .sections
        .iter()
        .position(|s| rich::parse(&s.body).len() > 1)
        .unwrap_or(0);
    edit(&mut fi, &mut sv, Edit::SplitSection { at, block: 1 });
    assert_eq!(sv.sections[at + 1].body, "");
    assert!(untranslated(&fi, &sv).contains(&Untranslated {
        place: Place::Body(at + 1),
        gap: Gap::Missing
    }));
    // Texts are the translator's: the original's heading edited leaves the translation's.
    let theirs = sv.sections[0].heading.clone();
    edit(
        &mut fi,
        &mut sv,
        Edit::Heading {
            at: 0,
            text: "Uusi otsikko".into(),
        },
    );
    assert_eq!(sv.sections[0].heading, theirs);
    // What is the same in every language follows.
    edit(&mut fi, &mut sv, Edit::Updated(Some("2026-12-03".into())));
    edit(
        &mut fi,
        &mut sv,
        Edit::RequestKinds(vec![crate::request::RequestKind::Erasure]),
    );
    assert_eq!(
        (sv.updated.as_deref(), &sv.requests),
        (Some("2026-12-03"), &fi.requests)
    );
    assert_eq!(sv.controller.name, "Muonio kommuns socialbyrå");
    // A translation out of step is brought into it.
    sv.sections.truncate(2);
    edit(&mut fi, &mut sv, Edit::DeleteSection(5));
    assert_eq!(sv.sections.len(), fi.sections.len());
}

const DRAFT_SV: &str = "Utkast";
