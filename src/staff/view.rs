//! One application: every answer in Norwegian with the applicant's language beside it (each
//! half with its own lang and dir), the estimate the applicant saw and the server's, the status
//! history, the decision (its letter, or for a caseworker the form that makes it), the appeal on
//! it with the municipality's review (`appeal.rs`), the invitation to a meeting and the
//! applicant's reply (`interview.rs`), the documents attached (`documents.rs`), and for a caseworker a status change with a note and deletion with a reason.

use chrono::Timelike;
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_router::{components::A, hooks::use_params_map};
use rules::wire::ApplicationStatus;

use super::{
    Session, api,
    appeal::{AppealForApplicant, AppealShown},
    decision::{DecisionForm, DecisionShown},
    documents::DocumentsPart,
    interview::InterviewPart,
    status_name, text,
};
use crate::{
    components::focus,
    format,
    routes::apply::summary::{answer_line, sections},
};
use text::s;

/// A section's heading and its rows of (question's id, question, answers), as text in one
/// language.
type Section = (String, Vec<(&'static str, String, Vec<String>)>);

/// The answers as sections of rows in `lang`.
fn rendered(app: &rules::application::Application, lang: &str) -> Vec<Section> {
    let languages: Vec<(&str, &str)> = text::languages()
        .iter()
        .map(|(id, name, _)| (id.as_str(), name.as_str()))
        .collect();
    let tr = |id: &str| text::tr(lang, id);
    sections(app, lang, &languages, &tr)
        .into_iter()
        .map(|(heading, rows)| {
            (
                text::tr(lang, heading),
                rows.into_iter()
                    .map(|r| (r.question, text::tr(lang, r.question), r.answer))
                    .collect(),
            )
        })
        .collect()
}

#[component]
pub fn ApplicationView() -> impl IntoView {
    let session = expect_context::<Session>();
    let params = use_params_map();
    let reference = move || params.with(|p| p.get("reference").unwrap_or_default());
    let full = RwSignal::new(None::<Result<api::FullApplication, api::Failed>>);
    let load = move || {
        let r = reference();
        spawn_local(async move { full.set(Some(api::read(&r).await)) });
    };
    Effect::new(move |_| load());
    // The applicant's language, fetched once: the answers render again in it when it is here.
    Effect::new(move |_| {
        if let Some(Ok(f)) = full.get()
            && let Some(lang) = text::language(&f.application.person.preferred_language)
        {
            crate::i18n::catalog::ensure(lang);
        }
    });

    let new_status = RwSignal::new(ApplicationStatus::InProgress);
    // The status change starts at the status the application has: saving without choosing
    // never moves a decided case back to "in progress".
    Effect::new(move |_| {
        if let Some(Ok(f)) = full.get() {
            new_status.set(f.status);
        }
    });
    let note = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let deleted = RwSignal::new(false);
    let change = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (r, st, n, csrf) = (
            reference(),
            new_status.get_untracked(),
            note.get_untracked(),
            session.csrf(),
        );
        spawn_local(async move {
            match api::change_status(&r, st, &n, &csrf).await {
                Ok(()) => {
                    note.set(String::new());
                    message.set(Some("staff-status-saved".into()));
                    full.set(Some(api::read(&r).await));
                }
                Err(api::Failed(id)) => message.set(Some(id)),
            }
        });
    };
    let delete = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (r, why, csrf) = (reference(), reason.get_untracked(), session.csrf());
        spawn_local(async move {
            match api::delete(&r, &why, &csrf).await {
                Ok(()) => deleted.set(true),
                Err(api::Failed(id)) => message.set(Some(id)),
            }
        });
    };

    move || {
        if deleted.get() {
            return view! {
                <h1>{s("staff-deleted")}</h1>
                <A href="/staff">{s("staff-to-inbox")}</A>
            }
            .into_any();
        }
        match full.get() {
            None => view! { <p>{s("staff-loading")}</p> }.into_any(),
            Some(Err(api::Failed(id))) => view! {
                <h1>{s("staff-not-found")}</h1>
                <p>{s(&id)}</p>
                <A href="/staff">{s("staff-to-inbox")}</A>
            }
            .into_any(),
            // Only `full` and `deleted` draw the page again; what is inside keeps its own state.
            Some(Ok(f)) => untrack(move || {
                let theirs = f.application.person.preferred_language.clone();
                let dir = if text::is_rtl(&theirs) { "rtl" } else { "ltr" };
                // The answers alone are drawn again when the applicant's language arrives: the
                // rest of the page, with what a caseworker is typing in its forms, stays.
                let application = f.application.clone();
                let sections_view = move || {
                    let norwegian = rendered(&application, "nb");
                    let translated = rendered(&application, &theirs);
                    norwegian
                        .into_iter()
                        .zip(translated)
                        .map(|((heading, rows), (their_heading, their_rows))| {
                            let rows = rows
                                .into_iter()
                                .zip(their_rows)
                                .filter(|((_, _, a), _)| a.iter().any(|x| !x.is_empty()))
                                .map(|((id, q, a), (_, their_q, their_a))| {
                                    // Each line isolated as the resident's pages show it: numbers
                                    // left to right in the Arabic half, an Arabic name whole in
                                    // the Norwegian one.
                                    let lines = |v: Vec<String>| v.into_iter().map(|x| answer_line(id, x)).collect_view();
                                    let theirs = theirs.clone();
                                    view! {
                                        <div class="pair">
                                            <div lang="nb" dir="ltr"><p class="pair-question">{q}</p><p>{lines(a)}</p></div>
                                            <div lang=theirs dir=dir><p class="pair-question">{their_q}</p><p>{lines(their_a)}</p></div>
                                        </div>
                                    }
                                })
                                .collect_view();
                            let theirs = theirs.clone();
                            view! {
                                <div class="pair pair-heading">
                                    <h2 lang="nb" dir="ltr">{heading}</h2>
                                    <h2 lang=theirs dir=dir aria-hidden="true">{their_heading}</h2>
                                </div>
                                <div class="side-by-side">{rows}</div>
                            }
                        })
                        .collect_view()
                };
                // Each with the day it is for: an estimate made long ago is not shown as today's.
                let estimate = |e: &rules::application::EstimateSummary| {
                    format!(
                        "{} – {}: {} / {}: {}",
                        format::date(e.date, "nb"),
                        s("staff-estimate-bostotte"),
                        format::kroner(e.bostotte_monthly, "nb"),
                        s("staff-estimate-startlan"),
                        format::kroner(e.startlan_max_loan, "nb")
                    )
                };
                // The figures staff go by are the server's; what the resident's device showed is
                // there only to explain a difference.
                let sent = f.application.estimate.as_ref().map(estimate);
                // The municipality profile the server's figures rest on, where the rules name it.
                let recomputed = f.recomputed_estimate.as_ref().map(|e| match &e.profile {
                    Some(p) => format!(
                        "{} ({})",
                        estimate(e),
                        text::s_with(
                            "staff-estimate-profile",
                            &[
                                ("name", p.name.clone()),
                                ("from", format::date(p.from, "nb")),
                            ]
                        )
                    ),
                    None => estimate(e),
                });
                // The decision: its letter once made; until then, for a caseworker, the form.
                let decision_part = match f.decision.clone() {
                    Some(d) => Some(view! { <DecisionShown decision=d /> }.into_any()),
                    None => session.is_caseworker().then(|| {
                        let on_made = Callback::new(move |_| {
                            let r = reference();
                            spawn_local(async move { full.set(Some(api::read(&r).await)) });
                        });
                        view! {
                            <DecisionForm
                                reference=f.reference.clone()
                                help_wanted=f.application.help_wanted.clone()
                                rules_said=f.recomputed_estimate.as_ref().and_then(|e| e.vanskeligstilt)
                                on_made=on_made
                            />
                        }
                        .into_any()
                    }),
                };
                // The appeal on the decision, and the municipality's review of it; for a front
                // desk, while there is none, the appeal written for the walk-in.
                let reload = Callback::new(move |_: ()| {
                    let r = reference();
                    spawn_local(async move { full.set(Some(api::read(&r).await)) });
                });
                let appeal_part = match (f.decision.clone(), f.appeal.clone()) {
                    (Some(decision), Some(appeal)) => Some(view! {
                        <AppealShown reference=f.reference.clone() decision=decision appeal=appeal
                            on_done=Callback::new(move |_| reload.run(())) />
                    }.into_any()),
                    (Some(decision), None) if !session.is_caseworker() => Some(view! {
                        <AppealForApplicant reference=f.reference.clone() decision=decision
                            on_sent=Callback::new(move |_| reload.run(())) />
                    }.into_any()),
                    _ => None,
                };
                // The invitation to a meeting: once the application is read, before or after the
                // decision; the interpreter offered first is the applicant's language when they
                // asked for one.
                let interview_part = (session.is_caseworker() || f.interview.is_some()).then(|| view! {
                    <InterviewPart reference=f.reference.clone() interview=f.interview.clone()
                        interpreter_for=f.application.person.needs_interpreter.then(|| f.application.person.preferred_language.clone())
                        on_sent=Callback::new(move |_| reload.run(())) />
                });
                let history = f.status_changes.iter().map(|c| {
                    let at = format!("{} {:02}:{:02}", c.at.date_naive(), c.at.hour(), c.at.minute());
                    view! { <li><strong>{status_name(c.status)}</strong>" "{at}": "{c.note.clone()}</li> }
                }).collect_view();
                view! {
                    <A href="/staff" attr:class="back-link">{s("staff-to-inbox")}</A>
                    <h1>{s("staff-application-heading")}" "<span translate="no">{f.reference.clone()}</span></h1>
                    <p data-testid="status"><strong>{s("staff-col-status")}": "</strong>{status_name(f.status)}
                        " · "{s("staff-col-received")}": "{f.received_at.date_naive().to_string()}
                        {f.application.on_behalf.then(|| view! { " · "<span class="tag">{s("staff-on-behalf")}</span> })}
                    </p>
                    {f.appeal.as_ref().filter(|a| a.outcome.is_none()).map(|_| view! {
                        // The appeal is far down the page: one press takes the caseworker there.
                        <p class="notice no-print" data-testid="appeal-waiting">
                            <button type="button" class="button secondary"
                                on:click=|_| focus::by_id("appeal-shown-heading")>
                                {s("staff-appeal-waiting")}
                            </button>
                        </p>
                    })}
                    <p class="small">{s("staff-side-by-side")}</p>
                    {session.is_caseworker().then(|| view! {
                        <p class="exports">
                            <a href=format!("/api/staff/export?reference={}&format=json", f.reference)>{s("staff-export-one")}</a>
                        </p>
                    })}
                    {sections_view}
                    <h2>{s("staff-estimate-heading")}</h2>
                    <p data-testid="estimate-recomputed">{s("staff-estimate-recomputed")}": "{recomputed.unwrap_or_else(|| s("staff-none"))}</p>
                    {f.estimate_differs.then(|| view! {
                        <p class="warning" data-testid="estimate-differs">{s("staff-estimate-differs-long")}</p>
                        <p>{s("staff-estimate-sent")}": "{sent.unwrap_or_else(|| s("staff-none"))}</p>
                    })}
                    <DocumentsPart reference=f.reference.clone() help_wanted=f.application.help_wanted.clone()
                        documents=f.documents.clone() on_attached=Callback::new(move |_| reload.run(())) />
                    <h2>{s("staff-history-heading")}</h2>
                    <ul>{history}</ul>
                    {interview_part}
                    {decision_part}
                    {appeal_part}
                    {move || message.get().map(|id| view! { <p role="status" class="notice">{s(&id)}</p> })}
                    {move || session.is_caseworker().then(|| view! {
                        <form on:submit=change class="staff-action">
                            <h2>{s("staff-change-status")}</h2>
                            <div class="field">
                                <label for="new-status">{s("staff-col-status")}</label>
                                <select id="new-status" on:change=move |ev| {
                                    if let Some(st) = ApplicationStatus::parse(&event_target_value(&ev)) {
                                        new_status.set(st);
                                    }
                                }>
                                    {ApplicationStatus::ALL.into_iter().map(|v| view! {
                                        <option value=v.as_str() selected=move || new_status.get() == v>{status_name(v)}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="field">
                                <label for="note">{s("staff-note")}</label>
                                <textarea id="note" rows="4" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                            </div>
                            <button type="submit" class="button" data-testid="save-status">{s("staff-save-status")}</button>
                        </form>
                        <form on:submit=delete class="staff-action">
                            <h2>{s("staff-delete-heading")}</h2>
                            <div class="field">
                                <label for="reason">{s("staff-delete-reason")}</label>
                                <textarea id="reason" rows="3" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                            </div>
                            <button type="submit" class="button danger" data-testid="delete">{s("staff-delete")}</button>
                        </form>
                    })}
                }
                .into_any()
            }),
        }
    }
}
