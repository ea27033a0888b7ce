//! The demo site: a list of the sample notices of `public/notices/`, each notice with its
//! request forms. No backend: everything is static files. The request forms
//! (`src/bin/request.rs`, page `request/`) and the importer page for staff
//! (`src/bin/importer.rs`) are bundles of their own, so reading a notice loads neither.

mod route;

use leptos::prelude::*;
use route::Route;
use seloste::notice::index::{read_index, IndexEntry as NoticeEntry};
use seloste::web::{fetch, page_lang, tr, LanguageSwitch, NoticeView};
use seloste::{i18n::ui, notice::Notice, Lang};

fn current_route() -> Route {
    Route::parse(&window().location().hash().unwrap_or_default())
}

/// The request page's address for a route `#/notices/{id}/requests/{kind}`, in `lang`.
fn request_page(route: &Route, lang: Lang) -> String {
    format!("request/?lang={}{}", lang.name(), route.href())
}

#[component]
fn Demo() -> impl IntoView {
    let lang = RwSignal::new(page_lang());
    let route = RwSignal::new(current_route());
    let index = RwSignal::new(None::<Result<Vec<NoticeEntry>, fetch::LoadError>>);
    // The notice on screen, by id, once loaded.
    // The notice shown: its id, the language it was asked for in, and what came.
    let notice = RwSignal::new(None::<(String, Lang, Result<Notice, fetch::LoadError>)>);

    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(current_route());
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    on_cleanup(move || on_hash.remove());

    Effect::new(move || {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().name());
        }
    });
    leptos::task::spawn_local(async move {
        let loaded = fetch::fetch_text("notices/index.json")
            .await
            .and_then(|text| {
                read_index(&text).map_err(|e| fetch::LoadError::Invalid(e.to_string()))
            });
        index.set(Some(loaded));
    });
    // Load the notice a route names: once per id, and again when the language changes to
    // one it has another version in (its translation, or back to its original).
    Effect::new(move || {
        let Some(id) = route.with(|r| r.notice_id().map(str::to_string)) else {
            return;
        };
        let lang = lang.get();
        let current = notice.with_untracked(|n| {
            n.as_ref().is_some_and(|(loaded, asked, result)| {
                *loaded == id
                    && (*asked == lang
                        || result
                            .as_ref()
                            .map_or(true, |n| n.lang == lang || n.translations.is_empty()))
            })
        });
        if current {
            return;
        }
        let file = index.with(|i| {
            i.as_ref()
                .and_then(|r| r.as_ref().ok())
                .and_then(|list| list.iter().find(|e| e.id == id).map(|e| e.file.clone()))
        });
        let Some(file) = file else {
            if index.with(Option::is_some) {
                notice.set(Some((id, lang, Err(fetch::LoadError::Network))));
            }
            return;
        };
        leptos::task::spawn_local(async move {
            let files = fetch::Files::default();
            let loaded = fetch::load_notice_in(&files, &format!("notices/{file}"), lang).await;
            notice.set(Some((id, lang, loaded)));
        });
    });
    Effect::new(move || {
        document().set_title(&format!("{} – seloste", ui::NOTICES.get(lang.get())));
    });

    let loaded_notice = move |id: &str| -> Option<Result<Notice, fetch::LoadError>> {
        notice.with(|n| {
            n.as_ref()
                .filter(|(loaded, _, _)| loaded == id)
                .map(|(_, _, r)| r.clone())
        })
    };
    let loading = move || view! { <p role="status">{tr(ui::LOADING, lang)}</p> }.into_any();
    let failed = move |e: fetch::LoadError| {
        view! { <p class="seloste-error-message" role="alert">{move || e.text().get(lang.get())}</p> }.into_any()
    };

    let page = move || {
        match route.get() {
        Route::Home => match index.get() {
            None => loading(),
            Some(Err(e)) => failed(e),
            Some(Ok(list)) => view! { <NoticeList list=list lang=lang/> }.into_any(),
        },
        Route::Notice(id) => match loaded_notice(&id) {
            None => loading(),
            Some(Err(e)) => failed(e),
            Some(Ok(n)) => view! {
                <NoticeView notice=n lang=lang on_request=move |kind| {
                    let _ = window().location().set_href(&request_page(&Route::Request(id.clone(), kind), lang.get_untracked()));
                }/>
            }
            .into_any(),
        },
        // Request forms are a page of their own (request/), with their own bundle.
        Route::Request(..) => {
            let _ = window().location().replace(&request_page(&route.get_untracked(), lang.get_untracked()));
            loading()
        }
    }
    };

    view! {
        <a class="seloste-skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                use wasm_bindgen::JsCast;
                if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                    let _ = main.focus();
                }
            }
        }>{tr(ui::SKIP_TO_CONTENT, lang)}</a>
        <header class="demo-header">
            <a class="demo-brand" href="#/">"seloste"</a>
            <nav class="demo-nav" aria-label=move || ui::NOTICES.get(lang.get())>
                <a href="#/">{tr(ui::ALL_NOTICES, lang)}</a>
                <a href="importer/">{tr(ui::IMPORT_TITLE, lang)}</a>
            </nav>
            <LanguageSwitch lang=lang/>
        </header>
        <main id="main" class="demo-main" tabindex="-1">{page}</main>
    }
}

#[component]
fn NoticeList(list: Vec<NoticeEntry>, lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <h1>{tr(ui::NOTICES, lang)}</h1>
        <p>{tr(ui::NOTICES_INTRO, lang)}</p>
        <ul class="demo-notice-list">
            {list
                .into_iter()
                .map(|entry| view! {
                    <li>
                        <a href=Route::Notice(entry.id.clone()).href() lang=entry.lang.name()>{entry.title}</a>
                        <span class="seloste-hint" lang=entry.lang.name()>{entry.controller}</span>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}

fn main() {
    leptos::mount::mount_to_body(Demo);
}
