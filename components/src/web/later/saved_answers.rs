//! The "save / continue from a file" panel: saves the form's draft to a file encrypted with
//! a passphrase, or continues from such a file (the file: `request/saved.rs`; the
//! cryptography, WebCrypto: `saved_file.js`). Opened from the head of every step by
//! `form/saved_toggle.rs`, and on check answers.
//!
//! Built with the DOM builder, its inputs read when a button is pressed: it has no state
//! for Leptos to keep, and each reactive view would cost the later chunk its rendering
//! code (docs/size.md).

use crate::i18n::Text;
use crate::request::draft::Draft;
use crate::request::saved::{check_passphrase, words, SavedError, SavedFile, ITERATIONS};
use crate::request::RequestKind;
use crate::web::dom::download;
use crate::web::dom::heading::{heading_tag, section_level};
use crate::web::dom::tree::Tree;
use crate::web::form::controller::{use_form, FormController};
use crate::web::later::parts::{button, paragraph, Question};
use crate::web::split::later;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{Element, Node};

#[wasm_bindgen(module = "/src/web/later/saved_file.js")]
extern "C" {
    #[wasm_bindgen(js_name = sealAnswers, catch)]
    async fn seal_answers(
        plain: &str,
        passphrase: &str,
        additional: &str,
        iterations: u32,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = openAnswers, catch)]
    async fn open_answers(
        passphrase: &str,
        additional: &str,
        iterations: u32,
        salt: &str,
        iv: &str,
        data: &str,
    ) -> Result<JsValue, JsValue>;
}

/// The largest file read (a saved draft is a few KiB).
const MAX_FILE: f64 = 1024.0 * 1024.0;

/// Which form a file is for: the notice's id, the register's name, the kind.
type FormOf = (String, String, RequestKind);

fn form_of(c: FormController) -> FormOf {
    let (notice_id, register_name) = c
        .notice
        .with_value(|n| (n.id.clone(), n.register_name.clone()));
    (notice_id, register_name, c.form.with_value(|f| f.kind))
}

/// Encrypts `draft` for the form `form`.
async fn save_file(draft: Draft, passphrase: String, form: FormOf) -> Option<SavedFile> {
    let (notice_id, register_name, kind) = form;
    let additional = SavedFile::additional_data(&notice_id, &register_name, kind);
    let sealed = seal_answers(&draft.to_json(), &passphrase, &additional, ITERATIONS)
        .await
        .map_err(|e| web_sys::console::error_2(&"seloste: answers not saved".into(), &e))
        .ok()?
        .as_string()?;
    let doc = crate::json::parse(&sealed).ok()?;
    let mut m = doc.members().ok()?;
    let mut part = |name: &str| m.required(name, crate::json::Json::string).ok();
    let (salt, iv, data) = (part("salt")?, part("iv")?, part("data")?);
    Some(SavedFile {
        notice_id,
        register_name,
        kind,
        iterations: ITERATIONS,
        salt,
        iv,
        data,
    })
}

