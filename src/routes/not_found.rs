//! The page for an address the app does not know.

use crate::i18n::Tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// Shown for any unknown route.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text=crate::i18n::interpreter::page_title("not-found-title", false) />
        <h1><Tr id="not-found-title" /></h1>
        <p><Tr id="not-found-body" /></p>
        <p>
            <A href="/"><Tr id="back-to-start" /></A>
        </p>
    }
}
