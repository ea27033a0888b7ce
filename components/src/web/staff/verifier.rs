//! The registry office's verifier: choose or drop a request PDF (or its `request.json`, or
//! a request encrypted to the office, `.jwe`); the request is read out of it in this
//! browser (nothing is sent anywhere), its seal and contract are checked
//! ([`crate::pdf::verify::inspect_with`]), and the report says each check and exactly what
//! does not match; a request whose seal holds is shown in full. The office's key file
//! (read here, never sent) opens encrypted requests and checks receipts; a receipt given
//! is checked against the request.

use crate::i18n::{Lang, Text};
use crate::pdf::verify::{inspect_with, Evidence, Inspection, Status};
use crate::pdf::{document, Block};
use crate::request::drawing::svg_path;
use crate::request::payload::Signature;
use crate::request::spec::FormSet;
use crate::web::dom::{chosen_file, file_bytes, tr};
use leptos::prelude::*;

const TITLE: Text = Text::new(
    "Tarkista pyyntö",
    "Kontrollera en begäran",
    "Check a request",
);
const INTRO: Text = Text::new(
    "Valitse seloste-palvelulla tehty pyyntö tai vedä se tähän: PDF-tiedosto, request.json tai kirjaamolle salattu pyyntö (.jwe). Tiedosto tarkistetaan tässä selaimessa, eikä sitä lähetetä minnekään.",
    "Välj en begäran som gjorts med seloste eller dra den hit: en PDF-fil, request.json eller en begäran som är krypterad till registratorskontoret (.jwe). Filen kontrolleras i den här webbläsaren och skickas ingenstans.",
    "Choose or drop here a request made with seloste: a PDF file, request.json or a request encrypted to the registry office (.jwe). The file is checked in this browser and sent nowhere.",
);
const FILE_LABEL: Text = Text::new(
    "Pyynnön PDF-tiedosto, request.json tai salattu pyyntö",
    "Begärans PDF-fil, request.json eller den krypterade begäran",
    "The request's PDF file, request.json or the encrypted request",
);
const INTACT: Text = Text::new(
    "Pyyntö täsmää sinettiinsä: sitä ei ole muutettu sinetöinnin jälkeen.",
    "Begäran stämmer med sin försegling: den har inte ändrats sedan den förseglades.",
    "The request matches its seal: it has not been changed since it was sealed.",
);
const BROKEN: Text = Text::new(
    "Pyyntöön ei voi luottaa: tarkistus ei mennyt läpi.",
    "Det går inte att lita på begäran: kontrollen gick inte igenom.",
    "The request cannot be trusted: the check did not pass.",
);
const SEAL_NOTE: Text = Text::new(
    "Sinetin voi kuitenkin tehdä uudelleen: muutetun pyynnön voi sinetöidä uudella avaimella, ja sekin sinetti täsmää. Täsmäävä sinetti ei siis osoita, että pyyntö on sama, jonka rekisteröity teki, eikä sitä, kuka sen teki. Vertaa tiivistettä tämän tiedoston ulkopuoliseen tietoon: organisaationne vastaanottaman kappaleen tai rekisteröidyn kuitin tiivisteeseen. Pyynnön tekijän osoittaa allekirjoitus paperilla tai vahva sähköinen tunnistaminen.",
    "En försegling kan dock göras på nytt: en ändrad begäran kan förseglas med en ny nyckel, och även den förseglingen stämmer. En försegling som stämmer visar alltså inte att det är den begäran som den registrerade gjorde, och inte heller vem som gjorde den. Jämför kontrollsumman med en uppgift utanför den här filen: kontrollsumman i det exemplar som er organisation tog emot eller i den registrerades kvitto. Vem som gjorde begäran visas av en underskrift på papper eller av stark autentisering.",
    "A seal can be made again, though: a changed request can be sealed with a new key, and that seal matches too. So a matching seal does not show that this is the request the data subject made, nor who made it. Compare the digest with a record outside this file: the digest of the copy your office received, or of the data subject's receipt. Who made the request is shown by a signature on paper or by strong electronic identification.",
);
const REQUEST: Text = Text::new("Pyyntö", "Begäran", "The request");
const KEYS_LABEL: Text = Text::new(
    "Kirjaamon avaintiedosto (valinnainen)",
    "Registratorskontorets nyckelfil (valfritt)",
    "The registry office's key file (optional)",
);
const KEYS_HINT: Text = Text::new(
    "Yksityiset avaimet avaavat kirjaamolle salatun pyynnön (.jwe) ja tarkistavat kuitin; julkiset avaimet tarkistavat vain kuitin. Tiedosto luetaan tässä selaimessa, eikä se lähde tältä sivulta.",
    "Privata nycklar öppnar en begäran som är krypterad till registratorskontoret (.jwe) och kontrollerar kvittot; publika nycklar kontrollerar bara kvittot. Filen läses i den här webbläsaren och lämnar inte sidan.",
    "Private keys open a request encrypted to the registry office (.jwe) and check the receipt; public keys check the receipt only. The file is read in this browser and never leaves this page.",
);
const KEYS_READ: Text = Text::new("Avaimia luettu:", "Nycklar lästa:", "Keys read:");
const RECEIPT_LABEL: Text = Text::new(
    "Kirjaamon kuitti (valinnainen)",
    "Registratorskontorets kvitto (valfritt)",
    "The registry office's receipt (optional)",
);
const TOO_LARGE: Text = Text::new(
    "Tiedosto on liian suuri (yli 20 Mt), joten se ei voi olla pyyntö.",
    "Filen är för stor (över 20 MB) för att vara en begäran.",
    "The file is too large (over 20 MB) to be a request.",
);
const UNREADABLE: Text = Text::new(
    "Tiedostoa ei voitu lukea.",
    "Filen kunde inte läsas.",
    "The file could not be read.",
);
const PASSED: Text = Text::new("Kunnossa", "Godkänd", "Passed");
const FAILED: Text = Text::new("Ei täsmää", "Stämmer inte", "Failed");
const SKIPPED: Text = Text::new("Ei tarkistettu", "Inte kontrollerad", "Not checked");
const SIGNED_ON_PAPER: Text = Text::new(
    "Allekirjoitetaan paperilla",
    "Undertecknas på papper",
    "To be signed on paper",
);

