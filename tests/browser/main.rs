//! Browser tests: real components mounted in headless Chromium (wasm-bindgen-test).
//! Run with `cargo test -p seloste --features web --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use seloste::notice::Notice;
use seloste::request::spec::{Form, FormSet};
use seloste::request::RequestKind;
use seloste::web::RequestForm;
use seloste::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOTICE: &str = include_str!("../../public/notices/pieksamaki-lapsiperheet.json");

fn notice() -> Notice {
    Notice::from_json(NOTICE).expect("the sample notice is valid")
}

/// A fresh element in the page to mount into.
fn host() -> web_sys::HtmlElement {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let host = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("appended");
    host.unchecked_into()
}

/// Lets Leptos run its effects and the browser draw a frame.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn find(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

const FORMS: &str = include_str!("../../public/forms/default.json");

fn form(kind: RequestKind) -> Form {
    FormSet::from_json(FORMS)
        .and_then(|set| set.form(kind))
        .expect("the shipped forms are valid")
}

fn session() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .expect("session storage")
}

const DRAFT_KEY: &str = "seloste-draft/pieksamaki-lapsiperheet/access";

/// Starts the next form at step `step` with these answers, as a reload would.
fn draft(step: usize, answers: &[(&str, &str)]) {
    let answers: std::collections::BTreeMap<&str, &str> = answers.iter().copied().collect();
    let json = serde_json::json!({ "answers": answers, "step": step }).to_string();
    session().set_item(DRAFT_KEY, &json).expect("stored");
}

fn click(root: &web_sys::Element, selector: &str) {
    find(root, selector)
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn mount_access(host: &web_sys::HtmlElement, lang: RwSignal<Lang>) -> impl Drop {
    leptos::mount::mount_to(host.clone(), move || {
        view! { <RequestForm notice=notice() form=form(RequestKind::Access) lang=lang/> }
    })
}

#[wasm_bindgen_test]
async fn submitting_an_empty_step_shows_the_error_summary_and_inline_errors() {
    let _ = session().remove_item(DRAFT_KEY);
    let host = host();
    let lang = RwSignal::new(Lang::En);
    let _mounted = mount_access(&host, lang);
    settle().await;
    assert!(
        text(&host, "h1").contains("Whose data"),
        "starts at the first step"
    );
    assert!(
        host.query_selector(".seloste-error-summary")
            .ok()
            .flatten()
            .is_none(),
        "no errors before submitting"
    );
    click(&host, "button[type=submit]"); // "my own data" is chosen already
    settle().await;
    assert!(
        text(&host, "h1").contains("Which data"),
        "{}",
        text(&host, "h1")
    );
    click(&host, "button[type=submit]");
    settle().await;
    let summary = find(&host, ".seloste-error-summary");
    assert!(text(&host, ".seloste-error-summary").contains("Select which data you are asking for."));
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    assert_eq!(focused.as_ref(), Some(&summary), "the summary takes focus");
    let fieldset = find(&host, "fieldset");
    let described = fieldset
        .get_attribute("aria-describedby")
        .unwrap_or_default();
    let error_id = described
        .split(' ')
        .find(|id| id.ends_with("-error"))
        .expect("describedby names the error");
    assert!(text(&host, &format!("[id=\"{error_id}\"]")).contains("Select which data"));

    // Every interface string follows the language switch, errors included.
    lang.set(Lang::Sv);
    settle().await;
    assert!(text(&host, ".seloste-error-summary").contains("Välj vilka uppgifter du begär."));
    host.remove();
}

#[wasm_bindgen_test]
async fn a_mistyped_code_is_explained_inline_and_tied_to_its_input() {
    draft(
        4,
        &[("access_scope", "all"), ("delivery", "viewing_at_office")],
    );
    let host = host();
    let _mounted = mount_access(&host, RwSignal::new(Lang::Fi));
    settle().await;
    assert!(
        text(&host, "h1").contains("Sinun tietosi"),
        "{}",
        text(&host, "h1")
    );
    assert!(
        text(&host, "[role=status]").contains("palautettiin"),
        "the draft is said to be restored"
    );
    let type_into = |name: &str, value: &str| {
        let input: web_sys::HtmlInputElement =
            find(&host, &format!("input[name={name}]")).unchecked_into();
        input.set_value(value);
        let _ = input.dispatch_event(&web_sys::Event::new("input").expect("an event"));
    };
    type_into("name", "Maija Meikäläinen");
    type_into("identity_code", "131052-308U");
    click(&host, "button[type=submit]");
    settle().await;
    assert!(text(&host, ".seloste-error-summary").contains("viimeisen merkin pitäisi olla T"));
    let input = find(&host, "input[name=identity_code]");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = input.get_attribute("aria-describedby").unwrap_or_default();
    assert!(
        described.split(' ').any(|id| id.ends_with("-error")),
        "{described}"
    );
    // The draft holds what was typed, in this tab only.
    let saved = session()
        .get_item(DRAFT_KEY)
        .ok()
        .flatten()
        .unwrap_or_default();
    assert!(saved.contains("Maija Meikäläinen"), "{saved}");
    let local = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .map(|s| s.length().unwrap_or(0));
    assert_eq!(local, Some(0), "nothing in localStorage");
    // Deleting the answers empties the form and the draft.
    click(&host, ".seloste-delete");
    settle().await;
    assert!(text(&host, "[role=status]").contains("poistettu"));
    assert!(
        text(&host, "h1").contains("Kenen tietoja"),
        "back to the first step"
    );
    assert!(session()
        .get_item(DRAFT_KEY)
        .ok()
        .flatten()
        .map_or(true, |d| !d.contains("Maija")));
    host.remove();
}

#[wasm_bindgen_test]
async fn a_completed_form_is_checked_then_made_and_the_host_gets_the_payload() {
    draft(
        6,
        &[
            ("access_scope", "all"),
            ("delivery", "printout_by_post"),
            ("name", "Maija Meikäläinen"),
            ("identity_code", "131052-308T"),
            ("email", "maija@example.fi"),
            ("street_address", "Keskuskatu 1"),
            ("postal_code", "76100"),
            ("city", "Pieksämäki"),
            ("place", "Pieksämäki"),
            ("signature_method", "drawn"),
            (
                "signature_drawing",
                "100,500 300,200 500,800;600,500 900,500",
            ),
        ],
    );
    let host = host();
    let received = std::rc::Rc::new(std::cell::RefCell::new(None::<String>));
    let sink = received.clone();
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::CustomEvent)>::new(
        move |e: web_sys::CustomEvent| {
            *sink.borrow_mut() = js_sys::JSON::stringify(&e.detail())
                .ok()
                .and_then(|s| s.as_string());
        },
    );
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    document
        .add_event_listener_with_callback("seloste-submitted", listener.as_ref().unchecked_ref())
        .expect("listening");
    // This host page asks for the whole payload in the event (by default it gets a summary).
    let asks = document.create_element("meta").expect("a meta element");
    asks.set_attribute("name", "seloste-event-payload")
        .expect("named");
    asks.set_attribute("content", "full").expect("content");
    document
        .head()
        .expect("a head")
        .append_child(&asks)
        .expect("added");
    let _mounted = mount_access(&host, RwSignal::new(Lang::Fi));
    settle().await;
    click(&host, "button[type=submit]");
    settle().await;
    assert!(text(&host, "h1").contains("Tarkista vastauksesi"));
    let summary = text(&host, ".seloste-request");
    assert!(
        summary.contains("131052-****"),
        "the code is masked: {summary}"
    );
    assert!(!summary.contains("308T"));
    click(&host, ".seloste-request button.seloste-button");
    for _ in 0..40 {
        if text(&host, "h1").contains("Pyyntösi on valmis") {
            break;
        }
        settle().await; // the seal is made with WebCrypto, asynchronously
    }
    assert!(text(&host, "h1").contains("Pyyntösi on valmis"));
    let detail = received
        .borrow()
        .clone()
        .expect("the host page got seloste-submitted");
    let detail: serde_json::Value = serde_json::from_str(&detail).expect("JSON");
    assert_eq!(detail["payload"]["schema"], "seloste.request/1");
    assert_eq!(
        detail["payload"]["requester"]["identity"]["value"],
        "131052-308T"
    );
    assert_eq!(
        detail["payload"]["requester"]["address"],
        "Keskuskatu 1, 76100 Pieksämäki"
    );
    assert_eq!(detail["payload"]["delivery"], "printout_by_post");
    assert_eq!(detail["payload"]["details"]["access_scope"], "all");
    assert_eq!(
        detail["payload"]["signature"],
        serde_json::json!({"method": "drawn", "strokes": [[[100, 500], [300, 200], [500, 800]], [[600, 500], [900, 500]]]})
    );
    // The seal made with WebCrypto (webcrypto.js) holds for the crate's own verifier.
    let sealed = serde_json::to_string(&detail["payload"]).expect("JSON");
    let verified = seloste::seal::verify_json(&sealed);
    assert!(verified.is_ok(), "{verified:?}");
    let reference = detail["reference"].as_str().unwrap_or_default().to_string();
    assert_eq!(reference.len(), 9);
    assert!(text(&host, ".seloste-reference").contains(&reference));
    assert!(
        session().get_item(DRAFT_KEY).ok().flatten().is_none(),
        "the draft is gone once the request is made"
    );
    let _ = document.remove_event_listener_with_callback(
        "seloste-submitted",
        listener.as_ref().unchecked_ref(),
    );
    asks.remove();
    host.remove();
}

