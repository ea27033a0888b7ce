//! How a register's requests are delivered, resolved from its settings (the notice's
//! `requests.adapter`, `requests.endpoint`, `requests.mailto`, or the element's
//! attributes), and what a backend's answer means for the citizen.

use super::encode::Adapter;
use super::endpoint::{self, EndpointError};
use crate::i18n::{Lang, Text};

/// Where and how requests go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// How requests leave the form.
    pub adapter: Adapter,
    /// The backend of the `json`, `form` and `multipart` adapters.
    pub endpoint: Option<String>,
    /// The address of the `mailto` adapter.
    pub mailto: Option<String>,
}

/// A delivery that cannot work as configured (a fault of the site, said to its staff and,
/// plainly, to the citizen).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeliveryError {
    /// An adapter of no known name.
    UnknownAdapter(String),
    /// `json`, `form` or `multipart` without an endpoint.
    NoEndpoint,
    /// An endpoint that may not be used.
    Endpoint(EndpointError),
    /// `mailto` without an address.
    NoMailto,
}

impl DeliveryError {
    /// What to tell the site's staff, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = |fi, sv, en| Text::new(fi, sv, en).get(lang).to_string();
        match self {
            DeliveryError::UnknownAdapter(name) => {
                t(
                    "Pyyntöjen lähetystapa on tuntematon:",
                    "Sättet att skicka begäranden är okänt:",
                    "The way requests are sent is unknown:",
                ) + &format!(" {name}")
            }
            DeliveryError::NoEndpoint => t(
                "Pyyntöjen vastaanotto-osoite puuttuu.",
                "Mottagaradressen för begäranden saknas.",
                "The address that receives requests is missing.",
            ),
            DeliveryError::Endpoint(e) => e.message(lang).to_string(),
            DeliveryError::NoMailto => t(
                "Sähköpostiosoite, johon pyynnöt lähetetään, puuttuu.",
                "E-postadressen dit begäranden skickas saknas.",
                "The email address that requests go to is missing.",
            ),
        }
    }
}

impl Delivery {
    /// Nothing sent: the citizen prints, signs or mails the PDF.
    pub fn pdf_only() -> Delivery {
        Delivery {
            adapter: Adapter::PdfOnly,
            endpoint: None,
            mailto: None,
        }
    }

    /// Resolves a delivery: the adapter named (default: `json` when there is an endpoint,
    /// `mailto` when there is only an address, else "PDF only"), checked for what it needs.
    pub fn resolve(
        adapter: Option<&str>,
        endpoint: Option<&str>,
        mailto: Option<&str>,
    ) -> Result<Delivery, DeliveryError> {
        let given = |v: Option<&str>| v.map(str::trim).filter(|v| !v.is_empty()).map(String::from);
        let (endpoint, mailto) = (given(endpoint), given(mailto));
        let adapter = match adapter.map(str::trim).filter(|a| !a.is_empty()) {
            Some(name) => {
                Adapter::parse(name).ok_or_else(|| DeliveryError::UnknownAdapter(name.into()))?
            }
            None if endpoint.is_some() => Adapter::Json,
            None if mailto.is_some() => Adapter::Mailto,
            None => Adapter::PdfOnly,
        };
        match adapter {
            Adapter::Json | Adapter::FormUrlencoded | Adapter::Multipart => {
                let url = endpoint.as_deref().ok_or(DeliveryError::NoEndpoint)?;
                endpoint::check(url).map_err(DeliveryError::Endpoint)?;
            }
            Adapter::Mailto if mailto.is_none() => return Err(DeliveryError::NoMailto),
            _ => {}
        }
        Ok(Delivery {
            adapter,
            endpoint,
            mailto,
        })
    }

    /// Whether requests are sent to a backend (rather than printed or mailed by the citizen).
    pub fn sends(&self) -> bool {
        matches!(
            self.adapter,
            Adapter::Json | Adapter::FormUrlencoded | Adapter::Multipart
        )
    }

    /// Whether making a request makes its PDF too: it is how the request is delivered
    /// ("PDF only"; the e-mail path, with the PDF to attach), or it goes with the request
    /// (the multipart adapter, unless the request is encrypted: the PDF holds it in clear).
    /// The form then starts loading the PDF maker while the citizen checks the answers.
    pub fn makes_pdf(&self, encrypted: bool) -> bool {
        match self.adapter {
            Adapter::PdfOnly | Adapter::Mailto => true,
            Adapter::Multipart => !encrypted,
            Adapter::Json | Adapter::FormUrlencoded => false,
        }
    }
}

/// The members of a backend's JSON answer that mean something to the citizen (read into a
/// struct, not a `serde_json::Value`, to keep the form's bundle small).
#[derive(Default, serde::Deserialize)]
struct Answer {
    receipt: Option<String>,
    reference: Option<String>,
    case_reference: Option<String>,
    id: Option<String>,
    message: Option<String>,
    error: Option<String>,
    detail: Option<String>,
    title: Option<String>,
}

fn answer(body: &str) -> Answer {
    serde_json::from_str(body).unwrap_or_default()
}

