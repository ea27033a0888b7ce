//! What a request's PDF says, before any layout: blocks of text in reading order, built
//! from the payload and the form it was made with, in the request's language. Pure, so
//! tests can check that every answer is there with its question.

use crate::i18n::{Lang, Text};
use crate::request::identity::Identity;
use crate::request::payload::{OnBehalf, Payload, Signature};
use crate::request::reference::reference;
use crate::request::spec::{FieldType, Form};

/// A piece of the document, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// The document's title (the request kind): one `H1`.
    Title(String),
    /// A section heading: `H2`.
    Heading(String),
    /// A question and its answer.
    Answer {
        /// The question's label.
        question: String,
        /// The answer as the citizen sees it.
        answer: String,
    },
    /// A paragraph of text.
    Paragraph(String),
    /// The signature area: drawn strokes, a typed name, or a blank line for a pen.
    Signature(Signature),
    /// A QR code of `data`, described for readers of the structure by `alt`.
    Qr {
        /// What the code holds.
        data: String,
        /// Its description.
        alt: String,
    },
}

/// A request's PDF content.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The language of the document.
    pub lang: Lang,
    /// The document's title (also the PDF's).
    pub title: String,
    /// What it says, in order.
    pub blocks: Vec<Block>,
    /// Repeated at the foot of every page, before "page n / m".
    pub footer: String,
    /// Embedded as `request.json`.
    pub request_json: String,
}

impl Document {
    /// Every text the document draws, or names in its structure (a QR code's description).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let blocks = self.blocks.iter().flat_map(|block| match block {
            Block::Title(text) | Block::Heading(text) | Block::Paragraph(text) => {
                [Some(text.as_str()), None]
            }
            Block::Answer { question, answer } => [Some(question.as_str()), Some(answer.as_str())],
            Block::Signature(Signature::Typed { name }) => [Some(name.as_str()), None],
            Block::Signature(_) => [None, None],
            Block::Qr { alt, .. } => [Some(alt.as_str()), None],
        });
        [self.title.as_str(), self.footer.as_str()]
            .into_iter()
            .chain(blocks.flatten())
    }
}

fn t(lang: Lang, fi: &'static str, sv: &'static str, en: &'static str) -> String {
    Text::new(fi, sv, en).get(lang).to_string()
}

fn iso_to_finnish(date: &str) -> String {
    match crate::date::Date::from_iso(date) {
        Some(day) => day.finnish(),
        None => date.to_string(),
    }
}

