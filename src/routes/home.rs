//! The start page: what Husly is, and the three ways in; and first, for someone with nowhere to
//! sleep tonight, the way to the emergency help in one tap.

use crate::i18n::{Tr, t};
use leptos::prelude::*;
use leptos_fluent::{I18n, tr};
use leptos_meta::Title;
use leptos_router::components::A;

/// One way in from the start page: a link with a title and a line on what it gives.
#[component]
fn Entry(
    href: &'static str,
    title: Signal<String>,
    body: Signal<String>,
    test_id: &'static str,
) -> impl IntoView {
    view! {
        <li class="entry">
            <A href=href attr:data-testid=test_id>
                <span class="entry-title">{title}</span>
                <span class="entry-body">{body}</span>
            </A>
        </li>
    }
}

/// The first page a resident sees.
#[component]
pub fn Home() -> impl IntoView {
    // leptos_meta evaluates the title outside this page's owner, where the i18n context is not
    // found: capture the handle here instead of using move_tr!.
    let i18n = expect_context::<I18n>();
    view! {
        <Title text=move || tr!(i18n, "home-page-title") />
        <h1><Tr id="home-heading" /></h1>
        <p class="emergency-entry">
            <a href=crate::routes::emergency::PATH data-testid="entry-emergency">
                <span class="entry-title"><Tr id="emergency-heading" /></span>
                <span class="entry-body"><Tr id="emergency-entry-body" /></span>
            </a>
        </p>
        <p class="lead"><Tr id="home-lead" /></p>
        <ul class="entries">
            <Entry
                href="/needs-check"
                title=t("entry-needs-title")
                body=t("entry-needs-body")
                test_id="entry-needs-check"
            />
            <Entry
                href="/estimates"
                title=t("entry-estimates-title")
                body=t("entry-estimates-body")
                test_id="entry-estimates"
            />
            <Entry
                href="/apply"
                title=t("entry-apply-title")
                body=t("entry-apply-body")
                test_id="entry-apply"
            />
        </ul>
    }
}