/// Printable characters only, at most `max` of them.
fn clean(text: &str, max: usize) -> String {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(max)
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The backend's own reference from a success body (`reference`, `case_reference` or `id`).
pub fn backend_reference(body: &str) -> Option<String> {
    let a = answer(body);
    a.reference
        .or(a.case_reference)
        .or(a.id)
        .map(|r| clean(&r, 100))
        .filter(|r| !r.is_empty())
}

/// The receipt the office signed, from a success body (`receipt`, a compact JWS:
/// [`crate::office::receipt`]).
pub fn backend_receipt(body: &str) -> Option<String> {
    answer(body).receipt.filter(|r| r.len() < 8192)
}

/// What a refusing backend said, for the citizen: the `message` (or `error`, `detail`,
/// `title`) of a JSON body, or the text itself, shortened; the first of these written for
/// people (`for_people`), or nothing when it said nothing a citizen can use.
pub fn refusal_message(body: &str) -> Option<String> {
    let a = answer(body);
    // An HTML error page says nothing a citizen can use, nor does a JSON body's markup.
    let text = (!body.trim_start().starts_with(['<', '{', '['])).then(|| body.to_string());
    [a.message, a.error, a.detail, a.title, text]
        .into_iter()
        .flatten()
        .find_map(|said| for_people(&clean(&said, 300)))
}

/// HTTP's reason phrases (RFC 9110 and those before it): a status, not words for people.
const REASON_PHRASES: [&str; 36] = [
    "bad request",
    "unauthorized",
    "payment required",
    "forbidden",
    "not found",
    "method not allowed",
    "not acceptable",
    "proxy authentication required",
    "request timeout",
    "conflict",
    "gone",
    "length required",
    "precondition failed",
    "content too large",
    "payload too large",
    "request entity too large",
    "uri too long",
    "unsupported media type",
    "range not satisfiable",
    "expectation failed",
    "misdirected request",
    "unprocessable content",
    "unprocessable entity",
    "locked",
    "failed dependency",
    "upgrade required",
    "precondition required",
    "too many requests",
    "request header fields too large",
    "unavailable for legal reasons",
    "internal server error",
    "not implemented",
    "bad gateway",
    "service unavailable",
    "gateway timeout",
    "error",
];

/// `said` without a leading status (`403`, `HTTP 422:`, `Error 400 -`), when what is left
/// is words for people: not a reason phrase (`Forbidden`), not a code (`invalid_payload`,
/// `ERR_VALIDATION`). No status code reaches a citizen (issue 24).
fn for_people(said: &str) -> Option<String> {
    let mut rest = said.trim();
    for prefix in ["HTTP/1.1", "HTTP/2", "HTTP", "Error", "Status"] {
        if rest.len() > prefix.len() && rest.is_char_boundary(prefix.len()) {
            let (head, tail) = rest.split_at(prefix.len());
            if head.eq_ignore_ascii_case(prefix) && tail.starts_with([' ', ':']) {
                rest = tail.trim_start_matches([' ', ':']);
                break;
            }
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 3 && !rest[3..].starts_with(|c: char| c.is_alphanumeric()) {
        rest = rest[3..].trim_start_matches([' ', ':', '-', '–', '.']);
    }
    let rest = rest.trim();
    let phrase = rest.trim_end_matches(['.', '!']);
    let reason = REASON_PHRASES
        .iter()
        .any(|r| phrase.eq_ignore_ascii_case(r));
    // One word with a code's marks (`invalid_payload`, `urn:x`) or no small letters; a
    // word of a sentence ("Suljettu.") keeps its full stop and is words.
    let code = !phrase.contains(char::is_whitespace)
        && (phrase.contains(['_', '.', ':', '/']) || !phrase.chars().any(|c| c.is_lowercase()));
    (!rest.is_empty() && !reason && !code).then(|| rest.to_string())
}

/// What a citizen is told when the backend refused the request: its own words, if any,
/// and never the status code (that goes to the console, for staff).
pub fn refused_text(said: Option<&str>, lang: Lang) -> String {
    let t = |fi, sv, en| Text::new(fi, sv, en).get(lang).to_string();
    let mut text = t(
        "Vastaanottava palvelu hylkäsi pyynnön",
        "Den mottagande tjänsten avvisade begäran",
        "The receiving service refused the request",
    );
    if let Some(said) = said {
        text += &format!(": ”{said}”");
    }
    text + ". "
        + &t(
            "Vastauksesi ovat tallessa. Voit yrittää myöhemmin uudelleen tai ladata pyynnön PDF-tiedostona ja toimittaa sen muuten.",
            "Dina svar finns kvar. Du kan försöka igen senare eller ladda ner begäran som PDF-fil och lämna in den på annat sätt.",
            "Your answers are kept. You can try again later, or download the request as a PDF file and deliver it another way.",
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pdf_is_made_where_it_is_the_request_or_goes_with_it_in_clear() {
        let resolved = |adapter, endpoint, mailto| {
            Delivery::resolve(Some(adapter), endpoint, mailto).expect("a valid delivery")
        };
        let backend = Some("https://asiointi.example.fi/api/requests");
        assert!(resolved("pdf", None, None).makes_pdf(false));
        assert!(resolved("mailto", None, Some("kirjaamo@example.fi")).makes_pdf(true));
        assert!(resolved("multipart", backend, None).makes_pdf(false));
        assert!(!resolved("multipart", backend, None).makes_pdf(true));
        assert!(!resolved("json", backend, None).makes_pdf(false));
        assert!(!resolved("form", backend, None).makes_pdf(false));
    }

    #[test]
    fn deliveries_resolve_with_sensible_defaults_and_clear_errors() {
        let d = Delivery::resolve(None, Some("https://asiointi.example.fi/api/requests"), None);
        assert_eq!(
            d.as_ref().map(|d| (d.adapter, d.sends())),
            Ok((Adapter::Json, true))
        );
        assert_eq!(
            Delivery::resolve(None, None, Some("kirjaamo@example.fi")).map(|d| d.adapter),
            Ok(Adapter::Mailto)
        );
        assert_eq!(
            Delivery::resolve(None, None, None).map(|d| (d.adapter, d.sends())),
            Ok((Adapter::PdfOnly, false))
        );
        assert_eq!(
            Delivery::resolve(
                Some("multipart"),
                Some("http://127.0.0.1:8787/requests"),
                None
            )
            .map(|d| d.adapter),
            Ok(Adapter::Multipart)
        );
        assert_eq!(
            Delivery::resolve(Some("form"), None, None),
            Err(DeliveryError::NoEndpoint)
        );
        assert_eq!(
            Delivery::resolve(Some("json"), Some("http://example.fi/requests"), None),
            Err(DeliveryError::Endpoint(EndpointError::NotHttps))
        );
        assert_eq!(
            Delivery::resolve(Some("mailto"), None, None),
            Err(DeliveryError::NoMailto)
        );
        assert_eq!(
            Delivery::resolve(Some("fax"), None, None),
            Err(DeliveryError::UnknownAdapter("fax".into()))
        );
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            assert!(DeliveryError::UnknownAdapter("fax".into())
                .message(lang)
                .ends_with(" fax"));
        }
    }

    #[test]
    fn backend_answers_are_read_for_the_citizen() {
        assert_eq!(
            backend_reference(r#"{"reference":"KIRJ-000123"}"#).as_deref(),
            Some("KIRJ-000123")
        );
        assert_eq!(
            backend_reference(r#"{"id": "42", "status": 1}"#).as_deref(),
            Some("42")
        );
        assert_eq!(backend_reference("OK"), None);
        assert_eq!(
            refusal_message(r#"{"message":"Henkilötunnus\npuuttuu"}"#).as_deref(),
            Some("Henkilötunnus puuttuu")
        );
        assert_eq!(refusal_message("<html><body>403</body></html>"), None);
        assert_eq!(
            refusal_message(&"x".repeat(1000)).map(|m| m.len()),
            Some(300)
        );
        let text = refused_text(Some("Henkilötunnus puuttuu"), Lang::Fi);
        assert!(
            text.starts_with("Vastaanottava palvelu hylkäsi pyynnön: ”Henkilötunnus puuttuu”."),
            "{text}"
        );
        assert!(refused_text(None, Lang::En)
            .starts_with("The receiving service refused the request. Your answers are kept."));
    }

    /// What real backends send when they refuse (Express, Spring Boot, ASP.NET's problem
    /// details, nginx, OAuth-style codes): a status or a code never reaches the citizen;
    /// words written for people do, without the status in front.
    #[test]
    fn a_refusal_says_no_status_code_or_machine_code_to_a_citizen() {
        let silent = [
            "Forbidden",
            "403 Forbidden",
            "HTTP/1.1 413 Payload Too Large",
            "Bad Request.",
            "422",
            "OK",
            "invalid_payload",
            "ERR_VALIDATION",
            "urn:problem:invalid",
            r#"{"status":400,"error":"Bad Request"}"#,
            r#"{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Bad Request","status":400}"#,
            r#"{"error":"invalid_request"}"#,
            "<html><head><title>413 Request Entity Too Large</title></head></html>",
        ];
        for body in silent {
            assert_eq!(refusal_message(body), None, "{body}");
        }
        let said = [
            ("HTTP 422: Henkilötunnus puuttuu.", "Henkilötunnus puuttuu."),
            (
                "Error 400 - Pyyntö on jo vastaanotettu",
                "Pyyntö on jo vastaanotettu",
            ),
            (
                r#"{"status":400,"error":"Bad Request","message":"Rekisteriä ei löydy"}"#,
                "Rekisteriä ei löydy",
            ),
            (
                r#"{"title":"Bad Request","detail":"Liite on liian suuri."}"#,
                "Liite on liian suuri.",
            ),
            ("Lomake on suljettu", "Lomake on suljettu"),
            ("Suljettu.", "Suljettu."),
        ];
        for (body, text) in said {
            assert_eq!(refusal_message(body).as_deref(), Some(text), "{body}");
        }
    }
}