const MAX_FILE: f64 = 20.0 * 1024.0 * 1024.0;

/// What the page shows after a file was read.
#[derive(Clone)]
enum Outcome {
    Checked(String, Inspection),
    Unreadable(Text),
}

/// The bytes of a chosen file, or what to say instead.
async fn bytes_of(file: web_sys::File) -> Result<(String, Vec<u8>), Text> {
    if file.size() > MAX_FILE {
        return Err(TOO_LARGE);
    }
    let bytes = file_bytes(&file).await.ok_or(UNREADABLE)?;
    Ok((file.name(), bytes))
}

/// The verifier. `forms` is the forms file whose questions label the answers shown.
#[component]
pub fn VerifierView(#[prop(into)] lang: Signal<Lang>, forms: Option<FormSet>) -> impl IntoView {
    let outcome = RwSignal::new(None::<Outcome>);
    let forms = StoredValue::new(forms);
    // The request file last read, and what the office gave besides: each change checks again.
    let request = StoredValue::new(None::<(String, Vec<u8>)>);
    let evidence = StoredValue::new(Evidence::default());
    let keys_said = RwSignal::new(None::<Result<usize, String>>);
    let check = move || {
        if let Some((name, bytes)) = request.get_value() {
            let inspection = evidence.with_value(|e| inspect_with(&bytes, e));
            outcome.set(Some(Outcome::Checked(name, inspection)));
        }
    };
    let take = move |file: Option<web_sys::File>| {
        if let Some(file) = file {
            leptos::task::spawn_local(async move {
                match bytes_of(file).await {
                    Ok(read) => {
                        request.set_value(Some(read));
                        check();
                    }
                    Err(text) => outcome.set(Some(Outcome::Unreadable(text))),
                }
            });
        }
    };
    let chosen = move |ev: leptos::ev::Event| take(chosen_file(&ev));
    let keys_chosen = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else { return };
        leptos::task::spawn_local(async move {
            let text = bytes_of(file)
                .await
                .ok()
                .and_then(|(_, b)| String::from_utf8(b).ok());
            let read = Evidence {
                receipt: evidence.with_value(|e| e.receipt.clone()),
                ..Evidence::default()
            }
            .with_keys(&text.unwrap_or_default());
            match read {
                Ok(read) => {
                    let count = read.public.as_ref().map_or(0, |set| set.keys.len());
                    evidence.set_value(read);
                    keys_said.set(Some(Ok(count)));
                }
                Err(e) => {
                    evidence.update_value(|e| {
                        *e = Evidence {
                            receipt: e.receipt.take(),
                            ..Evidence::default()
                        }
                    });
                    keys_said.set(Some(Err(e.message(lang.get_untracked()))));
                }
            }
            check();
        });
    };
    let receipt_chosen = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else { return };
        leptos::task::spawn_local(async move {
            let text = bytes_of(file)
                .await
                .ok()
                .and_then(|(_, b)| String::from_utf8(b).ok());
            evidence.update_value(|e| e.receipt = Some(text.unwrap_or_default()));
            check();
        });
    };
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        take(
            ev.data_transfer()
                .and_then(|d| d.files())
                .and_then(|l| l.get(0)),
        );
    };
    let keys_status = move || {
        keys_said.get().map(|said| match said {
            Ok(count) => view! { <p class="seloste-hint seloste-keys-read">{tr(KEYS_READ, lang)} " " {count}</p> }.into_any(),
            Err(message) => view! { <p class="seloste-error-message" role="alert">{message}</p> }.into_any(),
        })
    };
    let report = move || {
        outcome.get().map(|o| match o {
            Outcome::Unreadable(text) => view! { <p class="seloste-error-message" role="alert">{tr(text, lang)}</p> }.into_any(),
            Outcome::Checked(name, inspection) => {
                let holds = inspection.holds();
                let request = inspection.payload.clone().and_then(|p| {
                    let form = forms.with_value(|f| f.as_ref()?.form(p.kind).ok())?;
                    Some(document(&p, &form))
                });
                let checks = move || {
                    inspection.checks(lang.get()).into_iter().map(|c| {
                        let (class, word) = match c.status {
                            Status::Passed => ("seloste-check seloste-check--passed", PASSED),
                            Status::Failed => ("seloste-check seloste-check--failed", FAILED),
                            Status::Skipped => ("seloste-check seloste-check--skipped", SKIPPED),
                        };
                        view! {
                            <li class=class>
                                <strong>{word.get(lang.get())} ": "</strong> {c.label}
                                {c.detail.map(|d| view! { <br/><span class="seloste-check-detail">{d}</span> })}
                            </li>
                        }
                    }).collect_view()
                };
                view! {
                    <div class=if holds { "seloste-panel seloste-panel--passed" } else { "seloste-panel seloste-panel--failed" } role="status">
                        <p><strong>{name}</strong></p>
                        <p class="seloste-verdict">{tr(if holds { INTACT } else { BROKEN }, lang)}</p>
                    </div>
                    <ul class="seloste-checks">{checks}</ul>
                    <p class="seloste-hint">{tr(SEAL_NOTE, lang)}</p>
                    {request.map(|doc| view! {
                        <section class="seloste-verified-request" lang=doc.lang.name() aria-label=tr(REQUEST, lang)>
                            {doc.blocks.into_iter().map(|b| block_view(b, doc.lang)).collect_view()}
                        </section>
                    })}
                }
                .into_any()
            }
        })
    };
    view! {
        <div class="seloste-verifier">
            <h1>{tr(TITLE, lang)}</h1>
            <p>{tr(INTRO, lang)}</p>
            <div class="seloste-drop" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=dropped>
                <label class="seloste-label" for="seloste-verify-file">{tr(FILE_LABEL, lang)}</label>
                <input class="seloste-file-upload" id="seloste-verify-file" type="file" accept="application/pdf,application/json,application/jose,.pdf,.json,.jwe" on:change=chosen/>
            </div>
            <div class="seloste-form-group">
                <label class="seloste-label" for="seloste-verify-keys">{tr(KEYS_LABEL, lang)}</label>
                <p class="seloste-hint" id="seloste-verify-keys-hint">{tr(KEYS_HINT, lang)}</p>
                <input class="seloste-file-upload" id="seloste-verify-keys" type="file" accept="application/json,.json,.jwk" aria-describedby="seloste-verify-keys-hint" on:change=keys_chosen/>
                {keys_status}
            </div>
            <div class="seloste-form-group">
                <label class="seloste-label" for="seloste-verify-receipt">{tr(RECEIPT_LABEL, lang)}</label>
                <input class="seloste-file-upload" id="seloste-verify-receipt" type="file" accept="application/jose,.jws" on:change=receipt_chosen/>
            </div>
            <div aria-live="polite">{report}</div>
        </div>
    }
}

