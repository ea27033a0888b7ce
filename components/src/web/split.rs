//! Code the form needs only after its first step (the file and drawing questions, making
//! the request, the check-answers and confirmation pages, the outbox panel) can be split off
//! into a chunk of its own, fetched when the citizen gets that far (or when a kept request
//! waits in the outbox), so that the notice and the form's first step show sooner on a
//! phone.
//!
//! [`later!`] declares such a function. With the crate feature `split` it becomes a split
//! point of `wasm_split` (Leptos's code splitting, see `xtask/src/bundles.rs` for the build
//! step that cuts the chunk out); without it (the browser tests, a portal using the crate
//! directly) it is an ordinary function. Either way it is called as
//! `name(args).await -> Result<T, ChunkError>`: a chunk that cannot be fetched (the
//! connection dropped) is an error the view tells the citizen about, never a panic — a
//! panic would stop every component on the page.

use crate::i18n::Text;
use leptos::prelude::{
    AnyView, LocalStorage, Owner, SetValue, StoredValue, UpdateValue, WithValue,
};

/// The chunk with the rest of the form could not be fetched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// What the citizen is told when the rest of the form could not be fetched.
pub const CHUNK_FAILED: Text = Text::new(
    "Lomakkeen seuraavaa osaa ei voitu ladata. Vastauksesi ovat tallessa tällä sivulla. Tarkista verkkoyhteys ja yritä uudelleen.",
    "Nästa del av formuläret kunde inte laddas. Dina svar finns kvar på sidan. Kontrollera nätverksanslutningen och försök igen.",
    "The next part of the form could not be loaded. Your answers are kept on this page. Check your connection and try again.",
);

/// Declares a function that lives in the form's later chunk: called as
/// `name(args).await`, giving `Result<T, ChunkError>`. `later!(in after: fn …)` puts it in
/// the chunk of what follows a made request ("my requests" and the letters), fetched only
/// when the confirmation shows or a page has `<seloste-requests>`.
macro_rules! later {
    (in $chunk:ident: $(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        $(#[$meta])*
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::web::split::ChunkError> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        $(#[$meta])*
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::web::split::ChunkError> {
            Ok($body)
        }
    };
    ($(#[$meta:meta])* $vis:vis fn $($rest:tt)*) => {
        $crate::web::split::later! { in finish: $(#[$meta])* $vis fn $($rest)* }
    };
}
pub(crate) use later;

/// A view made by the later chunk, kept until the stage that shows it takes it, with the
/// reactive owner of what the view made. A view is made in an async task after the chunk
/// is fetched, where no owner is current: [`Slot::owner`] gives it one under the form's, so
/// that it lives as long as the form (or until the next view of the same slot is made).
#[derive(Clone, Copy)]
pub struct Slot {
    view: StoredValue<Option<AnyView>, LocalStorage>,
    owner: StoredValue<Option<Owner>>,
    parent: StoredValue<Option<Owner>>,
}

impl Slot {
    /// A slot under the current owner (the form's).
    pub fn new() -> Slot {
        Slot {
            view: StoredValue::new_local(None),
            owner: StoredValue::new(None),
            parent: StoredValue::new(Owner::current()),
        }
    }

    /// The owner for the next view; the previous view's (no longer shown) is cleaned up.
    pub fn owner(&self) -> Owner {
        let owner = self
            .parent
            .with_value(|p| p.as_ref().map(Owner::child))
            .unwrap_or_default();
        if let Some(previous) = self
            .owner
            .try_update_value(|o| o.replace(owner.clone()))
            .flatten()
        {
            previous.cleanup();
        }
        owner
    }

    pub fn put(&self, view: AnyView) {
        self.view.set_value(Some(view));
    }

    pub fn take(&self) -> Option<AnyView> {
        self.view.try_update_value(Option::take).flatten()
    }
}

later! {
    /// Fetches the later chunk ahead of need (when the citizen moves past the first step),
    /// so that it is there when the questions end even if the connection then drops.
    pub fn fetch_later_chunk() -> () {}
}
