//! Translations: Fluent files under `locales/`, loaded by leptos-fluent.
//!
//! The language comes from a `?lang=` link first, then the user's earlier choice (local storage),
//! then the browser; `<html lang dir>` follows it.
//!
//! leptos-fluent's own `check_translations` is off: it demands that every message be used by a
//! literal `tr!`, and the rules crate's explanations name their messages at run time. tests/locales.rs
//! checks instead that every locale has every message, with the same variables, and that every
//! message id the app or the rules use exists.

use leptos::prelude::*;
use leptos_fluent::{I18n, leptos_fluent};

/// Where the chosen language is kept on the device.
pub const LANGUAGE_STORAGE_KEY: &str = "husly-lang";

/// Provides the `leptos_fluent::I18n` context to everything inside it.
#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        locales: "./locales",
        languages: "./locales/languages.json",
        default_language: "nb",
        sync_html_tag_lang: true,
        sync_html_tag_dir: true,
        url_param: "lang",
        initial_language_from_url_param: true,
        initial_language_from_url_param_to_local_storage: true,
        local_storage_key: LANGUAGE_STORAGE_KEY,
        initial_language_from_local_storage: true,
        set_language_to_local_storage: true,
        initial_language_from_navigator: true,
    }
}

/// The message `id` in the current language, following language changes.
///
/// One plain function instead of `move_tr!` at every call site: the macro makes a new closure
/// type, and so a new copy of the signal code, at each of the ~80 places, which the measured
/// wasm showed as one of its largest parts.
pub fn t(id: &'static str) -> Signal<String> {
    let i18n = expect_context::<I18n>();
    Signal::derive(move || i18n.tr(id))
}
