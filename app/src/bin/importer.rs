//! The importer page for staff (its own bundle, so citizens never download it): paste a
//! legacy notice, get a structured one, its findings and the JSON.

use leptos::prelude::*;
use seloste::i18n::ui;
use seloste::web::{browser_lang, ImporterView, LanguageSwitch};

#[component]
fn ImporterPage() -> impl IntoView {
    let lang = RwSignal::new(browser_lang());
    Effect::new(move || {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().name());
        }
        document().set_title(&format!("{} – seloste", ui::IMPORT_TITLE.get(lang.get())));
    });
    view! {
        <header class="demo-header">
            <a class="demo-brand" href="../">"seloste"</a>
            <nav class="demo-nav" aria-label=move || ui::NOTICES.get(lang.get())>
                <a href="../">{move || ui::ALL_NOTICES.get(lang.get())}</a>
            </nav>
            <LanguageSwitch lang=lang/>
        </header>
        <main id="main" class="demo-main">
            <ImporterView lang=lang/>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(ImporterPage);
}
