//! The release the studio belongs to (issue 20): its loader `seloste.js` and the shadow
//! stylesheet, with their SRI hashes from the release's `sri.json`, which sits beside the
//! loader, one folder up from the studio's page. Read once per page, shared by context
//! with the preview and the embed code.

use crate::notice::publish::Release;
use crate::web::platform::fetch::fetch_text;
use leptos::prelude::*;

/// The release, once read: `Err` when it could not be (the reason is in the console).
pub type ReleaseState = RwSignal<Option<Result<Release, ()>>>;

/// Reads the release and provides it to the views below the caller.
pub fn provide_release() {
    let state: ReleaseState = RwSignal::new(None);
    provide_context(state);
    leptos::task::spawn_local(async move {
        let loader = web_sys::Url::new_with_base(
            "../seloste.js",
            &document().base_uri().ok().flatten().unwrap_or_default(),
        )
        .map(|url| url.href())
        .ok();
        let read = match (fetch_text("../sri.json").await, loader) {
            (Ok(sri), Some(loader)) => Release::from_sri(&sri, &loader)
                .ok_or("it does not name seloste.js and one stylesheet".to_string()),
            (Err(e), _) => Err(format!("{e:?}")),
            (_, None) => Err("the loader's address cannot be made".into()),
        };
        state.set(Some(read.map_err(|why| {
            web_sys::console::error_1(&format!("seloste studio: ../sri.json: {why}").into());
        })));
    });
}

/// The release of the page (provided by [`provide_release`]).
pub fn use_release() -> ReleaseState {
    expect_context::<ReleaseState>()
}