/// One block of the request's document as HTML (the same content the PDF shows).
fn block_view(block: Block, lang: Lang) -> AnyView {
    match block {
        Block::Title(text) => view! { <h2>{text}</h2> }.into_any(),
        Block::Heading(text) => view! { <h3>{text}</h3> }.into_any(),
        Block::Answer { question, answer } => view! {
            <dl class="seloste-summary-list"><div class="seloste-summary-row"><dt>{question}</dt><dd class="seloste-summary-value">{answer}</dd></div></dl>
        }
        .into_any(),
        Block::Paragraph(text) => view! { <p>{text}</p> }.into_any(),
        Block::Signature(Signature::Typed { name }) => view! { <p class="seloste-typed-signature">{name}</p> }.into_any(),
        Block::Signature(Signature::Drawn { strokes }) => view! {
            <svg class="seloste-drawing-area" viewBox="0 0 1000 1000" preserveAspectRatio="none" role="img" aria-label=crate::request::drawing::DRAWN.get(lang)>
                <path d=svg_path(&strokes) fill="none" stroke="currentColor" stroke-width="3" vector-effect="non-scaling-stroke"/>
            </svg>
        }
        .into_any(),
        Block::Signature(Signature::OnPaper) => view! { <p>{SIGNED_ON_PAPER.get(lang)}</p> }.into_any(),
        Block::Qr { .. } => ().into_any(),
    }
}
