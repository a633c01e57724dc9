//! The receipt: the reference, what happens next (the decision and an invitation to a meeting,
//! once there are), how to
//! appeal, and a summary to print. It is
//! the one thing that stays on the device after a submission (without the full national id),
//! until "Start over".

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_fluent::tr;
use leptos_meta::Title;
use leptos_router::components::A;
use rules::{
    application::Application,
    wire::{ApplicationStatus, Handler, Receipt},
};
use serde::{Deserialize, Serialize};

use super::summary::{ApplicationSummary, masked_national_id};
use crate::{
    components::ltr::ltr,
    economy::today,
    i18n::{Tr, twin_text},
};

mod handled_by;
mod meeting;

use handled_by::HandledBy;
use meeting::MeetingNotice;

/// Where the receipt is kept on the device.
pub const RECEIPT_KEY: &str = "receipt";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SavedReceipt {
    pub reference: String,
    /// Year, month and day: as numbers, since reading a date from text pulls chrono's parser
    /// (7 KB) into the download.
    pub submitted_on: (i32, u32, u32),
    /// The receipt secret: with the reference, it reads the status.
    #[serde(default)]
    pub secret: Option<String>,
    /// What was sent, with the national id masked.
    pub application: Application,
    /// Who will contact the resident about which help (the server's answer).
    #[serde(default)]
    pub handled_by: Vec<Handler>,
}

/// The receipt in front-desk mode: in memory only, gone with "New client" or a reload.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReceiptInMemory(pub RwSignal<Option<SavedReceipt>>);

impl SavedReceipt {
    /// Keeps the receipt of `application`, as the server answered it: on the device, or only
    /// in `in_memory` (front-desk mode).
    pub fn keep(receipt: Receipt, application: &Application, in_memory: Option<ReceiptInMemory>) {
        let Receipt {
            reference,
            secret,
            handled_by,
            ..
        } = receipt;
        let secret = Some(secret);
        let mut application = application.clone();
        application.person.national_id = masked_national_id(&application.person.national_id);
        let receipt = Self {
            reference,
            secret,
            submitted_on: {
                let d = today();
                (d.year(), d.month(), d.day())
            },
            application,
            handled_by,
        };
        match in_memory {
            Some(memory) => memory.0.set(Some(receipt)),
            None => crate::storage::save(RECEIPT_KEY, &receipt),
        }
    }
}

