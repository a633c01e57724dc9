//! The applicant's decision (`/apply/decision`): read with the receipt on this device (its
//! reference and secret), shown in Norwegian and the page's language side by side, the
//! applicant's own language first, ready to print or save as PDF. Nothing is kept on the
//! device: the decision is asked for each time, so it is never stale and leaves nothing behind
//! on a shared computer.

use leptos::prelude::*;
use leptos_fluent::I18n;
use leptos_meta::Title;
use leptos_router::components::A;
use rules::decision::Decision;

use super::receipt::{RECEIPT_KEY, ReceiptInMemory, SavedReceipt};
use crate::{
    components::decision_letter::DecisionLetter,
    i18n::{Tr, catalog},
};

/// How far the decision has come.
#[derive(Debug, Clone, PartialEq)]
enum Asked {
    Waiting,
    Here(Box<Decision>),
    NotYet,
    Unreachable,
}

fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

#[component]
pub fn ApplyDecision() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let receipt = use_context::<ReceiptInMemory>()
        .and_then(|m| m.0.get_untracked())
        .or_else(|| crate::storage::load::<SavedReceipt>(RECEIPT_KEY));
    let asked = RwSignal::new(Asked::Waiting);
    match receipt
        .as_ref()
        .and_then(|r| Some((r.reference.clone(), r.secret.clone()?)))
    {
        Some((reference, secret)) => leptos::task::spawn_local(async move {
            asked.set(match super::submit::decision(&reference, &secret).await {
                Ok(Some(d)) => Asked::Here(Box::new(d)),
                Ok(None) => Asked::NotYet,
                Err(()) => Asked::Unreachable,
            });
        }),
        None => asked.set(Asked::NotYet),
    }
    let letter = move || {
        match asked.get() {
        Asked::Waiting => view! { <p role="status"><Tr id="decision-loading" /></p> }.into_any(),
        Asked::NotYet => view! { <p role="status" data-testid="decision-not-yet"><Tr id="decision-not-yet" /></p> }.into_any(),
        Asked::Unreachable => view! { <p role="alert" class="notice"><Tr id="decision-unreachable" /></p> }.into_any(),
        Asked::Here(d) => {
            // The page's language first, then the Norwegian that counts (alone when they are one).
            let lang = i18n.language.get().id;
            let languages = if lang == catalog::SOURCE {
                vec![catalog::SOURCE]
            } else {
                vec![lang, catalog::SOURCE]
            };
            view! {
                <p><Tr id="decision-side-by-side" /></p>
                <p class="no-print">
                    <button type="button" class="button secondary" data-testid="print" on:click=|_| print()>
                        <Tr id="decision-print" />
                    </button>
                </p>
                <DecisionLetter decision=*d languages=languages />
            }
            .into_any()
        }
    }
    };
    view! {
        <Title text=crate::i18n::interpreter::page_title("decision-page-title", true) />
        <A href="/apply/receipt" attr:class="back-link no-print"><Tr id="decision-to-receipt" /></A>
        <h1><Tr id="decision-page-title" /></h1>
        {letter}
    }
}
