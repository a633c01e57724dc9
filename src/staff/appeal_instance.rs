//! On the application's page, under the municipality's answer to a forwarded appeal: what
//! Statsforvalteren decided, once a caseworker has recorded it from Statsforvalteren's letter;
//! until then, for a caseworker, the form that records it (the result, the day of the letter, a
//! summary), all problems named at once beside their field. Kept once by the server.

use chrono::NaiveDate;
use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use rules::decision::{InstanceDecision, InstanceResult, NewInstanceDecision};

use super::{
    Session, api,
    problems::Problems,
    text::{s, s_with},
};
use crate::{
    components::{focus, instance_letter::InstanceDecisionNote},
    format,
};

/// The element each of the form's fields is shown beside (the rules' field names, and
/// "instance_result", which only the form can lack), and its message.
fn problem_of(field: Option<&str>) -> (&'static str, &'static str) {
    match field {
        Some("instance_decided_on") => ("instance-decided-on", "staff-instance-error-date"),
        Some("instance_summary") => ("instance-summary", "staff-instance-error-summary"),
        _ => ("instance-result-upheld", "staff-instance-error-result"),
    }
}

/// The form's fields in the order they stand, for naming their problems in that order.
const ORDER: [&str; 3] = [
    "instance-result-upheld",
    "instance-decided-on",
    "instance-summary",
];

#[component]
pub fn InstancePart(
    reference: String,
    /// The Statsforvalter office the appeal went to.
    instance: String,
    /// The day the municipality forwarded the appeal: the letter cannot be older.
    forwarded_on: NaiveDate,
    recorded: Option<InstanceDecision>,
    /// The halves of the note: Norwegian, and the applicant's language when it is another.
    languages: Vec<&'static str>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let recorded = RwSignal::new(recorded);
    let languages = StoredValue::new(languages);
    let caseworker = session.is_caseworker();
    move || {
        match recorded.get() {
        Some(decided) => view! {
            <h3 id="instance-done" tabindex="-1">{s("staff-instance-done")}</h3>
            <InstanceDecisionNote decided=decided instance=instance.clone() languages=languages.get_value() />
        }
        .into_any(),
        None if caseworker => view! {
            <InstanceForm reference=reference.clone() forwarded_on=forwarded_on
                on_done=Callback::new(move |decided| recorded.set(Some(decided))) />
        }
        .into_any(),
        None => view! { <p>{s("staff-instance-waiting")}</p> }.into_any(),
    }
    }
}

