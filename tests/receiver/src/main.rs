//! A reference receiver of seloste requests, for the tests and for organisations to try:
//! accepts every encoding of `seloste::submit::encode` at `POST /requests`, checks the
//! seal and the contract, de-duplicates by `Idempotency-Key`, stores requests in SQLite,
//! and injects faults on demand. The contract is `public/openapi.json`.
//!
//! Usage: `cargo run -p seloste-receiver -- [--port 8787] [--db seloste-receiver.db]
//! [--keys office-keys.json] [--test-endpoints] [--read-timeout 30]`, and
//! `cargo run -p seloste-receiver -- keys --out office-keys.json` to make the office's keys
//! ([`office`]: it prints the public JWK set for the notice's `requests.keys`). With
//! `--keys`, requests encrypted to the office (JWE) are opened in every encoding and each
//! stored request is answered with a signed receipt. Prints `listening on http://127.0.0.1:PORT`
//! when ready (`--port 0` picks a free port). It listens on loopback only. A connection
//! silent for longer than the read timeout (seconds; reading its request or writing the
//! answer) is closed ([`timeouts`]); bodies over 32 MiB are refused with 413.
//!
//! What it stores, and for how long: each request's JSON text, its PDF (multipart), the
//! key, its encoding, kind, seal digest, the time received and a case reference, in the
//! SQLite file given, until that file is deleted (or `/__reset`); nothing expires by
//! itself. It is a reference for the contract and for tests, not a registry's archive.
//! Log lines name the method, path, status and case reference, never personal data.
//!
//! Test endpoints, only with `--test-endpoints`, only for a client that sends the secret
//! of the environment variable `SELOSTE_RECEIVER_SECRET` as `X-Receiver-Secret`, and never
//! with CORS headers (a web page cannot read or call them): `GET /__stats` (counts from
//! SQLite), `GET /__requests/{id}` (how a stored request arrived: encoding, with a PDF or
//! not), `POST /__faults` (`{"next": 3, "fault": "503" | "429" | "drop" |
//! "store_then_drop" | "delay"}` or `{"random": 0.4, "seed": 7}` or `{}`), `POST /__reset`.

mod decode;
mod faults;
mod office;
mod store;
mod timeouts;

use faults::{Fault, Plan};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use store::Store;
use tiny_http::{Header, Method, Request, Response, Server};

struct State {
    store: Mutex<Store>,
    plan: Mutex<Plan>,
    /// The secret the test endpoints ask for; `None`: they are off.
    test_secret: Option<String>,
    /// The office's private keys (`--keys`): to open encrypted requests, sign receipts.
    office: Option<office::Office>,
}

