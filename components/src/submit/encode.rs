//! The bodies of the delivery adapters: JSON (the default), `application/x-www-form-urlencoded`
//! for CMS form handlers, `multipart/form-data` with the payload and the PDF, and a
//! `mailto:` link for organisations without an endpoint. "PDF only" sends nothing.

use crate::i18n::{Lang, Text};
use crate::request::payload::Payload;
use crate::request::reference::reference;

crate::closed_set::closed_set! {
    /// How a request is delivered (element attribute or forms file: `json`, `form`,
    /// `multipart`, `mailto`, `pdf`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Adapter {
        /// `POST` of the request as JSON.
        Json = "json",
        /// `POST` as `application/x-www-form-urlencoded`, for CMS form handlers.
        FormUrlencoded = "form",
        /// `POST` as `multipart/form-data`, with the PDF.
        Multipart = "multipart",
        /// A prefilled e-mail for the citizen to send, with the PDF to attach.
        Mailto = "mailto",
        /// A PDF for the citizen to print, sign and deliver.
        PdfOnly = "pdf",
    }
}

impl Adapter {
    /// The adapter of a name in a notice (`json`, `form`, `multipart`, `mailto`, `pdf`).
    pub fn parse(name: &str) -> Option<Adapter> {
        // Its name in any case, or one of the other words that attributes have used.
        let name = name.trim().to_ascii_lowercase();
        if let Some(adapter) = Adapter::from_name(&name) {
            return Some(adapter);
        }
        match name.as_str() {
            "" => Some(Adapter::Json),
            "urlencoded" => Some(Adapter::FormUrlencoded),
            "email" => Some(Adapter::Mailto),
            "pdf-only" => Some(Adapter::PdfOnly),
            _ => None,
        }
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters; `space` is what a space
/// becomes (`+` in form bodies, `%20` in mailto links).
fn percent(text: &str, space: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3 / 2);
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push_str(space),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The members of a payload that a form body files it by, read from its JSON without
/// reading the whole payload (the outbox keeps payloads as text).
#[derive(Debug, Default, PartialEq, Eq, serde::Deserialize)]
pub struct Head {
    /// The request's id.
    pub id: String,
    /// The kind of request.
    pub kind: String,
    /// When it was made (RFC 3339).
    pub created_at: String,
    /// Who made it.
    pub requester: HeadRequester,
}

#[derive(Debug, Default, PartialEq, Eq, serde::Deserialize)]
/// The requester's members a form body files a request by.
pub struct HeadRequester {
    /// The requester's name.
    pub name: String,
    #[serde(default)]
    /// Their e-mail address, when given.
    pub email: Option<String>,
}

impl Head {
    /// The head of a payload's JSON; `None` if it is not a payload.
    pub fn of_json(json: &str) -> Option<Head> {
        serde_json::from_str(json).ok()
    }
}

/// A form body for CMS handlers: a few flat fields to file the request by, and the whole
/// payload as JSON in `payload`.
pub fn form_urlencoded(payload: &Payload) -> String {
    let json = serde_json::to_string(payload).unwrap_or_default();
    let head = Head {
        id: payload.id.clone(),
        kind: payload.kind.name().into(),
        created_at: payload.created_at.clone(),
        requester: HeadRequester {
            name: payload.requester.name.clone(),
            email: payload.requester.email.clone(),
        },
    };
    form_body(&head, &json)
}

/// The form body of a payload's JSON text and its [`Head`].
pub fn form_body(head: &Head, json: &str) -> String {
    let fields = [
        ("id", head.id.as_str()),
        ("reference", &reference(&head.id)),
        ("kind", head.kind.as_str()),
        ("created_at", head.created_at.as_str()),
        ("name", head.requester.name.as_str()),
        ("email", head.requester.email.as_deref().unwrap_or("")),
        ("payload", json),
    ];
    fields
        .iter()
        .map(|(k, v)| format!("{k}={}", percent(v, "+")))
        .collect::<Vec<_>>()
        .join("&")
}

/// A `multipart/form-data` body: `payload` (application/json) and, when given, `pdf`.
/// Returns the `Content-Type` (with its boundary) and the body.
pub fn multipart(
    payload: &Payload,
    pdf: Option<(&str, &[u8])>,
    boundary: &str,
) -> (String, Vec<u8>) {
    multipart_body(
        &serde_json::to_string(payload).unwrap_or_default(),
        pdf,
        boundary,
    )
}

/// The multipart body of a payload's JSON text.
pub fn multipart_body(json: &str, pdf: Option<(&str, &[u8])>, boundary: &str) -> (String, Vec<u8>) {
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"payload\"; filename=\"request.json\"\r\nContent-Type: application/json\r\n\r\n").as_bytes(),
    );
    body.extend_from_slice(json.as_bytes());
    if let Some((name, bytes)) = pdf {
        let name: String = name
            .chars()
            .filter(|c| !matches!(c, '"' | '\r' | '\n' | '\\'))
            .collect();
        body.extend_from_slice(
            format!("\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"pdf\"; filename=\"{name}\"\r\nContent-Type: application/pdf\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(bytes);
    }
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// The body of a request encrypted to the office ([`crate::office::encrypted`]) for
/// `adapter`, and its `Content-Type`: the compact JWE as the whole body
/// (`application/jose`) for json; for form, only `id`, `reference` and the JWE as
/// `payload` (nothing of the request in clear); for multipart, the JWE as the `payload`
/// part (`request.jwe`), without the PDF, which holds the request in clear (the office
/// makes it from the opened request). `None` for the adapters that send nothing.
pub fn encrypted_body(
    adapter: Adapter,
    id: &str,
    jwe: &str,
    boundary: &str,
) -> Option<(String, Vec<u8>)> {
    match adapter {
        Adapter::Json => Some((
            crate::office::encrypted::MEDIA_TYPE.into(),
            jwe.as_bytes().to_vec(),
        )),
        Adapter::FormUrlencoded => Some((
            "application/x-www-form-urlencoded".into(),
            format!(
                "id={}&reference={}&payload={}",
                percent(id, "+"),
                percent(&reference(id), "+"),
                percent(jwe, "+")
            )
            .into_bytes(),
        )),
        Adapter::Multipart => Some((
            format!("multipart/form-data; boundary={boundary}"),
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"payload\"; filename=\"request.jwe\"\r\nContent-Type: {}\r\n\r\n{jwe}\r\n--{boundary}--\r\n",
                crate::office::encrypted::MEDIA_TYPE
            )
            .into_bytes(),
        )),
        Adapter::Mailto | Adapter::PdfOnly => None,
    }
}

/// The text of an email for registers without an endpoint. The identity is masked: a
/// `mailto:` link is a URL, and the code never goes into one; the full request travels in
/// the sealed PDF the citizen attaches.
pub fn mail_body(payload: &Payload, lang: Lang) -> String {
    let t = |fi, sv, en| Text::new(fi, sv, en).get(lang);
    let identity = payload.requester.identity.masked();
    [
        format!("{}: {}", t("Pyyntö", "Begäran", "Request"), payload.kind.title().get(lang)),
        format!("{}: {}", t("Rekisteri", "Register", "Register"), payload.register.register_name),
        format!("{}: {}", t("Pyynnön tunnus", "Referens", "Reference"), reference(&payload.id)),
        format!("{}: {} ({identity})", t("Pyytäjä", "Den som gör begäran", "Requester"), payload.requester.name),
        String::new(),
        t(
            "Pyyntö lähetetään tämän viestin liitteenä PDF-tiedostona: liitä tiedosto viestiin ennen lähettämistä.",
            "Begäran skickas som en PDF-fil bifogad till detta meddelande: bifoga filen innan du skickar meddelandet.",
            "The request goes with this message as a PDF file: attach the file before sending the message.",
        )
        .to_string(),
    ]
    .join("\n")
}

/// The text of an email whose attachment is the request encrypted to the office (a `.jwe`
/// file): the message itself is not encrypted, so it names the request and its reference
/// and nothing of the requester.
pub fn encrypted_mail_body(payload: &Payload, lang: Lang) -> String {
    let t = |fi, sv, en| Text::new(fi, sv, en).get(lang);
    [
        format!("{}: {}", t("Pyyntö", "Begäran", "Request"), payload.kind.title().get(lang)),
        format!("{}: {}", t("Rekisteri", "Register", "Register"), payload.register.register_name),
        format!("{}: {}", t("Pyynnön tunnus", "Referens", "Reference"), reference(&payload.id)),
        String::new(),
        t(
            "Pyyntö on tämän viestin liitteenä salattuna tiedostona, jonka vain kirjaamo voi avata: liitä tiedosto viestiin ennen lähettämistä.",
            "Begäran är bifogad till detta meddelande som en krypterad fil som bara registratorskontoret kan öppna: bifoga filen innan du skickar meddelandet.",
            "The request goes with this message as an encrypted file that only the registry office can open: attach the file before sending the message.",
        )
        .to_string(),
    ]
    .join("\n")
}

/// A `mailto:` link (RFC 6068) with subject and body.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let body = body.replace('\n', "\r\n");
    format!(
        "mailto:{}?subject={}&body={}",
        percent(to.trim(), "%20").replace("%40", "@"),
        percent(subject, "%20"),
        percent(&body, "%20")
    )
}

#[cfg(test)]
mod tests;
