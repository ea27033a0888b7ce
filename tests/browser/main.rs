//! Browser tests: real components mounted in headless Chromium (wasm-bindgen-test).
//! Run with `cargo test -p seloste --features web --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use seloste::notice::Notice;
use seloste::request::RequestKind;
use seloste::web::{NoticeView, RequestForm};
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

#[wasm_bindgen_test]
async fn submitting_an_empty_form_shows_the_error_summary_and_inline_errors() {
    let host = host();
    let lang = RwSignal::new(Lang::En);
    let _mounted = leptos::mount::mount_to(host.clone(), move || {
        view! { <RequestForm notice=notice() kind=RequestKind::Access lang=lang/> }
    });
    settle().await;
    assert!(
        host.query_selector(".seloste-error-summary")
            .ok()
            .flatten()
            .is_none(),
        "no errors before submitting"
    );

    find(&host, "button[type=submit]")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    settle().await;

    let summary = find(&host, ".seloste-error-summary");
    let text = summary.text_content().unwrap_or_default();
    assert!(text.contains("Enter your full name."), "{text}");
    assert!(
        text.contains("Enter your personal identity code."),
        "{text}"
    );
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    assert_eq!(focused.as_ref(), Some(&summary), "the summary takes focus");

    let input = find(&host, "input[name=identity_code]");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = input.get_attribute("aria-describedby").unwrap_or_default();
    let error_id = described
        .split(' ')
        .find(|id| id.ends_with("-error"))
        .expect("describedby names the error");
    let error = find(&host, &format!("[id=\"{error_id}\"]"));
    assert!(error
        .text_content()
        .unwrap_or_default()
        .contains("Enter your personal identity code."));

    // Every interface string follows the language switch, errors included.
    lang.set(Lang::Sv);
    settle().await;
    let text = find(&host, ".seloste-error-summary")
        .text_content()
        .unwrap_or_default();
    assert!(text.contains("Skriv ditt fullständiga namn."), "{text}");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_mistyped_code_is_explained_and_valid_answers_reach_check_answers() {
    let host = host();
    let _mounted = leptos::mount::mount_to(host.clone(), move || {
        view! { <RequestForm notice=notice() kind=RequestKind::Access lang=Lang::Fi/> }
    });
    settle().await;
    let type_into = |name: &str, value: &str| {
        let input: web_sys::HtmlInputElement =
            find(&host, &format!("input[name={name}]")).unchecked_into();
        input.set_value(value);
        let event = web_sys::Event::new("input").expect("an event");
        let _ = input.dispatch_event(&event);
    };
    type_into("name", "Maija Meikäläinen");
    type_into("identity_code", "131052-308U");
    type_into("email", "maija@example.fi");
    find(&host, "button[type=submit]")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    settle().await;
    let text = find(&host, ".seloste-error-summary")
        .text_content()
        .unwrap_or_default();
    assert!(text.contains("viimeisen merkin pitäisi olla T"), "{text}");

    type_into("identity_code", "131052-308t");
    find(&host, "button[type=submit]")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    settle().await;
    let summary = find(&host, ".seloste-summary-list")
        .text_content()
        .unwrap_or_default();
    assert!(
        summary.contains("131052-****"),
        "the code is masked: {summary}"
    );
    assert!(!summary.contains("308T"));
    assert!(summary.contains("maija@example.fi"));
    host.remove();
}

#[wasm_bindgen_test]
async fn a_notice_renders_its_sections_as_headings() {
    let host = host();
    let _mounted = leptos::mount::mount_to(host.clone(), move || {
        view! { <NoticeView notice=notice() lang=Lang::En on_request=|_| {}/> }
    });
    settle().await;
    let headings = host
        .query_selector_all(".seloste-section > h2")
        .expect("query");
    assert_eq!(headings.length() as usize, notice().sections.len());
    let h1 = find(&host, "h1").text_content().unwrap_or_default();
    assert!(h1.contains("lapsiperheiden"), "{h1}");
    // No script or inline handler from the notice file reaches the page.
    assert!(host
        .query_selector("script, [onclick], [onerror]")
        .ok()
        .flatten()
        .is_none());
    host.remove();
}

#[wasm_bindgen_test]
async fn the_rights_block_offers_each_accepted_request() {
    let host = host();
    let started = RwSignal::new(None::<RequestKind>);
    let _mounted = leptos::mount::mount_to(host.clone(), move || {
        view! { <NoticeView notice=notice() lang=Lang::Sv on_request=move |kind| started.set(Some(kind))/> }
    });
    settle().await;
    let buttons = host
        .query_selector_all(".seloste-rights button")
        .expect("query");
    assert_eq!(buttons.length() as usize, notice().requests.kinds.len());
    let first = find(&host, ".seloste-rights button");
    assert_eq!(first.text_content().unwrap_or_default(), "Begäran om insyn");
    first.unchecked_into::<web_sys::HtmlElement>().click();
    assert_eq!(started.get_untracked(), Some(RequestKind::Access));
    host.remove();
}
