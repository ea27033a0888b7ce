//! "My requests" on this device (`after/kept.rs`): the confirmation's "keep on this device"
//! ([`keep_section`]) and the list itself ([`mount_list`]), shown under the confirmation
//! and by `<seloste-requests>` ([`my_requests_page`]). Each entry shows its deadline and
//! days left, takes the status the citizen sets, opens the reminder and complaint letters
//! (`letters.rs`) once there is a ground for them, and can be deleted; so can the list.
//!
//! Kept in `localStorage` under `kept::STORAGE_KEY`, only when the citizen presses "keep"
//! or adds a request by hand. Lists on the same page follow each other's changes through
//! the window event [`CHANGED`], and other tabs' through `storage`.
//!
//! Built with the DOM builder (`dom/tree.rs`): the entries are built again from storage
//! after each change, the rest (title, messages, the form for a request made elsewhere)
//! stays, so that messages are announced and typing is kept. Reactive views here cost the
//! later chunk about half its size again (docs/size.md).

use crate::after::calendar::{kept_calendar, MEDIA_TYPE};
use crate::after::kept::{
    days_left_text, file_part, words, EntryError, Kept, KeptList, Status, STORAGE_KEY,
};
use crate::after::letters::Facts;
use crate::i18n::{ui, Lang, Text};
use crate::request::receipt::Receipt;
use crate::request::RequestKind;
use crate::web::dom::heading::heading_tag;
use crate::web::dom::tree::Tree;
use crate::web::dom::{download, today, unique_prefix};
use crate::web::later::letters::{build_letters, Place, Typed};
use crate::web::later::parts::{button, paragraph, select, Question, SECONDARY};
use crate::web::platform::host::PdfAssets;
use crate::web::split::later;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{Element, Node};

/// Dispatched on the window when this page changed the list.
const CHANGED: &str = "seloste-my-requests-changed";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored list; `Err` when what is stored cannot be read (it is then left alone until
/// the citizen deletes it).
fn load() -> Result<KeptList, ()> {
    let text = storage().map(|s| s.get_item(STORAGE_KEY).ok().flatten());
    KeptList::from_json(text.flatten().as_deref()).map_err(|why| {
        web_sys::console::error_1(&format!("seloste: my requests not read: {why}").into());
    })
}

/// Writes the list (an empty one is removed) and tells the page's lists; whether it was
/// stored.
fn store(list: &KeptList) -> bool {
    let stored = storage().is_some_and(|s| {
        if list.requests.is_empty() {
            s.remove_item(STORAGE_KEY).is_ok()
        } else {
            s.set_item(STORAGE_KEY, &list.to_json()).is_ok()
        }
    });
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(CHANGED)) {
        let _ = window.dispatch_event(&event);
    }
    stored
}

/// Changes the stored list with `change`; whether it was stored.
fn update(change: impl FnOnce(&mut KeptList)) -> bool {
    let mut list = load().unwrap_or_default();
    change(&mut list);
    store(&list)
}

/// A shown list: what stays, and what the entries are built from.
struct List {
    entries: Element,
    title_id: String,
    status: Element,
    delete_all: Element,
    lang: Lang,
    level: u8,
    pdf: Option<PdfAssets>,
    /// The entry (reference, organisation) whose letters are open.
    letters_of: Option<(String, String)>,
    typed: Rc<RefCell<Typed>>,
    /// The element to focus once the entries are built again.
    focus: Option<String>,
    prefix: String,
    /// The builders of the entries and of the rest, kept for their listeners.
    built: Option<Tree>,
    skeleton: Option<Tree>,
}

type Shared = Rc<RefCell<List>>;

fn focus(root: &Element, id: &str) {
    let found = root.query_selector(&format!("#{id}")).ok().flatten();
    if let Some(el) =
        found.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = el.focus();
    }
}

/// Says `text` in the list's status line.
fn say(list: &Shared, text: Text) {
    let l = list.borrow();
    l.status.set_text_content(Some(text.get(l.lang)));
}

/// Builds the entries again, after the event that asked for it has been handled (a
/// listener of the old entries must not be dropped while it runs).
fn rebuild(list: &Shared) {
    let list = list.clone();
    leptos::task::spawn_local(async move { build_entries(&list) });
}

