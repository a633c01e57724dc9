//! Appeals on the staff pages: above the inbox, the appeals the municipality has still to review,
//! the one due first at the top, with the days left of the month it has (forvaltningsloven
//! § 11 a); on the application's page, the appeal in the applicant's own words and language, and
//! for a caseworker the municipality's review (reverse, or keep the decision and forward the
//! appeal to Statsforvalteren), after which the answer the applicant reads, in Norwegian and
//! their language side by side, and on a forwarded appeal what Statsforvalteren decided
//! (`appeal_instance`).

use chrono::NaiveDate;
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_router::components::A;
use rules::{
    decision::{Appeal, AppealOutcome, AppealResult, Decision, NewAppeal, NewAppealOutcome},
    wire::OpenAppeal,
};

use super::{Session, api, appeal_instance::InstancePart, text};
use crate::{
    components::{appeal_letter::AppealAnswer, focus, ltr::numbers_isolated},
    format,
    i18n::{catalog, languages},
};
use text::{s, s_with};

/// How long the municipality has left to review, in words: due in n days, tomorrow, today, or
/// n days overdue.
fn due(review_by: NaiveDate, today: NaiveDate) -> String {
    let date = format::date(review_by, "nb");
    match (review_by - today).num_days() {
        0 => s_with("staff-appeal-due-today", &[("date", date)]),
        1 => s_with("staff-appeal-due-tomorrow", &[("date", date)]),
        n if n < 0 => s_with(
            "staff-appeal-overdue",
            &[("date", date), ("days", (-n).to_string())],
        ),
        n => s_with(
            "staff-appeal-due-in",
            &[("date", date), ("days", n.to_string())],
        ),
    }
}

/// Above the inbox, for a caseworker: the appeals still to review, and those at Statsforvalteren
/// whose decision is still to be recorded. Nothing when there are none.
#[component]
pub fn OpenAppeals() -> impl IntoView {
    let open = LocalResource::new(api::open_appeals);
    let today = crate::economy::today();
    move || {
        open.get().and_then(|found| match found {
            Ok(list) if list.is_empty() => None,
            Ok(list) => {
                let (at_instance, to_review): (Vec<_>, Vec<_>) =
                    list.into_iter().partition(|a| a.forwarded_on.is_some());
                let rows = |appeals: Vec<OpenAppeal>| {
                    appeals
                        .into_iter()
                        .map(|a| {
                            let href = format!("/staff/applications/{}", a.reference);
                            let (testid, when) = match a.forwarded_on {
                                Some(on) => (
                                    "forwarded-appeal",
                                    s_with("staff-appeal-forwarded-on", &[("date", format::date(on, "nb"))]),
                                ),
                                None => ("open-appeal", due(a.review_by, today)),
                            };
                            view! {
                                <li data-testid=testid>
                                    <A href=href><span translate="no">{a.reference.clone()}</span></A>
                                    " · "{a.name.clone()}" · "
                                    <strong>{when}</strong>
                                    {a.late.then(|| view! { " · "<span class="tag">{s("staff-appeal-late")}</span> })}
                                </li>
                            }
                        })
                        .collect_view()
                };
                let review = (!to_review.is_empty()).then(|| {
                    view! {
                        <h2 id="open-appeals-heading">{s("staff-appeals-heading")}</h2>
                        <p class="small">{s("staff-appeals-lead")}</p>
                        <ul>{rows(to_review)}</ul>
                    }
                });
                let waiting = (!at_instance.is_empty()).then(|| {
                    view! {
                        <h2 id="forwarded-appeals-heading">{s("staff-appeals-forwarded-heading")}</h2>
                        <p class="small">{s("staff-appeals-forwarded-lead")}</p>
                        <ul>{rows(at_instance)}</ul>
                    }
                });
                Some(
                    view! {
                        <section class="open-appeals" aria-label=s("staff-appeals-region")>
                            {review}
                            {waiting}
                        </section>
                    }
                    .into_any(),
                )
            }
            Err(api::Failed(id)) => {
                Some(view! { <p class="error-message">{s(&id)}</p> }.into_any())
            }
        })
    }
}

