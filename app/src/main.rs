//! The demo site: the sample notices of `public/notices/` and their request forms.
//! No backend: everything is served as static files by `trunk serve` or any web server.

use leptos::prelude::*;
use seloste::web::{
    browser_lang, fetch::load_notice, fetch::LoadError, LanguageSwitch, NoticeView, RequestForm,
};
use seloste::{i18n::ui, notice::Notice, request::RequestKind};

/// The notice the demo opens with (seed 004, Pieksämäki family services).
const DEFAULT_NOTICE: &str = "notices/pieksamaki-lapsiperheet.json";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Page {
    Notice,
    Request(RequestKind),
}

#[component]
fn Demo() -> impl IntoView {
    let lang = RwSignal::new(browser_lang());
    let notice = RwSignal::new(None::<Result<Notice, LoadError>>);
    let page = RwSignal::new(Page::Notice);

    Effect::new(move || {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
        document().set_title(ui::DEMO_TITLE.get(lang.get()));
    });
    leptos::task::spawn_local(async move {
        notice.set(Some(load_notice(DEFAULT_NOTICE).await));
    });

    let content = move || {
        match notice.get() {
        None => view! { <p role="status">{move || ui::LOADING.get(lang.get())}</p> }.into_any(),
        Some(Err(e)) => view! { <p class="seloste-error-message" role="alert">{move || e.text().get(lang.get())}</p> }.into_any(),
        Some(Ok(n)) => match page.get() {
            Page::Notice => view! {
                <NoticeView notice=n lang=lang on_request=move |kind| { page.set(Page::Request(kind)); scroll_top(); }/>
            }
            .into_any(),
            Page::Request(kind) => view! {
                <RequestForm notice=n kind=kind lang=lang on_back=move |_| { page.set(Page::Notice); scroll_top(); }/>
            }
            .into_any(),
        },
    }
    };

    view! {
        <a class="seloste-skip-link" href="#main">{move || ui::SKIP_TO_CONTENT.get(lang.get())}</a>
        <header class="demo-header">
            <p class="demo-brand">"seloste"</p>
            <LanguageSwitch lang=lang/>
        </header>
        <main id="main" class="demo-main" tabindex="-1">{content}</main>
    }
}

fn scroll_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

fn main() {
    leptos::mount::mount_to_body(Demo);
}
