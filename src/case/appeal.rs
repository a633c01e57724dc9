//! The appeal under the decision (`/case/decision`): written in the applicant's own words and
//! language, sent with the receipt's secret. Before the deadline the form says when it ends;
//! after it, that the appeal can still be heard and why it came late must be written
//! (forvaltningsloven § 31). Once sent, the page says when the municipality got it and by when it
//! reviews it; once reviewed, the answer in both languages (`components::appeal_letter`).
//!
//! What is typed is kept on the device as a draft until it is sent, as the application's answers
//! are (a reload, a closed tab or a failed send loses nothing; "Start over" wipes it), with any
//! problem beside its field or above the button.

use chrono::NaiveDate;
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use rules::{
    decision::{Appeal, Decision, NewAppeal, review_by},
    wire::ErrorBody,
};
use serde::{Deserialize, Serialize};

use super::{
    language::Chosen,
    twin::{tw, twin},
};
use crate::{
    components::{
        appeal_letter::AppealAnswer, decision_letter::reader_first, focus,
        instance_letter::InstanceDecisionNote, ltr::numbers_isolated,
    },
    format,
    i18n::catalog,
};

/// The appeal being written, kept on the device for the case it is about.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Draft {
    reference: String,
    text: String,
    late_reason: String,
}

const DRAFT_KEY: &str = "appeal-draft";

/// Why a send did not go through: the field it concerns (its element id) and the message.
type Problem = (Option<&'static str>, &'static str);

/// Sends the appeal; the appeal as kept, or the problem to show.
async fn send(reference: &str, secret: &str, new: &NewAppeal) -> Result<Appeal, Problem> {
    let unsent = (None, "appeal-error-send");
    let response = gloo_net::http::Request::post(&format!("/api/applications/{reference}/appeal"))
        .header("Authorization", &format!("Bearer {secret}"))
        .json(new)
        .map_err(|_| unsent)?
        .send()
        .await
        .map_err(|_| unsent)?;
    match response.status() {
        201 => response.json().await.map_err(|_| unsent),
        409 => Err((None, "appeal-error-already")),
        422 => {
            let body: ErrorBody = response.json().await.map_err(|_| unsent)?;
            Err(problem_of(body.field.as_deref(), &body.message_id))
        }
        _ => Err(unsent),
    }
}

/// The field and message for what the rules refused.
fn problem_of(field: Option<&str>, message_id: &str) -> Problem {
    let required = message_id == "error-required";
    match field {
        Some("late_reason") if required => (Some("appeal-late-reason"), "appeal-error-late-reason"),
        Some("late_reason") => (Some("appeal-late-reason"), "error-invalid-text"),
        Some(_) if required => (Some("appeal-text"), "appeal-error-text"),
        _ => (Some("appeal-text"), "error-invalid-text"),
    }
}

/// The appeal part of the decision page: the form, the appeal as sent, or the answer to it.
#[component]
pub fn AppealPart(
    decision: Decision,
    /// The server's day.
    today: NaiveDate,
    appeal: Option<Appeal>,
    reference: String,
    secret: String,
) -> impl IntoView {
    let chosen = expect_context::<Chosen>();
    let appeal = RwSignal::new(appeal);
    let decision = StoredValue::new(decision);
    let on_sent = Callback::new(move |sent| appeal.set(Some(sent)));
    move || {
        let Some(sent) = appeal.get() else {
            return view! {
                <AppealForm decision=decision.get_value() today=today
                    reference=reference.clone() secret=secret.clone() on_sent=on_sent />
            }
            .into_any();
        };
        let lang = chosen.shown();
        match sent.outcome.clone() {
            // The answer, and under it what the applicant wrote.
            Some(outcome) => {
                // Statsforvalteren's decision on a forwarded appeal, once recorded: what the
                // case came to, first.
                let instance = sent.instance_decision.clone().map(|decided| view! {
                    <InstanceDecisionNote decided=decided instance=outcome.appeal_instance.clone() languages=reader_first(lang) />
                });
                view! {
                    {instance}
                    <AppealAnswer decision=decision.get_value() outcome=outcome languages=reader_first(lang) />
                    <p>{tw("appeal-your-words")}</p>
                    <p class="letter-own-words" lang=sent.language.clone() dir="auto" data-resident-text="">{numbers_isolated(&sent.text)}</p>
                }
                .into_any()
            }
            None => decision
                .with_value(|d| sent_view(&sent, &d.appeal_instance))
                .into_any(),
        }
    }
}

