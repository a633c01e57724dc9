//! Husly's web app: the root component and the route table.
//!
//! Pages live in `routes/`, shared pieces in `components/`, text in `locales/` (Fluent).

pub mod components;
pub mod economy;
pub mod format;
pub mod i18n;
pub mod routes;
pub mod storage;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use components::layout::Layout;
use i18n::I18nProvider;
use routes::{
    apply::{
        ApplyState,
        check::ApplyCheck,
        contact::ApplyContact,
        economy_step::ApplyEconomy,
        help::ApplyHelp,
        own_words::ApplyOwnWords,
        person::ApplyPerson,
        receipt::ApplyReceipt,
        start::{ApplyContinue, ApplyStart},
    },
    estimates::Estimates,
    home::Home,
    needs_check::{NeedsQuestion, NeedsResult, NeedsStart, NeedsState, Question},
    not_found::NotFound,
};

/// The whole app: translations, the page frame and the route table.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(NeedsState::restore());
    provide_context(economy::EconomyState::restore());
    provide_context(ApplyState::restore());
    view! {
        <I18nProvider>
            <Router>
                <Layout>
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=Home />
                        <Route path=path!("/needs-check") view=NeedsStart />
                        <Route
                            path=path!("/needs-check/tonight")
                            view=|| view! { <NeedsQuestion question=Question::Tonight /> }
                        />
                        <Route
                            path=path!("/needs-check/risks")
                            view=|| view! { <NeedsQuestion question=Question::Risks /> }
                        />
                        <Route
                            path=path!("/needs-check/home")
                            view=|| view! { <NeedsQuestion question=Question::Home /> }
                        />
                        <Route
                            path=path!("/needs-check/circumstances")
                            view=|| view! { <NeedsQuestion question=Question::Circumstances /> }
                        />
                        <Route
                            path=path!("/needs-check/plans")
                            view=|| view! { <NeedsQuestion question=Question::Plans /> }
                        />
                        <Route path=path!("/needs-check/result") view=NeedsResult />
                        <Route path=path!("/estimates") view=Estimates />
                        <Route path=path!("/apply") view=ApplyStart />
                        <Route path=path!("/apply/continue") view=ApplyContinue />
                        <Route path=path!("/apply/person") view=ApplyPerson />
                        <Route path=path!("/apply/contact") view=ApplyContact />
                        <Route path=path!("/apply/economy") view=ApplyEconomy />
                        <Route path=path!("/apply/help") view=ApplyHelp />
                        <Route path=path!("/apply/own-words") view=ApplyOwnWords />
                        <Route path=path!("/apply/check") view=ApplyCheck />
                        <Route path=path!("/apply/receipt") view=ApplyReceipt />
                    </Routes>
                </Layout>
            </Router>
        </I18nProvider>
    }
}