/// Reads, checks and decrypts a chosen file for the form `form`.
async fn open_file(
    file: web_sys::File,
    passphrase: String,
    form: FormOf,
) -> Result<Draft, SavedError> {
    if file.size() > MAX_FILE {
        return Err(SavedError::NotSaved);
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(SavedError::NotSaved)?;
    let saved = SavedFile::open_for(&text, &form.0, form.2)?;
    let additional = SavedFile::additional_data(&saved.notice_id, &saved.register_name, saved.kind);
    let plain = open_answers(
        &passphrase,
        &additional,
        saved.iterations,
        &saved.salt,
        &saved.iv,
        &saved.data,
    )
    .await
    .map_err(|_| SavedError::NotOpened)?;
    Draft::from_json(&plain.as_string().unwrap_or_default()).map_err(|_| SavedError::NotOpened)
}

fn heading(tree: &mut Tree, parent: &Node, text: Text) {
    if let Some(h) = tree.element(parent, heading_tag(section_level()), &[]) {
        tree.ui_text(&h, text);
    }
}

/// Builds the panel into `host`.
fn build(tree: &mut Tree, host: &Node, c: FormController) -> Option<()> {
    let lang = c.lang;
    let section = tree.element(
        host,
        "section",
        &[("class", "seloste-saved"), ("part", "saved-answers")],
    )?;
    let section: Node = section.into();
    heading(tree, &section, words::SAVE_TITLE);
    let hint_id = c.input_id("saved-help");
    paragraph(
        tree,
        &section,
        &[("class", "seloste-hint"), ("id", &hint_id)],
        words::SAVE_HELP,
    )?;
    let new_pass = Question::new(
        tree,
        &section,
        &c.input_id("saved-new-passphrase"),
        words::NEW_PASSPHRASE,
        &[
            ("class", "seloste-input"),
            ("type", "password"),
            ("autocomplete", "new-password"),
        ],
        Some(hint_id),
    )?;
    let save = button(tree, &section, words::SAVE)?;
    let saved = tree.element(
        &section,
        "p",
        &[("class", "seloste-status"), ("role", "status")],
    )?;

    heading(tree, &section, words::OPEN_TITLE);
    paragraph(
        tree,
        &section,
        &[("class", "seloste-hint")],
        words::OPEN_HELP,
    )?;
    let chosen = Question::new(
        tree,
        &section,
        &c.input_id("saved-file"),
        words::FILE,
        &[
            ("class", "seloste-file-upload"),
            ("type", "file"),
            ("accept", ".json,application/json"),
        ],
        None,
    )?;
    let pass = Question::new(
        tree,
        &section,
        &c.input_id("saved-passphrase"),
        words::PASSPHRASE,
        &[
            ("class", "seloste-input"),
            ("type", "password"),
            ("autocomplete", "current-password"),
        ],
        None,
    )?;
    let open = button(tree, &section, words::OPEN)?;

    let busy = std::rc::Rc::new(std::cell::Cell::new(false));
    let saving = busy.clone();
    tree.on_click(&save, move || {
        let l = lang.get_untracked();
        saved.set_text_content(None);
        let passphrase = new_pass.input.value();
        if let Err(short) = check_passphrase(&passphrase) {
            new_pass.say(Some(short.get(l).to_string()), l);
            let _ = new_pass.input.focus();
            return;
        }
        new_pass.say(None, l);
        let Some(draft) = untrack(|| c.draft()) else {
            return;
        };
        if saving.replace(true) {
            return;
        }
        let (saving, new_pass, saved, form) =
            (saving.clone(), new_pass.clone(), saved.clone(), form_of(c));
        leptos::task::spawn_local(async move {
            let kind = form.2;
            match save_file(draft, passphrase, form).await {
                Some(file) => {
                    download(
                        &format!("vastaukset-{}.json", kind.name()),
                        &file.to_json().as_str().into(),
                        "application/json",
                    );
                    saved.set_text_content(Some(words::SAVED.get(lang.get_untracked())));
                }
                None => new_pass.say(
                    Some(words::NOT_SAVED_HERE.get(lang.get_untracked()).to_string()),
                    lang.get_untracked(),
                ),
            }
            saving.set(false);
        });
    });
    tree.on_click(&open, move || {
        let l = lang.get_untracked();
        let Some(file) = chosen.input.files().and_then(|f| f.get(0)) else {
            chosen.say(Some(words::CHOOSE_FILE.get(l).to_string()), l);
            let _ = chosen.input.focus();
            return;
        };
        chosen.say(None, l);
        if busy.replace(true) {
            return;
        }
        let (busy, chosen, passphrase, form) =
            (busy.clone(), chosen.clone(), pass.input.value(), form_of(c));
        leptos::task::spawn_local(async move {
            let opened = open_file(file, passphrase, form).await;
            busy.set(false);
            match opened {
                Ok(draft) => c.restore(draft),
                Err(e) => {
                    let l = lang.get_untracked();
                    chosen.say(Some(e.message(l)), l);
                    let _ = chosen.input.focus();
                }
            }
        });
    });
    Some(())
}

/// The panel in `host`, built under the current owner (the form's), its words following
/// the language.
fn mount_panel(host: &Element) {
    let c = use_form();
    let mut tree = Tree::new(document(), c.lang.get_untracked());
    let _ = build(&mut tree, host, c);
    let tree = StoredValue::new_local(tree);
    Effect::new(move || {
        let lang = c.lang.get();
        tree.update_value(|t| t.set_lang(lang));
    });
}

/// Opens the panel under `host` (made under `owner`), or closes it when it is open;
/// `pressed` (the button) says which with `aria-expanded`.
pub(crate) fn toggle(owner: Owner, pressed: &Element, host: &Element) {
    let open = host.child_element_count() > 0;
    host.set_text_content(None);
    if !open {
        owner.with(|| mount_panel(host));
    }
    let _ = pressed.set_attribute("aria-expanded", if open { "false" } else { "true" });
}

later! {
    /// [`toggle`], from the first bundle (the head of a step).
    pub(crate) fn toggle_panel(owner: Owner, pressed: web_sys::Element, host: web_sys::Element) -> () {
        toggle(owner, &pressed, &host)
    }
}