fn identity_text(identity: &Identity, lang: Lang) -> (String, String) {
    match identity {
        Identity::PersonalIdentityCode { value, temporary } => (
            t(
                lang,
                "Henkilötunnus",
                "Personbeteckning",
                "Personal identity code",
            ),
            if *temporary {
                format!(
                    "{value} ({})",
                    t(
                        lang,
                        "väliaikainen tunnus",
                        "tillfällig beteckning",
                        "a temporary code"
                    )
                )
            } else {
                value.clone()
            },
        ),
        Identity::NationalIdentityNumber { country, value } => (
            t(
                lang,
                "Henkilötunnus",
                "Personnummer",
                "Personal identity number",
            ),
            format!("{value} ({})", country.name().to_uppercase()),
        ),
        Identity::DateOfBirthAndIdentifier {
            date_of_birth,
            identifier_type,
            identifier,
        } => {
            let id = [identifier_type.clone(), identifier.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let value = if id.is_empty() {
                iso_to_finnish(date_of_birth)
            } else {
                format!("{}, {id}", iso_to_finnish(date_of_birth))
            };
            (
                t(
                    lang,
                    "Syntymäaika ja tunniste",
                    "Födelsedatum och identifikationsuppgift",
                    "Date of birth and identifier",
                ),
                value,
            )
        }
    }
}

/// The answer to a form question as it reads on paper: choices by their label, dates d.m.yyyy.
fn answer_text(form: &Form, id: &str, value: &str, lang: Lang) -> (String, String) {
    let Some(field) = form.field(id) else {
        return (id.to_string(), value.to_string());
    };
    let shown = match field.kind {
        FieldType::Choice => field
            .options
            .iter()
            .find(|o| o.value == value)
            .map_or(value.to_string(), |o| o.label.get(lang).to_string()),
        FieldType::Date => iso_to_finnish(value),
        _ => value.to_string(),
    };
    (field.label.get(lang).to_string(), shown)
}

/// The PDF content of a payload made with `form` (its questions give the answers' labels).
pub fn document(payload: &Payload, form: &Form) -> Document {
    let lang = payload.lang;
    let mut blocks = Vec::new();
    let answer = |question: String, answer: String| Block::Answer { question, answer };
    let title = payload.kind.title().get(lang).to_string();
    blocks.push(Block::Title(title.clone()));
    blocks.push(answer(
        t(lang, "Rekisteri", "Register", "Register"),
        payload.register.register_name.clone(),
    ));
    blocks.push(answer(
        t(
            lang,
            "Rekisterinpitäjä",
            "Personuppgiftsansvarig",
            "Controller",
        ),
        payload.register.controller.name.clone(),
    ));
    if let Some(office) = &payload.register.handled_by {
        blocks.push(answer(
            t(
                lang,
                "Pyynnön käsittelee",
                "Begäran behandlas av",
                "Handled by",
            ),
            office.name.clone(),
        ));
    }

    blocks.push(Block::Heading(t(
        lang,
        "Pyytäjä",
        "Den som gör begäran",
        "Requester",
    )));
    let r = &payload.requester;
    blocks.push(answer(t(lang, "Nimi", "Namn", "Name"), r.name.clone()));
    let (label, value) = identity_text(&r.identity, lang);
    blocks.push(answer(label, value));
    if let Some(by) = &r.identified_by {
        blocks.push(answer(
            t(
                lang,
                "Tunnistettu palvelussa",
                "Identifierad i tjänsten",
                "Identified through",
            ),
            by.clone(),
        ));
    }
    for (label, value) in [
        (t(lang, "Osoite", "Adress", "Address"), &r.address),
        (t(lang, "Puhelin", "Telefon", "Phone"), &r.phone),
        (t(lang, "Sähköposti", "E-post", "Email"), &r.email),
    ] {
        if let Some(value) = value {
            blocks.push(answer(label, value.clone()));
        }
    }

    let subject = match &payload.on_behalf {
        OnBehalf::None => None,
        OnBehalf::GuardianOfMinor {
            subject_name,
            subject_identity,
        } => Some((
            t(
                lang,
                "Alaikäisen huoltaja",
                "Vårdnadshavare för en minderårig",
                "Guardian of a minor",
            ),
            subject_name,
            subject_identity,
        )),
        OnBehalf::LegalGuardian {
            subject_name,
            subject_identity,
        } => Some((
            t(lang, "Edunvalvoja", "Intressebevakare", "Legal guardian"),
            subject_name,
            subject_identity,
        )),
        OnBehalf::AuthorisedPerson {
            subject_name,
            subject_identity,
        } => Some((
            t(lang, "Valtuutettu", "Befullmäktigad", "Authorised person"),
            subject_name,
            subject_identity,
        )),
    };
    if let Some((role, name, identity)) = subject {
        blocks.push(Block::Heading(t(
            lang,
            "Kenen puolesta",
            "För vem",
            "On behalf of",
        )));
        blocks.push(answer(
            t(
                lang,
                "Pyytäjän asema",
                "Den begärandes roll",
                "The requester acts as",
            ),
            role,
        ));
        blocks.push(answer(t(lang, "Nimi", "Namn", "Name"), name.clone()));
        let (label, value) = identity_text(identity, lang);
        blocks.push(answer(label, value));
    }

    blocks.push(Block::Heading(t(lang, "Pyyntö", "Begäran", "The request")));
    // In the order the form asks them.
    for field in form.fields() {
        if let Some(value) = payload.details.get(&field.id) {
            let (q, a) = answer_text(form, &field.id, value, lang);
            blocks.push(answer(q, a));
        }
    }
    if let Some(delivery) = &payload.delivery {
        let (q, a) = answer_text(form, "delivery", delivery, lang);
        blocks.push(answer(q, a));
    }
    if let Some(answer_lang) = payload.answer_lang {
        blocks.push(answer(
            t(
                lang,
                "Vastauksen kieli",
                "Svarets språk",
                "Language of the answer",
            ),
            answer_lang.native_name().to_string(),
        ));
    }
    if !payload.attachments.is_empty() {
        let names = payload
            .attachments
            .iter()
            .map(|a| a.name.clone())
            .collect::<Vec<_>>()
            .join(", ");
        blocks.push(answer(t(lang, "Liitteet", "Bilagor", "Attachments"), names));
    }

    blocks.push(Block::Heading(t(
        lang,
        "Allekirjoitus",
        "Underskrift",
        "Signature",
    )));
    let place_date = [
        payload.place.clone(),
        payload.date.as_deref().map(iso_to_finnish),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    blocks.push(answer(
        t(lang, "Paikka ja aika", "Ort och datum", "Place and date"),
        place_date,
    ));
    blocks.push(Block::Signature(
        payload.signature.clone().unwrap_or(Signature::OnPaper),
    ));
    blocks.push(answer(
        t(
            lang,
            "Nimenselvennys",
            "Namnförtydligande",
            "Name in block letters",
        ),
        r.name.clone(),
    ));

    let reference = reference(&payload.id);
    if let Some(seal) = &payload.seal {
        blocks.push(Block::Heading(t(lang, "Sinetti", "Försegling", "Seal")));
        blocks.push(Block::Paragraph(t(
            lang,
            "Sinetin tiivisteen avulla tätä pyyntöä voi verrata rekisterinpitäjän vastaanottamaan kappaleeseen: sama tiiviste tarkoittaa samaa pyyntöä. Muutettu pyyntö ei täsmää sinettiinsä, ellei sitä ole sinetöity uudelleen, jolloin sen tiiviste on eri. Koko pyyntö on tämän PDF-tiedoston liitteenä (request.json).",
            "Med förseglingens kontrollsumma kan denna begäran jämföras med det exemplar som den personuppgiftsansvarige tog emot: samma kontrollsumma betyder samma begäran. En ändrad begäran stämmer inte med sin försegling, om den inte har förseglats på nytt, och då är kontrollsumman en annan. Hela begäran är bifogad till denna PDF-fil (request.json).",
            "The seal's digest lets this request be compared with the copy the controller received: the same digest means the same request. A changed request no longer matches its seal unless it was sealed again, and then its digest is different. The whole request is attached to this PDF file (request.json).",
        )));
        blocks.push(answer(
            t(
                lang,
                "Tiiviste (SHA-256)",
                "Kontrollsumma (SHA-256)",
                "Digest (SHA-256)",
            ),
            seal.digest.clone(),
        ));
        blocks.push(answer(
            t(
                lang,
                "Avaimen sormenjälki",
                "Nyckelns fingeravtryck",
                "Key fingerprint",
            ),
            crate::seal::thumbprint(&seal.jwk),
        ));
        blocks.push(Block::Qr {
            data: format!("{reference} {}", seal.digest),
            alt: t(
                lang,
                "QR-koodi: pyynnön tunnus ja tiiviste",
                "QR-kod: begärans referens och kontrollsumma",
                "QR code: the request's reference and digest",
            ),
        });
    }

    Document {
        lang,
        title: format!("{title} – {}", payload.register.register_name),
        blocks,
        footer: format!(
            "{} {reference}",
            t(lang, "Pyynnön tunnus", "Begärans referens", "Reference")
        ),
        request_json: serde_json::to_string_pretty(payload).unwrap_or_default(),
    }
}
