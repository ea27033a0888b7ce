//! The verifier page for registry offices (`verify/`, a bundle of its own): drop a request
//! PDF or its request.json, see whether its seal holds and what it asks.

use leptos::prelude::*;
use seloste::request::spec::FormSet;
use seloste::web::{fetch, page_lang, LanguageSwitch, VerifierView};
use seloste::Text;

const TITLE: Text = Text::new(
    "Tarkista pyyntö",
    "Kontrollera en begäran",
    "Check a request",
);

#[component]
fn VerifyPage() -> impl IntoView {
    let lang = RwSignal::new(page_lang());
    // The shipped forms label the answers; without them only the checks are shown.
    let forms = LocalResource::new(|| async {
        let text = fetch::fetch_text("../forms/default.json").await.ok()?;
        FormSet::from_json(&text).ok()
    });
    Effect::new(move || {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().name());
        }
        document().set_title(&format!("{} – seloste", TITLE.get(lang.get())));
    });
    view! {
        <header class="demo-header">
            <a class="demo-brand" href="../">"seloste"</a>
            <LanguageSwitch lang=lang/>
        </header>
        <main id="main" class="demo-main">
            {move || forms.get().map(|f| view! { <VerifierView lang=lang forms=f/> })}
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(VerifyPage);
}
