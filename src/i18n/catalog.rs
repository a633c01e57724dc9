//! The messages of every language, loaded only when needed.
//!
//! Norwegian bokmål is compiled in: it is the source language, the fallback for a message a
//! translation lacks, and the second half of the interpreter view. Every other language is one
//! file, `/locales/<id>.ftl` (written by `cargo xtask dist` from `locales/<id>/*.ftl`), fetched
//! the first time that language is chosen, so a visitor downloads only the language they read.
//! The service worker keeps a fetched language for offline use.
//!
//! On the first load the file does not wait for the app: a small script in index.html chooses
//! the language as the app does (`?lang=`, the earlier choice, the browser's languages) and
//! preloads its file while the wasm downloads, so `fetch` here gets a response already on its
//! way (about 350 ms sooner on slow 4G; BENCHMARKS.md). A guess that differs from the app's costs
//! one small download, never the wrong text. tests/locales.rs keeps the script's list of
//! languages equal to languages.json.

use std::{
    borrow::Cow,
    cell::Cell,
    collections::HashMap,
    sync::{LazyLock, OnceLock},
};

use fluent_bundle::{FluentResource, FluentValue};
use leptos::prelude::*;
use leptos_fluent::__reexports::fluent_templates::{
    Loader, StaticLoader,
    loader::{build_bundles, build_fallbacks},
};
use unic_langid::LanguageIdentifier;

/// The language compiled into the app.
pub const SOURCE: &str = "nb";

/// Where a language's messages are served, one file per language.
pub fn url(lang: &str) -> String {
    format!("/locales/{lang}.ftl")
}

/// Norwegian bokmål, compiled in.
pub static NORWEGIAN: LazyLock<StaticLoader> = LazyLock::new(|| {
    loader(
        SOURCE,
        &[
            include_str!("../../locales/nb/main.ftl"),
            include_str!("../../locales/nb/needs.ftl"),
            include_str!("../../locales/nb/rules.ftl"),
            include_str!("../../locales/nb/apply.ftl"),
            include_str!("../../locales/nb/economy.ftl"),
            include_str!("../../locales/nb/emergency.ftl"),
            include_str!("../../locales/nb/amounts.ftl"),
            include_str!("../../locales/nb/words.ftl"),
            include_str!("../../locales/nb/interpreter.ftl"),
            NORWEGIAN_OF_THIS_APP.get().copied().unwrap_or_default(),
        ]
        .concat(),
        true,
    )
});

/// Norwegian messages of one app alone (renting or owning: `locales/nb/rent-or-buy.ftl`), given
/// by its `main` before anything is drawn, so no other app's download carries them.
static NORWEGIAN_OF_THIS_APP: OnceLock<&'static str> = OnceLock::new();

/// Adds `text` to [`NORWEGIAN`]; only before the catalog is first read, and once.
pub fn add_norwegian(text: &'static str) {
    let _ = NORWEGIAN_OF_THIS_APP.set(text);
}

/// The decision's Norwegian (the letter and its page), compiled into the apps that show it (the
/// case pages and the staff pages, through [`text`]) and not into the resident app, whose
/// journeys never show it.
pub static NORWEGIAN_DECISION: LazyLock<StaticLoader> =
    LazyLock::new(|| loader(SOURCE, include_str!("../../locales/nb/decision.ftl"), true));

/// A loader for one language's Fluent text. Isolation marks stay on, so an amount or a Norwegian
/// name inside right-to-left text keeps its own direction. A syntax error loses only the broken
/// message (tests/locales.rs keeps the files clean).
///
/// `falls_back_to_itself` is true only for Norwegian: a fetched language answers for itself
/// alone, so a lookup in another language passes on to the next loader (and at last to
/// Norwegian) instead of borrowing this one's text.
fn loader(lang: &str, text: &str, falls_back_to_itself: bool) -> StaticLoader {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    let resources: &'static HashMap<LanguageIdentifier, Vec<FluentResource>> =
        Box::leak(Box::new(HashMap::from([(id.clone(), vec![resource])])));
    let bundles = Box::leak(Box::new(build_bundles(resources, None, |_| {})));
    let fallbacks = Box::leak(Box::new(build_fallbacks(std::slice::from_ref(&id))));
    let fallback = if falls_back_to_itself {
        id
    } else {
        LanguageIdentifier::default()
    };
    StaticLoader::new(bundles, fallbacks, fallback)
}

/// How far a language has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loading {
    /// Being fetched.
    Pending,
    /// Its messages are in the catalog.
    Ready,
    /// It could not be fetched (offline before it was ever seen): Norwegian stands in.
    Failed,
}

