//! A journey that is not built yet: says so plainly and leads back to the start page.

use crate::i18n::t;
use leptos::prelude::*;
use leptos_fluent::I18n;
use leptos_meta::Title;
use leptos_router::components::A;

/// The page for a journey still being built; `title_key` is the Fluent id of its heading.
#[component]
pub fn NotYet(title_key: &'static str) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let title = move || i18n.tr(title_key);
    view! {
        <Title text=title />
        <h1>{title}</h1>
        <p>{t("not-yet-body")}</p>
        <p>
            <A href="/">{t("back-to-start")}</A>
        </p>
    }
}
