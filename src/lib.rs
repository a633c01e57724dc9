//! Husly's web app: the root component and the route table.
//!
//! Pages live in `routes/`, shared pieces in `components/`, text in `locales/` (Fluent).

pub mod case;
pub mod components;
pub mod economy;
pub mod format;
pub mod front_desk;
pub mod i18n;
pub mod offline;
pub mod prerendered;
pub mod profiles;
pub mod rent_or_buy;
pub mod routes;
pub mod staff;
pub mod starting;
pub mod storage;
pub mod upload;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use components::layout::Layout;
use i18n::I18nProvider;
use routes::{
    apply::{ApplyPage, ApplyState, start::ApplyStart},
    estimates::Estimates,
    home::Home,
    needs_check::{NeedsPage, NeedsStart, NeedsState},
    not_found::NotFound,
};
/// The whole app: translations, the page frame and the route table.
///
/// The needs check's questions and the application's steps are one route each with a parameter:
/// every `<Route>` is its own type in the router, and fewer of them make a smaller download.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(NeedsState::restore());
    provide_context(economy::EconomyState::restore());
    provide_context(ApplyState::restore());
    provide_context(front_desk::FrontDesk::detect());
    let profiles = profiles::Profiles::new();
    profiles.prefetch_soon();
    provide_context(profiles);
    provide_context(routes::apply::receipt::ReceiptInMemory::default());
    view! {
        <I18nProvider>
            <Router>
                <Layout>
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=Home />
                        <Route path=path!("/needs-check") view=NeedsStart />
                        <Route path=path!("/needs-check/:page") view=NeedsPage />
                        <Route path=path!("/estimates") view=Estimates />
                        <Route path=path!("/apply") view=ApplyStart />
                        <Route path=path!("/apply/:step") view=ApplyPage />
                    </Routes>
                </Layout>
            </Router>
        </I18nProvider>
    }
}
