//! The receiver over real HTTP: what it refuses, and a sealed request stored once although
//! the answer to its first delivery was lost.

use super::*;
use std::io::{Read, Write};
use std::net::TcpStream;

const SECRET: &str = "a-test-secret-of-the-tests";
const WITH_SECRET: [(&str, &str); 1] = [("X-Receiver-Secret", SECRET)];

fn start() -> u16 {
    start_with(None)
}

fn start_with(office: Option<office::Office>) -> u16 {
    let server = Arc::new(Server::http("127.0.0.1:0").expect("a free port"));
    let port = server.server_addr().to_ip().expect("an IP address").port();
    let state = Arc::new(State {
        store: Mutex::new(Store::open(":memory:").expect("a store")),
        plan: Mutex::new(Plan::Off),
        test_secret: Some(SECRET.into()),
        office,
    });
    std::thread::spawn(move || serve(server, state));
    port
}

/// One HTTP/1.1 exchange: the status (0 when the answer is not HTTP) and the whole answer.
fn call(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connected");
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .expect("timeout set");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head += &format!("{name}: {value}\r\n");
    }
    stream
        .write_all(format!("{head}\r\n{body}").as_bytes())
        .expect("sent");
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).to_string();
    let status = answer
        .strip_prefix("HTTP/1.1 ")
        .and_then(|a| a.get(..3))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, answer)
}

fn sealed() -> (String, String) {
    let json = include_str!("../../fixtures/payloads/log_data_guardian.json");
    let mut payload: seloste::request::payload::Payload =
        serde_json::from_str(json).expect("the sample payload");
    let key = p256::ecdsa::SigningKey::from_slice(&[7u8; 32]).expect("a key");
    seloste::seal::seal(&mut payload, &key).expect("sealed");
    (
        payload.id.clone(),
        serde_json::to_string(&payload).expect("JSON"),
    )
}

