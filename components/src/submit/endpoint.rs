//! Where requests may be sent: HTTPS only, except the loopback addresses used in tests and
//! development (a request carries identity codes; plain HTTP would expose them).

use crate::i18n::{Lang, Text};

/// Why an endpoint is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EndpointError {
    /// Not an absolute `https://` (or loopback `http://`) URL.
    NotHttps,
    /// No host after the scheme.
    NoHost,
}

impl EndpointError {
    /// For the site's staff, and for the citizen as the reason nothing was sent.
    pub fn message(&self, lang: Lang) -> &'static str {
        match self {
            EndpointError::NotHttps => Text::new(
                "Pyyntöjen vastaanotto-osoitteen pitää alkaa https://. Pyyntöä ei lähetetty.",
                "Mottagaradressen för begäranden måste börja med https://. Begäran skickades inte.",
                "The address that receives requests must start with https://. Nothing was sent.",
            ),
            EndpointError::NoHost => Text::new(
                "Pyyntöjen vastaanotto-osoite on puutteellinen. Pyyntöä ei lähetetty.",
                "Mottagaradressen för begäranden är ofullständig. Begäran skickades inte.",
                "The address that receives requests is incomplete. Nothing was sent.",
            ),
        }
        .get(lang)
    }
}

/// The host of an `http(s)://host[:port]/…` URL, lowercased, without user info or port.
fn host(rest: &str) -> &str {
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    if let Some(v6) = host_port.strip_prefix('[') {
        return v6.split(']').next().unwrap_or("");
    }
    host_port.split(':').next().unwrap_or("")
}

/// Checks that requests may be sent to `url`.
pub fn check(url: &str) -> Result<(), EndpointError> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let (secure, rest) = if let Some(rest) = lower.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = lower.strip_prefix("http://") {
        (false, rest)
    } else {
        return Err(EndpointError::NotHttps);
    };
    let host = host(rest);
    if host.is_empty() {
        return Err(EndpointError::NoHost);
    }
    let octets: Vec<Option<u8>> = host.split('.').map(|o| o.parse().ok()).collect();
    let loopback_v4 =
        octets.len() == 4 && octets.iter().all(Option::is_some) && octets[0] == Some(127);
    let loopback = host == "localhost" || host == "::1" || loopback_v4;
    if secure || loopback {
        Ok(())
    } else {
        Err(EndpointError::NotHttps)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere_and_http_only_on_loopback() {
        for ok in [
            "https://asiointi.example.fi/api/requests",
            " HTTPS://Example.fi ",
            "http://localhost:8080/requests",
            "http://127.0.0.1:3000/",
            "http://[::1]:9000/x",
        ] {
            assert_eq!(check(ok), Ok(()), "{ok}");
        }
        for (bad, why) in [
            ("http://asiointi.example.fi/api", EndpointError::NotHttps),
            ("http://localhost.example.fi/", EndpointError::NotHttps),
            ("http://user@evil.fi/", EndpointError::NotHttps),
            ("http://127.0.0.1.evil.fi/", EndpointError::NotHttps),
            ("http://localhost@evil.fi/", EndpointError::NotHttps),
            ("ftp://example.fi", EndpointError::NotHttps),
            ("/api/requests", EndpointError::NotHttps),
            ("https:///path", EndpointError::NoHost),
            ("", EndpointError::NotHttps),
        ] {
            assert_eq!(check(bad), Err(why.clone()), "{bad}");
            assert!(!why.message(Lang::Sv).is_empty());
        }
    }
}