fn build_entries(list: &Shared) {
    let (entries, lang) = {
        let l = list.borrow();
        (l.entries.clone(), l.lang)
    };
    entries.set_text_content(None);
    let mut tree = Tree::new(document(), lang);
    let shown = load();
    let any = shown.as_ref().map_or(true, |l| !l.requests.is_empty());
    let _ = match shown {
        Err(()) => paragraph(&mut tree, &entries, &[], words::UNREADABLE),
        Ok(l) if l.requests.is_empty() => paragraph(&mut tree, &entries, &[], words::EMPTY),
        Ok(l) => tree
            .element(&entries, "ul", &[("class", "seloste-outbox-list")])
            .inspect(|ul| {
                for (at, kept) in l.requests.into_iter().enumerate() {
                    let _ = entry(&mut tree, ul, at, kept, list);
                }
            }),
    };
    let old = {
        let mut l = list.borrow_mut();
        let _ = l.delete_all.toggle_attribute_with_force("hidden", !any);
        l.built.replace(tree)
    };
    drop(old);
    let target = list.borrow_mut().focus.take();
    if let (Some(id), Some(root)) = (target, entries.parent_element()) {
        focus(&root, &id);
    }
}

/// A labelled value of an entry.
fn row(
    tree: &mut Tree,
    dl: &Node,
    label: Text,
    value: impl Fn(Lang) -> String + 'static,
) -> Option<()> {
    let row = tree.element(dl, "div", &[("class", "seloste-summary-row")])?;
    let dt = tree.element(&row, "dt", &[])?;
    tree.ui_text(&dt, label);
    let dd = tree.element(&row, "dd", &[("class", "seloste-summary-value")])?;
    tree.text_in_lang(&dd, value);
    Some(())
}