/// The appeal as the municipality got it, and by when it reviews it.
fn sent_view(sent: &Appeal, instance: &str) -> impl IntoView + use<> {
    let (received, instance) = (sent.received_on, instance.to_string());
    let body = twin(move |lang| {
        let date = |day| fluent_bundle::FluentValue::from(format::date(day, lang));
        catalog::text(
            lang,
            "appeal-sent-body",
            &[
                ("received", date(received)),
                ("review_by", date(review_by(received))),
                ("instance", instance.clone().into()),
            ],
        )
    });
    // The words in the language the applicant reads, as they chose it; their direction from
    // their first letter, since someone reading Arabic may write in Norwegian.
    let words_lang = sent.language.clone();
    let late = sent.late.then(|| {
        view! {
            <p>{tw("appeal-late-marked")}</p>
            <p class="letter-own-words" lang=words_lang.clone() dir="auto" data-resident-text="">{numbers_isolated(&sent.late_reason)}</p>
        }
    });
    view! {
        <section class="appeal" data-testid="appeal-sent" aria-labelledby="appeal-heading">
            <h2 id="appeal-heading" tabindex="-1">{tw("appeal-sent-heading")}</h2>
            <p role="status">{body}</p>
            <p>{tw("appeal-your-words")}</p>
            <p class="letter-own-words" lang=words_lang.clone() dir="auto" data-resident-text="">{numbers_isolated(&sent.text)}</p>
            {late}
            <p class="no-print">{tw("appeal-documents")}" "
                <a href="/case/documents">{tw("appeal-documents-open")}</a></p>
        </section>
    }
}

