//! `<seloste-requests>`: "my requests" kept on this device, placed anywhere by a portal (and
//! under the demo's request form, when some are kept). Only this function is in the first
//! bundle: the list and its letters come with the chunk `after` (`later/my_requests.rs`),
//! which builds them into the element itself.

use crate::after::kept::{words, STORAGE_KEY};
use crate::i18n::Lang;
use crate::web::later::my_requests::my_requests_into;
use crate::web::platform::device::when_online;
use crate::web::platform::host::PdfAssets;
use leptos::prelude::*;

/// Whether any request is kept on this device.
pub fn any_kept() -> bool {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    storage.is_some_and(|s| s.get_item(STORAGE_KEY).ok().flatten().is_some())
}

/// The list shown in an element; dropping it takes the list's listeners away.
pub struct Shown(Owner);

impl Drop for Shown {
    fn drop(&mut self) {
        self.0.cleanup();
    }
}

/// Shows the requests kept on this device in `target`, following `lang`, headings from
/// `level` (the host page has its own h1 above); `pdf` makes the letters' PDFs.
pub fn show_my_requests(
    target: web_sys::Element,
    lang: Signal<Lang>,
    level: u8,
    pdf: Option<PdfAssets>,
) -> Shown {
    // Leptos's executor, which `mount_to` would start: this mounts no view of its own.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let inner = owner.clone();
    when_online(move || {
        leptos::task::spawn_local(async move {
            let into = target.clone();
            if my_requests_into(inner, into, lang, level.clamp(1, 5), pdf)
                .await
                .is_err()
            {
                // The chunk could not be fetched.
                let p = document().create_element("p");
                if let Ok(p) = p {
                    let _ = p.set_attribute("role", "alert");
                    p.set_text_content(Some(words::NOT_LOADED.get(lang.get_untracked())));
                    let _ = target.append_child(&p);
                }
            }
        });
    });
    Shown(owner)
}
