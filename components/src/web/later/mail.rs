//! The mail path of the confirmation (`mailto` adapter): a message ready in the citizen's
//! email program, and the file to attach. When the notice names an encryption key of the
//! registry office, the file is the request encrypted to the office (a `.jwe` that only
//! the office can open) and the message names nothing of the requester; otherwise it is
//! the PDF, with a warning that ordinary email is not encrypted and the office's secure
//! channel when the notice names one.

use crate::i18n::{ui, Lang, Text};
use crate::notice::Notice;
use crate::office::keys::{KeyUse, OfficeKeys};
use crate::request::receipt::Receipt;
use crate::submit::encode;
use crate::web::dom::download;
use crate::web::dom::heading::{section_level, Heading};
use crate::web::dom::tr;
use crate::web::later::office;
use leptos::prelude::*;

const HELP_ENCRYPTED: Text = Text::new(
    "Tallenna ensin pyyntö salattuna tiedostona, jonka vain kirjaamo voi avata. Sähköpostiohjelmasi avautuu valmiilla viestillä: liitä tiedosto viestiin ennen lähettämistä.",
    "Spara först begäran som en krypterad fil som bara registratorskontoret kan öppna. Ditt e-postprogram öppnas med ett färdigt meddelande: bifoga filen innan du skickar.",
    "First save the request as an encrypted file that only the registry office can open. Your email program opens with a message ready: attach the file before sending.",
);
const NOTE_ENCRYPTED: Text = Text::new(
    "Sähköpostiviesti itse ei ole salattu, joten siinä on vain pyynnön laji, rekisteri ja tunnus. Pyyntö on liitetiedostossa, joka on salattu kirjaamolle.",
    "Själva e-postmeddelandet är inte krypterat, så det innehåller bara typen av begäran, registret och referensen. Begäran finns i den bifogade filen, som är krypterad till registratorskontoret.",
    "The email message itself is not encrypted, so it holds only the kind of request, the register and its reference. The request is in the attached file, which is encrypted to the registry office.",
);
const SAVE_ENCRYPTED: Text = Text::new(
    "Tallenna salattu pyyntö",
    "Spara den krypterade begäran",
    "Save the encrypted request",
);
const NOT_ENCRYPTED: Text = Text::new(
    "Pyyntöä ei voitu salata kirjaamolle. Lataa pyyntö PDF-tiedostona ja toimita se paperilla tai organisaation suojatulla yhteydellä.",
    "Begäran kunde inte krypteras till registratorskontoret. Ladda ner begäran som PDF-fil och lämna in den på papper eller via organisationens skyddade kanal.",
    "The request could not be encrypted to the registry office. Download it as a PDF file and deliver it on paper or through the organisation's secure channel.",
);

/// Whether the notice names a key the request can be encrypted to (a key set at an
/// address is fetched when the file is saved).
fn encrypts(notice: &Notice) -> bool {
    match &notice.requests.keys {
        Some(inline @ OfficeKeys::Inline(_)) => inline
            .key_set()
            .and_then(Result::ok)
            .is_some_and(|set| set.for_use(KeyUse::Encryption).is_ok()),
        Some(OfficeKeys::Address(_)) => true,
        None => false,
    }
}

/// The mail section for a request to `to`.
pub fn mail_section(receipt: &Receipt, to: &str, notice: Notice, lang: Signal<Lang>) -> AnyView {
    let l = lang.get_untracked();
    let subject = format!(
        "{} {}",
        receipt.payload.kind.title().get(l),
        receipt.reference
    );
    let channel = notice.requests.secure_channel.clone().map(|url| view! {
        <p>{tr(ui::SECURE_CHANNEL, lang)} " " <a class="seloste-secure-channel" href=url.clone()>{url.clone()}</a></p>
    });
    if !encrypts(&notice) {
        let href = encode::mailto(to, &subject, &encode::mail_body(&receipt.payload, l));
        // Ordinary e-mail is not encrypted: said before the button.
        return view! {
            <Heading level=section_level()>{tr(ui::SEND_BY_EMAIL, lang)}</Heading>
            <p>{tr(ui::MAIL_HELP, lang)}</p>
            <p class="seloste-mail-warning">{tr(ui::MAIL_NOT_ENCRYPTED, lang)}</p>
            {channel}
            <p><a class="seloste-button" part="button" href=href>{tr(ui::SEND_BY_EMAIL, lang)}</a></p>
        }
        .into_any();
    }
    let href = encode::mailto(
        to,
        &subject,
        &encode::encrypted_mail_body(&receipt.payload, l),
    );
    let failed = RwSignal::new(false);
    let name = format!(
        "pyynto-{}.{}",
        receipt.reference,
        crate::office::encrypted::FILE_EXTENSION
    );
    let json = serde_json::to_string(&receipt.payload).unwrap_or_default();
    let save = move |_| {
        let (notice, json, name) = (notice.clone(), json.clone(), name.clone());
        leptos::task::spawn_local(async move {
            let jwe = match office::keys_of(&notice).await {
                Ok(Some(keys)) => office::encrypt(&keys, &json).await,
                Ok(None) => Err(crate::office::OfficeError::NoKey(KeyUse::Encryption)),
                Err(e) => Err(e),
            };
            match jwe {
                Ok(jwe) => {
                    failed.set(false);
                    download(
                        &name,
                        &jwe.as_str().into(),
                        crate::office::encrypted::MEDIA_TYPE,
                    );
                }
                Err(e) => {
                    office::staff_note(&format!("{e:?}"));
                    failed.set(true);
                }
            }
        });
    };
    view! {
        <Heading level=section_level()>{tr(ui::SEND_BY_EMAIL, lang)}</Heading>
        <p>{tr(HELP_ENCRYPTED, lang)}</p>
        <p class="seloste-mail-note">{tr(NOTE_ENCRYPTED, lang)}</p>
        {channel}
        <p>
            <button type="button" class="seloste-button seloste-button--secondary seloste-save-encrypted" part="button" on:click=save>
                {tr(SAVE_ENCRYPTED, lang)}
            </button>
        </p>
        {move || failed.get().then(|| view! { <p class="seloste-error-message" role="alert">{tr(NOT_ENCRYPTED, lang)}</p> })}
        <p><a class="seloste-button" part="button" href=href>{tr(ui::SEND_BY_EMAIL, lang)}</a></p>
    }
    .into_any()
}
