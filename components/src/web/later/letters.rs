//! The reminder and complaint letters of one request (`after/letters.rs`): each as text to
//! copy and as a PDF (made by the PDF maker's bundle, `pdf_download::letter_pdf`), with
//! where to send it. Built with the DOM builder, inside "my requests" (`my_requests.rs`).
//!
//! The name, contact details and reminder day typed here ([`Typed`]) go into the letters
//! only: they live as long as the list is shown and are never stored.

use crate::after::kept::{read_day, words as kept_words};
use crate::after::letters::{complaint, reminder, send_to, Facts, Letter, LetterKind, Signer};
use crate::i18n::{ui, Lang, Text};
use crate::web::dom::heading::heading_tag;
use crate::web::dom::tree::Tree;
use crate::web::dom::{download, today};
use crate::web::later::parts::{paragraph, Question, SECONDARY};
use crate::web::later::pdf_download::letter_pdf;
use crate::web::platform::host::PdfAssets;
use js_sys::{Function, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node};

/// What the citizen typed into the letters' form.
#[derive(Clone, Debug, Default)]
pub(crate) struct Typed {
    pub signer: Signer,
    pub reminded: String,
}

pub mod words {
    use crate::i18n::Text;

    pub const HELP: Text = Text::new(
        "Tee ensin muistutus rekisterinpitäjälle. Jos se ei auta, tee valitus tietosuojavaltuutetulle. Voit kirjoittaa nimesi ja yhteystietosi kirjeisiin tässä; niitä ei tallenneta. Voit myös jättää ne tyhjiksi ja kirjoittaa ne tulostettuun kirjeeseen.",
        "Skicka först en påminnelse till den personuppgiftsansvarige. Om det inte hjälper, lämna in ett klagomål till dataombudsmannen. Du kan skriva ditt namn och dina kontaktuppgifter i breven här; de sparas inte. Du kan också lämna dem tomma och skriva dem i det utskrivna brevet.",
        "First make a reminder to the controller. If that does not help, make a complaint to the Data Protection Ombudsman. You can write your name and contact details into the letters here; they are not kept. You can also leave them empty and write them on the printed letter.",
    );
    pub const NAME: Text = Text::new(
        "Nimesi (valinnainen)",
        "Ditt namn (valfritt)",
        "Your name (optional)",
    );
    pub const CONTACT: Text = Text::new(
        "Osoitteesi tai sähköpostiosoitteesi vastausta varten (valinnainen)",
        "Din adress eller e-postadress för svaret (valfritt)",
        "Your address or e-mail address for the answer (optional)",
    );
    pub const REMINDED_ON: Text = Text::new(
        "Päivä, jona lähetit muistutuksen (valinnainen)",
        "Dagen då du skickade påminnelsen (valfritt)",
        "Day you sent the reminder (optional)",
    );
    pub const REMINDED_ON_BAD: Text = Text::new(
        "Kirjoita päivä muodossa pp.kk.vvvv, esimerkiksi 3.11.2026, tai jätä kenttä tyhjäksi.",
        "Skriv dagen i formen dd.mm.åååå, till exempel 3.11.2026, eller lämna fältet tomt.",
        "Enter the day as dd.mm.yyyy, for example 3.11.2026, or leave it empty.",
    );
    pub const REMINDER: Text = Text::new(
        "Muistutus rekisterinpitäjälle",
        "Påminnelse till den personuppgiftsansvarige",
        "Reminder to the controller",
    );
    pub const COMPLAINT: Text = Text::new(
        "Valitus tietosuojavaltuutetulle",
        "Klagomål till dataombudsmannen",
        "Complaint to the Data Protection Ombudsman",
    );
    pub const TEXT: Text = Text::new("Kirjeen teksti", "Brevets text", "The letter's text");
    pub const COPY: Text = Text::new("Kopioi teksti", "Kopiera texten", "Copy the text");
    pub const COPIED: Text = Text::new(
        "Teksti on kopioitu. Liitä se viestiin tai lomakkeeseen.",
        "Texten har kopierats. Klistra in den i ett meddelande eller en blankett.",
        "The text is copied. Paste it into a message or a form.",
    );
    pub const NOT_COPIED: Text = Text::new(
        "Tekstiä ei voitu kopioida. Valitse teksti ja kopioi se itse.",
        "Texten kunde inte kopieras. Markera texten och kopiera den själv.",
        "The text could not be copied. Select the text and copy it yourself.",
    );
    pub const PDF: Text = Text::new(
        "Lataa PDF-tiedostona",
        "Ladda ner som PDF-fil",
        "Download as a PDF file",
    );
    pub const PDF_MADE: Text = Text::new(
        "PDF-tiedosto on ladattu.",
        "PDF-filen har laddats ner.",
        "The PDF file was downloaded.",
    );
    pub const PDF_FAILED: Text = Text::new(
        "PDF-tiedostoa ei voitu tehdä. Tarkista verkkoyhteys ja yritä uudelleen tai kopioi teksti.",
        "PDF-filen kunde inte skapas. Kontrollera nätverksanslutningen och försök igen, eller kopiera texten.",
        "The PDF file could not be made. Check your connection and try again, or copy the text.",
    );
}