#[component]
fn InstanceForm(
    reference: String,
    forwarded_on: NaiveDate,
    on_done: Callback<InstanceDecision>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    // The days a letter from Statsforvalteren can bear, said under the field (the browser writes
    // a date field's day in its own order, which need not be the Norwegian one).
    let today = crate::economy::today();
    let range_hint = s_with(
        "staff-instance-date-hint",
        &[
            ("from", format::date(forwarded_on, "nb")),
            ("to", format::date(today, "nb")),
        ],
    );
    let result = RwSignal::new(None::<InstanceResult>);
    let day = RwSignal::new(String::new());
    let summary = RwSignal::new(String::new());
    let problems = Problems::new();
    // The server's message id when it refused.
    let failed = RwSignal::new(None::<String>);
    let sending = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        // Every problem at once, by the server's own rules, the first one focused.
        let today = crate::economy::today();
        let mut found = Vec::new();
        if result.get_untracked().is_none() {
            found.push(problem_of(Some("instance_result")));
        }
        let decided_on = rules::iso_date::parse(day.get_untracked().trim());
        if decided_on.is_none() {
            found.push(problem_of(Some("instance_decided_on")));
        }
        let new = NewInstanceDecision {
            result: result.get_untracked().unwrap_or(InstanceResult::Upheld),
            decided_on: decided_on.unwrap_or(today),
            summary: summary.get_untracked(),
        };
        // The day checked only once it is read; the summary always.
        let probe = NewInstanceDecision {
            decided_on: today,
            ..new.clone()
        };
        if let Err(e) = probe.validate(forwarded_on, today) {
            found.push(problem_of(e.field()));
        }
        if decided_on.is_some()
            && let Err(e) = new.validate(forwarded_on, today)
            && e.field() == Some("instance_decided_on")
        {
            found.push(problem_of(e.field()));
        }
        found.sort_by_key(|(element, _)| ORDER.iter().position(|e| e == element));
        if let Some((first, _)) = found.first() {
            focus::by_id(first);
            problems.set(found);
            return;
        }
        problems.set(Vec::new());
        failed.set(None);
        sending.set(true);
        let (reference, csrf) = (reference.clone(), session.csrf());
        spawn_local(async move {
            match api::instance_decision(&reference, &new, &csrf).await {
                Ok(decided) => {
                    _ = on_done.try_run(decided);
                    // What was saved is where the form was: the focus goes there.
                    request_animation_frame(|| focus::by_id("instance-done"));
                }
                // Out of range by the server's own day: said beside the day.
                Err(api::Failed(id)) if id == "error-out-of-range" => {
                    problems.set(vec![problem_of(Some("instance_decided_on"))]);
                    focus::by_id("instance-decided-on");
                }
                Err(api::Failed(id)) => {
                    failed.set(Some(id));
                    request_animation_frame(|| focus::by_id("instance-problem"));
                }
            }
            sending.set(false);
        });
    };
    let choice = move |value: InstanceResult, label: &'static str| {
        let id = format!("instance-result-{}", value.as_str());
        view! {
            <div class="radio">
                <input type="radio" id=id.clone() name="instance-result" value=value.as_str()
                    aria-describedby=move || (value == InstanceResult::Upheld).then(problems.described("instance-result-upheld")).flatten()
                    on:change=move |_| result.set(Some(value)) />
                <label for=id>{s(label)}</label>
            </div>
        }
    };
    view! {
        <form on:submit=submit class="staff-action" data-testid="instance-form" novalidate>
            <h3>{s("staff-instance-heading")}</h3>
            <p class="small">{s("staff-instance-lead")}</p>
            <fieldset>
                <legend>{s("staff-instance-result")}</legend>
                {problems.message("instance-result-upheld")}
                {choice(InstanceResult::Upheld, "staff-instance-upheld")}
                {choice(InstanceResult::Changed, "staff-instance-changed")}
                {choice(InstanceResult::Repealed, "staff-instance-repealed")}
                {choice(InstanceResult::Dismissed, "staff-instance-dismissed")}
            </fieldset>
            <div class="field">
                <label for="instance-decided-on">{s("staff-instance-date")}</label>
                <p class="hint" id="instance-decided-on-hint">{range_hint}</p>
                {problems.message("instance-decided-on")}
                <input id="instance-decided-on" type="date" min=forwarded_on.to_string() max=today.to_string()
                    aria-describedby=move || Some(problems.described("instance-decided-on")().map_or_else(
                        || "instance-decided-on-hint".to_string(),
                        |error| format!("instance-decided-on-hint {error}"),
                    ))
                    prop:value=move || day.get() on:input=move |ev| day.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="instance-summary">{s("staff-instance-summary")}</label>
                <p class="hint">{s("staff-instance-summary-hint")}</p>
                {problems.message("instance-summary")}
                <textarea id="instance-summary" rows="4" aria-describedby=problems.described("instance-summary")
                    prop:value=move || summary.get() on:input=move |ev| summary.set(event_target_value(&ev))></textarea>
            </div>
            <p id="instance-problem" tabindex="-1" role="alert" class="notice" hidden=move || failed.with(Option::is_none)>
                {move || failed.get().map(|id| s(&id))}
            </p>
            <button type="submit" class="button" data-testid="save-instance-decision" disabled=move || sending.get()>
                {s("staff-instance-submit")}
            </button>
        </form>
    }
}
