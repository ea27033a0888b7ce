//! Notices mounted in the browser: headings, the rights block, the interface language.

use super::*;
use seloste::web::NoticeView;

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
    assert_eq!(
        first.text_content().unwrap_or_default(),
        "Begäran om tillgång"
    );
    first.unchecked_into::<web_sys::HtmlElement>().click();
    assert_eq!(started.get_untracked(), Some(RequestKind::Access));
    host.remove();
}

/// The notice is built with the DOM API (`web/dom/tree.rs`): its interface strings and
/// their `lang` follow the language signal, the notice's own text stays as it is.
#[wasm_bindgen_test]
async fn a_notice_follows_the_interface_language() {
    let host = host();
    let lang = RwSignal::new(Lang::Fi);
    let _mounted = leptos::mount::mount_to(host.clone(), move || {
        view! { <NoticeView notice=notice() lang=lang on_request=|_| {} heading_level=2/> }
    });
    settle().await;
    let rights = find(&host, ".seloste-rights");
    let title = find(&host, ".seloste-rights > h3");
    let toc = find(&host, ".seloste-toc > h3 span");
    assert_eq!(title.text_content().unwrap_or_default(), "Oikeutesi");
    assert_eq!(rights.get_attribute("lang").as_deref(), Some("fi"));
    let heading = find(&host, ".seloste-section > h3").text_content();
    lang.set(Lang::Sv);
    settle().await;
    assert_eq!(title.text_content().unwrap_or_default(), "Dina rättigheter");
    assert_eq!(toc.text_content().unwrap_or_default(), "Innehåll");
    assert_eq!(rights.get_attribute("lang").as_deref(), Some("sv"));
    assert_eq!(toc.get_attribute("lang").as_deref(), Some("sv"));
    assert_eq!(find(&host, ".seloste-section > h3").text_content(), heading);
    assert_eq!(
        find(&host, "article").get_attribute("lang").as_deref(),
        Some("fi")
    );
    // Every section is reachable from the contents.
    let links = host.query_selector_all(".seloste-toc a").expect("query");
    for i in 0..links.length() {
        let href = links
            .item(i)
            .and_then(|l| l.unchecked_into::<web_sys::Element>().get_attribute("href"))
            .unwrap_or_default();
        assert!(
            host.query_selector(&format!("[id=\"{}\"]", &href[1..]))
                .ok()
                .flatten()
                .is_some(),
            "{href}"
        );
    }
    host.remove();
}