thread_local! {
    /// Every fetched language's loader, in the order leptos-fluent should ask them.
    static FETCHED: ArcRwSignal<Vec<&'static LazyLock<StaticLoader>>> = ArcRwSignal::new(Vec::new());
    /// Each language asked for, and how far it has come.
    static STATE: ArcRwSignal<HashMap<&'static str, Loading>> = ArcRwSignal::new(HashMap::new());
    /// Hands a loader built at run time to the `LazyLock` that leptos-fluent wants (see `leak`).
    static PENDING: Cell<Option<StaticLoader>> = const { Cell::new(None) };
}

/// The fetched languages, for leptos-fluent's `translations:` (a compound loader it extends its
/// list with). Reading it subscribes the translations to languages that arrive later.
pub struct Fetched;

impl IntoIterator for Fetched {
    type Item = &'static LazyLock<StaticLoader>;
    type IntoIter = std::vec::IntoIter<Self::Item>;

    fn into_iter(self) -> Self::IntoIter {
        FETCHED.with(|fetched| fetched.get()).into_iter()
    }
}

fn take_pending() -> StaticLoader {
    PENDING
        .take()
        .expect("leak() sets the loader just before forcing the lock")
}

/// leptos-fluent keeps `&'static LazyLock<StaticLoader>`; a loader made at run time is put in
/// one that is forced at once, so `take_pending` runs right here and never later.
fn leak(loader: StaticLoader) -> &'static LazyLock<StaticLoader> {
    PENDING.set(Some(loader));
    let lock: &'static LazyLock<StaticLoader> = Box::leak(Box::new(LazyLock::new(
        take_pending as fn() -> StaticLoader,
    )));
    LazyLock::force(lock);
    lock
}

/// The message `id` in `lang` with `args`, whatever language the page is in: the fetched
/// language once it is here (reactive: a view that shows it draws again when it arrives), else
/// Norwegian; the id itself when no text has it. For what shows two languages at once (a
/// decision in Norwegian beside its translation), where leptos-fluent knows one current language.
pub fn text(lang: &str, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(name, value)| (Cow::Owned(name.to_string()), value.clone()))
        .collect();
    let in_lang = || {
        let id_of: LanguageIdentifier = lang.parse().ok()?;
        Fetched
            .into_iter()
            .find_map(|loader| loader.try_lookup_with_args(&id_of, id, &args))
    };
    (lang != SOURCE)
        .then(in_lang)
        .flatten()
        .or_else(|| {
            let nb = unic_langid::langid!("nb");
            NORWEGIAN_DECISION
                .try_lookup_with_args(&nb, id, &args)
                .or_else(|| NORWEGIAN.try_lookup_with_args(&nb, id, &args))
        })
        .unwrap_or_else(|| id.to_string())
}

/// How far `lang` has come (Norwegian is always ready). Reactive.
pub fn loading(lang: &str) -> Loading {
    if lang == SOURCE {
        return Loading::Ready;
    }
    STATE
        .with(|state| state.with(|s| s.get(lang).copied()))
        .unwrap_or(Loading::Pending)
}

/// Adds `lang`'s messages from its Fluent text (fetched, or given by a test).
pub fn add(lang: &'static str, text: &str) {
    ready(lang, leak(loader(lang, text, false)));
}

/// `lang`'s messages are in the catalog: the page is drawn (or drawn again) in it.
fn ready(lang: &'static str, lock: &'static LazyLock<StaticLoader>) {
    FETCHED.with(|fetched| fetched.update(|list| list.push(lock)));
    STATE.with(|state| state.update(|s| _ = s.insert(lang, Loading::Ready)));
}

/// Starts fetching `lang` unless it is Norwegian, here already, or on its way.
pub fn ensure(lang: &'static str) {
    if lang == SOURCE {
        return;
    }
    let asked_before = STATE.with(|state| {
        state.with_untracked(|s| matches!(s.get(lang), Some(Loading::Pending | Loading::Ready)))
    });
    if asked_before {
        return;
    }
    STATE.with(|state| state.update(|s| _ = s.insert(lang, Loading::Pending)));
    leptos::task::spawn_local(async move {
        match fetch(lang).await {
            Some(text) => {
                // Reading the messages and drawing the page in them are each a task of their
                // own, not one long one (src/starting.rs).
                let lock = leak(loader(lang, &text, false));
                crate::starting::next_task().await;
                ready(lang, lock);
                crate::offline::keep_for_offline(url(lang));
            }
            None => STATE.with(|state| state.update(|s| _ = s.insert(lang, Loading::Failed))),
        }
    });
}

async fn fetch(lang: &str) -> Option<String> {
    let response = gloo_net::http::Request::get(&url(lang)).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.text().await.ok()
}
