//! Translations: Fluent files under `locales/`, through leptos-fluent.
//!
//! The language comes from a `?lang=` link first, then the user's earlier choice (local storage),
//! then the browser; `<html lang dir>` follows it. Norwegian is compiled in; any other language
//! is fetched when chosen (`catalog`). While the first language loads, the page stays hidden
//! rather than flash Norwegian; a language chosen later replaces the text only once it is here.
//!
//! leptos-fluent's own `check_translations` is off: it demands that every message be used by a
//! literal `tr!`, and the rules crate's explanations name their messages at run time. tests/locales.rs
//! checks instead that every locale has every message, with the same variables, and that every
//! message id the app or the rules use exists.

pub mod catalog;
pub mod glossary;
pub mod interpreter;
pub mod language_cookie;
pub mod languages;
pub mod terms;

use leptos::prelude::*;
use leptos_fluent::{I18n, Language, leptos_fluent};

pub use interpreter::{InterpreterSwitch, Tr, Twin, twin_id, twin_text};

/// Where the chosen language is kept on the device.
pub const LANGUAGE_STORAGE_KEY: &str = "husly-lang";

/// Provides the `leptos_fluent::I18n` context to everything inside it, and the interpreter view's
/// Norwegian twin of it.
#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: {
            let i18n = expect_context::<I18n>();
            interpreter::provide(i18n);
            let first = i18n.language.get_untracked().id;
            catalog::ensure(first);
            Effect::new(move |_| catalog::ensure(i18n.language.get().id));
            Effect::new(move |_| follow_loading(i18n.language.get()));
            // The server prerenders the entry pages in the language this cookie names.
            Effect::new(move |_| language_cookie::remember(i18n.language.get().id));
            keep_translatable_for_other_readers(i18n);
            drawn_once_in(first, children)
        },
        locales: "./locales",
        languages: "./locales/languages.json",
        translations: crate::i18n::catalog::Fetched + [crate::i18n::catalog::NORWEGIAN],
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

/// The pages, built once the first language's messages are here (or could not be fetched), so a
/// reader of another language costs one drawing of the page, in their language, rather than a
/// hidden one in Norwegian first and then another (Lighthouse's blocking time; BENCHMARKS.md).
/// The page is hidden while they load in any case. Once built, the pages stay: the first
/// language's state never takes them down again, even if it is fetched anew later.
///
/// The first drawing waits two tasks (src/starting.rs): one to read the Norwegian messages, one
/// to draw, so neither adds to the task that made the contexts.
fn drawn_once_in(first: &'static str, children: Children) -> impl IntoView {
    crate::starting::part_begun();
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        crate::starting::next_task().await;
        std::sync::LazyLock::force(&catalog::NORWEGIAN);
        crate::starting::next_task().await;
        ready.set(true);
    });
    let arrived = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false)
            || (ready.get() && catalog::loading(first) != catalog::Loading::Pending)
    });
    let children = std::cell::RefCell::new(Some(children));
    move || {
        if arrived.get() {
            let drawn = children.borrow_mut().take().map(|c| c());
            if drawn.is_some() {
                crate::starting::part_drawn();
            }
            drawn
        } else {
            None
        }
    }
}

/// Switches to `lang` once its messages are here, so the page never shows a half-translated
/// state. If they cannot be fetched (offline, never seen before), the page stays in the
/// language it has: its `lang` must say what the text is.
pub fn choose(i18n: I18n, lang: &'static Language) {
    catalog::ensure(lang.id);
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        match catalog::loading(lang.id) {
            catalog::Loading::Pending => false,
            catalog::Loading::Ready => {
                i18n.language.set(lang);
                true
            }
            catalog::Loading::Failed => true,
        }
    });
}

fn html() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Hides the page (`html.language-loading`, public/styles.css) while the language it will show
/// is still on its way. If it cannot come (offline, and never seen before), the page shows
/// Norwegian, and `<html lang dir>` then says so, so that a screen reader reads it as Norwegian.
fn follow_loading(lang: &'static Language) {
    let Some(html) = html() else { return };
    let state = catalog::loading(lang.id);
    let _ = html
        .class_list()
        .toggle_with_force("language-loading", state == catalog::Loading::Pending);
    let (id, dir) = match state {
        catalog::Loading::Failed => (catalog::SOURCE, "ltr"),
        _ => (lang.id, lang.dir.as_str()),
    };
    let _ = html.set_attribute("lang", id);
    let _ = html.set_attribute("dir", dir);
}

/// `translate="no"` on `<html>`, so browser auto-translation does not garble a page in a language
/// we have; but while the page shows Norwegian to a reader whose browser asks first for a
/// language we do not have, the browser may still translate it for them.
fn keep_translatable_for_other_readers(i18n: I18n) {
    let foreign_browser = languages::browser_languages()
        .first()
        .is_some_and(|tag| supported(i18n, tag).is_none());
    Effect::new(move |_| {
        let Some(html) = html() else { return };
        if foreign_browser && i18n.language.get().id == catalog::SOURCE {
            let _ = html.remove_attribute("translate");
        } else {
            let _ = html.set_attribute("translate", "no");
        }
    });
}

/// Our language for a BCP 47 tag from the browser ("uk-UA" → uk; "fa-AF", Dari → prs).
pub fn supported(i18n: I18n, tag: &str) -> Option<&'static Language> {
    let id = languages::ours(tag)?;
    i18n.languages.iter().copied().find(|l| l.id == id)
}

/// The message `id` in the current language, following language changes. For attributes and
/// other plain text; text on the page goes through [`Tr`], which also shows the interpreter view.
///
/// One plain function instead of `move_tr!` at every call site: the macro makes a new closure
/// type, and so a new copy of the signal code, at each of the ~80 places, which the measured
/// wasm showed as one of its largest parts.
pub fn t(id: &'static str) -> Signal<String> {
    let i18n = expect_context::<I18n>();
    Signal::derive(move || i18n.tr(id))
}