#[component]
pub fn ApplyReceipt() -> impl IntoView {
    // Seen now: the note that the outbox sent it can go.
    if let Some(outbox) = use_context::<super::outbox::Outbox>() {
        outbox.delivery.update(|d| {
            if *d == super::outbox::Delivery::Sent {
                *d = super::outbox::Delivery::Idle;
            }
        });
    }
    let receipt = use_context::<ReceiptInMemory>()
        .and_then(|m| m.0.get_untracked())
        .or_else(|| crate::storage::load::<SavedReceipt>(RECEIPT_KEY));
    let Some(receipt) = receipt else {
        return view! {
            <Title text=crate::i18n::interpreter::page_title("apply-receipt-missing", true) />
            <h1><Tr id="apply-receipt-missing" /></h1>
            <p><Tr id="apply-receipt-missing-body" /></p>
            <A href="/apply" attr:class="button"><Tr id="entry-apply-title" /></A>
        }
        .into_any();
    };
    let municipality = rules::municipality::resolve(&receipt.application.municipality, today())
        .map_or_else(
            |_| receipt.application.municipality.clone(),
            |m| m.municipality.name.to_string(),
        );
    let municipality_name = municipality.clone();
    let reference = receipt.reference.clone();
    // Who handles what: as the server said when it was sent, and as it says now once the
    // status arrives (a new edition of the profile may name a new phone number).
    let handlers = RwSignal::new(receipt.handled_by.clone());
    let (y, m, d) = receipt.submitted_on;
    let submitted_on = NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(today);
    let app = Signal::stored(Some(receipt.application.clone()));
    // Documents attached before sending wait on this phone until the documents page sends
    // them; while another application is being written on it, they are that one's.
    let waiting = if crate::upload::waiting::for_a_draft() {
        0
    } else {
        crate::upload::waiting::count()
    };
    // Documents are sent with the receipt's secret (a walk-in's receipt at a front desk has
    // none kept on the device). One paragraph whose text changes, not two views: each view is
    // code in the download.
    let documents = receipt.secret.is_some().then(|| view! {
        <section aria-labelledby="receipt-documents-heading" data-testid="receipt-documents" class:notice=waiting != 0>
            <h2 id="receipt-documents-heading"><Tr id="receipt-documents-heading" /></h2>
            <p data-testid=if waiting == 0 { "documents-body" } else { "documents-waiting" }>
                {twin_text(move |i18n| if waiting == 0 {
                    i18n.tr("receipt-documents-body")
                } else {
                    tr!(i18n, "receipt-documents-waiting", { "count" => waiting })
                })}
            </p>
            <p><a href="/case/documents" rel="external" class="button" data-testid="open-documents">
                <Tr id=if waiting == 0 { "receipt-documents-open" } else { "receipt-documents-send" } />
            </a></p>
        </section>
    });
    // The status, asked once; the page says nothing of it while offline. (A plain task and a
    // signal: a LocalResource here cost 9.6 KB of download.)
    let status = RwSignal::new(None::<rules::wire::ApplicationStatusView>);
    if let Some(secret) = receipt.secret.clone() {
        let reference = receipt.reference.clone();
        leptos::task::spawn_local(async move {
            let answer = super::submit::status(&reference, &secret).await;
            if let Some(s) = answer.as_ref().filter(|s| !s.handled_by.is_empty()) {
                handlers.set(s.handled_by.clone());
            }
            status.set(answer);
        });
    }
    let status_text = move || {
        status.get().map(|s| {
            let id = match s.status {
                ApplicationStatus::Received => "apply-status-received",
                ApplicationStatus::InProgress => "apply-status-in-progress",
                // A decision to read here, not "a letter will come".
                ApplicationStatus::Decided if s.has_decision => "decision-ready",
                ApplicationStatus::Decided => "apply-status-decided",
            };
            let decision = s.has_decision.then(|| view! {
                // The case pages are an app of their own (src/case/): a page load.
                <p><a href="/case/decision" rel="external" class="button" data-testid="open-decision"><Tr id="decision-open" /></a></p>
            });
            let meeting = s.interview.map(|interview| view! { <MeetingNotice interview=interview /> });
            view! {
                <p data-testid="status"><strong><Tr id="apply-status-label" /></strong>" "<Tr id=id /></p>
                {decision}
                {meeting}
            }
        })
    };
    view! {
        <Title text=crate::i18n::interpreter::page_title("apply-receipt-heading", true) />
        <div class="confirmation" data-testid="receipt">
            <h1><Tr id="apply-receipt-heading" /></h1>
            <p><Tr id="apply-receipt-reference" /></p>
            <p class="reference" data-testid="reference" translate="no">{ltr(reference)}</p>
        </div>
        <p>{twin_text(move |i18n| tr!(i18n, "apply-receipt-sent", { "municipality" => municipality.clone(), "date" => crate::format::date(submitted_on, i18n.language.get().id) }))}</p>
        {status_text}
        {documents}
        <p><Tr id="apply-receipt-keep" /></p>
        <h2><Tr id="apply-next-heading" /></h2>
        // Until there is a decision: once there is, the status above says so and links to it.
        {move || (!status.with(|s| s.as_ref().is_some_and(|s| s.has_decision))).then(|| view! {
            <p data-testid="next-body"><Tr id="apply-next-body" /></p>
        })}
        <HandledBy handlers=handlers municipality=municipality_name />
        <p><Tr id="apply-next-urgent" /></p>
        <h2><Tr id="apply-appeal-heading" /></h2>
        <p><Tr id="apply-appeal-body" /></p>
        <p class="no-print">
            <button type="button" class="button secondary" data-testid="print" on:click=|_| crate::components::print::print()>
                <Tr id="apply-print" />
            </button>
        </p>
        <h2><Tr id="apply-summary-heading" /></h2>
        <ApplicationSummary app=app />
    }
    .into_any()
}