/// Copies `text` with the asynchronous clipboard API; whether it was copied.
async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = Reflect::get(&window.navigator(), &"clipboard".into()).ok();
    let write = clipboard
        .as_ref()
        .and_then(|c| Reflect::get(c, &"writeText".into()).ok())
        .and_then(|f| f.dyn_into::<Function>().ok());
    let (Some(clipboard), Some(write)) = (clipboard, write) else {
        return false;
    };
    let promise = write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match promise {
        Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
        None => false,
    }
}

/// The two letters as they read now.
fn letters(facts: &Facts, typed: &Typed, lang: Lang) -> [Letter; 2] {
    let on = read_day(&typed.reminded).filter(|d| *d <= today());
    [
        reminder(facts, &typed.signer, today(), lang),
        complaint(facts, &typed.signer, on, today(), lang),
    ]
}

/// Says `text` in `status` (polite) or, when it `failed`, in `alert`.
fn say(status: &Element, alert: &Element, text: Text, failed: bool, lang: Lang) {
    status.set_text_content((!failed).then(|| text.get(lang)));
    alert.set_text_content(failed.then(|| text.get(lang)));
}

/// One letter: where it goes, its text, copy and PDF. Returns its text area.
#[allow(clippy::too_many_arguments)]
fn letter_part(
    tree: &mut Tree,
    parent: &Node,
    kind: LetterKind,
    facts: &Facts,
    current: impl Fn() -> Letter + 'static,
    lang: Lang,
    level: u8,
    pdf: Option<PdfAssets>,
    id: &str,
) -> Option<Element> {
    let h = tree.element(parent, heading_tag(level), &[])?;
    let title = if kind == LetterKind::Reminder {
        words::REMINDER
    } else {
        words::COMPLAINT
    };
    tree.ui_text(&h, title);
    let to = tree.element(parent, "p", &[])?;
    tree.text(&to, &send_to(kind, facts, lang));
    let field = tree.element(parent, "div", &[("class", "seloste-field")])?;
    let label = tree.element(&field, "label", &[("class", "seloste-label"), ("for", id)])?;
    tree.ui_text(&label, words::TEXT);
    let area = tree.element(
        &field,
        "textarea",
        &[
            ("class", "seloste-textarea"),
            ("id", id),
            ("readonly", ""),
            ("rows", "12"),
        ],
    )?;
    area.set_text_content(Some(&current().text()));
    let actions = tree.element(parent, "p", &[("class", "seloste-outbox-actions")])?;
    let copy_button = tree.element(&actions, "button", &SECONDARY)?;
    tree.ui_text(&copy_button, words::COPY);
    tree.text(&actions, " ");
    let pdf_button = match pdf {
        Some(_) => {
            let b = tree.element(&actions, "button", &SECONDARY)?;
            tree.ui_text(&b, words::PDF);
            Some(b)
        }
        None => None,
    };
    let status = tree.element(
        parent,
        "p",
        &[("class", "seloste-hint"), ("role", "status")],
    )?;
    let alert = tree.element(
        parent,
        "p",
        &[("class", "seloste-error-message"), ("role", "alert")],
    )?;
    let current = Rc::new(current);
    let (s, a, letter) = (status.clone(), alert.clone(), current.clone());
    tree.on_click(&copy_button, move || {
        let (s, a, text) = (s.clone(), a.clone(), letter().text());
        leptos::task::spawn_local(async move {
            let copied = copy(&text).await;
            let said = if copied {
                words::COPIED
            } else {
                words::NOT_COPIED
            };
            say(&s, &a, said, !copied, lang);
        });
    });
    if let (Some(button), Some(assets)) = (pdf_button, pdf) {
        let busy = Rc::new(std::cell::Cell::new(false));
        let name = Letter::file_name(kind, &facts.reference);
        tree.on_click(&button, move || {
            if busy.replace(true) {
                return;
            }
            say(&status, &alert, ui::MAKING_PDF, false, lang);
            let letter = current();
            let (status, alert, busy, assets, name) = (
                status.clone(),
                alert.clone(),
                busy.clone(),
                assets.clone(),
                name.clone(),
            );
            leptos::task::spawn_local(async move {
                let json = serde_json::to_string(&letter).unwrap_or_default();
                match letter_pdf(&assets, &json, lang).await {
                    Ok(bytes) => {
                        let bytes = js_sys::Uint8Array::from(bytes.as_slice());
                        download(&name, &bytes.into(), "application/pdf");
                        say(&status, &alert, words::PDF_MADE, false, lang);
                    }
                    Err(why) => {
                        web_sys::console::error_2(
                            &"seloste: the letter's PDF was not made".into(),
                            &why,
                        );
                        say(&status, &alert, words::PDF_FAILED, true, lang);
                    }
                }
                busy.set(false);
            });
        });
    }
    Some(area)
}

