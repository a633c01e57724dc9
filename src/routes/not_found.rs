//! The page for an address the app does not know.

use crate::i18n::Tr;
use leptos::prelude::*;
use leptos_fluent::{I18n, tr};
use leptos_meta::Title;
use leptos_router::components::A;

/// Shown for any unknown route.
#[component]
pub fn NotFound() -> impl IntoView {
    // leptos_meta evaluates the title outside this page's owner, where the i18n context is not
    // found: capture the handle here instead of using move_tr!.
    let i18n = expect_context::<I18n>();
    view! {
        <Title text=move || tr!(i18n, "not-found-title") />
        <h1><Tr id="not-found-title" /></h1>
        <p><Tr id="not-found-body" /></p>
        <p>
            <A href="/"><Tr id="back-to-start" /></A>
        </p>
    }
}
