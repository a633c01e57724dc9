//! The interpreter view on the case pages: every text in the language shown with its Norwegian
//! twin beside it, as the resident app shows it (`i18n::interpreter`, whose markup and styles
//! these are: side by side from 600 px, on a phone a long text's Norwegian behind a "Norsk"
//! button). The switch is the same one, kept on the device, so a front desk that turned it on for
//! a walk-in finds it on here too. The letters (the decision, the answer to an appeal, the
//! invitation) are in both languages already, half beside half.

use std::sync::Arc;

use leptos::{either::Either, prelude::*};

use super::language::Chosen;
use crate::{
    components::decision_letter::{direction, marked},
    i18n::{
        catalog,
        interpreter::{INTERACTIVE, LONG, STORAGE_KEY},
    },
};

/// Whether the interpreter view is on.
#[derive(Debug, Clone, Copy)]
pub struct Interpreting(RwSignal<bool>);

impl Interpreting {
    /// The switch as it was left on this device.
    pub fn provide() -> Self {
        let on = RwSignal::new(crate::storage::load::<bool>(STORAGE_KEY).unwrap_or(false));
        Effect::new(move |_| crate::storage::keep(STORAGE_KEY, &on.get()));
        let interpreting = Self(on);
        provide_context(interpreting);
        interpreting
    }

    /// Whether twins show now: the view is on and the page is not in Norwegian already.
    pub fn active(self, chosen: Chosen) -> bool {
        self.0.get() && chosen.shown() != catalog::SOURCE
    }
}

/// Text made in the language it is given (a message with its values, a date written for that
/// language), in the language shown and, in the interpreter view, again in Norwegian beside it.
/// Norwegian terms inside another language's text are marked `lang="nb"`.
pub fn twin(text: impl Fn(&'static str) -> String + Send + Sync + 'static) -> AnyView {
    twin_dyn(Arc::new(text))
}

/// The message `id`, with its Norwegian twin in the interpreter view.
pub fn tw(id: &'static str) -> AnyView {
    twin(move |lang| catalog::text(lang, id, &[]))
}

/// One body for every caller (a generic one would be copied for each closure).
fn twin_dyn(text: Arc<dyn Fn(&'static str) -> String + Send + Sync>) -> AnyView {
    let chosen = expect_context::<Chosen>();
    let on = expect_context::<Interpreting>();
    (move || {
        let lang = chosen.shown();
        let own = marked(text(lang), lang);
        if !on.active(chosen) {
            return Either::Right(own);
        }
        let norwegian = text(catalog::SOURCE);
        // A long text's Norwegian waits behind a button on a phone, unless it stands where a
        // button may not go (a label, a link, a button).
        let collapsible = RwSignal::new(false);
        let open = RwSignal::new(false);
        let node = NodeRef::<leptos::html::Span>::new();
        if norwegian.chars().count() > LONG {
            Effect::new(move |_| {
                if let Some(el) = node.get() {
                    collapsible.set(el.closest(INTERACTIVE).ok().flatten().is_none());
                }
            });
        }
        Either::Left(view! {
            <span class="twin" class:twin-long=move || collapsible.get() node_ref=node>
                <span class="twin-own" lang=lang dir=direction(lang)>{own}</span>
                {move || collapsible.get().then(|| toggle(lang, open))}
                <span class="twin-nb" lang="nb" dir="ltr" hidden=move || collapsible.get() && !open.get()>
                    {norwegian}
                </span>
            </span>
        })
    })
    .into_any()
}

/// The small button that shows or hides a long text's Norwegian on a phone, labelled in both.
fn toggle(lang: &'static str, open: RwSignal<bool>) -> impl IntoView + use<> {
    view! {
        <button type="button" class="twin-toggle"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            on:click=move |_| open.update(|o| *o = !*o)>
            <span class="twin-own" lang=lang dir=direction(lang)>{catalog::text(lang, "interpreter-norwegian", &[])}</span>
            " "
            <span class="twin-nb" lang="nb" dir="ltr">{catalog::text(catalog::SOURCE, "interpreter-norwegian", &[])}</span>
        </button>
    }
}

/// The page's title, "own — norsk" in the interpreter view, kept on what is shown.
pub fn title(id: &'static str) {
    let chosen = expect_context::<Chosen>();
    let on = expect_context::<Interpreting>();
    Effect::new(move |_| {
        let own = catalog::text(chosen.shown(), id, &[]);
        let title = if on.active(chosen) {
            format!(
                "{own} — {} – Husly",
                catalog::text(catalog::SOURCE, id, &[])
            )
        } else {
            format!("{own} – Husly")
        };
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    });
}

/// The switch, in the bar: shown when the page is in another language than Norwegian, and
/// labelled in Norwegian too, so the staff at a front desk find it.
#[component]
pub fn Switch() -> impl IntoView {
    let chosen = expect_context::<Chosen>();
    let Interpreting(on) = expect_context::<Interpreting>();
    move || {
        let lang = chosen.shown();
        (lang != catalog::SOURCE).then(|| {
            view! {
                <div class="interpreter-switch">
                    <input type="checkbox" id="interpreter-view"
                        prop:checked=move || on.get()
                        on:change=move |ev| on.set(event_target_checked(&ev)) />
                    <label for="interpreter-view">
                        <span class="twin-own">{catalog::text(lang, "interpreter-view", &[])}</span>
                        <span class="switch-nb twin-nb" lang="nb" dir="ltr">
                            {catalog::text(catalog::SOURCE, "interpreter-view", &[])}
                        </span>
                    </label>
                </div>
            }
        })
    }
}