#[test]
fn a_request_is_stored_once_though_the_first_answer_was_lost() {
    let port = start();
    let (id, json) = sealed();
    let as_json = [
        ("Content-Type", "application/json"),
        ("Idempotency-Key", id.as_str()),
    ];
    // Refused, and said why: no key, a broken seal, a key that is not the request's id.
    assert_eq!(
        call(
            port,
            "POST",
            "/requests",
            &[("Content-Type", "application/json")],
            &json
        )
        .0,
        400
    );
    let tampered = json.replacen("Maija", "Naija", 1);
    let (status, answer) = call(port, "POST", "/requests", &as_json, &tampered);
    assert_eq!(status, 422);
    assert!(answer.contains("changed after it was sealed"), "{answer}");
    let other_key = [
        ("Content-Type", "application/json"),
        ("Idempotency-Key", "another"),
    ];
    assert_eq!(call(port, "POST", "/requests", &other_key, &json).0, 400);
    // Stored, then the connection breaks before the answer; the retry gets the first answer.
    let plan = r#"{"next": 1, "fault": "store_then_drop"}"#;
    assert_eq!(call(port, "POST", "/__faults", &WITH_SECRET, plan).0, 204);
    assert_eq!(
        call(port, "POST", "/requests", &as_json, &json).0,
        0,
        "no HTTP answer"
    );
    let (status, answer) = call(port, "POST", "/requests", &as_json, &json);
    assert_eq!(status, 200);
    assert!(
        answer.contains(r#""reference":"KIRJ-000001","duplicate":true"#),
        "{answer}"
    );
    // 429 says when to come back.
    let plan = r#"{"next": 1, "fault": "429", "retry_after": 2}"#;
    assert_eq!(call(port, "POST", "/__faults", &WITH_SECRET, plan).0, 204);
    let (status, answer) = call(port, "POST", "/requests", &as_json, &json);
    assert_eq!(status, 429);
    assert!(answer.contains("Retry-After: 2"), "{answer}");
    let (_, stats) = call(port, "GET", "/__stats", &WITH_SECRET, "");
    assert!(
        stats.contains(r#""stored":1,"distinct_ids":1,"duplicates":1"#),
        "{stats}"
    );
}

/// The audit: test endpoints were always on, unauthenticated and open to any web page.
#[test]
fn test_endpoints_need_the_secret_and_never_answer_with_cors() {
    let port = start();
    for (method, path) in [
        ("POST", "/__reset"),
        ("POST", "/__faults"),
        ("GET", "/__stats"),
    ] {
        let (status, answer) = call(port, method, path, &[], "{}");
        assert_eq!(status, 404, "{method} {path} without the secret");
        let wrong = [("X-Receiver-Secret", "guess")];
        assert_eq!(call(port, method, path, &wrong, "{}").0, 404);
        assert!(
            !answer
                .to_ascii_lowercase()
                .contains("access-control-allow-origin"),
            "{answer}"
        );
    }
    let (status, answer) = call(port, "GET", "/__stats", &WITH_SECRET, "");
    assert_eq!(status, 200);
    assert!(
        !answer
            .to_ascii_lowercase()
            .contains("access-control-allow-origin"),
        "{answer}"
    );
    // A preflight for a test endpoint is not allowed either.
    let preflight = [
        ("Origin", "https://evil.example"),
        ("Access-Control-Request-Method", "POST"),
    ];
    let (status, answer) = call(port, "OPTIONS", "/__reset", &preflight, "");
    assert_eq!(status, 404);
    assert!(
        !answer
            .to_ascii_lowercase()
            .contains("access-control-allow-origin"),
        "{answer}"
    );
    assert_eq!(call(port, "OPTIONS", "/requests", &preflight, "").0, 204);
}

/// The audit: a key used again for another request got the first request's answer.
#[test]
fn a_key_reused_for_another_request_is_refused() {
    let port = start();
    let (id, json) = sealed();
    let as_json = [
        ("Content-Type", "application/json"),
        ("Idempotency-Key", id.as_str()),
    ];
    assert_eq!(call(port, "POST", "/requests", &as_json, &json).0, 201);
    assert_eq!(
        call(port, "POST", "/requests", &as_json, &json).0,
        200,
        "the same request again"
    );
    // Another request (sealed again after a change) under the first one's key.
    let mut other: seloste::request::payload::Payload = serde_json::from_str(&json).expect("JSON");
    other.requester.name = "Toinen Henkilö".into();
    let key = p256::ecdsa::SigningKey::from_slice(&[9u8; 32]).expect("a key");
    seloste::seal::seal(&mut other, &key).expect("sealed");
    let other = serde_json::to_string(&other).expect("JSON");
    let (status, answer) = call(port, "POST", "/requests", &as_json, &other);
    assert_eq!(status, 422);
    assert!(answer.contains("used for another request"), "{answer}");
}

/// The audit's panic, over HTTP: the receiver answers and goes on.
#[test]
fn a_malformed_multipart_body_is_answered_400() {
    let port = start();
    let (id, json) = sealed();
    let headers = [
        ("Content-Type", "multipart/form-data; boundary=b"),
        ("Idempotency-Key", id.as_str()),
    ];
    let body = "--b\r\nContent-Disposition: form-data; name=\"payload\"\r\n\r\n--b--";
    assert_eq!(call(port, "POST", "/requests", &headers, body).0, 400);
    let as_json = [
        ("Content-Type", "application/json"),
        ("Idempotency-Key", id.as_str()),
    ];
    assert_eq!(
        call(port, "POST", "/requests", &as_json, &json).0,
        201,
        "still serving"
    );
}

/// A client that goes silent halfway through its headers, or never sends any, is closed
/// after the read timeout; one that speaks in time is answered through the same front.
#[test]
fn silent_connections_are_closed_after_the_read_timeout() {
    let (public, server) = listen(0).expect("listening");
    let port = public.local_addr().expect("an address").port();
    let state = Arc::new(State {
        store: Mutex::new(Store::open(":memory:").expect("a store")),
        plan: Mutex::new(Plan::Off),
        test_secret: None,
        office: None,
    });
    std::thread::spawn(move || {
        super::start(public, server, state, std::time::Duration::from_secs(1))
    });
    let (status, _) = call(port, "GET", "/nowhere", &[], "");
    assert_eq!(status, 404, "answered through the front");
    for sent in ["", "POST /requests HTTP/1.1\r\nHost: x\r\nContent-Len"] {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connected");
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .expect("timeout set");
        stream.write_all(sent.as_bytes()).expect("sent");
        let started = std::time::Instant::now();
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        let waited = started.elapsed();
        assert!(
            waited >= std::time::Duration::from_millis(900)
                && waited < std::time::Duration::from_secs(5),
            "{sent:?}: closed after {waited:?}"
        );
        assert!(
            answer.is_empty() || answer.starts_with(b"HTTP/1.1 "),
            "{sent:?}: {answer:?}"
        );
    }
    // A body that stops halfway: closed too, nothing stored.
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connected");
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .expect("timeout set");
    stream
        .write_all(b"POST /requests HTTP/1.1\r\nHost: x\r\nIdempotency-Key: k\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"id\":")
        .expect("sent");
    let started = std::time::Instant::now();
    let _ = stream.read_to_end(&mut Vec::new());
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "closed after {:?}",
        started.elapsed()
    );
}

/// The office's keys: an encryption key and a receipt-signing key.
fn office_keys() -> Vec<seloste::office::keys::PrivateKey> {
    use seloste::office::keys::{KeyUse, PrivateKey};
    [(11, KeyUse::Encryption), (12, KeyUse::Signing)]
        .into_iter()
        .map(|(b, u)| PrivateKey::from_bytes(&[b; 32], u).expect("a key"))
        .collect()
}

fn encrypted_to(keys: &[seloste::office::keys::PrivateKey], text: &str, seed: u8) -> String {
    use seloste::office::encrypted::{seal_to, Fresh};
    let fresh = Fresh {
        ephemeral: [seed; 32],
        content_key: [seed ^ 0x55; 32],
        iv: [seed; 12],
    };
    seal_to(text.as_bytes(), &keys[0].public, &fresh).expect("encrypted")
}

/// A request encrypted to the office is opened in every encoding and stored; each answer
/// carries a receipt that checks against the office's public keys; a receiver without
/// the keys, or with other keys, refuses it with a clear message.
#[test]
fn encrypted_requests_are_opened_in_every_encoding_and_receipted() {
    use seloste::office::keys::public_set;
    use seloste::office::receipt;
    let keys = office_keys();
    let public = public_set(&keys);
    let port = start_with(Some(office::Office::new(keys.clone())));
    let (id, json) = sealed();
    let digest = seloste::seal::verify_json(&json).expect("sealed").1.digest;
    let jwe = encrypted_to(&keys, &json, 3);
    // The bodies the form sends (`seloste::submit::encode::encrypted_body`).
    use seloste::submit::encode::{encrypted_body, Adapter};
    let body = |adapter| encrypted_body(adapter, &id, &jwe, "b0undary").expect("a body");
    let bodies = [
        (body(Adapter::Json), "json+jwe"),
        (body(Adapter::FormUrlencoded), "form+jwe"),
        (body(Adapter::Multipart), "multipart+jwe"),
    ];
    let mut first_receipt = None;
    for ((content_type, body), encoding) in bodies {
        let body = String::from_utf8(body).expect("text");
        assert!(
            !body.contains("Meikäläinen"),
            "{encoding}: nothing of the request in clear"
        );
        let headers = [
            ("Content-Type", content_type.as_str()),
            ("Idempotency-Key", id.as_str()),
        ];
        let (status, answer) = call(port, "POST", "/requests", &headers, &body);
        assert!(status == 201 || status == 200, "{encoding}: {answer}");
        let body = answer.split("\r\n\r\n").nth(1).unwrap_or_default();
        let answer: serde_json::Value = serde_json::from_str(body).expect("JSON answer");
        let jws = answer["receipt"].as_str().expect("a receipt");
        let claims = receipt::verify(jws, &public, &id, &digest).expect("the receipt holds");
        assert_eq!(
            claims.case_reference.as_deref(),
            answer["reference"].as_str()
        );
        // A repeated delivery gets the same time received.
        let at = claims.received_at.clone();
        assert_eq!(first_receipt.get_or_insert(at.clone()), &at);
        if status == 201 {
            let (_, how) = call(port, "GET", &format!("/__requests/{id}"), &WITH_SECRET, "");
            assert!(how.contains(&format!("\"{encoding}\"")), "{how}");
        }
    }
    // Without the office's keys, or with other keys: refused, and said why.
    let no_keys = start();
    let headers = [
        ("Content-Type", "application/jose"),
        ("Idempotency-Key", id.as_str()),
    ];
    let (status, answer) = call(no_keys, "POST", "/requests", &headers, &jwe);
    assert_eq!(status, 422, "{answer}");
    assert!(answer.contains("no office keys"), "{answer}");
    let mut other = office_keys();
    other[0] = seloste::office::keys::PrivateKey::from_bytes(&[13; 32], other[0].public.key_use)
        .expect("a key");
    other[0].public.kid = keys[0].public.kid.clone();
    let other_port = start_with(Some(office::Office::new(other)));
    let (status, answer) = call(other_port, "POST", "/requests", &headers, &jwe);
    assert_eq!(status, 422, "{answer}");
    assert!(answer.contains("could not be opened"), "{answer}");
}