/// One entry: its facts, the status to set, delete, and the letters when there is a ground.
fn entry(tree: &mut Tree, ul: &Element, at: usize, kept: Kept, list: &Shared) -> Option<()> {
    let (level, prefix, lang) = {
        let l = list.borrow();
        (l.level, format!("{}-{at}", l.prefix), l.lang)
    };
    let li: Node = tree
        .element(ul, "li", &[("class", "seloste-outbox-item")])?
        .into();
    let h = tree.element(
        &li,
        heading_tag(level + 1),
        &[("id", &format!("{prefix}-title")), ("tabindex", "-1")],
    )?;
    let (kind, reference) = (kept.kind, kept.reference.clone());
    tree.text_in_lang(&h, move |l| format!("{} {reference}", kind.title().get(l)));
    let dl: Node = tree
        .element(&li, "dl", &[("class", "seloste-summary-list")])?
        .into();
    let (register, controller, sent) = (
        kept.register.clone(),
        kept.controller.clone(),
        kept.sent.finnish(),
    );
    row(tree, &dl, words::REGISTER_SHOWN, move |_| register.clone())?;
    row(tree, &dl, words::ORGANISATION_SHOWN, move |_| {
        controller.clone()
    })?;
    row(tree, &dl, words::SENT, move |_| sent.clone())?;
    let (due, days) = (kept.due(), kept.days_left(today()));
    row(tree, &dl, words::DUE, move |l| {
        format!("{} ({})", due.finnish(), days_left_text(days, l))
    })?;
    let status = kept.status;
    row(tree, &dl, words::STATUS, move |l| {
        status.label().get(l).to_string()
    })?;

    let select_id = format!("{prefix}-status");
    let statuses = Status::ALL.map(|s| (s.name(), s.label()));
    let select = select(
        tree,
        &li,
        &select_id,
        words::STATUS,
        statuses,
        Some(status.name()),
    )?;
    let actions = tree.element(&li, "p", &[("class", "seloste-outbox-actions")])?;
    let save = tree.element(&actions, "button", &SECONDARY)?;
    tree.ui_text(&save, words::SET_STATUS);
    tree.text(&actions, " ");
    let delete = tree.element(
        &actions,
        "button",
        &[("type", "button"), ("class", "seloste-link")],
    )?;
    tree.ui_text(&delete, words::DELETE);
    let hidden = tree.element(&delete, "span", &[("class", "seloste-visually-hidden")])?;
    tree.text(&hidden, &format!(" {}", kept.reference));
    // The deadlines as a calendar file, as on the confirmation.
    let calendar = button(tree, &li, ui::ADD_TO_CALENDAR)?;
    let hidden = tree.element(&calendar, "span", &[("class", "seloste-visually-hidden")])?;
    tree.text(&hidden, &format!(" {}", kept.reference));
    let (for_calendar, l) = (kept.clone(), list.clone());
    tree.on_click(&calendar, move || {
        let name = format!("maaraajat-{}.ics", file_part(&for_calendar.reference));
        let file = kept_calendar(&for_calendar, l.borrow().lang);
        download(&name, &file.as_str().into(), MEDIA_TYPE);
    });

    let (l, key) = (
        list.clone(),
        (kept.reference.clone(), kept.controller.clone()),
    );
    tree.on_click(&save, move || {
        let value = js_sys::Reflect::get(&select, &"value".into())
            .ok()
            .and_then(|v| v.as_string());
        let Some(chosen) = value.as_deref().and_then(Status::from_name) else {
            return;
        };
        l.borrow_mut().focus = Some(select_id.clone());
        let stored = update(|list| list.set_status(&key.0, &key.1, chosen, today()));
        say(
            &l,
            if stored {
                words::STATUS_SAVED
            } else {
                words::NOT_STORED
            },
        );
    });
    let (l, gone) = (
        list.clone(),
        (kept.reference.clone(), kept.controller.clone()),
    );
    tree.on_click(&delete, move || {
        let title = l.borrow().title_id.clone();
        l.borrow_mut().focus = Some(title);
        let stored = update(|list| list.remove(&gone.0, &gone.1));
        say(
            &l,
            if stored {
                words::DELETED
            } else {
                words::NOT_STORED
            },
        );
    });

    let Some(ground) = kept.ground(today()) else {
        return Some(());
    };
    let key = (kept.reference.clone(), kept.controller.clone());
    let open = list.borrow().letters_of.as_ref() == Some(&key);
    let toggle_id = format!("{prefix}-letters");
    let p = tree.element(&li, "p", &[])?;
    let toggle = tree.element(
        &p,
        "button",
        &[
            ("type", "button"),
            ("class", "seloste-button"),
            ("part", "button"),
            ("id", &toggle_id),
            ("aria-expanded", if open { "true" } else { "false" }),
        ],
    )?;
    tree.ui_text(&toggle, words::LETTERS);
    let l = list.clone();
    tree.on_click(&toggle, move || {
        {
            let mut shown = l.borrow_mut();
            shown.letters_of = if open { None } else { Some(key.clone()) };
            shown.focus = Some(toggle_id.clone());
        }
        rebuild(&l);
    });
    if open {
        let (typed, pdf) = {
            let l = list.borrow();
            (l.typed.clone(), l.pdf.clone())
        };
        build_letters(
            tree,
            &li,
            Facts::of(&kept, ground),
            typed,
            Place {
                lang,
                level: level + 2,
                pdf,
                prefix: &prefix,
            },
        )?;
    }
    Some(())
}

