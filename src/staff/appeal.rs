//! Appeals on the staff pages: above the inbox, the appeals the municipality has still to review,
//! the one due first at the top, with the days left of the month it has (forvaltningsloven
//! § 11 a); on the application's page, the appeal in the applicant's own words and language, and
//! for a caseworker the municipality's review (reverse, or keep the decision and forward the
//! appeal to Statsforvalteren), after which the answer the applicant reads, in Norwegian and
//! their language side by side.

use chrono::NaiveDate;
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_router::components::A;
use rules::decision::{Appeal, AppealOutcome, AppealResult, Decision, NewAppealOutcome};

use super::{Session, api, text};
use crate::{
    components::{appeal_letter::AppealAnswer, decision_letter::direction, focus},
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

/// Above the inbox, for a caseworker: the appeals still to review. Nothing when there are none.
#[component]
pub fn OpenAppeals() -> impl IntoView {
    let open = LocalResource::new(api::open_appeals);
    let today = crate::economy::today();
    move || {
        open.get().and_then(|found| match found {
            Ok(list) if list.is_empty() => None,
            Ok(list) => {
                let rows = list
                    .into_iter()
                    .map(|a| {
                        let href = format!("/staff/applications/{}", a.reference);
                        view! {
                            <li data-testid="open-appeal">
                                <A href=href><span translate="no">{a.reference.clone()}</span></A>
                                " · "{a.name.clone()}" · "
                                <strong>{due(a.review_by, today)}</strong>
                                {a.late.then(|| view! { " · "<span class="tag">{s("staff-appeal-late")}</span> })}
                            </li>
                        }
                    })
                    .collect_view();
                Some(
                    view! {
                        <section class="open-appeals" aria-labelledby="open-appeals-heading">
                            <h2 id="open-appeals-heading">{s("staff-appeals-heading")}</h2>
                            <p class="small">{s("staff-appeals-lead")}</p>
                            <ul>{rows}</ul>
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
            <p class="letter-own-words" lang=theirs dir=direction(theirs) data-testid="appeal-late-reason">{appeal.late_reason.clone()}</p>
        }
    });
    let review = match appeal.outcome.clone() {
        Some(outcome) => {
            let languages = if theirs == catalog::SOURCE {
                vec![theirs]
            } else {
                vec![catalog::SOURCE, theirs]
            };
            view! {
                <h3>{s("staff-appeal-done")}</h3>
                <AppealAnswer decision=decision outcome=outcome languages=languages />
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
            <h2 id="appeal-shown-heading">{s("staff-appeal-heading")}</h2>
            <p>{received}</p>
            {late}
            <p>{s_with("staff-appeal-words", &[("language", name)])}</p>
            <p class="letter-own-words" lang=theirs dir=direction(theirs) data-testid="appeal-words">{appeal.text.clone()}</p>
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
                Ok(outcome) => on_done.run(outcome),
                Err(api::Failed(id)) => problems.set(vec![(None, id)]),
            }
            sending.set(false);
        });
    };
    let choice = move |value: AppealResult, id: &'static str, label: &'static str| {
        view! {
            <div class="choice">
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
