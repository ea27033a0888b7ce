//! The fi / sv / en switch of the interface language.

use crate::i18n::{ui, Lang};
use leptos::prelude::*;

/// Buttons that change every interface string; the pressed one is the current language.
#[component]
pub fn LanguageSwitch(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <nav class="seloste-lang" aria-label=move || ui::LANGUAGE.get(lang.get())>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    lang=l.name()
                                    aria-pressed=move || if lang.get() == l { "true" } else { "false" }
                                    on:click=move |_| lang.set(l)
                                >
                                    {l.native_name()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
