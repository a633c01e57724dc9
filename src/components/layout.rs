//! The frame around every page: skip link, header with the language picker, main, footer.

use crate::{
    i18n::{InterpreterSwitch, Tr, t},
    routes::apply::outbox::Delivery,
};
use leptos::prelude::*;
use leptos_router::components::A;

use super::language_picker::LanguagePicker;

/// Wipes everything the app stored on this device and begins again at the start page: for a
/// shared front-desk device, where the next person must find no trace of the last. An
/// application still waiting for the network is lost with it, and so is the receipt (the way to
/// the decision and invitations), so either asks first.
#[component]
fn StartOver() -> impl IntoView {
    let outbox = crate::routes::apply::outbox::Outbox::get();
    let waiting_text = t("start-over-waiting");
    let receipt_text = t("start-over-receipt");
    let start_over = move |_| {
        // An application still waiting for the network would be lost, and a receipt is the only
        // way to the decision and any invitation from this device: ask first.
        let waiting = matches!(
            outbox.delivery.get_untracked(),
            Delivery::Waiting | Delivery::Sending
        );
        let receipt_kept = crate::storage::load::<crate::routes::apply::receipt::SavedReceipt>(
            crate::routes::apply::receipt::RECEIPT_KEY,
        )
        .is_some();
        let question = if waiting {
            Some(waiting_text.get_untracked())
        } else if receipt_kept {
            Some(receipt_text.get_untracked())
        } else {
            None
        };
        if let Some(question) = question
            && !web_sys::window()
                .and_then(|w| w.confirm_with_message(&question).ok())
                .unwrap_or(true)
        {
            return;
        }
        crate::storage::wipe();
        // Back must reach no page of this person, nor the staff inbox shown before it.
        crate::front_desk::history::forget_earlier_pages();
        leptos::task::spawn_local(async {
            // The documents attached before sending, kept on the device: gone before the load.
            crate::upload::waiting::forget_all().await;
            // A full load, so nothing of the last person stays in memory or in the page
            // history's state.
            if let Some(window) = web_sys::window() {
                let _ = window.location().replace("/");
            }
        });
    };
    let front_desk = crate::front_desk::FrontDesk::active();
    view! {
        <button
            type="button"
            class=if front_desk { "start-over new-client" } else { "start-over" }
            data-testid="start-over"
            on:click=start_over
        >
            <Tr id=if front_desk { "front-desk-new-client" } else { "start-over" } />
        </button>
    }
}

/// In front-desk mode: who is signed in, and that applications go in on a walk-in's behalf.
#[component]
fn FrontDeskBanner() -> impl IntoView {
    let front_desk = use_context::<crate::front_desk::FrontDesk>().and_then(|f| f.0);
    front_desk.map(|name| {
        view! {
            <p class="front-desk-banner" role="note" data-testid="front-desk">
                {crate::i18n::twin_text(move |i18n| leptos_fluent::tr!(i18n, "front-desk-banner", { "name" => name.clone() }))}
            </p>
        }
    })
}

/// The notice for a language's `translation-status` (README.md, "Languages"): none when a
/// qualified translator has checked it; for text the Husly team wrote itself, that; for anything
/// else (machine-assisted, or a status the app does not know), that a machine helped.
pub fn translation_notice(status: &str) -> Option<&'static str> {
    match status {
        "reviewed" => None,
        "team" => Some("translation-notice-team"),
        _ => Some("translation-notice"),
    }
}

/// On a language not checked by a qualified translator (its `translation-status`), a short
/// notice that says who wrote it and suggests an interpreter for anything unclear.
#[component]
fn TranslationNotice() -> impl IntoView {
    let i18n = expect_context::<leptos_fluent::I18n>();
    move || {
        translation_notice(&i18n.tr("translation-status")).map(|id| {
            view! {
                <p class="translation-notice" role="note" data-testid="translation-notice">
                    <Tr id=id />
                </p>
            }
        })
    }
}

/// On every page but the check page and the receipt: an application waiting for the network, or
/// sent by itself once the network returned, with the way to it.
#[component]
fn OutboxNotice() -> impl IntoView {
    use crate::routes::apply::{CHECK, RECEIPT};
    let outbox = crate::routes::apply::outbox::Outbox::get();
    let location = leptos_router::hooks::use_location();
    let notice = move || {
        let path = location.pathname.get();
        if path == CHECK || path == RECEIPT {
            return None;
        }
        let (text, link, href) = match outbox.delivery.get() {
            Delivery::Waiting => ("outbox-waiting", "outbox-waiting-link", CHECK),
            Delivery::Sent => ("outbox-sent", "outbox-sent-link", RECEIPT),
            _ => return None,
        };
        Some(view! {
            <p class="outbox-notice" data-testid="outbox-notice">
                <Tr id=text />" "<A href=href><Tr id=link /></A>
            </p>
        })
    };
    // The live region is always there, so what appears in it is announced.
    view! { <div role="status">{notice}</div> }
}

/// Only in a page prerendered at build time (src/prerendered.rs), never drawn by the running
/// app: there, hidden, in the reader's language, for index.html's first script to show. One
/// says the page is still loading once the reader has begun to type, choose or press before the
/// app has arrived (what they do is kept), so a tap that waits for the app is not mistaken for
/// a dead page. The other says the app could not be loaded (offline before it was ever fetched,
/// or a deploy in the middle of a visit), so the reader knows why the buttons do nothing and
/// can reload; the links work meanwhile.
#[component]
fn WhileTheAppLoads() -> impl IntoView {
    crate::prerendered::rendering_for_the_build().then(|| {
        view! {
            <p class="app-starting" role="status" data-app-starting hidden>
                <Tr id="app-starting" />
            </p>
            <div class="notice app-not-loaded" role="alert" data-app-not-loaded hidden>
                <p><Tr id="app-not-loaded" /></p>
                <button type="button" class="button"><Tr id="app-reload" /></button>
            </div>
        }
    })
}

/// Wraps each page in the same landmarks, so screen readers and keyboards find their way.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    // Provided here, so that every page and the notice above them share it.
    crate::routes::apply::outbox::Outbox::provide();
    // One glossary per page: a Norwegian term is explained where it first appears.
    crate::i18n::glossary::provide();
    // Each page's history entry says when it was shown (front_desk::history).
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        location.pathname.track();
        crate::front_desk::history::stamp();
    });
    view! {
        <a class="skip-link" href="#main">
            <Tr id="skip-to-content" />
        </a>
        // The notices below the bar are inside the banner landmark, so no content is outside a
        // landmark (axe `region`): a screen reader's landmark list finds them with the header.
        <header>
            <div class="site-header">
                // The name is the same in every language: no Norwegian twin (translate="no").
                <A href="/" attr:class="brand" attr:translate="no">
                    {t("app-name")}
                </A>
                <LanguagePicker />
                <InterpreterSwitch />
                <StartOver />
            </div>
            <FrontDeskBanner />
            <TranslationNotice />
            <OutboxNotice />
        </header>
        <main id="main" tabindex="-1" class:interpreting=crate::i18n::interpreter::active>
            <WhileTheAppLoads />
            // The page in a task of its own while the app starts (src/starting.rs).
            <crate::starting::Later>{children()}</crate::starting::Later>
        </main>
        <footer class="site-footer">
            <p>
                <Tr id="footer-privacy" />
            </p>
        </footer>
    }
}
