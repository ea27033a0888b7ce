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
    /// What is wrong with the address as a setting, for whoever configures it (the notice
    /// studio): [`EndpointError::message`] without "nothing was sent".
    pub fn setting(&self, lang: Lang) -> &'static str {
        match self {
            EndpointError::NotHttps => Text::new(
                "Vastaanotto-osoitteen pitää alkaa https://.",
                "Mottagaradressen måste börja med https://.",
                "The receiving address must start with https://.",
            ),
            EndpointError::NoHost => Text::new(
                "Vastaanotto-osoite on puutteellinen.",
                "Mottagaradressen är ofullständig.",
                "The receiving address is incomplete.",
            ),
        }
        .get(lang)
    }

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

/// The authority of what follows `scheme://`: up to the first `/`, `?`, `#` or `\\`
/// (which the WHATWG URL parser reads as `/` in an `http(s)` URL).
fn authority(rest: &str) -> &str {
    rest.split(['/', '?', '#', '\\']).next().unwrap_or("")
}

/// Whether `authority` is a loopback host written plainly, with an optional port:
/// `localhost`, `127.a.b.c` in decimal, or `[::1]`. Anything a URL parser could read
/// another way (user info, percent escapes, other number forms, spaces) is not.
fn plain_loopback(authority: &str) -> bool {
    let bracketed = authority.starts_with('[');
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => {
            let Some((host, after)) = v6.split_once(']') else {
                return false;
            };
            match after {
                "" => (host, None),
                after => match after.strip_prefix(':') {
                    Some(port) => (host, Some(port)),
                    None => return false,
                },
            }
        }
        None => match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    let port_ok = port.is_none_or(|p| {
        !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) && p.parse::<u16>().is_ok()
    });
    let octets: Vec<&str> = host.split('.').collect();
    let v4 = octets.len() == 4
        && octets[0] == "127"
        && octets.iter().all(|o| {
            o.bytes().all(|b| b.is_ascii_digit())
                && o.parse::<u8>().is_ok()
                && (o.len() == 1 || !o.starts_with('0'))
        });
    port_ok
        && if bracketed {
            host == "::1"
        } else {
            host == "localhost" || v4
        }
}

/// Checks that requests may be sent to `url`: `https://` with a host, or plain `http://`
/// to a loopback host written plainly. An endpoint carries no user info (`user@`), and no
/// control characters or spaces, which URL parsers read in different ways. In the browser
/// the URL is read again by the browser's own parser (`web/platform/host.rs`).
pub fn check(url: &str) -> Result<(), EndpointError> {
    let url = url.trim();
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(EndpointError::NoHost);
    }
    let lower = url.to_ascii_lowercase();
    let (secure, rest) = if let Some(rest) = lower.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = lower.strip_prefix("http://") {
        (false, rest)
    } else {
        return Err(EndpointError::NotHttps);
    };
    let authority = authority(rest);
    if authority.is_empty() || authority.contains('@') {
        return Err(EndpointError::NoHost);
    }
    if secure || plain_loopback(authority) {
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
            ("http://user@evil.fi/", EndpointError::NoHost),
            ("http://127.0.0.1.evil.fi/", EndpointError::NotHttps),
            ("http://localhost@evil.fi/", EndpointError::NoHost),
            // The audit's case: browsers send this to evil.example, in plain HTTP.
            ("http://evil.example\\@127.0.0.1/", EndpointError::NotHttps),
            ("http://evil.example\\.127.0.0.1/", EndpointError::NotHttps),
            ("http://127.0.0.1:80@evil.fi/", EndpointError::NoHost),
            ("http://127.1/", EndpointError::NotHttps),
            ("http://0x7f.0.0.1/", EndpointError::NotHttps),
            ("http://127.0.0.1\t.evil.fi/", EndpointError::NoHost),
            (
                "https://user:pw@asiointi.example.fi/",
                EndpointError::NoHost,
            ),
            ("ftp://example.fi", EndpointError::NotHttps),
            ("/api/requests", EndpointError::NotHttps),
            ("https:///path", EndpointError::NoHost),
            ("", EndpointError::NotHttps),
        ] {
            assert_eq!(check(bad), Err(why.clone()), "{bad}");
            assert!(!why.message(Lang::Sv).is_empty());
        }
    }

    /// Whatever `check` lets through in plain HTTP, the WHATWG URL parser (the `url`
    /// crate, the rules browsers follow, written apart from this module) reads as a
    /// loopback host with no user info too: random URLs made of the pieces that parsers
    /// read differently.
    #[test]
    fn plain_http_passes_only_where_whatwg_reads_loopback() {
        let pieces = [
            "127.0.0.1",
            "localhost",
            "[::1]",
            "evil.example",
            "@",
            "\\",
            "/",
            ":",
            "80",
            ".",
            "%2e",
            "%40",
            "#",
            "?",
            "0x7f",
            "1",
            "user",
            "127",
            "[",
            "]",
            "::1",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut passed = 0;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut bits = state;
            let mut candidate = String::from("http://");
            for _ in 0..(1 + bits % 5) {
                bits /= 5;
                candidate.push_str(pieces[(bits % pieces.len() as u64) as usize]);
                bits /= pieces.len() as u64;
            }
            if check(&candidate).is_err() {
                continue;
            }
            passed += 1;
            let parsed = url::Url::parse(&candidate).unwrap_or_else(|e| panic!("{candidate}: {e}"));
            let loopback = match parsed.host() {
                Some(url::Host::Domain(d)) => d == "localhost",
                Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                None => false,
            };
            assert!(
                loopback && parsed.username().is_empty(),
                "{candidate} is {:?} to WHATWG",
                parsed.host()
            );
        }
        assert!(
            passed > 100,
            "only {passed} candidates passed: the test checks little"
        );
    }
}
