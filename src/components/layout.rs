//! The frame around every page: skip link, header with the language picker, main, footer.

use crate::i18n::{InterpreterSwitch, Tr, t};
use leptos::prelude::*;
use leptos_router::components::A;

use super::language_picker::LanguagePicker;

/// Wipes everything the app stored on this device and begins again at the start page: for a
/// shared front-desk device, where the next person must find no trace of the last.
#[component]
fn StartOver() -> impl IntoView {
    let start_over = move |_| {
        crate::storage::wipe();
        // A full load, so nothing of the last person stays in memory or in the page history's state.
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace("/");
        }
    };
    let front_desk = crate::front_desk::FrontDesk::active();
    view! {
        <button
            type="button"
            class=if front_desk { "start-over new-client" } else { "start-over" }
            data-testid="start-over"
            on:click=start_over
        >
            {t(if front_desk { "front-desk-new-client" } else { "start-over" })}
        </button>
    }
}

/// In front-desk mode: who is signed in, and that applications go in on a walk-in's behalf.
#[component]
fn FrontDeskBanner() -> impl IntoView {
    let front_desk = use_context::<crate::front_desk::FrontDesk>().and_then(|f| f.0);
    front_desk.map(|name| {
        view! {
            <p class="front-desk-banner" role="note" data-testid="front-desk">
                {crate::i18n::twin_text(move |i18n| leptos_fluent::tr!(i18n, "front-desk-banner", { "name" => name.clone() }))}
            </p>
        }
    })
}

/// On a language whose text is machine-assisted and not yet checked by a qualified translator
/// (its `translation-status`), a short notice that suggests an interpreter for anything unclear.
#[component]
fn TranslationNotice() -> impl IntoView {
    let i18n = expect_context::<leptos_fluent::I18n>();
    move || {
        (i18n.tr("translation-status") != "reviewed").then(|| {
            view! {
                <p class="translation-notice" role="note" data-testid="translation-notice">
                    <Tr id="translation-notice" />
                </p>
            }
        })
    }
}

/// Wraps each page in the same landmarks, so screen readers and keyboards find their way.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">
            <Tr id="skip-to-content" />
        </a>
        <header class="site-header">
            // The name is the same in every language: no Norwegian twin.
            <A href="/" attr:class="brand">
                {t("app-name")}
            </A>
            <LanguagePicker />
            <InterpreterSwitch />
            <StartOver />
        </header>
        <FrontDeskBanner />
        <TranslationNotice />
        <main id="main" tabindex="-1" class:interpreting=crate::i18n::interpreter::active>
            {children()}
        </main>
        <footer class="site-footer">
            <p>
                <Tr id="footer-privacy" />
            </p>
        </footer>
    }
}
