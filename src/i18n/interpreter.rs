//! The interpreter view: every text on the page in the chosen language with Norwegian beside it,
//! so a resident and an interpreter (or a caseworker) read the same page at once. Side by side
//! from about 600 px wide, stacked on phones (public/styles.css, `.twin`); each half carries its
//! own `lang` and `dir`. Off by default; the choice is kept on the device, so it lasts across
//! pages and reloads, and "Start over" or "New client" turns it off with everything else.

use std::{borrow::Cow, sync::Arc};

use leptos::{context::Provider, either::Either, prelude::*};
use leptos_fluent::I18n;

use super::{catalog, glossary, t};

const STORAGE_KEY: &str = "interpreter-view";

/// Whether the interpreter view is on.
#[derive(Clone, Copy)]
pub struct InterpreterView(pub RwSignal<bool>);

/// The same translations as the page's, always in Norwegian: the Norwegian half's context.
#[derive(Clone, Copy)]
struct Norwegian(I18n);

/// Provides the switch's state (restored from the device) and the Norwegian context.
pub fn provide(i18n: I18n) {
    let on = RwSignal::new(crate::storage::load::<bool>(STORAGE_KEY).unwrap_or(false));
    // Nothing stored while it is off, so a device nobody switched it on for holds nothing.
    Effect::new(move |_| crate::storage::keep(STORAGE_KEY, &on.get()));
    provide_context(InterpreterView(on));
    let norwegian = i18n
        .languages
        .iter()
        .copied()
        .find(|l| l.id == catalog::SOURCE)
        .unwrap_or(i18n.languages[0]);
    provide_context(Norwegian(I18n::new(
        RwSignal::new(norwegian),
        i18n.languages,
        Signal::derive(|| vec![&catalog::NORWEGIAN]),
    )));
}

/// Whether a twin is to be shown now: the view is on and the page is not already Norwegian.
pub fn active() -> bool {
    let i18n = expect_context::<I18n>();
    let on = use_context::<InterpreterView>().is_some_and(|v| v.0.get());
    on && i18n.language.get().id != catalog::SOURCE
}

/// Renders `children` in the page's language and, in the interpreter view, again in Norwegian
/// beside it. `children` must read the language from context (`t`, `Tr`, `expect_context`) when
/// it runs, so that the second rendering, inside the Norwegian context, comes out in Norwegian.
#[component]
pub fn Twin(children: ChildrenFn) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let norwegian = use_context::<Norwegian>();
    move || match norwegian.filter(|_| active()) {
        Some(Norwegian(nb)) => {
            let lang = i18n.language.get();
            let again = children.clone();
            Either::Left(view! {
                <span class="twin">
                    <span class="twin-own" lang=lang.id dir=lang.dir.as_str()>{children()}</span>
                    <span class="twin-nb" lang="nb" dir="ltr">
                        <Provider value=nb>{again()}</Provider>
                    </span>
                </span>
            })
        }
        None => Either::Right(children()),
    }
}

/// The message `id` as text on the page, with its Norwegian twin in the interpreter view and
/// its Norwegian terms marked.
#[component]
pub fn Tr(id: &'static str) -> impl IntoView {
    twin_text(move |i18n| i18n.tr(id))
}

/// Text made from the language in context (a message with arguments, amounts formatted for that
/// language), with its Norwegian twin in the interpreter view: `text` runs once for each half.
/// Norwegian terms inside another language's text are marked `lang="nb"` (`terms`), and explained
/// where they first appear on the page (`glossary`).
pub fn twin_text(text: impl Fn(I18n) -> String + Send + Sync + 'static) -> impl IntoView {
    twin_dyn(Arc::new(text))
}

/// One body for every caller of `twin_text`: a generic one would be copied into the download
/// for each of the ~30 closures that call it (measured: +5.4 KB brotli).
fn twin_dyn(text: Arc<dyn Fn(I18n) -> String + Send + Sync>) -> AnyView {
    // Made here, outside the twin, so the block keeps its place in the glossary when the
    // interpreter view is switched on or off.
    let block = glossary::Block::new();
    view! {
        <Twin>
            {
                let i18n = expect_context::<I18n>();
                let text = text.clone();
                move || glossary::marked(&text(i18n), i18n, block)
            }
        </Twin>
    }
    .into_any()
}

/// A message whose id is known only at run time (a reason, a kind of help, a question), as
/// text on the page with its Norwegian twin.
pub fn twin_id(id: impl Into<Cow<'static, str>>) -> impl IntoView {
    let id: Cow<'static, str> = id.into();
    twin_text(move |i18n| i18n.tr(&id))
}

/// The message `id` in Norwegian whatever the page's language: words for the reader to say, or
/// show, to Norwegian staff.
pub fn in_norwegian(id: &'static str) -> String {
    use_context::<Norwegian>().map_or_else(String::new, |Norwegian(nb)| nb.tr(id))
}

/// The message `id` as plain text, for places that hold no markup (a `<select>`'s options): in
/// the interpreter view the Norwegian follows after a dash.
pub fn t_with_norwegian(id: &'static str) -> Signal<String> {
    let own = t(id);
    let norwegian = use_context::<Norwegian>().map(|n| n.0);
    Signal::derive(move || match norwegian.filter(|_| active()) {
        Some(nb) => format!("{} — {}", own.get(), nb.tr(id)),
        None => own.get(),
    })
}

/// The switch, in the page header: shown when the page is in another language than Norwegian,
/// and labelled in Norwegian too, so the staff at a front desk find it for a walk-in.
#[component]
pub fn InterpreterSwitch() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let InterpreterView(on) = expect_context::<InterpreterView>();
    let nb = expect_context::<Norwegian>().0;
    move || {
        (i18n.language.get().id != catalog::SOURCE).then(|| {
            view! {
                <div class="interpreter-switch">
                    <input
                        type="checkbox"
                        id="interpreter-view"
                        prop:checked=move || on.get()
                        on:change=move |ev| on.set(event_target_checked(&ev))
                    />
                    <label for="interpreter-view">
                        <span>{t("interpreter-view")}</span>
                        <span class="switch-nb" lang="nb" dir="ltr">
                            <Provider value=nb>{t("interpreter-view")}</Provider>
                        </span>
                    </label>
                </div>
            }
        })
    }
}
