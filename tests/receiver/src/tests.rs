//! The receiver over real HTTP: what it refuses, and a sealed request stored once although
//! the answer to its first delivery was lost.

use super::*;
use std::io::{Read, Write};
use std::net::TcpStream;

fn start() -> u16 {
    let server = Arc::new(Server::http("127.0.0.1:0").expect("a free port"));
    let port = server.server_addr().to_ip().expect("an IP address").port();
    let state = Arc::new(State {
        store: Mutex::new(Store::open(":memory:").expect("a store")),
        plan: Mutex::new(Plan::Off),
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
    assert_eq!(call(port, "POST", "/__faults", &[], plan).0, 204);
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
    assert_eq!(call(port, "POST", "/__faults", &[], plan).0, 204);
    let (status, answer) = call(port, "POST", "/requests", &as_json, &json);
    assert_eq!(status, 429);
    assert!(answer.contains("Retry-After: 2"), "{answer}");
    let (_, stats) = call(port, "GET", "/__stats", &[], "");
    assert!(
        stats.contains(r#""stored":1,"distinct_ids":1,"duplicates":1"#),
        "{stats}"
    );
}
