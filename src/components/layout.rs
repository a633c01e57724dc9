//! The frame around every page: skip link, header with the language picker, main, footer.

use crate::i18n::t;
use leptos::prelude::*;
use leptos_router::components::A;

use super::language_picker::LanguagePicker;

/// Wraps each page in the same landmarks, so screen readers and keyboards find their way.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">
            {t("skip-to-content")}
        </a>
        <header class="site-header">
            <A href="/" attr:class="brand">
                {t("app-name")}
            </A>
            <LanguagePicker />
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <p>{t("footer-privacy")}</p>
        </footer>
    }
}
