//! Reading a delivery in each encoding the browser sends (`seloste::submit::encode`): the
//! payload's JSON text and, from multipart bodies, the PDF.

/// What a body carried.
#[derive(Debug, PartialEq, Eq)]
pub struct Delivery {
    /// `json`, `form` or `multipart`.
    pub encoding: &'static str,
    pub payload_json: String,
    pub pdf: Option<Vec<u8>>,
}

/// Why a body could not be read (answered with 400 or 415).
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    UnsupportedType(String),
    Malformed(&'static str),
}

impl DecodeError {
    pub fn message(&self) -> String {
        match self {
            DecodeError::UnsupportedType(t) => format!("unsupported content type: {t}"),
            DecodeError::Malformed(why) => format!("malformed body: {why}"),
        }
    }
}

fn text(bytes: &[u8]) -> Result<String, DecodeError> {
    String::from_utf8(bytes.to_vec()).map_err(|_| DecodeError::Malformed("not UTF-8"))
}

/// Decodes `%XX` and `+` of a form value.
fn form_value(value: &str) -> Result<String, DecodeError> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or(DecodeError::Malformed("bad percent escape"))?;
                out.push(hex);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    text(&out)
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// The parts of a multipart body by their `name`.
fn multipart_parts(body: &[u8], boundary: &str) -> Result<Vec<(String, Vec<u8>)>, DecodeError> {
    let delimiter = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut at =
        find(body, delimiter.as_bytes(), 0).ok_or(DecodeError::Malformed("no boundary"))?;
    loop {
        let start = at + delimiter.len();
        if body.get(start..start + 2) == Some(b"--") {
            return Ok(parts);
        }
        let headers_end =
            find(body, b"\r\n\r\n", start).ok_or(DecodeError::Malformed("part without headers"))?;
        let headers = String::from_utf8_lossy(&body[start..headers_end]).to_string();
        // The content starts after the blank line; the next delimiter is looked for from
        // there, so a delimiter that overlaps the blank line cannot end a part before it
        // starts.
        let content = headers_end + 4;
        let next = find(body, format!("\r\n{delimiter}").as_bytes(), content)
            .ok_or(DecodeError::Malformed("unterminated part"))?;
        let name = headers
            .split(';')
            .find_map(|p| p.trim().strip_prefix("name=\""))
            .and_then(|n| n.split('"').next())
            .unwrap_or_default()
            .to_string();
        parts.push((name, body.get(content..next).unwrap_or_default().to_vec()));
        at = next + 2;
    }
}

/// Reads a body by its `Content-Type`.
pub fn decode(content_type: &str, body: &[u8]) -> Result<Delivery, DecodeError> {
    let media = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match media.as_str() {
        "application/json" => Ok(Delivery {
            encoding: "json",
            payload_json: text(body)?,
            pdf: None,
        }),
        // A request encrypted to the office, as the json adapter sends it then: the compact
        // JWE (RFC 7516) as the whole body.
        "application/jose" => Ok(Delivery {
            encoding: "json",
            payload_json: text(body)?.trim().to_string(),
            pdf: None,
        }),
        "application/x-www-form-urlencoded" => {
            let body = text(body)?;
            let payload = body
                .split('&')
                .find_map(|pair| pair.strip_prefix("payload="))
                .ok_or(DecodeError::Malformed("no payload field"))?;
            Ok(Delivery {
                encoding: "form",
                payload_json: form_value(payload)?,
                pdf: None,
            })
        }
        "multipart/form-data" => {
            let boundary = content_type
                .split(';')
                .find_map(|p| p.trim().strip_prefix("boundary="))
                .map(|b| b.trim_matches('"'))
                .ok_or(DecodeError::Malformed("no boundary"))?;
            let parts = multipart_parts(body, boundary)?;
            let get = |name: &str| {
                parts
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, b)| b.clone())
            };
            Ok(Delivery {
                encoding: "multipart",
                payload_json: text(
                    &get("payload").ok_or(DecodeError::Malformed("no payload part"))?,
                )?,
                pdf: get("pdf"),
            })
        }
        other => Err(DecodeError::UnsupportedType(other.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use seloste::request::payload::Payload;
    use seloste::submit::encode;

    fn payload() -> Payload {
        let json = include_str!("../../fixtures/payloads/log_data_guardian.json");
        serde_json::from_str(json).expect("the sample payload")
    }

    #[test]
    fn every_encoding_the_browser_sends_is_read_back() {
        let p = payload();
        let json = serde_json::to_string(&p).expect("JSON");
        let read = |t: &str, b: &[u8]| decode(t, b).expect("decoded");
        assert_eq!(
            read("application/json; charset=utf-8", json.as_bytes()).payload_json,
            json
        );
        let form = encode::form_urlencoded(&p);
        let d = read("application/x-www-form-urlencoded", form.as_bytes());
        assert_eq!(
            (d.encoding, d.payload_json.as_str()),
            ("form", json.as_str())
        );
        let pdf = b"%PDF-1.7 \r\n--not-the-boundary\r\n binary \x00\xff";
        let (content_type, body) = encode::multipart(&p, Some(("pyynto.pdf", pdf)), "b0undary");
        let d = read(&content_type, &body);
        assert_eq!(d.payload_json, json);
        assert_eq!(d.pdf.as_deref(), Some(&pdf[..]));
    }

    /// The audit's panic: a part whose blank line overlaps the next delimiter.
    #[test]
    fn a_part_overlapping_the_next_delimiter_is_malformed_not_a_panic() {
        let body = b"--b\r\nContent-Disposition: form-data; name=\"payload\"\r\n\r\n--b--";
        assert!(decode("multipart/form-data; boundary=b", body).is_err());
        let body = b"--b\r\nX: y\r\n\r\n\r\n--b\r\n\r\n\r\n--b--";
        assert!(
            decode("multipart/form-data; boundary=b", body).is_err(),
            "no payload part"
        );
    }

    /// Bodies made at random from the pieces multipart is made of: none may panic (the
    /// fuzz target `receiver_decode` runs the same with libFuzzer).
    #[test]
    fn random_bodies_do_not_panic() {
        let pieces: [&[u8]; 8] = [
            b"--b",
            b"\r\n",
            b"\r\n\r\n",
            b"--",
            b"name=\"payload\"",
            b"{}",
            b"%",
            b"\xff",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut body = Vec::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut bits = state;
            for _ in 0..(bits % 12) {
                bits = bits.rotate_right(5);
                body.extend_from_slice(pieces[(bits % 8) as usize]);
            }
            for t in [
                "multipart/form-data; boundary=b",
                "application/x-www-form-urlencoded",
                "application/json",
            ] {
                let _ = decode(t, &body);
            }
        }
    }

    #[test]
    fn broken_bodies_are_named() {
        assert_eq!(
            decode("text/plain", b"x"),
            Err(DecodeError::UnsupportedType("text/plain".into()))
        );
        assert!(decode("application/x-www-form-urlencoded", b"id=1").is_err());
        assert!(decode("application/x-www-form-urlencoded", b"payload=%G1").is_err());
        assert!(decode("multipart/form-data", b"--x\r\n").is_err());
        assert!(decode("multipart/form-data; boundary=x", b"--x\r\nno end").is_err());
    }
}
