//! Check your answers, agree, and send. A failed submission keeps every answer and offers to try
//! again with the same idempotency key; on success only the receipt stays on the device.

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_fluent::{I18n, tr};
use leptos_meta::Title;
use leptos_router::{NavigateOptions, hooks::use_navigate};

use super::{
    Attempt, Drafts, RECEIPT, Step,
    frame::StepHeading,
    receipt::SavedReceipt,
    submit::{self, SubmitError},
    summary::ApplicationSummary,
};
use crate::{
    components::error_summary::{FieldError, error_for},
    i18n::{Tr, t},
};

#[component]
pub fn ApplyCheck() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let drafts = Drafts::get();
    let apply = drafts.apply;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let sending = RwSignal::new(false);
    let failed = RwSignal::new(None::<SubmitError>);
    let navigate = use_navigate();
    // Read now: inside the request's task there is no component to ask.
    let in_memory = crate::front_desk::FrontDesk::active()
        .then(use_context::<super::receipt::ReceiptInMemory>)
        .flatten();

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
        if sending.get_untracked() {
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
        let Ok(app) = drafts.application() else {
            return;
        };
        let Ok(body) = serde_json::to_string(&app) else {
            return;
        };
        // The same answers keep the same key, so a retry is recognised as one application;
        // changed answers are a new submission. The key is saved before sending, so it survives
        // a reload while the request is on its way.
        let key = match apply.with_untracked(|a| a.attempt.clone()) {
            Some(a) if a.body == body => a.key,
            _ => {
                let key = submit::new_key();
                apply.update(|a| {
                    a.attempt = Some(Attempt {
                        key: key.clone(),
                        body: body.clone(),
                    })
                });
                key
            }
        };
        sending.set(true);
        failed.set(None);
        let navigate = navigate.clone();
        spawn_local(async move {
            match submit::send(&key, &body).await {
                Ok(receipt) => {
                    SavedReceipt::keep(receipt.reference, receipt.secret, &app, in_memory);
                    drafts.forget();
                    navigate(
                        RECEIPT,
                        NavigateOptions {
                            replace: true,
                            ..Default::default()
                        },
                    );
                }
                Err(e) => {
                    failed.set(Some(e));
                    sending.set(false);
                }
            }
        });
    };

    let failure = move || {
        failed.get().map(|e| {
            let text = i18n.tr(e.message_id());
            // A message id this app version does not know: say so plainly.
            let text = if text == e.message_id() {
                i18n.tr("apply-error-server")
            } else {
                text
            };
            view! {
                <div class="error-summary" role="alert" data-testid="submit-failed">
                    <h2><Tr id="apply-submit-failed" /></h2>
                    <p>{text}</p>
                    <p><Tr id="apply-answers-kept" /></p>
                </div>
            }
        })
    };

    view! {
        <Title text=move || format!("{} – Husly", tr!(i18n, "apply-check-heading")) />
        <StepHeading step=Step::Check title=t("apply-check-heading") errors=errors />
        {failure}
        <ApplicationSummary app=application changeable=true />
        <h2><Tr id="apply-declaration-heading" /></h2>
        {in_memory.is_some().then(|| view! { <p class="notice" data-testid="on-behalf"><Tr id="front-desk-on-behalf" /></p> })}
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
            <button type="submit" class="button" data-testid="submit" aria-disabled=move || sending.get().then_some("true")>
                {move || if sending.get() {
                    view! { <Tr id="apply-sending" /> }
                } else if failed.get().is_some() {
                    view! { <Tr id="apply-retry" /> }
                } else {
                    view! { <Tr id="apply-submit" /> }
                }}
            </button>
        </form>
    }
}
