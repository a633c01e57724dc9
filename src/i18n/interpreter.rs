//! The interpreter view: every text on the page in the chosen language with Norwegian beside it,
//! so a resident and an interpreter (or a caseworker) read the same page at once. Side by side
//! from about 600 px wide, stacked on phones (public/styles.css, `.twin`); each half carries its
//! own `lang` and `dir`. Off by default; the choice is kept on the device, so it lasts across
//! pages and reloads, and "Start over" or "New client" turns it off with everything else.

use std::{borrow::Cow, sync::Arc};

use leptos::{context::Provider, either::Either, prelude::*};
use leptos_fluent::I18n;

use super::{catalog, glossary, t};

/// Where the switch is kept on the device (the case pages read the same, `case::twin`).
pub(crate) const STORAGE_KEY: &str = "interpreter-view";

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

/// Norwegian text longer than this (in characters) is a paragraph: on a phone its twin waits
/// behind a "Norsk" button, so the page stays about as short as without the view. Shorter text
/// (headings, labels, buttons) keeps its twin inline, in smaller type.
pub(crate) const LONG: usize = 60;

/// Elements a button must not sit in (interactive content, or a `<summary>`'s own toggle): a
/// long text inside one keeps its Norwegian inline.
pub(crate) const INTERACTIVE: &str = "a, button, label, summary, select, option";

/// One body for every caller of `twin_text`: a generic one would be copied into the download
/// for each of the ~30 closures that call it (measured: +5.4 KB brotli). Both halves run the
/// same closure, the second with the Norwegian translations.
fn twin_dyn(text: Arc<dyn Fn(I18n) -> String + Send + Sync>) -> AnyView {
    let i18n = expect_context::<I18n>();
    // Made here, outside the twin, so the block keeps its place in the glossary when the
    // interpreter view is switched on or off.
    let block = glossary::Block::new();
    let own = {
        let text = text.clone();
        move || glossary::marked(&text(i18n), i18n, block)
    };
    let Some(Norwegian(nb)) = use_context::<Norwegian>() else {
        return own.into_any();
    };
    (move || {
        if !active() {
            return Either::Right(own.clone());
        }
        let lang = i18n.language.get();
        let norwegian = {
            let text = text.clone();
            move || text(nb)
        };
        // Decided once for this text: whether it is long, and (after it is on the page) whether
        // it stands where a button may go.
        let long = untrack(&norwegian).chars().count() > LONG;
        let collapsible = RwSignal::new(false);
        let open = RwSignal::new(false);
        let node = NodeRef::<leptos::html::Span>::new();
        if long {
            Effect::new(move |_| {
                if let Some(el) = node.get() {
                    collapsible.set(el.closest(INTERACTIVE).ok().flatten().is_none());
                }
            });
        }
        Either::Left(view! {
            <span class="twin" class:twin-long=move || collapsible.get() node_ref=node>
                <span class="twin-own" lang=lang.id dir=lang.dir.as_str()>{own.clone()}</span>
                {move || collapsible.get().then(|| norwegian_toggle(i18n, nb, open))}
                <span class="twin-nb" lang="nb" dir="ltr" hidden=move || collapsible.get() && !open.get()>
                    {norwegian}
                </span>
            </span>
        })
    })
    .into_any()
}

/// The small button that shows or hides a long text's Norwegian twin on a phone; its label in
/// both languages. (From 600 px wide the twin is always beside the text, and the button hidden.)
fn norwegian_toggle(i18n: I18n, nb: I18n, open: RwSignal<bool>) -> impl IntoView {
    let lang = i18n.language.get_untracked();
    view! {
        <button
            type="button"
            class="twin-toggle"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            on:click=move |_| open.update(|o| *o = !*o)
        >
            <span class="twin-own" lang=lang.id dir=lang.dir.as_str()>{i18n.tr("interpreter-norwegian")}</span>
            " "
            <span class="twin-nb" lang="nb" dir="ltr">{nb.tr("interpreter-norwegian")}</span>
        </button>
    }
}

/// What the resident typed (a name, an e-mail address, their own words): shown once, as
/// typed, never translated, marked `data-resident-text`; in the interpreter view followed by a
/// short twinned note that these are the resident's own words.
pub fn resident_text(text: String) -> impl IntoView {
    resident(text)
}

/// As `resident_text`, for words in any script: a number written in parts inside them ("912 34
/// 567" in Arabic) is isolated left to right (`components::ltr::numbers_isolated`).
pub fn resident_words(text: String) -> impl IntoView {
    resident(crate::components::ltr::numbers_isolated(&text))
}

fn resident(content: impl IntoView) -> impl IntoView {
    view! {
        <span data-resident-text="" dir="auto">{content}</span>
        {move || active().then(|| view! {
            " "<span class="resident-note">{twin_text(|i18n| i18n.tr("interpreter-resident-typed"))}</span>
        })}
    }
}

/// A page's title (the document's `<title>`): the message `id`, followed by " – Husly" when
/// `app_name`; in the interpreter view "own — norsk". leptos_meta evaluates the title outside
/// the page's owner, where contexts are not found: they are captured here.
pub fn page_title(id: &'static str, app_name: bool) -> impl Fn() -> String + Send + Sync + 'static {
    let i18n = expect_context::<I18n>();
    let on = use_context::<InterpreterView>();
    let norwegian = use_context::<Norwegian>();
    move || {
        let title = |i18n: I18n| {
            let text = i18n.tr(id);
            if app_name {
                format!("{text} – Husly")
            } else {
                text
            }
        };
        let own = title(i18n);
        let interpreting =
            on.is_some_and(|v| v.0.get()) && i18n.language.get().id != catalog::SOURCE;
        match norwegian.filter(|_| interpreting) {
            Some(Norwegian(nb)) => format!("{own} — {}", title(nb)),
            None => own,
        }
    }
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
                        <span class="twin-own">{t("interpreter-view")}</span>
                        <span class="switch-nb twin-nb" lang="nb" dir="ltr">
                            <Provider value=nb>{t("interpreter-view")}</Provider>
                        </span>
                    </label>
                </div>
            }
        })
    }
}