/// The appeal on the application's page: the applicant's words, and the review (the form for a
/// caseworker while there is none, then the answer as the applicant reads it).
#[component]
pub fn AppealShown(
    reference: String,
    decision: Decision,
    appeal: Appeal,
    on_done: Callback<AppealOutcome>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let theirs = languages::language(&appeal.language).unwrap_or(catalog::SOURCE);
    let name = languages::languages()
        .iter()
        .find(|(id, _, _)| id == theirs)
        .map_or_else(|| theirs.to_string(), |(_, name, _)| name.clone());
    let received = s_with(
        "staff-appeal-received",
        &[
            ("received", format::date(appeal.received_on, "nb")),
            ("review_by", format::date(appeal.review_by(), "nb")),
        ],
    );
    let late = appeal.late.then(|| {
        view! {
            <p><span class="tag">{s("staff-appeal-late")}</span></p>
            <p>{s("staff-appeal-late-reason")}</p>
            <p class="letter-own-words" lang=theirs dir="auto" data-testid="appeal-late-reason">{numbers_isolated(&appeal.late_reason)}</p>
        }
    });
    let review = match appeal.outcome.clone() {
        Some(outcome) => {
            let languages = if theirs == catalog::SOURCE {
                vec![theirs]
            } else {
                vec![catalog::SOURCE, theirs]
            };
            // A forwarded appeal: Statsforvalteren's decision, once its letter has come.
            let instance = (outcome.result == AppealResult::Forwarded).then(|| {
                view! {
                    <InstancePart reference=reference.clone() instance=outcome.appeal_instance.clone()
                        forwarded_on=outcome.on recorded=appeal.instance_decision.clone() languages=languages.clone() />
                }
            });
            view! {
                <h3>{s("staff-appeal-done")}</h3>
                <AppealAnswer decision=decision outcome=outcome languages=languages />
                {instance}
            }
            .into_any()
        }
        None if session.is_caseworker() => {
            view! { <OutcomeForm reference=reference on_done=on_done /> }.into_any()
        }
        None => ().into_any(),
    };
    view! {
        <section class="appeal-shown" data-testid="appeal-shown" aria-labelledby="appeal-shown-heading">
            <h2 id="appeal-shown-heading" tabindex="-1">{s("staff-appeal-heading")}</h2>
            <p>{received}</p>
            {appeal.sent_by_staff.clone().map(|name| view! { <p>{s_with("staff-appeal-sent-by", &[("name", name)])}</p> })}
            {late}
            <p>{s_with("staff-appeal-words", &[("language", name)])}</p>
            <p class="letter-own-words" lang=theirs dir="auto" data-testid="appeal-words">{numbers_isolated(&appeal.text)}</p>
            {review}
        </section>
    }
}

/// The municipality's review: reverse, or keep and forward, with its reasons; all problems named
/// at once beside their field.
#[component]
fn OutcomeForm(reference: String, on_done: Callback<AppealOutcome>) -> impl IntoView {
    let session = expect_context::<Session>();
    let result = RwSignal::new(None::<AppealResult>);
    let reason = RwSignal::new(String::new());
    // Each problem: the element it is about (none: above the button) and its message id.
    let problems = RwSignal::new(Vec::<(Option<&'static str>, String)>::new());
    let sending = RwSignal::new(false);
    let error_for =
        move |element: &'static str| {
            move || {
                problems.with(|all| {
                    all.iter().find(|(e, _)| *e == Some(element)).map(|(_, id)| {
                    view! { <p class="error-message" id=format!("{element}-error")>{s(id)}</p> }
                })
                })
            }
        };
    let described = move |element: &'static str| {
        move || {
            problems.with(|all| {
                all.iter()
                    .any(|(e, _)| *e == Some(element))
                    .then(|| format!("{element}-error"))
            })
        }
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let mut found = Vec::new();
        if result.get_untracked().is_none() {
            found.push((Some("appeal-result-reversed"), "error-required".to_string()));
        }
        let new = NewAppealOutcome {
            result: result.get_untracked().unwrap_or(AppealResult::Forwarded),
            reason: reason.get_untracked(),
        };
        if let Err(e) = new.validate() {
            found.push((Some("appeal-outcome-reason"), e.message_id().to_string()));
        }
        if let Some((Some(first), _)) = found.first() {
            focus::by_id(first);
        }
        if !found.is_empty() {
            problems.set(found);
            return;
        }
        problems.set(Vec::new());
        sending.set(true);
        let (reference, csrf) = (reference.clone(), session.csrf());
        spawn_local(async move {
            match api::appeal_outcome(&reference, &new, &csrf).await {
                Ok(outcome) => _ = on_done.try_run(outcome),
                Err(api::Failed(id)) => problems.set(vec![(None, id)]),
            }
            sending.set(false);
        });
    };
    let choice = move |value: AppealResult, id: &'static str, label: &'static str| {
        view! {
            <div class="radio">
                <input type="radio" id=id name="appeal-result" value=value.as_str()
                    aria-describedby=move || (value == AppealResult::Reversed).then(described("appeal-result-reversed")).flatten()
                    on:change=move |_| result.set(Some(value)) />
                <label for=id>{s(label)}</label>
            </div>
        }
    };
    view! {
        <form on:submit=submit class="staff-action" data-testid="appeal-outcome-form" novalidate>
            <h3>{s("staff-appeal-outcome-heading")}</h3>
            <fieldset>
                <legend>{s("staff-appeal-result")}</legend>
                {error_for("appeal-result-reversed")}
                {choice(AppealResult::Reversed, "appeal-result-reversed", "staff-appeal-result-reversed")}
                {choice(AppealResult::Forwarded, "appeal-result-forwarded", "staff-appeal-result-forwarded")}
            </fieldset>
            <div class="field">
                <label for="appeal-outcome-reason">{s("staff-appeal-reason")}</label>
                <p class="hint">{s("staff-appeal-reason-hint")}</p>
                {error_for("appeal-outcome-reason")}
                <textarea id="appeal-outcome-reason" rows="5" aria-describedby=described("appeal-outcome-reason")
                    prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
            </div>
            {move || problems.with(|all| {
                all.iter().find(|(e, _)| e.is_none()).map(|(_, id)| view! {
                    <p role="alert" class="notice">{s(id)}</p>
                })
            })}
            <button type="submit" class="button" data-testid="save-appeal-outcome" disabled=move || sending.get()>
                {s("staff-appeal-submit")}
            </button>
        </form>
    }
}

