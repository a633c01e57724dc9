//! The start page: what Husly is, and the three ways in; and first, for someone with nowhere to
//! sleep tonight, the way to the emergency help in one tap.

use crate::i18n::{Tr, interpreter::page_title};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// One way in from the start page: a link with a title and a line on what it gives.
#[component]
fn Entry(
    href: &'static str,
    title: &'static str,
    body: &'static str,
    test_id: &'static str,
) -> impl IntoView {
    view! {
        <li class="entry">
            <A href=href attr:data-testid=test_id>
                <span class="entry-title"><Tr id=title /></span>
                <span class="entry-body"><Tr id=body /></span>
            </A>
        </li>
    }
}

/// The first page a resident sees. Someone who has sent an application from this device finds
/// their receipt first (the decision and any invitation to a meeting are reached from it): a
/// walk found a resident coming back who could not find her invitation.
#[component]
pub fn Home() -> impl IntoView {
    let sent = crate::storage::load::<crate::routes::apply::receipt::SavedReceipt>(
        crate::routes::apply::receipt::RECEIPT_KEY,
    )
    .is_some();
    view! {
        <Title text=page_title("home-page-title", false) />
        <h1><Tr id="home-heading" /></h1>
        <p class="emergency-entry">
            <a href=crate::routes::emergency::PATH data-testid="entry-emergency">
                <span class="entry-title"><Tr id="emergency-heading" /></span>
                <span class="entry-body"><Tr id="emergency-entry-body" /></span>
            </a>
        </p>
        <p class="lead"><Tr id="home-lead" /></p>
        <ul class="entries">
            {sent.then(|| view! {
                <Entry
                    href="/apply/receipt"
                    title="entry-receipt-title"
                    body="entry-receipt-body"
                    test_id="entry-receipt"
                />
            })}
            <Entry
                href="/needs-check"
                title="entry-needs-title"
                body="entry-needs-body"
                test_id="entry-needs-check"
            />
            <Entry
                href="/estimates"
                title="entry-estimates-title"
                body="entry-estimates-body"
                test_id="entry-estimates"
            />
            <Entry
                href="/apply"
                title="entry-apply-title"
                body="entry-apply-body"
                test_id="entry-apply"
            />
        </ul>
    }
}
