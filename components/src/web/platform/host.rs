//! What the host page gives a request form besides its attributes: extra headers for the
//! backend, where the PDF maker is served, and the delivery settings, checked with a
//! fallback that loses nothing.

use crate::i18n::Lang;
use crate::notice::Notice;
use crate::submit::delivery::{Delivery, DeliveryError};
use crate::submit::endpoint::EndpointError;

/// Extra headers from the host page for the backend (an API key, a CSRF token).
pub type Headers = Vec<(String, String)>;

/// Where the PDF maker and what it needs are served (absolute URLs, or relative to the page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PdfAssets {
    /// The PDF maker's module, `…/pdf/seloste-pdf.js`.
    pub module: String,
    /// The forms file whose questions label the answers.
    pub forms: String,
    /// The TrueType font embedded in the PDF (DejaVu Sans).
    pub font: String,
    /// SRI hashes by address (a JSON object), for the files above and the maker's wasm:
    /// each is refused if it does not match. `{}` where the page knows none.
    pub integrity: String,
}

impl PdfAssets {
    /// Assets at addresses relative to the current page, made absolute (the loader module
    /// would otherwise resolve them against its own address).
    pub fn from_page(module: &str, forms: &str, font: &str) -> PdfAssets {
        let base = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let absolute = |relative: &str| {
            web_sys::Url::new_with_base(relative, &base)
                .map(|u| u.href())
                .unwrap_or_else(|_| relative.to_string())
        };
        PdfAssets {
            module: absolute(module),
            forms: absolute(forms),
            font: absolute(font),
            integrity: "{}".into(),
        }
    }

    /// The same assets, each checked against its SRI hash in `integrity` (a JSON object of
    /// hashes by absolute address, as `seloste.js` gives them).
    pub fn checked(self, integrity: &str) -> PdfAssets {
        PdfAssets {
            integrity: integrity.to_string(),
            ..self
        }
    }
}

/// Extra headers for the backend that the host page gives as
/// `<meta name="seloste-header" content="X-CSRF-Token: …">` (as CMSs publish CSRF tokens).
pub fn meta_headers() -> Vec<(String, String)> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(list) = document.query_selector_all("meta[name=seloste-header]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        .filter_map(|meta| meta.get_attribute("content"))
        .filter_map(|c| header_line(&c))
        .collect()
}

/// Whether the host page asked for the whole payload in `seloste-submitted` with
/// `<meta name="seloste-event-payload" content="full">`; by default the event carries a
/// summary with the identity code masked ([`crate::event::summary`]): every script on a
/// page can read its events. Read when the event is sent.
pub fn wants_full_payload() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(r#"meta[name="seloste-event-payload"]"#)
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .is_some_and(|c| c.trim() == "full")
}

/// `Name: value` as a header, or `None` when it has no name.
pub fn header_line(line: &str) -> Option<(String, String)> {
    let (name, value) = line.split_once(':')?;
    let (name, value) = (name.trim(), value.trim());
    (!name.is_empty()).then(|| (name.to_string(), value.to_string()))
}

/// How requests for `notice`'s register are delivered: the element's own settings
/// (`adapter`, `endpoint`, `mailto` attributes) when it gives any, else the notice's. A
/// misconfigured delivery is reported to the site's staff in the console, and the form
/// falls back to "PDF only" so that nothing is lost.
pub fn delivery_for(
    notice: &Notice,
    adapter: Option<&str>,
    endpoint: Option<&str>,
    mailto: Option<&str>,
) -> Delivery {
    let r = &notice.requests;
    let own = adapter.is_some() || endpoint.is_some() || mailto.is_some();
    let resolved = if own {
        Delivery::resolve(adapter, endpoint, mailto)
    } else {
        Delivery::resolve(
            r.adapter.as_deref(),
            r.endpoint.as_deref(),
            r.mailto.as_deref(),
        )
    };
    let resolved = resolved.and_then(|d| match d.endpoint.as_deref() {
        Some(url) if !browser_allows(url) => Err(DeliveryError::Endpoint(EndpointError::NotHttps)),
        _ => Ok(d),
    });
    resolved.unwrap_or_else(|e| {
        let message = e.message(Lang::En);
        web_sys::console::error_1(&format!("seloste: {}: {message}", notice.id).into());
        Delivery::pdf_only()
    })
}

/// The endpoint as the browser itself reads it (its WHATWG URL parser, the one `fetch`
/// uses): HTTPS, or plain HTTP to loopback, with no user info. The pure check
/// (`submit::endpoint::check`) came first; this one makes sure the two readings agree.
fn browser_allows(url: &str) -> bool {
    let Ok(u) = web_sys::Url::new(url) else {
        return false;
    };
    let host = u.hostname();
    let octets: Vec<&str> = host.split('.').collect();
    let v4 =
        octets.len() == 4 && octets[0] == "127" && octets.iter().all(|o| o.parse::<u8>().is_ok());
    let loopback = host == "localhost" || host == "[::1]" || v4;
    u.username().is_empty()
        && u.password().is_empty()
        && (u.protocol() == "https:" || (u.protocol() == "http:" && loopback))
}
