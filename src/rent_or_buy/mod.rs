//! Renting or owning (issue 19): a fourth small app of the same crate
//! (`src/bin/husly-rent-or-buy.rs`, built from rent-or-buy.html into dist/rent-or-buy/ and
//! answering every path under /rent-or-buy), opened from the estimates. Its page and its
//! Norwegian messages (`locales/nb/rent-or-buy.ftl`) are in no journey's download: issue 19
//! leaves the journeys' first-load budget untouched.
//!
//! It is the resident app's frame (translations, the bar, the interpreter view, "Start over")
//! around one page, reading the answers the estimates keep on the device
//! (`economy::EconomyState`): nothing typed leaves the phone here either. A link to a page of
//! the resident app loads that app (`Elsewhere`).

mod page;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::{
    components::layout::Layout,
    economy, front_desk,
    i18n::I18nProvider,
    profiles,
    routes::{
        apply::{ApplyState, receipt::ReceiptInMemory},
        needs_check::NeedsState,
    },
};

/// Where the page is.
pub const PATH: &str = "/rent-or-buy";

/// The app: the resident app's frame around the one page.
#[component]
pub fn RentOrBuyApp() -> impl IntoView {
    provide_meta_context();
    provide_context(economy::EconomyState::restore());
    // The frame's notice of an application waiting to be sent reads these, as in the resident
    // app; an application waiting is sent from here too.
    provide_context(NeedsState::restore());
    provide_context(ApplyState::restore());
    provide_context(ReceiptInMemory::default());
    provide_context(front_desk::FrontDesk::detect());
    let profiles = profiles::Profiles::new();
    provide_context(profiles);
    view! {
        <I18nProvider>
            <Router>
                <Layout>
                    <Routes fallback=Elsewhere>
                        // The server answers /rent-or-buy with /rent-or-buy/ (its folder).
                        <Route path=path!("/rent-or-buy") view=page::RentOrBuyPage />
                        <Route path=path!("/rent-or-buy/") view=page::RentOrBuyPage />
                    </Routes>
                </Layout>
            </Router>
        </I18nProvider>
    }
}

/// Any other path is the resident app's (the bar's links, the outbox's): that page is loaded
/// from the server, which answers it with that app. After the router has put the path in the
/// address (it does so once the route is drawn), replacing that entry, so Back comes here.
#[component]
fn Elsewhere() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let search = location.search.get_untracked();
    let target = match search.trim_start_matches('?') {
        "" => location.pathname.get_untracked(),
        query => format!("{}?{query}", location.pathname.get_untracked()),
    };
    set_timeout(
        move || {
            if let Some(window) = web_sys::window() {
                let _ = window.location().replace(&target);
            }
        },
        std::time::Duration::ZERO,
    );
}