/// Custom elements will render into shadow roots (issue 8): Leptos' event handlers, focus
/// moves and the element lookups of the form must work there too.
#[wasm_bindgen_test]
async fn a_form_works_inside_a_shadow_root() {
    let _ = session().remove_item(DRAFT_KEY);
    let outer = host();
    let shadow = outer
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect("a shadow root");
    let inner: web_sys::HtmlElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .expect("a div")
        .unchecked_into();
    shadow.append_child(&inner).expect("appended");
    let _mounted = mount_access(&inner, RwSignal::new(Lang::En));
    settle().await;
    assert!(text(&inner, "h1").contains("Whose data"));
    // A click inside the shadow root reaches the form's submit handler.
    click(&inner, "button[type=submit]");
    settle().await;
    assert!(
        text(&inner, "h1").contains("Which data"),
        "{}",
        text(&inner, "h1")
    );
    click(&inner, "button[type=submit]");
    settle().await;
    let summary = find(&inner, ".seloste-error-summary");
    assert_eq!(
        shadow.active_element().as_ref(),
        Some(&summary),
        "the summary takes focus inside the shadow root"
    );
    // The summary's link moves focus to the question, looked up inside the shadow root.
    click(&inner, ".seloste-error-summary a");
    settle().await;
    let focused = shadow.active_element().expect("something is focused");
    assert_eq!(focused.get_attribute("type").as_deref(), Some("radio"));
    // Choosing an option clears the error (a change handler inside the shadow root).
    click(&inner, "input[type=radio]");
    settle().await;
    assert!(
        inner
            .query_selector(".seloste-error-summary")
            .ok()
            .flatten()
            .is_none(),
        "the error is gone once an option is chosen"
    );
    outer.remove();
}

mod notice;