/// The answer to a stored request: the case reference, whether it repeated an earlier
/// delivery, and the receipt signed by the office's key when the receiver has one.
fn stored_answer(state: &State, stored: &store::Stored, request_id: &str) -> String {
    let receipt = state
        .office
        .as_ref()
        .and_then(|o| o.receipt_of(stored, request_id));
    format!(
        r#"{{"reference":{},"duplicate":{}{}}}"#,
        quoted(&stored.case_reference),
        stored.duplicate,
        receipt.map_or(String::new(), |r| format!(r#","receipt":{}"#, quoted(&r)))
    )
}

/// The largest body read; a longer one is refused with 413.
const MAX_BODY: u64 = 32 * 1024 * 1024;

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

/// Answers with a JSON body and the CORS headers every answer carries (any origin: the
/// receiver serves forms embedded anywhere, and takes no cookies).
fn respond(request: Request, status: u16, json: &str, extra: &[(&str, String)]) {
    answer(request, status, json, extra, true)
}

/// An answer of a test endpoint: no CORS headers, so no web page can read it.
fn respond_private(request: Request, status: u16, json: &str) {
    answer(request, status, json, &[], false)
}

fn answer(request: Request, status: u16, json: &str, extra: &[(&str, String)], cors: bool) {
    let mut response = Response::from_string(json).with_status_code(status);
    let cors_headers = [
        header("Access-Control-Allow-Origin", "*"),
        // Retry-After is not readable across origins unless exposed.
        header("Access-Control-Expose-Headers", "Retry-After"),
    ];
    let cors_headers = if cors {
        cors_headers.to_vec()
    } else {
        Vec::new()
    };
    for h in std::iter::once(header("Content-Type", "application/json"))
        .chain(cors_headers)
        .flatten()
    {
        response.add_header(h);
    }
    for (name, value) in extra {
        if let Some(h) = header(name, value) {
            response.add_header(h);
        }
    }
    let _ = request.respond(response);
}

fn message(request: Request, status: u16, text: &str) -> u16 {
    respond(
        request,
        status,
        &format!(r#"{{"message":{}}}"#, quoted(text)),
        &[],
    );
    status
}

/// Answers with bytes that are not HTTP, as a connection cut mid-answer looks to a client:
/// no status, no body (the HTTP server would keep an unanswered connection open instead).
fn break_connection(request: Request) {
    let mut writer = request.into_writer();
    let _ = writer.write_all(b"XXXX\r\n\r\n");
    let _ = writer.flush();
}

fn get_header(request: &Request, name: &str) -> Option<String> {
    request
        .headers()
        .iter()
        .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
        .map(|h| h.value.as_str().to_string())
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// `POST /requests`: returns the status answered (0 when the connection was dropped) and
/// the case reference.
fn receive(mut request: Request, state: &State) -> (u16, String) {
    let _ = lock(&state.store).count("attempt");
    let Some(key) = get_header(&request, "Idempotency-Key").filter(|k| !k.trim().is_empty()) else {
        return (
            message(request, 400, "the Idempotency-Key header is required"),
            String::new(),
        );
    };
    if request.body_length().is_some_and(|n| n as u64 > MAX_BODY) {
        return (
            message(request, 413, "the request is too large"),
            String::new(),
        );
    }
    let mut body = Vec::new();
    if request
        .as_reader()
        .take(MAX_BODY + 1)
        .read_to_end(&mut body)
        .is_err()
    {
        return (
            message(request, 400, "the body could not be read"),
            String::new(),
        );
    }
    if body.len() as u64 > MAX_BODY {
        return (
            message(request, 413, "the request is too large"),
            String::new(),
        );
    }
    let fault = lock(&state.plan).next();
    if fault != Fault::None {
        let _ = lock(&state.store).count("fault");
    }
    match fault {
        // A redirect, as a CMS sends a POST to its own page or to single sign-on.
        Fault::Status(status @ 300..=399) => {
            respond(request, status, "", &[("Location", "/thanks".to_string())]);
            return (status, String::new());
        }
        Fault::Status(status) => {
            return (message(request, status, "injected fault"), String::new())
        }
        Fault::TooMany(seconds) => {
            let json = r#"{"message":"injected fault: too many requests"}"#;
            respond(request, 429, json, &[("Retry-After", seconds.to_string())]);
            return (429, String::new());
        }
        Fault::Drop => {
            break_connection(request);
            return (0, String::new());
        }
        Fault::Delay(ms) => std::thread::sleep(std::time::Duration::from_millis(ms)),
        Fault::None | Fault::StoreThenDrop => {}
    }
    let content_type = get_header(&request, "Content-Type").unwrap_or_default();
    let delivery = match decode::decode(&content_type, &body) {
        Ok(d) => d,
        Err(e @ decode::DecodeError::UnsupportedType(_)) => {
            return (message(request, 415, &e.message()), String::new())
        }
        Err(e) => return (message(request, 400, &e.message()), String::new()),
    };
    let delivery = match office::opened(delivery, state.office.as_ref()) {
        Ok(d) => d,
        Err(why) => return (message(request, 422, &why), String::new()),
    };
    let found = lock(&state.store).find(&key);
    if let Ok(Some(found)) = found {
        // The same key for another request: not the first answer again, a refusal.
        if found.payload != delivery.payload_json {
            return (
                message(
                    request,
                    422,
                    "this Idempotency-Key was used for another request",
                ),
                String::new(),
            );
        }
        let _ = lock(&state.store).count("duplicate");
        let json = stored_answer(state, &found, &key);
        respond(request, 200, &json, &[]);
        return (200, found.case_reference);
    }
    let (payload, verified) = match seloste::seal::verify_json(&delivery.payload_json) {
        Ok(ok) => ok,
        Err(e) => {
            return (
                message(request, 422, &e.message(seloste::Lang::En)),
                String::new(),
            )
        }
    };
    if let Err(e) = payload.check() {
        return (
            message(request, 422, &e.message(seloste::Lang::En)),
            String::new(),
        );
    }
    if payload.id != key {
        return (
            message(request, 400, "the Idempotency-Key must be the request's id"),
            String::new(),
        );
    }
    if let Some(pdf) = &delivery.pdf {
        let same = seloste::pdf::verify::inspect(pdf)
            .seal
            .and_then(Result::ok)
            .is_some_and(|v| v.digest == verified.digest);
        if !same {
            return (
                message(request, 422, "the PDF is not the PDF of this request"),
                String::new(),
            );
        }
    }
    let stored = lock(&state.store).store(
        &key,
        &payload.id,
        delivery.encoding,
        payload.kind.name(),
        Some(&verified.digest),
        &delivery.payload_json,
        delivery.pdf.as_deref(),
    );
    let stored = match stored {
        Ok(s) => s,
        Err(_) => {
            return (
                message(request, 503, "the request could not be stored; try again"),
                String::new(),
            )
        }
    };
    if fault == Fault::StoreThenDrop {
        break_connection(request);
        return (0, stored.case_reference);
    }
    let status = if stored.duplicate { 200 } else { 201 };
    let json = stored_answer(state, &stored, &payload.id);
    respond(request, status, &json, &[]);
    (status, stored.case_reference)
}

fn handle(request: Request, state: &State) {
    let (method, path) = (
        request.method().clone(),
        request.url().split('?').next().unwrap_or("").to_string(),
    );
    let (status, note) = match (&method, path.as_str()) {
        (Method::Options, "/requests") => {
            let asked = get_header(&request, "Access-Control-Request-Headers")
                .unwrap_or_else(|| "content-type, idempotency-key".into());
            let extra = [
                ("Access-Control-Allow-Methods", "POST, OPTIONS".to_string()),
                ("Access-Control-Allow-Headers", asked),
                ("Access-Control-Max-Age", "600".to_string()),
            ];
            respond(request, 204, "", &extra);
            (204, String::new())
        }
        (Method::Post, "/requests") => receive(request, state),
        (_, p) if p.starts_with("/__") => test_endpoint(request, state, &method, p),
        _ => (message(request, 404, "not found"), String::new()),
    };
    eprintln!(
        "{method} {path} {} {note}",
        if status == 0 {
            "dropped".to_string()
        } else {
            status.to_string()
        }
    );
}

/// The test endpoints: 404 unless `--test-endpoints` was given and the request carries
/// its secret; answered without CORS.
fn test_endpoint(
    mut request: Request,
    state: &State,
    method: &Method,
    path: &str,
) -> (u16, String) {
    let allowed = state.test_secret.as_deref().is_some_and(|secret| {
        get_header(&request, "X-Receiver-Secret").is_some_and(|given| given == secret)
    });
    if !allowed {
        respond_private(request, 404, r#"{"message":"not found"}"#);
        return (404, String::new());
    }
    match (method, path) {
        (Method::Get, "/__stats") => match lock(&state.store).stats() {
            Ok(s) => {
                let json = format!(
                    r#"{{"stored":{},"distinct_ids":{},"duplicates":{},"faults":{},"attempts":{}}}"#,
                    s.stored, s.distinct_ids, s.duplicates, s.faults, s.attempts
                );
                respond_private(request, 200, &json);
                (200, String::new())
            }
            Err(_) => {
                respond_private(request, 500, r#"{"message":"no stats"}"#);
                (500, String::new())
            }
        },
        (Method::Get, p) if p.starts_with("/__requests/") => {
            let id = &p["/__requests/".len()..];
            match lock(&state.store).encoding_of(id) {
                Ok(Some((encoding, pdf))) => {
                    let json = format!(r#"{{"encoding":{},"pdf":{pdf}}}"#, quoted(&encoding));
                    respond_private(request, 200, &json);
                    (200, String::new())
                }
                _ => {
                    respond_private(request, 404, r#"{"message":"not stored"}"#);
                    (404, String::new())
                }
            }
        }
        (Method::Post, "/__faults") => {
            let mut body = String::new();
            let _ = request.as_reader().take(4096).read_to_string(&mut body);
            match Plan::from_json(&body) {
                Some(plan) => {
                    *lock(&state.plan) = plan;
                    respond_private(request, 204, "");
                    (204, String::new())
                }
                None => {
                    respond_private(request, 400, r#"{"message":"not a fault plan"}"#);
                    (400, String::new())
                }
            }
        }
        (Method::Post, "/__reset") => {
            let _ = lock(&state.store).reset();
            *lock(&state.plan) = Plan::Off;
            respond_private(request, 204, "");
            (204, String::new())
        }
        _ => {
            respond_private(request, 404, r#"{"message":"not found"}"#);
            (404, String::new())
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    if args.get(1).map(String::as_str) == Some("keys") {
        let Some(out) = arg("--out") else {
            eprintln!("usage: seloste-receiver keys --out office-keys.json");
            std::process::exit(2);
        };
        match office::generate(&out) {
            Ok(public) => println!("{public}"),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
        return;
    }
    let office = match arg("--keys").map(|path| office::Office::load(&path)) {
        None => None,
        Some(Ok(office)) => Some(office),
        Some(Err(e)) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let port: u16 = arg("--port").and_then(|p| p.parse().ok()).unwrap_or(8787);
    let db = arg("--db").unwrap_or_else(|| "seloste-receiver.db".into());
    let test_secret = if args.iter().any(|a| a == "--test-endpoints") {
        match std::env::var("SELOSTE_RECEIVER_SECRET") {
            Ok(secret) if secret.len() >= 16 => Some(secret),
            _ => {
                eprintln!("--test-endpoints needs SELOSTE_RECEIVER_SECRET (16 characters or more)");
                std::process::exit(2);
            }
        }
    } else {
        None
    };
    let store = match Store::open(&db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot open {db}: {e}");
            std::process::exit(1);
        }
    };
    let read_timeout = arg("--read-timeout")
        .and_then(|s| s.parse().ok())
        .map_or(timeouts::DEFAULT, std::time::Duration::from_secs);
    let (public, server) = match listen(port) {
        Ok(both) => both,
        Err(e) => {
            eprintln!("cannot listen on 127.0.0.1:{port}: {e}");
            std::process::exit(1);
        }
    };
    let port = public.local_addr().map_or(port, |a| a.port());
    println!("listening on http://127.0.0.1:{port}");
    let state = Arc::new(State {
        store: Mutex::new(store),
        plan: Mutex::new(Plan::Off),
        test_secret,
        office,
    });
    start(public, server, state, read_timeout);
}

/// The public listener on `port` (0: any free one) and the HTTP server behind it, on a
/// loopback port of its own (see [`timeouts`]).
fn listen(port: u16) -> std::io::Result<(std::net::TcpListener, Arc<Server>)> {
    let public = std::net::TcpListener::bind(("127.0.0.1", port))?;
    let server = Server::http("127.0.0.1:0").map_err(std::io::Error::other)?;
    Ok((public, Arc::new(server)))
}

/// Serves: connections accepted on `public` with `timeout`, carried to `server`.
fn start(
    public: std::net::TcpListener,
    server: Arc<Server>,
    state: Arc<State>,
    timeout: std::time::Duration,
) {
    if let Some(inner) = server.server_addr().to_ip() {
        std::thread::spawn(move || timeouts::front(public, inner, timeout));
    }
    serve(server, state);
}

/// Handles requests on several workers, so a delayed answer does not hold up the others.
fn serve(server: Arc<Server>, state: Arc<State>) {
    let workers: Vec<_> = (0..8)
        .map(|_| {
            let (server, state) = (server.clone(), state.clone());
            std::thread::spawn(move || {
                while let Ok(request) = server.recv() {
                    handle(request, &state);
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
}

#[cfg(test)]
mod tests;
