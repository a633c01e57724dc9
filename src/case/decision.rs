//! The applicant's decision (`/case/decision`): read with the receipt on this device (its
//! reference and secret), shown in the chosen language and in Norwegian side by side, the
//! applicant's own language first, ready to print or save as PDF; under it the appeal
//! (`appeal.rs`). Nothing is kept on the
//! device: the decision is asked for each time, so it is never stale and leaves nothing behind
//! on a shared computer.

use leptos::prelude::*;
use rules::decision::CaseDecision;

use super::{
    appeal::AppealPart,
    language::Chosen,
    twin::{self, tw},
};
use crate::{
    components::decision_letter::{DecisionLetter, reader_first},
    routes::apply::receipt::{RECEIPT_KEY, SavedReceipt},
};

/// How far the decision has come.
#[derive(Debug, Clone, PartialEq)]
enum Asked {
    Waiting,
    /// No receipt on this device: nothing to ask with.
    NoReceipt,
    Here(Box<CaseDecision>),
    NotYet,
    Unreachable,
}

/// The written decision with the appeal on it, for the holder of the receipt: `Ok(None)` while there is none (or the
/// receipt is not recognised: the server answers both alike), `Err` when it cannot be reached.
async fn fetch(reference: &str, secret: &str) -> Result<Option<CaseDecision>, ()> {
    let response = gloo_net::http::Request::get(&format!("/api/applications/{reference}/decision"))
        .header("Authorization", &format!("Bearer {secret}"))
        .send()
        .await
        .map_err(drop)?;
    match response.status() {
        200 => response.json().await.map(Some).map_err(drop),
        404 => Ok(None),
        _ => Err(()),
    }
}

#[component]
pub fn DecisionPage() -> impl IntoView {
    let chosen = expect_context::<Chosen>();
    let receipt = crate::storage::load::<SavedReceipt>(RECEIPT_KEY);
    let asked = RwSignal::new(Asked::Waiting);
    let holder = StoredValue::new(receipt.and_then(|r| Some((r.reference, r.secret?))));
    let ask = move || {
        let Some((reference, secret)) = holder.get_value() else {
            asked.set(Asked::NoReceipt);
            return;
        };
        leptos::task::spawn_local(async move {
            asked.set(match fetch(&reference, &secret).await {
                Ok(Some(d)) => Asked::Here(Box::new(d)),
                Ok(None) => Asked::NotYet,
                Err(()) => Asked::Unreachable,
            });
        });
    };
    ask();
    // Offline, the page itself comes from the service worker and says the decision could not be
    // fetched: it is asked for again as soon as the network is back.
    let back_online = window_event_listener(leptos::ev::online, move |_| {
        if asked.get_untracked() == Asked::Unreachable {
            asked.set(Asked::Waiting);
            ask();
        }
    });
    on_cleanup(move || back_online.remove());
    twin::title("decision-page-title");
    let letter = move || match asked.get() {
        Asked::Waiting => view! { <p role="status">{tw("decision-loading")}</p> }.into_any(),
        Asked::NoReceipt => view! {
            <p role="status" data-testid="decision-no-receipt">{tw("apply-receipt-missing")}</p>
            <p>{tw("apply-receipt-missing-body")}</p>
        }
        .into_any(),
        Asked::NotYet => {
            view! { <p role="status" data-testid="decision-not-yet">{tw("decision-not-yet")}</p> }
                .into_any()
        }
        Asked::Unreachable => view! {
            <div role="alert" class="notice" data-testid="decision-unreachable">
                <p>{tw("decision-unreachable")}</p>
                <button type="button" class="button secondary" on:click=move |_| {
                    asked.set(Asked::Waiting);
                    ask();
                }>{tw("app-reload")}</button>
            </div>
        }
        .into_any(),
        Asked::Here(case) => {
            // The reader's language first, then the Norwegian that counts.
            let languages = reader_first(chosen.shown());
            let two = languages.len() > 1;
            view! {
                {two.then(|| view! { <p>{tw("decision-side-by-side")}</p> })}
                <p class="no-print">
                    <button type="button" class="button secondary" data-testid="print" on:click=|_| crate::components::print::print()>
                        {tw("decision-print")}
                    </button>
                </p>
                <DecisionLetter decision=case.decision languages=languages />
            }
            .into_any()
        }
    };
    // Apart from the letter, which is drawn again in a language chosen later: the appeal being
    // typed is never drawn again, so nothing typed is lost. Once the appeal is answered, the
    // answer is the news: it comes first, above the decision.
    let answered = move || {
        asked.with(|a| {
            matches!(a, Asked::Here(case)
                if case.appeal.as_ref().is_some_and(|appeal| appeal.outcome.is_some()))
        })
    };
    let appeal = move || match asked.get() {
        Asked::Here(case) => {
            let (reference, secret) = holder.get_value().unwrap_or_default();
            let case = *case;
            Some(view! {
                <AppealPart decision=case.decision today=case.today appeal=case.appeal reference=reference secret=secret />
            })
        }
        _ => None,
    };
    view! {
        <a href="/apply/receipt" class="back-link no-print">{tw("decision-to-receipt")}</a>
        <h1>{tw("decision-page-title")}</h1>
        {move || answered().then(appeal)}
        {letter}
        {move || (!answered()).then(appeal)}
    }
}