#[component]
fn AppealForm(
    decision: Decision,
    today: NaiveDate,
    reference: String,
    secret: String,
    on_sent: Callback<Appeal>,
) -> impl IntoView {
    let late = decision.appeal_is_late(today);
    let deadline = decision.appeal_deadline();
    let instance = decision.appeal_instance.clone();
    let kept = crate::storage::load::<Draft>(DRAFT_KEY).filter(|d| d.reference == reference);
    let text = RwSignal::new(kept.as_ref().map(|d| d.text.clone()).unwrap_or_default());
    let late_reason = RwSignal::new(kept.map(|d| d.late_reason).unwrap_or_default());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sending = RwSignal::new(false);
    {
        let reference = reference.clone();
        Effect::new(move |_| {
            let (text, late_reason) = (text.get(), late_reason.get());
            let draft = if text.is_empty() && late_reason.is_empty() {
                Draft::default()
            } else {
                Draft {
                    reference: reference.clone(),
                    text,
                    late_reason,
                }
            };
            crate::storage::keep(DRAFT_KEY, &draft);
        });
    }

    let error_for = move |element: &'static str| {
        move || {
            problems.with(|all| {
                all.iter().find(|(e, _)| *e == Some(element)).map(|(_, id)| {
                    view! { <p class="error-message" id=format!("{element}-error")>{tw(id)}</p> }
                })
            })
        }
    };
    let described = move |element: &'static str, hint: Option<&'static str>| {
        move || {
            let error = problems.with(|all| all.iter().any(|(e, _)| *e == Some(element)));
            let ids: Vec<String> = hint
                .map(str::to_string)
                .into_iter()
                .chain(error.then(|| format!("{element}-error")))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let new = NewAppeal {
            text: text.get_untracked(),
            late_reason: if late {
                late_reason.get_untracked()
            } else {
                String::new()
            },
        };
        // Every problem at once, by the server's own rules, the first one focused.
        let mut found: Vec<Problem> = Vec::new();
        if new.text.trim().is_empty() {
            found.push((Some("appeal-text"), "appeal-error-text"));
        }
        if late && new.late_reason.trim().is_empty() {
            found.push((Some("appeal-late-reason"), "appeal-error-late-reason"));
        }
        if found.is_empty()
            && let Err(e) = new.validate(late)
        {
            found.push(problem_of(e.field(), e.message_id()));
        }
        if let Some((Some(first), _)) = found.first() {
            focus::by_id(first);
        }
        problems.set(found);
        if !problems.with_untracked(Vec::is_empty) {
            return;
        }
        sending.set(true);
        let (reference, secret) = (reference.clone(), secret.clone());
        spawn_local(async move {
            match send(&reference, &secret, &new).await {
                Ok(appeal) => {
                    crate::storage::keep(DRAFT_KEY, &Draft::default());
                    _ = on_sent.try_run(appeal);
                    // The new heading takes the focus, so a screen reader hears it was sent.
                    request_animation_frame(|| focus::by_id("appeal-heading"));
                }
                Err(problem) => {
                    let element = problem.0.unwrap_or("appeal-problem");
                    problems.set(vec![problem]);
                    // The field it is about, or the message above the button, once it is there.
                    request_animation_frame(move || focus::by_id(element));
                }
            }
            sending.set(false);
        });
    };

    // The deadline, as the letter gives it, written for each language.
    let by = move |id: &'static str, day| {
        twin(move |lang| catalog::text(lang, id, &[("deadline", format::date(day, lang).into())]))
    };
    let when = match (late, deadline) {
        (true, Some(day)) => view! {
            <div class="notice" data-testid="appeal-late">
                <h3>{by("appeal-late-heading", day)}</h3>
                <p>{tw("appeal-late-body")}</p>
            </div>
        }
        .into_any(),
        (_, Some(day)) => view! {
            <p data-testid="appeal-deadline"><strong>{by("appeal-deadline-open", day)}</strong></p>
        }
        .into_any(),
        _ => ().into_any(),
    };
    let intro = twin(move |lang| {
        catalog::text(
            lang,
            "appeal-intro",
            &[("instance", instance.clone().into())],
        )
    });
    let late_field = late.then(|| {
        view! {
            <div class="field">
                <label for="appeal-late-reason">{tw("appeal-late-reason-label")}</label>
                {error_for("appeal-late-reason")}
                <textarea id="appeal-late-reason" rows="3" aria-describedby=described("appeal-late-reason", None)
                    prop:value=move || late_reason.get() on:input=move |ev| late_reason.set(event_target_value(&ev))></textarea>
            </div>
        }
    });
    let unplaced = move || {
        problems.with(|all| {
            all.iter().find(|(e, _)| e.is_none()).map(|(_, id)| {
                view! { <p role="alert" class="notice" id="appeal-problem" tabindex="-1" data-testid="appeal-problem">{tw(id)}</p> }
            })
        })
    };

    view! {
        <form class="appeal no-print" data-testid="appeal-form" on:submit=submit novalidate aria-labelledby="appeal-heading">
            <h2 id="appeal-heading" tabindex="-1">{tw("appeal-heading")}</h2>
            <p>{intro}</p>
            {when}
            <div class="field">
                <label for="appeal-text">{tw("appeal-text-label")}</label>
                <p class="hint" id="appeal-text-hint">{tw("appeal-text-hint")}</p>
                {error_for("appeal-text")}
                <textarea id="appeal-text" rows="8" aria-describedby=described("appeal-text", Some("appeal-text-hint"))
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            // Papers that show why the decision is wrong go with the application's documents (what
            // is written here is kept on the device meanwhile).
            <p data-testid="appeal-documents">{tw("appeal-documents")}" "
                <a href="/case/documents">{tw("appeal-documents-open")}</a></p>
            {late_field}
            {unplaced}
            <button type="submit" class="button" data-testid="send-appeal" disabled=move || sending.get()>
                {move || tw(if sending.get() { "appeal-sending" } else { "appeal-send" })}
            </button>
        </form>
    }
}