/// Where the letters are built: in which language, under which heading level, with what
/// PDF maker, their element ids starting with `prefix`.
pub(crate) struct Place<'a> {
    pub lang: Lang,
    pub level: u8,
    pub pdf: Option<PdfAssets>,
    pub prefix: &'a str,
}

/// The letters of one request into `parent`; `typed` keeps what the citizen typed while
/// the list is shown.
pub(crate) fn build_letters(
    tree: &mut Tree,
    parent: &Node,
    facts: Facts,
    typed: Rc<RefCell<Typed>>,
    place: Place,
) -> Option<()> {
    let Place {
        lang,
        level,
        pdf,
        prefix,
    } = place;
    let panel: Node = tree
        .element(parent, "div", &[("class", "seloste-inset")])?
        .into();
    let h = tree.element(&panel, heading_tag(level), &[])?;
    tree.ui_text(&h, kept_words::LETTERS);
    paragraph(tree, &panel, &[], words::HELP)?;
    let text_input = [
        ("class", "seloste-input"),
        ("type", "text"),
        ("spellcheck", "false"),
    ];
    let name = Question::new(
        tree,
        &panel,
        &format!("{prefix}-name"),
        words::NAME,
        &[text_input[0], text_input[1], ("autocomplete", "name")],
        None,
    )?;
    let contact = Question::new(
        tree,
        &panel,
        &format!("{prefix}-contact"),
        words::CONTACT,
        &text_input,
        None,
    )?;
    let facts = Rc::new(facts);
    let now = {
        let (facts, typed) = (facts.clone(), typed.clone());
        move |which: usize| {
            let [r, c] = letters(&facts, &typed.borrow(), lang);
            if which == 0 {
                r
            } else {
                c
            }
        }
    };
    let reminder_area = letter_part(
        tree,
        &panel,
        LetterKind::Reminder,
        &facts,
        {
            let now = now.clone();
            move || now(0)
        },
        lang,
        level + 1,
        pdf.clone(),
        &format!("{prefix}-reminder"),
    )?;
    let reminded = Question::new(
        tree,
        &panel,
        &format!("{prefix}-reminded"),
        words::REMINDED_ON,
        &text_input,
        None,
    )?;
    let complaint_area = letter_part(
        tree,
        &panel,
        LetterKind::Complaint,
        &facts,
        {
            let now = now.clone();
            move || now(1)
        },
        lang,
        level + 1,
        pdf,
        &format!("{prefix}-complaint"),
    )?;
    {
        let t = typed.borrow();
        name.input.set_value(&t.signer.name);
        contact.input.set_value(&t.signer.contact);
        reminded.input.set_value(&t.reminded);
    }
    // Every keystroke: what was typed is taken, and both letters are written again.
    for question in [name.clone(), contact.clone(), reminded.clone()] {
        let (name, contact, reminded) = (name.clone(), contact.clone(), reminded.clone());
        let (typed, now) = (typed.clone(), now.clone());
        let (reminder_area, complaint_area) = (reminder_area.clone(), complaint_area.clone());
        tree.on_event(&question.input.clone().into(), "input", move |_| {
            {
                let mut t = typed.borrow_mut();
                t.signer = Signer {
                    name: name.input.value(),
                    contact: contact.input.value(),
                };
                t.reminded = reminded.input.value();
            }
            reminder_area.set_text_content(Some(&now(0).text()));
            complaint_area.set_text_content(Some(&now(1).text()));
        });
    }
    // The reminder's day is checked when the citizen leaves it, not at each keystroke.
    let day = reminded.clone();
    tree.on_event(&reminded.input.clone().into(), "change", move |_| {
        let text = day.input.value();
        let bad = !text.trim().is_empty() && read_day(&text).is_none_or(|d| d > today());
        day.say(
            bad.then(|| words::REMINDED_ON_BAD.get(lang).to_string()),
            lang,
        );
    });
    Some(())
}
