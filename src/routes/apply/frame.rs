//! The top of every application step: a back link, the error summary, the progress and the
//! heading, which takes focus as the step opens so a screen reader starts there.

use leptos::{html, prelude::*};
use leptos_fluent::tr;
use leptos_router::components::A;

use super::{ApplyState, RECEIPT, Step, receipt};
use crate::{
    components::error_summary::{ErrorSummary, FieldError},
    i18n::{Tr, twin_text},
};

/// Where "Back" goes when there is no page before this one in the tab's history.
fn fallback(step: Step) -> &'static str {
    match step {
        Step::Person => "/apply",
        Step::Contact => "/apply/person",
        Step::Situation | Step::Economy => "/needs-check/about?return=/apply/continue",
        Step::Help => "/apply/economy",
        Step::OwnWords => "/apply/help",
        Step::Check => "/apply/own-words",
    }
}

/// A back link that returns to the page the resident came from.
#[component]
pub fn BackLink(#[prop(into)] href: String) -> impl IntoView {
    let back = move |ev: leptos::ev::MouseEvent| {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok())
            && history.length().unwrap_or(0) > 1
        {
            ev.prevent_default();
            let _ = history.back();
        }
    };
    view! { <a href=href class="back-link" on:click=back><Tr id="back" /></a> }
}

#[component]
pub fn StepHeading(
    step: Step,
    /// The heading's message id.
    title: &'static str,
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            crate::starting::focus(&h);
        }
    });
    let total = Step::ALL.len();
    // Back from the receipt lands on a step of an application that is sent and so empty: it says
    // so, with the way back to the receipt, until something new is typed.
    let draft = expect_context::<ApplyState>().0;
    let sent = crate::storage::load::<receipt::SavedReceipt>(receipt::RECEIPT_KEY).is_some();
    let sent_notice = move || {
        (sent && draft.with(|d| d.name.is_empty() && d.national_id.is_empty() && d.attempt.is_none()))
            .then(|| {
                view! {
                    <p class="notice" data-testid="apply-sent-already">
                        <Tr id="apply-sent-already" />" "<A href=RECEIPT><Tr id="outbox-sent-link" /></A>
                    </p>
                }
            })
    };
    view! {
        <BackLink href=fallback(step) />
        {sent_notice}
        <ErrorSummary errors=errors />
        <p class="progress">{twin_text(move |i18n| tr!(i18n, "apply-progress", { "n" => step.number(), "total" => total }))}</p>
        <h1 id="step-heading" tabindex="-1" node_ref=heading><Tr id=title /></h1>
    }
}
