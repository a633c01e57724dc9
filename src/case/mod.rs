//! A resident's case after sending: a third small app of the same crate
//! (`src/bin/husly-case.rs`, built from case.html into dist/case/ and answering every path
//! under /case), so what comes after the application adds nothing to what a journey downloads
//! (issue 17's budgets). The decision with the appeal on it (`/case/decision`) and
//! the invitation to a meeting and the reply to it
//! (`/case/meeting`), and the documents attached to the application (`/case/documents`, and
//! before it is sent `/case/attach`, kept on the device until then).
//!
//! It has no leptos-fluent and no router: the language is chosen as the resident app chooses it
//! (`?lang=`, the choice kept on the device, the browser's languages) and every text comes from
//! the same Fluent files through `i18n::catalog::text`, which the decision letter needs anyway
//! to show two languages at once.

mod appeal;
mod decision;
mod documents;
mod language;
mod meeting;
mod twin;

use leptos::prelude::*;

use crate::{components::layout::translation_notice, i18n::catalog};
use language::Chosen;
use twin::{Interpreting, tw};

/// The app: the bar with the name and the language, the notice on a language not checked by a
/// qualified translator, and the page for the path.
#[component]
pub fn CaseApp() -> impl IntoView {
    let chosen = Chosen::provide();
    let interpreting = Interpreting::provide();
    let t = move |id: &'static str| move || catalog::text(chosen.shown(), id, &[]);
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let page = match path.trim_end_matches('/') {
        "/case/decision" => view! { <decision::DecisionPage /> }.into_any(),
        "/case/meeting" => view! { <meeting::MeetingPage /> }.into_any(),
        "/case/documents" => view! { <documents::DocumentsPage /> }.into_any(),
        "/case/attach" => view! { <documents::DocumentsPage before_sending=true /> }.into_any(),
        _ => {
            twin::title("not-found-title");
            view! {
                <h1>{tw("not-found-title")}</h1>
                <p>{tw("not-found-body")}</p>
                <p><a href="/">{tw("back-to-start")}</a></p>
            }
            .into_any()
        }
    };
    let notice = move || {
        translation_notice(&catalog::text(chosen.shown(), "translation-status", &[])).map(|id| {
            view! { <p class="translation-notice" role="note" data-testid="translation-notice">{tw(id)}</p> }
        })
    };
    view! {
        <a class="skip-link" href="#main">{tw("skip-to-content")}</a>
        <header>
            <div class="site-header">
                <a href="/" class="brand" translate="no">{t("app-name")}</a>
                <language::Picker chosen=chosen />
                <twin::Switch />
            </div>
            {notice}
        </header>
        <main id="main" tabindex="-1" class:interpreting=move || interpreting.active(chosen)>{page}</main>
    }
}
