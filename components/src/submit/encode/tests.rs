use super::*;
use crate::request::identity::Identity;

fn payload() -> Payload {
    let json = include_str!("../../../../tests/fixtures/payloads/log_data_guardian.json");
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}"))
}

/// Reads an application/x-www-form-urlencoded body back, as a server would.
fn decode_form(body: &str) -> Vec<(String, String)> {
    let unescape = |s: &str| {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' => {
                    out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap_or(b'?'));
                    i += 2;
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8(out).unwrap_or_default()
    };
    body.split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (unescape(k), unescape(v)))
        .collect()
}

#[test]
fn adapters_are_named_in_configuration() {
    assert_eq!(Adapter::parse(""), Some(Adapter::Json));
    assert_eq!(Adapter::parse(" Multipart "), Some(Adapter::Multipart));
    assert_eq!(Adapter::parse("form"), Some(Adapter::FormUrlencoded));
    assert_eq!(Adapter::parse("mailto"), Some(Adapter::Mailto));
    assert_eq!(Adapter::parse("pdf"), Some(Adapter::PdfOnly));
    assert_eq!(Adapter::parse("xml"), None);
}

#[test]
fn the_form_body_carries_the_whole_payload() {
    let p = payload();
    let fields = decode_form(&form_urlencoded(&p));
    let get = |k: &str| {
        fields
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert_eq!(get("id"), p.id);
    assert_eq!(get("kind"), "log_data");
    assert_eq!(get("name"), "Maija Meikäläinen");
    let back: Payload = serde_json::from_str(&get("payload")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, p);
}

#[test]
fn the_multipart_body_has_the_payload_and_the_pdf() {
    let p = payload();
    let pdf = b"%PDF-1.7\n...";
    let (content_type, body) = multipart(&p, Some(("pyynto \"x\".pdf", pdf)), "seloste-b0undary");
    assert_eq!(
        content_type,
        "multipart/form-data; boundary=seloste-b0undary"
    );
    let text = String::from_utf8_lossy(&body);
    assert!(
        text.starts_with("--seloste-b0undary\r\nContent-Disposition: form-data; name=\"payload\"")
    );
    assert!(
        text.contains("filename=\"pyynto x.pdf\""),
        "quotes cannot break the header: {text}"
    );
    assert!(text.ends_with("\r\n--seloste-b0undary--\r\n"));
    assert_eq!(text.matches("--seloste-b0undary").count(), 3);
    let json_start = text.find("\r\n\r\n").map(|i| i + 4).unwrap_or(0);
    let json_end = text[json_start..]
        .find("\r\n--")
        .map(|i| json_start + i)
        .unwrap_or(0);
    let back: Payload =
        serde_json::from_str(&text[json_start..json_end]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, p);
    assert!(body.windows(pdf.len()).any(|w| w == pdf));
}

#[test]
fn mail_links_never_carry_the_identity_code() {
    let p = payload();
    let body = mail_body(&p, Lang::Fi);
    assert!(body.contains("Lokitietojen selvityspyyntö"));
    assert!(body.contains("131052-****"));
    let link = mailto("kirjaamo@pieksamaki.fi", "Pyyntö", &body);
    assert!(link.starts_with("mailto:kirjaamo@pieksamaki.fi?subject=Pyynt%C3%B6&body="));
    assert!(!link.contains("308T") && !link.contains("123H"), "{link}");
    assert!(link.contains("%0D%0A"), "line breaks as CRLF");
    assert!(!link.contains(' ') && !link.contains('\n'));
}

#[test]
fn mail_bodies_mask_neighbours_numbers_with_their_own_rules() {
    let mut p = payload();
    p.requester.identity = Identity::NationalIdentityNumber {
        country: crate::id::Country::Se,
        value: "19811218-9876".into(),
    };
    let body = mail_body(&p, Lang::En);
    assert!(body.contains("19811218-****"), "{body}");
    assert!(!body.contains("9876"));
}

#[test]
fn an_encrypted_request_is_sent_as_its_jwe_alone_and_its_mail_names_no_requester() {
    let p = payload();
    let jwe = "eyJhbGciOiJFQ0RILUVTK0EyNTZLVyJ9.d3JhcA.aXY.Y2lwaGVy.dGFn";
    let body = |adapter| {
        encrypted_body(adapter, &p.id, jwe, "b0")
            .map(|(t, b)| (t, String::from_utf8(b).unwrap_or_default()))
    };
    assert_eq!(
        body(Adapter::Json),
        Some(("application/jose".into(), jwe.into()))
    );
    let (form_type, form) = body(Adapter::FormUrlencoded).unwrap_or_default();
    assert_eq!(form_type, "application/x-www-form-urlencoded");
    assert_eq!(
        form,
        format!("id={}&reference={}&payload={jwe}", p.id, reference(&p.id))
    );
    let (multipart_type, multipart) = body(Adapter::Multipart).unwrap_or_default();
    assert_eq!(multipart_type, "multipart/form-data; boundary=b0");
    assert!(
        multipart.contains("filename=\"request.jwe\"\r\nContent-Type: application/jose\r\n\r\n")
    );
    assert!(
        !multipart.contains("pdf"),
        "no PDF: it holds the request in clear"
    );
    assert_eq!(body(Adapter::Mailto), None);
    for lang in crate::i18n::Lang::ALL {
        let mail = encrypted_mail_body(&p, lang);
        assert!(
            !mail.contains(&p.requester.name) && !mail.contains("131052"),
            "{mail}"
        );
        assert!(mail.contains(&reference(&p.id)));
    }
}