/// For a front desk, on a walk-in's decided application with no appeal yet: the appeal written
/// for the applicant, in Norwegian, as they tell it. After the deadline (by this PC's day; the
/// server decides, and asks for the reason if it finds it late) the reason is asked for too.
#[component]
pub fn AppealForApplicant(
    reference: String,
    decision: Decision,
    on_sent: Callback<Appeal>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let deadline = decision.appeal_deadline();
    let late = RwSignal::new(decision.appeal_is_late(crate::economy::today()));
    let text = RwSignal::new(String::new());
    let late_reason = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<(Option<&'static str>, String)>::new());
    let sending = RwSignal::new(false);
    let error_for =
        move |element: &'static str| {
            move || {
                problems.with(|all| {
                    all.iter().find(|(e, _)| *e == Some(element)).map(|(_, id)| {
                    view! { <p class="error-message" id=format!("{element}-error")>{s(id)}</p> }
                })
                })
            }
        };
    let described = move |element: &'static str| {
        move || {
            problems.with(|all| {
                all.iter()
                    .any(|(e, _)| *e == Some(element))
                    .then(|| format!("{element}-error"))
            })
        }
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let new = NewAppeal {
            text: text.get_untracked(),
            late_reason: late_reason.get_untracked(),
        };
        let mut found = Vec::new();
        if let Err(e) = check_text(&new.text) {
            found.push((Some("appeal-for-text"), e));
        }
        if late.get_untracked() && new.late_reason.trim().is_empty() {
            found.push((Some("appeal-for-late-reason"), "error-required".to_string()));
        }
        if let Some((Some(first), _)) = found.first() {
            focus::by_id(first);
        }
        if !found.is_empty() {
            problems.set(found);
            return;
        }
        problems.set(Vec::new());
        sending.set(true);
        let (reference, csrf) = (reference.clone(), session.csrf());
        spawn_local(async move {
            match api::appeal_for_applicant(&reference, &new, &csrf).await {
                Ok(appeal) => _ = on_sent.try_run(appeal),
                Err(api::Failed(id)) if id == "error-required" => {
                    // The server found it late by its own day: the reason is asked for.
                    late.set(true);
                    problems.set(vec![(Some("appeal-for-late-reason"), id)]);
                }
                Err(api::Failed(id)) => problems.set(vec![(None, id)]),
            }
            sending.set(false);
        });
    };
    view! {
        <form on:submit=submit class="staff-action" data-testid="appeal-for-applicant" novalidate>
            <h2>{s("staff-appeal-for-heading")}</h2>
            <p>{s("staff-appeal-for-lead")}</p>
            <div class="field">
                <label for="appeal-for-text">{s("staff-appeal-for-text")}</label>
                {error_for("appeal-for-text")}
                <textarea id="appeal-for-text" rows="6" aria-describedby=described("appeal-for-text")
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            {move || late.get().then(|| view! {
                <p class="notice">{deadline.map(|d| s_with("staff-appeal-for-late", &[("deadline", format::date(d, "nb"))]))}</p>
                <div class="field">
                    <label for="appeal-for-late-reason">{s("staff-appeal-for-late-reason")}</label>
                    {error_for("appeal-for-late-reason")}
                    <textarea id="appeal-for-late-reason" rows="3" aria-describedby=described("appeal-for-late-reason")
                        prop:value=move || late_reason.get() on:input=move |ev| late_reason.set(event_target_value(&ev))></textarea>
                </div>
            })}
            {move || problems.with(|all| {
                all.iter().find(|(e, _)| e.is_none()).map(|(_, id)| view! {
                    <p role="alert" class="notice">{s(id)}</p>
                })
            })}
            <button type="submit" class="button" data-testid="send-appeal-for-applicant" disabled=move || sending.get()>
                {s("staff-appeal-for-submit")}
            </button>
        </form>
    }
}

/// The appeal's words as the rules check them: required, not too long, no control characters;
/// the message id when they are not.
fn check_text(text: &str) -> Result<(), String> {
    NewAppeal {
        text: text.to_string(),
        late_reason: String::new(),
    }
    .validate(false)
    .map_err(|e| e.message_id().to_string())
}
