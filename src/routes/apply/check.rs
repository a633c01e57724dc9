//! Check your answers, agree, and send (through the [`Outbox`]). A failed submission keeps every
//! answer and offers to try again with the same idempotency key; one that cannot reach the server
//! waits on the device and goes by itself when the network returns; on success only the receipt
//! stays on the device.

use leptos::{ev::SubmitEvent, prelude::*};
use leptos_meta::Title;
use leptos_router::{NavigateOptions, hooks::use_navigate};

use super::{
    Attempt, Drafts, RECEIPT, Step,
    frame::StepHeading,
    outbox::{Delivery, Outbox},
    submit,
    summary::ApplicationSummary,
};
use crate::{
    components::error_summary::{FieldError, error_for},
    i18n::Tr,
};

#[component]
pub fn ApplyCheck() -> impl IntoView {
    let drafts = Drafts::get();
    let apply = drafts.apply;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let outbox = Outbox::get();
    // A refusal shown on an earlier visit is stale once the resident has been to change answers.
    if matches!(outbox.delivery.get_untracked(), Delivery::Failed(_)) {
        outbox.delivery.set(Delivery::Idle);
    }
    let navigate = use_navigate();
    let on_behalf = crate::front_desk::FrontDesk::active();

    // Something missing (a reload on this page with an unfinished draft): go and answer it.
    if let Err(step) = drafts.application() {
        let path = step.path(&drafts.needs.get_untracked());
        let navigate = navigate.clone();
        request_animation_frame(move || {
            navigate(
                &path,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            )
        });
    }
    let application = Signal::derive(move || {
        apply.track();
        drafts.needs.track();
        drafts.economy.draft();
        drafts.application().ok()
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if outbox.delivery.get_untracked() == Delivery::Sending {
            return;
        }
        if !apply.with_untracked(|a| a.consent) {
            errors.set(vec![FieldError {
                field: "consent",
                message: "apply-error-consent",
            }]);
            return;
        }
        errors.set(Vec::new());
        let Ok(application) = drafts.application() else {
            return;
        };
        let Ok(body) = serde_json::to_string(&application) else {
            return;
        };
        // The same answers keep the same key, so a retry is recognised as one application, even
        // on another day (when the estimate sent along is a new day's); changed answers are a
        // new submission. The key is saved before sending, so it survives a reload while the
        // request is on its way.
        let key = apply.with_untracked(|a| {
            a.attempt
                .as_ref()
                .filter(|t| t.is_for(&application))
                .map(|t| t.key.clone())
        });
        apply.update(|a| {
            a.attempt = Some(Attempt {
                key: key.unwrap_or_else(submit::new_key),
                body,
                waiting: false,
            })
        });
        outbox.send();
    };

    // Sent, now or by the outbox while this page was open: on to the receipt; with documents
    // attached to it waiting on this phone, to the page that sends them (the case pages'
    // download: a page load, in place of this one), so they go with it.
    Effect::new(move |_| {
        if outbox.delivery.get() == Delivery::Sent {
            if !on_behalf && crate::upload::waiting::count() != 0 {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().replace("/case/documents");
                }
                return;
            }
            navigate(
                RECEIPT,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });

    let sending = move || outbox.delivery.get() == Delivery::Sending;
    let status = move || match outbox.delivery.get() {
        Delivery::Failed(e) => {
            // A message id this app version does not know: say so plainly.
            let text = crate::i18n::twin_text(move |i18n| {
                let text = i18n.tr(e.message_id());
                if text == e.message_id() {
                    i18n.tr("apply-error-server")
                } else {
                    text
                }
            });
            Some(
                view! {
                    <div class="error-summary" role="alert" data-testid="submit-failed">
                        <h2><Tr id="apply-submit-failed" /></h2>
                        <p>{text}</p>
                        <p><Tr id="apply-answers-kept" /></p>
                    </div>
                }
                .into_any(),
            )
        }
        Delivery::Waiting => Some(
            view! {
                <div class="notice waiting" role="alert" data-testid="submit-waiting">
                    <h2><Tr id="apply-waiting-heading" /></h2>
                    <p><Tr id="apply-waiting-body" /></p>
                    <p><Tr id="apply-waiting-change" /></p>
                </div>
            }
            .into_any(),
        ),
        _ => None,
    };

    view! {
        <Title text=crate::i18n::interpreter::page_title("apply-check-heading", true) />
        <StepHeading step=Step::Check title="apply-check-heading" errors=errors />
        {status}
        <ApplicationSummary app=application changeable=true />
        // Documents, kept on this phone until the application is sent (the case pages' own
        // download, `/case/attach`); not at a front desk, whose shared PC keeps nothing of a
        // walk-in (the staff pages attach theirs).
        {(!on_behalf).then(|| {
            let count = crate::upload::waiting::count();
            view! {
                <h2><Tr id="receipt-documents-heading" /></h2>
                <p data-testid="apply-documents">{crate::i18n::twin_text(move |i18n| {
                    leptos_fluent::tr!(i18n, "apply-documents", { "count" => count })
                })}</p>
                <p><a href="/case/attach" rel="external" class="button secondary" data-testid="attach-documents"><Tr id="receipt-documents-open" /></a></p>
            }
        })}
        <h2><Tr id="apply-declaration-heading" /></h2>
        {on_behalf.then(|| view! { <p class="notice" data-testid="on-behalf"><Tr id="front-desk-on-behalf" /></p> })}
        <form on:submit=on_submit novalidate>
            <div class="checkbox" class:field-invalid=move || error_for(errors, "consent").get().is_some()>
                {move || error_for(errors, "consent").get().map(|id| view! { <p class="error-message" id="consent-error"><Tr id=id /></p> })}
                <input
                    type="checkbox"
                    id="consent"
                    aria-describedby=move || error_for(errors, "consent").get().map(|_| "consent-error")
                    prop:checked=move || apply.with(|a| a.consent)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        apply.update(|a| a.consent = on);
                    }
                />
                <label for="consent"><Tr id="apply-consent" /></label>
            </div>
            <button type="submit" class="button" data-testid="submit" aria-disabled=move || sending().then_some("true")>
                {move || if sending() {
                    view! { <Tr id="apply-sending" /> }
                } else if matches!(outbox.delivery.get(), Delivery::Waiting | Delivery::Failed(_)) {
                    view! { <Tr id="apply-retry" /> }
                } else {
                    view! { <Tr id="apply-submit" /> }
                }}
            </button>
        </form>
    }
}
