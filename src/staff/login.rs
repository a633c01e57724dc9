//! Signing in.

use leptos::{ev::SubmitEvent, html, prelude::*, task::spawn_local};

use super::{Session, api, text::s};

#[component]
pub fn Login() -> impl IntoView {
    let Session(session) = expect_context::<Session>();
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let summary = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if error.get().is_some()
            && let Some(el) = summary.get()
        {
            request_animation_frame(move || {
                let _ = el.focus();
            });
        }
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let (u, p) = (username.get_untracked(), password.get_untracked());
        spawn_local(async move {
            match api::login(&u, &p).await {
                Ok(me) => {
                    password.set(String::new());
                    session.set(Some(me));
                }
                Err(api::Failed(id)) => error.set(Some(id)),
            }
            busy.set(false);
        });
    };
    view! {
        <h1>{s("staff-login-heading")}</h1>
        <div class="error-summary" role="alert" tabindex="-1" node_ref=summary hidden=move || error.get().is_none() data-testid="error-summary">
            <h2>{s("staff-error-title")}</h2>
            <p>{move || error.get().map(|id| s(&id))}</p>
        </div>
        <form on:submit=submit novalidate>
            <div class="field">
                <label for="username">{s("staff-username")}</label>
                <input type="text" id="username" name="username" autocomplete="username" spellcheck="false"
                    prop:value=move || username.get() on:input=move |ev| username.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="password">{s("staff-password")}</label>
                <input type="password" id="password" name="password" autocomplete="current-password"
                    prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev)) />
            </div>
            // Checking a password takes the server a moment: the button says so, and a second press waits.
            <button type="submit" class="button" data-testid="login" aria-disabled=move || busy.get().then_some("true")>
                {move || if busy.get() { s("staff-login-busy") } else { s("staff-login") }}
            </button>
        </form>
    }
}
