//! The staff pages under /staff, a second small app (its own entry, `src/bin/husly-staff.rs`,
//! and its own download, so residents never load it): sign in, the inbox with filters, one
//! application in Norwegian with the applicant's language beside it, status changes with a
//! note, the decision (made, then shown as its letter), export and deletion, and the municipality's profile in force with its history.
//! Norwegian only: the staff's language.

pub mod api;
mod appeal;
mod appeal_instance;
mod decision;
mod documents;
mod inbox;
mod interview;
mod login;
mod overview;
mod pages;
mod period;
mod problems;
mod profile;
mod profile_rows;
mod screening;
mod screening_run;
pub mod text;
mod view;

use leptos::{prelude::*, task::spawn_local};
use leptos_meta::{Title, provide_meta_context};
use leptos_router::{
    components::{A, Route, Router, Routes},
    path,
};

use rules::wire::{ApplicationStatus, StaffRole};
use text::s;

/// Who is signed in on this page, if anyone.
#[derive(Debug, Clone, Copy)]
pub struct Session(pub RwSignal<Option<api::Me>>);

impl Session {
    pub fn csrf(&self) -> String {
        self.0
            .with_untracked(|m| m.as_ref().map(|m| m.csrf_token.clone()))
            .unwrap_or_default()
    }

    pub fn is_caseworker(&self) -> bool {
        self.0
            .with(|m| m.as_ref().is_some_and(|m| m.role == StaffRole::Caseworker))
    }
}

/// A status's Norwegian name.
pub fn status_name(status: ApplicationStatus) -> String {
    s(match status {
        ApplicationStatus::Received => "staff-status-received",
        ApplicationStatus::InProgress => "staff-status-in-progress",
        ApplicationStatus::Decided => "staff-status-decided",
    })
}

/// Stamps each page's history entry with when it was shown (front_desk::history), so Back
/// after "New client" cannot show this inbox as it was.
#[component]
fn HistoryStamps() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        location.pathname.track();
        crate::front_desk::history::stamp();
    });
}

#[component]
pub fn StaffApp() -> impl IntoView {
    provide_meta_context();
    let session = RwSignal::new(None::<api::Me>);
    let checked = RwSignal::new(false);
    // The resident pages on this device follow the session: front-desk mode while a front-desk
    // employee is signed in here.
    Effect::new(move |_| {
        if checked.get() {
            let desk = session.with(|m| {
                m.as_ref()
                    .filter(|m| m.role == StaffRole::FrontDesk)
                    .map(|m| m.username.clone())
            });
            crate::front_desk::FrontDesk::remember(desk.as_deref());
        }
    });
    spawn_local(async move {
        session.set(api::me().await.ok());
        checked.set(true);
    });
    provide_context(Session(session));
    let logout = move |_| {
        let csrf = Session(session).csrf();
        spawn_local(async move {
            let _ = api::logout(&csrf).await;
            session.set(None);
        });
    };
    view! {
        <Title text=s("staff-page-title") />
        <a class="skip-link" href="#main">{s("staff-skip")}</a>
        <header class="site-header">
            <a href="/staff" class="brand">{s("staff-brand")}</a>
            {move || session.get().map(|me| view! {
                <span class="signed-in" data-testid="signed-in">{me.username}</span>
                <button type="button" class="start-over" data-testid="logout" on:click=logout>{s("staff-logout")}</button>
            })}
        </header>
        <main id="main" tabindex="-1" class="staff">
            {move || match (checked.get(), session.get().is_some()) {
                (false, _) => view! { <p>{s("staff-loading")}</p> }.into_any(),
                (true, false) => view! { <login::Login /> }.into_any(),
                (true, true) => view! {
                    <Router>
                        <HistoryStamps />
                        <nav class="staff-nav" aria-label=s("staff-nav")>
                            <A href="/staff" exact=true>{s("staff-nav-inbox")}</A>
                            <A href="/staff/profile">{s("staff-nav-profile")}</A>
                            <A href="/staff/overview">{s("staff-nav-overview")}</A>
                            <A href="/staff/screening">{s("staff-nav-screening")}</A>
                        </nav>
                        <Routes fallback=|| view! { <h1>{s("staff-not-found")}</h1><A href="/staff">{s("staff-to-inbox")}</A> }>
                            <Route path=path!("/staff") view=inbox::Inbox />
                            <Route path=path!("/staff/applications/:reference") view=view::ApplicationView />
                            <Route path=path!("/staff/profile") view=profile::ProfilePage />
                            <Route path=path!("/staff/overview") view=overview::OverviewPage />
                            <Route path=path!("/staff/screening") view=screening::ScreeningPage />
                        </Routes>
                    </Router>
                }.into_any(),
            }}
        </main>
    }
}