/// The form for a request made elsewhere.
fn typed_entry(tree: &mut Tree, parent: &Node, list: &Shared) -> Option<()> {
    let prefix = list.borrow().prefix.clone();
    let details = tree.element(parent, "details", &[("class", "seloste-typed-request")])?;
    let summary = tree.element(&details, "summary", &[])?;
    tree.ui_text(&summary, words::TYPED_TITLE);
    let details: Node = details.into();
    paragraph(tree, &details, &[], words::TYPED_HELP)?;
    let text = [
        ("class", "seloste-input"),
        ("type", "text"),
        ("autocomplete", "off"),
    ];
    let reference = Question::new(
        tree,
        &details,
        &format!("{prefix}-reference"),
        words::REFERENCE,
        &text,
        None,
    )?;
    let organisation = Question::new(
        tree,
        &details,
        &format!("{prefix}-organisation"),
        words::ORGANISATION,
        &text,
        None,
    )?;
    let register = Question::new(
        tree,
        &details,
        &format!("{prefix}-register"),
        words::REGISTER,
        &text,
        None,
    )?;
    let kinds = RequestKind::ALL.map(|k| (k.name(), k.title()));
    let kind = select(
        tree,
        &details,
        &format!("{prefix}-kind"),
        words::KIND,
        kinds,
        None,
    )?;
    let hint_id = format!("{prefix}-sent-hint");
    let hint = tree.element(
        &details,
        "p",
        &[("class", "seloste-hint"), ("id", &hint_id)],
    )?;
    tree.ui_text(&hint, words::DATE_HINT);
    let sent = Question::new(
        tree,
        &details,
        &format!("{prefix}-sent"),
        words::SENT_ON,
        &text,
        Some(hint_id),
    )?;
    let add = button(tree, &details, words::ADD)?;
    let l = list.clone();
    tree.on_click(&add, move || {
        let lang = l.borrow().lang;
        let chosen = js_sys::Reflect::get(&kind, &"value".into())
            .ok()
            .and_then(|v| v.as_string());
        let kind = chosen
            .as_deref()
            .and_then(RequestKind::from_name)
            .unwrap_or(RequestKind::Access);
        let questions = [&reference, &organisation, &sent];
        for q in questions {
            q.say(None, lang);
        }
        let typed = Kept::typed(
            &reference.input.value(),
            &organisation.input.value(),
            &register.input.value(),
            kind,
            &sent.input.value(),
            today(),
        );
        match typed {
            Ok(entry) => {
                let stored = update(|list| list.keep(entry));
                say(
                    &l,
                    if stored {
                        words::ADDED
                    } else {
                        words::NOT_STORED
                    },
                );
                for q in [&reference, &organisation, &register, &sent] {
                    q.input.set_value("");
                }
            }
            Err(e) => {
                let q = match e {
                    EntryError::Reference => &reference,
                    EntryError::Organisation => &organisation,
                    EntryError::SentDate | EntryError::SentLater => &sent,
                };
                q.say(Some(e.message().get(lang).to_string()), lang);
                let _ = q.input.focus();
            }
        }
    });
    Some(())
}

/// Shows the kept requests in `host` under a heading of `level`, following `lang` and every
/// change of the list (on this page or in another tab). Gives the list's title.
pub(crate) fn mount_list(
    host: &Element,
    lang: Signal<Lang>,
    level: u8,
    pdf: Option<PdfAssets>,
) -> Option<Element> {
    let now = lang.get_untracked();
    let mut tree = Tree::new(document(), now);
    let prefix = unique_prefix("my-requests");
    let root: Node = tree
        .element(host, "div", &[("class", "seloste-my-requests")])?
        .into();
    let title_id = format!("{prefix}-title");
    let title = tree.heading(&root, level, &title_id)?;
    tree.ui_text(&title, words::TITLE);
    let entries = tree.element(&root, "div", &[])?;
    let status = tree.element(&root, "p", &[("class", "seloste-hint"), ("role", "status")])?;
    let p = tree.element(&root, "p", &[])?;
    let delete_all = tree.element(
        &p,
        "button",
        &[("type", "button"), ("class", "seloste-link")],
    )?;
    tree.ui_text(&delete_all, words::DELETE_ALL);
    let list = Rc::new(RefCell::new(List {
        entries,
        title_id: title_id.clone(),
        status,
        delete_all: p,
        lang: now,
        level,
        pdf,
        letters_of: None,
        typed: Rc::default(),
        focus: None,
        prefix: prefix.clone(),
        built: None,
        skeleton: None,
    }));
    let l = list.clone();
    tree.on_click(&delete_all, move || {
        l.borrow_mut().focus = Some(title_id.clone());
        let stored = storage().is_some_and(|s| s.remove_item(STORAGE_KEY).is_ok());
        if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(CHANGED)) {
            let _ = window.dispatch_event(&event);
        }
        say(
            &l,
            if stored {
                words::DELETED
            } else {
                words::NOT_STORED
            },
        );
    });
    typed_entry(&mut tree, &root, &list)?;
    list.borrow_mut().skeleton = Some(tree);
    build_entries(&list);

    let (on_change, on_storage) = (list.clone(), list.clone());
    let changed = window_event_listener_untyped(CHANGED, move |_| rebuild(&on_change));
    let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|k| k == STORAGE_KEY) {
            rebuild(&on_storage);
        }
    });
    let kept = StoredValue::new_local(Some(list));
    on_cleanup(move || {
        changed.remove();
        other_tab.remove();
    });
    Effect::new(move |first: Option<()>| {
        let lang = lang.get();
        if first.is_none() {
            return;
        }
        kept.with_value(|l| {
            if let Some(l) = l {
                {
                    let mut shown = l.borrow_mut();
                    shown.lang = lang;
                    if let Some(t) = shown.skeleton.as_mut() {
                        t.set_lang(lang);
                    }
                }
                rebuild(l);
            }
        });
    });
    Some(title)
}

