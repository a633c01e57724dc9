//! The application's start page: what it is for, what the resident will need, and a way in (or
//! back to where they left off).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use super::{ApplyDraft, CONTINUE, Drafts};
use crate::i18n::Tr;

#[component]
pub fn ApplyStart() -> impl IntoView {
    let drafts = Drafts::get();
    let started = move || drafts.apply.with(|a| *a != ApplyDraft::default());
    view! {
        <Title text=crate::i18n::interpreter::page_title("apply-page-title", false) />
        <h1><Tr id="apply-heading" /></h1>
        <p class="lead"><Tr id="apply-lead" /></p>
        <h2><Tr id="apply-need-heading" /></h2>
        <ul>
            <li><Tr id="apply-need-id" /></li>
            <li><Tr id="apply-need-economy" /></li>
            <li><Tr id="apply-need-time" /></li>
        </ul>
        <p><Tr id="apply-privacy" /></p>
        <A href=CONTINUE attr:class="button" attr:data-testid="apply-start">
            {move || view! { <Tr id=if started() { "apply-resume" } else { "apply-start" } /> }}
        </A>
    }
}

/// `/apply/continue`: opens the first step still unanswered, without leaving itself in the
/// browser's history.
#[component]
pub fn ApplyContinue() -> impl IntoView {
    let drafts = Drafts::get();
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        let step = drafts.next_step();
        let path = step.path(&drafts.needs.get_untracked());
        navigate(
            &path,
            leptos_router::NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
}
