//! The request page of the demo (`request/#/notices/{id}/requests/{kind}`): one request
//! form, loaded with its notice and forms file. A bundle of its own, so that people who
//! only read notices never download the forms.

#[path = "../route.rs"]
mod route;

use leptos::prelude::*;
use route::Route;
use seloste::i18n::ui;
use seloste::notice::Notice;
use seloste::request::spec::Form;
use seloste::web::{
    any_kept, fetch, host, page_lang, show_my_requests, tr, LanguageSwitch, PdfAssets, RequestForm,
};
/// The notice and the form a route names, or why they could not be loaded.
async fn load(
    id: &str,
    kind: seloste::request::RequestKind,
) -> Result<(Notice, Form), fetch::LoadError> {
    let index = fetch::fetch_text("../notices/index.json").await?;
    let entries = seloste::notice::index::read_index(&index)
        .map_err(|e| fetch::LoadError::Invalid(e.to_string()))?;
    let entry = entries
        .into_iter()
        .find(|e| e.id == id)
        .ok_or(fetch::LoadError::Network)?;
    let notice = fetch::load_notice(&format!("../notices/{}", entry.file)).await?;
    let url = format!("../{}", notice.requests.forms_url());
    let form = fetch::load_form(&url, kind, None).await?;
    Ok((notice, form))
}

#[component]
fn RequestPage() -> impl IntoView {
    let lang = RwSignal::new(page_lang());
    let route = Route::parse(&window().location().hash().unwrap_or_default());
    let loaded = RwSignal::new(None::<Result<(Notice, Form), fetch::LoadError>>);
    let notice_href = route
        .notice_id()
        .map(|id| Route::Notice(id.to_string()).href())
        .unwrap_or_default();
    match route {
        Route::Request(id, kind) => leptos::task::spawn_local(async move {
            loaded.set(Some(load(&id, kind).await));
        }),
        // Nothing to ask without a notice and a kind: back to the list.
        _ => {
            let _ = window().location().replace("../");
        }
    }
    // A new notice or kind in the address starts that form.
    let on_hash = window_event_listener(leptos::ev::hashchange, |_| {
        let _ = window().location().reload();
    });
    on_cleanup(move || on_hash.remove());
    Effect::new(move || {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().name());
        }
    });
    // Back to the notice, in the language chosen here.
    let back = StoredValue::new(notice_href);
    let page = fetch::loading_view(
        loaded,
        lang.into(),
        move |(notice, form): (Notice, Form)| {
            document().set_title(&format!(
                "{} – seloste",
                form.kind.title().get(lang.get_untracked())
            ));
            let delivery = host::delivery_for(&notice, None, None, None);
            let pdf = PdfAssets::from_page(
                "../pdf/seloste-pdf.js",
                &format!("../{}", notice.requests.forms_url()),
                "../fonts/DejaVuSans.ttf",
            );
            // The requests this citizen chose to keep on this device, when there are any.
            let (kept, kept_pdf) = (NodeRef::<leptos::html::Div>::new(), pdf.clone());
            kept.on_load(move |el| {
                if any_kept() {
                    let shown = show_my_requests(el.into(), lang.into(), 2, Some(kept_pdf));
                    on_cleanup(move || drop(shown));
                }
            });
            view! {
                <RequestForm notice=notice form=form lang=lang pdf=pdf delivery=delivery headers=host::meta_headers() on_back=move |_| {
                    let href = format!("../?lang={}{}", lang.get_untracked().name(), back.get_value());
                    let _ = window().location().set_href(&href);
                }/>
                <div node_ref=kept></div>
            }
        },
    );
    view! {
        <header class="demo-header">
            <a class="demo-brand" href="../">"seloste"</a>
            <nav class="demo-nav" aria-label=tr(ui::NOTICES, lang)>
                <a href="../">{tr(ui::ALL_NOTICES, lang)}</a>
            </nav>
            <LanguageSwitch lang=lang/>
        </header>
        <main id="main" class="demo-main" tabindex="-1">{page}</main>
    }
}

fn main() {
    leptos::mount::mount_to_body(RequestPage);
}