/// The confirmation's "follow the request on this device": what is kept and what is not,
/// the button, then the list.
fn keep_section(
    host: &Element,
    receipt: &Receipt,
    lang: Signal<Lang>,
    level: u8,
    pdf: Option<PdfAssets>,
) -> Option<()> {
    let mut tree = Tree::new(document(), lang.get_untracked());
    let h = tree.element(host, heading_tag(level), &[])?;
    tree.ui_text(&h, words::KEEP_TITLE);
    let offer = tree.element(host, "div", &[])?;
    let offer_node: Node = offer.clone().into();
    paragraph(&mut tree, &offer_node, &[], words::KEEP_HELP)?;
    let keep = button(&mut tree, &offer_node, words::KEEP)?;
    let failed = tree.element(
        host,
        "p",
        &[("class", "seloste-error-message"), ("role", "alert")],
    )?;
    let status = tree.element(host, "p", &[("class", "seloste-hint"), ("role", "status")])?;
    let list_host = tree.element(host, "div", &[])?;
    let entry = Kept::of_receipt(receipt);
    // The list lives under the confirmation's owner, also when made by a press.
    let owner = Owner::current().unwrap_or_default();
    let show = {
        let (offer, status) = (offer.clone(), status.clone());
        move |list_host: &Element| {
            let _ = offer.toggle_attribute_with_force("hidden", true);
            status.set_text_content(Some(words::KEPT.get(lang.get_untracked())));
            owner.with(|| mount_list(list_host, lang, level, pdf.clone()))
        }
    };
    let already = load().is_ok_and(|l| l.contains(&entry.reference));
    if already {
        show(&list_host);
    }
    tree.on_click(&keep, move || {
        if list_host.child_element_count() > 0 {
            return;
        }
        if update(|list| list.keep(entry.clone())) {
            failed.set_text_content(None);
            // The button is gone: focus goes to the list's title.
            if let Some(title) = show(&list_host) {
                if let Ok(title) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(title) {
                    let _ = title.focus();
                }
            }
        } else {
            failed.set_text_content(Some(words::NOT_STORED.get(lang.get_untracked())));
        }
    });
    let tree = StoredValue::new_local(tree);
    Effect::new(move || {
        let lang = lang.get();
        tree.update_value(|t| t.set_lang(lang));
    });
    Some(())
}

later! {
    in after:
    /// The confirmation's "keep on this device", into `host`, from the chunk `after`.
    pub(crate) fn keep_place(owner: Owner, host: web_sys::Element, receipt: Receipt, lang: Signal<Lang>, level: u8, pdf: Option<PdfAssets>) -> () {
        owner.with(|| {
            let _ = keep_section(&host, &receipt, lang, level, pdf);
        })
    }
}

later! {
    in after:
    /// `<seloste-requests>`: the list alone, built into `host` under `owner`, from the
    /// chunk `after`.
    pub(crate) fn my_requests_into(owner: Owner, host: web_sys::Element, lang: Signal<Lang>, level: u8, pdf: Option<PdfAssets>) -> () {
        owner.with(|| {
            let _ = mount_list(&host, lang, level, pdf);
        })
    }
}
