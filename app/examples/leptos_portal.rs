//! A Leptos portal using the crate directly (README, "Using the components in a Leptos
//! app"): a notice and its access request form, with the person the portal has already
//! identified. Checked by `scripts/test.sh` (`cargo check --example leptos_portal` for
//! wasm32), so the README's example keeps compiling.

use leptos::prelude::*;
use seloste::notice::Notice;
use seloste::request::{spec::FormSet, verified::Verified, RequestKind};
use seloste::web::{fetch, NoticeView, PdfAssets, RequestForm};

#[component]
fn AccessRequest(notice: Notice, forms_json: String) -> impl IntoView {
    let lang = RwSignal::new(seloste::Lang::Fi);
    let pdf = PdfAssets::from_page(
        "pdf/seloste-pdf.js",
        "forms/default.json",
        "fonts/DejaVuSans.ttf",
    );
    // From the portal's own identification; None lets the citizen type them.
    let verified = Verified::new("Maija Meikäläinen", "131052-308T", "Suomi.fi").ok();
    match FormSet::from_json(&forms_json).and_then(|set| set.form(RequestKind::Access)) {
        Ok(form) => view! {
            <NoticeView notice=notice.clone() lang=lang heading_level=2 on_request=|_| ()/>
            <RequestForm notice=notice form=form lang=lang pdf=pdf verified=verified/>
        }
        .into_any(),
        // A forms file that breaks its rules is a fault for staff: say which rule.
        Err(e) => view! { <p role="alert">{e.to_string()}</p> }.into_any(),
    }
}

#[component]
fn Portal() -> impl IntoView {
    let loaded = LocalResource::new(|| async {
        let notice = fetch::load_notice("notices/pieksamaki-lapsiperheet.json").await?;
        let forms = fetch::fetch_text("forms/default.json").await?;
        Ok::<_, fetch::LoadError>((notice, forms))
    });
    move || match loaded.get() {
        None => view! { <p role="status">"Ladataan…"</p> }.into_any(),
        Some(Err(e)) => view! { <p role="alert">{e.text().get(seloste::Lang::Fi)}</p> }.into_any(),
        Some(Ok((notice, forms))) => {
            view! { <AccessRequest notice=notice forms_json=forms/> }.into_any()
        }
    }
}

fn main() {
    leptos::mount::mount_to_body(Portal);
}
