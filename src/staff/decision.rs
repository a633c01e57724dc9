//! The decision on one application, on its staff page: for a caseworker, while there is none,
//! the form that makes it (whether the applicant is vanskeligstilt, beside what the rules found;
//! a verdict and reasons for each kind of help asked for; the facts; how the applicant was
//! heard), checked here by the same rules the server checks it by; once made, the letter in
//! Norwegian and the applicant's language side by side, whether the applicant has opened it,
//! and the appeal deadline that runs from then.

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use rules::{
    decision::{DecidedHelp, Decision, NewDecision, Verdict},
    needs::{Assessment, HelpKind},
};

use super::{Session, api, text};
use crate::{
    components::{decision_letter::DecisionLetter, focus},
    format,
};
use text::{s, s_with};

/// The decision, once made: when the applicant opened it, and the letter.
#[component]
pub fn DecisionShown(decision: Decision) -> impl IntoView {
    let theirs = text::language(&decision.language).unwrap_or(crate::i18n::catalog::SOURCE);
    let languages = if theirs == crate::i18n::catalog::SOURCE {
        vec![theirs]
    } else {
        vec![crate::i18n::catalog::SOURCE, theirs]
    };
    let opened = match (decision.notified_on, decision.appeal_deadline()) {
        (Some(on), Some(deadline)) => s_with(
            "staff-decision-opened",
            &[
                ("date", format::date(on, "nb")),
                ("deadline", format::date(deadline, "nb")),
            ],
        ),
        _ => s("staff-decision-not-opened"),
    };
    view! {
        <h2>{s("staff-decision-letter")}</h2>
        <p data-testid="decision-opened">{opened}</p>
        <p class="no-print">
            <button type="button" class="button secondary" on:click=|_| crate::components::print::print()>
                {s("staff-decision-print")}
            </button>
        </p>
        <DecisionLetter decision=decision languages=languages />
    }
}

/// The form that makes the decision. `on_made` gets the decision as the server kept it.
#[component]
pub fn DecisionForm(
    reference: String,
    help_wanted: Vec<HelpKind>,
    rules_said: Option<Assessment>,
    on_made: Callback<Decision>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    // Every kind of help asked for gets a line; an application that asked for none gets advice
    // and guidance, which the municipality always owes (boligsosialloven § 6).
    let helps = if help_wanted.is_empty() {
        vec![HelpKind::AdviceAndGuidance]
    } else {
        help_wanted.clone()
    };
    let vanskeligstilt = RwSignal::new(None::<bool>);
    let facts = RwSignal::new(String::new());
    let heard = RwSignal::new(String::new());
    // No verdict is chosen for the caseworker: each is picked, so one careless click grants
    // nothing.
    let lines: Vec<(HelpKind, RwSignal<Option<Verdict>>, RwSignal<String>)> = helps
        .iter()
        .map(|h| (*h, RwSignal::new(None), RwSignal::new(String::new())))
        .collect();
    // Each problem: the element it is about (its id) and its message id; one without an
    // element (the server's) stands above the form.
    let problems = RwSignal::new(Vec::<(Option<String>, String)>::new());
    let sending = RwSignal::new(false);

    let error_for = move |element: String| {
        move || {
            problems.with(|all| {
                all.iter()
                    .find(|(e, _)| e.as_deref() == Some(element.as_str()))
                    .map(|(_, id)| view! { <p class="error-message" id=format!("{element}-error")>{s(id)}</p> })
            })
        }
    };
    let described = move |element: String| {
        move || {
            problems.with(|all| {
                all.iter()
                    .any(|(e, _)| e.as_deref() == Some(element.as_str()))
                    .then(|| format!("{element}-error"))
            })
        }
    };

    let submit = {
        let lines = lines.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            if sending.get_untracked() {
                return;
            }
            // Every field still required, in the form's order, all at once.
            let required = "error-required".to_string();
            let mut found: Vec<(Option<String>, String)> = Vec::new();
            if vanskeligstilt.get_untracked().is_none() {
                found.push((Some("vanskeligstilt-yes".into()), required.clone()));
            }
            for (help, verdict, reason) in &lines {
                match verdict.get_untracked() {
                    None => found.push((
                        Some(format!("verdict-{}", help.message_id())),
                        required.clone(),
                    )),
                    Some(v)
                        if v.needs_reason() && reason.with_untracked(|r| r.trim().is_empty()) =>
                    {
                        found.push((
                            Some(format!("reason-{}", help.message_id())),
                            required.clone(),
                        ));
                    }
                    Some(_) => {}
                }
            }
            if facts.with_untracked(|f| f.trim().is_empty()) {
                found.push((Some("decision-facts".into()), required.clone()));
            }
            if heard.with_untracked(|h| h.trim().is_empty()) {
                found.push((Some("decision-heard".into()), required.clone()));
            }
            let new = NewDecision {
                vanskeligstilt: vanskeligstilt.get_untracked().unwrap_or_default(),
                facts: facts.get_untracked(),
                heard: heard.get_untracked(),
                items: lines
                    .iter()
                    .filter_map(|(help, verdict, reason)| {
                        Some(DecidedHelp {
                            help: *help,
                            verdict: verdict.get_untracked()?,
                            reason: reason.get_untracked(),
                        })
                    })
                    .collect(),
            };
            // Then the server's own check (too long, characters not allowed), by the same rules.
            if found.is_empty()
                && let Err(e) = new.validate(&help_wanted)
            {
                found.push((element_of(e.field()), e.message_id().to_string()));
            }
            if !found.is_empty() {
                // A problem of no field of the form's stands above it; else the first field's
                // gets the focus.
                if let Some(first) = found.first().and_then(|(e, _)| e.clone()) {
                    focus::by_id(&first);
                }
                problems.set(found);
                return;
            }
            problems.set(Vec::new());
            sending.set(true);
            let (reference, csrf) = (reference.clone(), session.csrf());
            spawn_local(async move {
                match api::decide(&reference, &new, &csrf).await {
                    Ok(decision) => _ = on_made.try_run(decision),
                    Err(api::Failed(id)) => problems.set(vec![(None, id)]),
                }
                sending.set(false);
            });
        }
    };

    let rules_said = rules_said.map(|a| {
        s(match a {
            Assessment::Yes => "staff-decision-rules-yes",
            Assessment::Maybe => "staff-decision-rules-maybe",
            Assessment::No => "staff-decision-rules-no",
        })
    });
    let items = lines
        .into_iter()
        .map(|(help, verdict, reason)| {
            let key = help.message_id();
            let (verdict_id, reason_id) = (format!("verdict-{key}"), format!("reason-{key}"));
            view! {
                <fieldset class="decision-help" data-testid="decision-help" data-help=key>
                    <legend>{s(key)}</legend>
                    <div class="field">
                        <label for=verdict_id.clone()>{s("staff-decision-verdict")}</label>
                        {error_for(verdict_id.clone())}
                        <select id=verdict_id.clone() aria-describedby=described(verdict_id.clone()) on:change=move |ev| {
                            verdict.set(Verdict::parse(&event_target_value(&ev)));
                        }>
                            <option value="" selected=move || verdict.get().is_none()>{s("staff-decision-choose")}</option>
                            {Verdict::ALL.into_iter().map(|v| view! {
                                <option value=v.as_str() selected=move || verdict.get() == Some(v)>{s(v.message_id())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=reason_id.clone()>{s("staff-decision-reason")}</label>
                        <p class="hint">{s("staff-decision-reason-hint")}</p>
                        {error_for(reason_id.clone())}
                        <textarea id=reason_id.clone() rows="3"
                            aria-describedby=described(reason_id.clone())
                            prop:value=move || reason.get()
                            on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                    </div>
                </fieldset>
            }
        })
        .collect_view();

    view! {
        <form on:submit=submit class="staff-action" data-testid="decision-form" novalidate>
            <h2>{s("staff-decision-heading")}</h2>
            <p>{s("staff-decision-lead")}</p>
            {move || problems.with(|all| {
                all.iter().find(|(e, _)| e.is_none()).map(|(_, id)| view! {
                    <p role="alert" class="notice">{s(id)}</p>
                })
            })}
            <fieldset>
                <legend>{s("staff-decision-vanskeligstilt")}</legend>
                {rules_said.map(|said| view! { <p class="hint" data-testid="rules-said">{said}</p> })}
                {error_for("vanskeligstilt-yes".into())}
                <div class="radio">
                    <input type="radio" id="vanskeligstilt-yes" name="vanskeligstilt"
                        aria-describedby=described("vanskeligstilt-yes".into())
                        on:change=move |_| vanskeligstilt.set(Some(true)) />
                    <label for="vanskeligstilt-yes">{s("staff-yes")}</label>
                </div>
                <div class="radio">
                    <input type="radio" id="vanskeligstilt-no" name="vanskeligstilt"
                        on:change=move |_| vanskeligstilt.set(Some(false)) />
                    <label for="vanskeligstilt-no">{s("staff-no")}</label>
                </div>
            </fieldset>
            {items}
            <div class="field">
                <label for="decision-facts">{s("staff-decision-facts")}</label>
                {error_for("decision-facts".into())}
                <textarea id="decision-facts" rows="4" aria-describedby=described("decision-facts".into())
                    prop:value=move || facts.get() on:input=move |ev| facts.set(event_target_value(&ev))></textarea>
            </div>
            <div class="field">
                <label for="decision-heard">{s("staff-decision-heard")}</label>
                {error_for("decision-heard".into())}
                <textarea id="decision-heard" rows="3" aria-describedby=described("decision-heard".into())
                    prop:value=move || heard.get() on:input=move |ev| heard.set(event_target_value(&ev))></textarea>
            </div>
            <button type="submit" class="button" data-testid="make-decision" disabled=move || sending.get()>
                {s("staff-decision-submit")}
            </button>
        </form>
    }
}

/// The element a problem the rules name is about; none for one of no single field.
fn element_of(field: Option<&'static str>) -> Option<String> {
    let field = field?;
    if let Some(help) = field.strip_prefix("reason.") {
        let help = HelpKind::ALL
            .into_iter()
            .find(|h| rules::decision::reason_field(*h) == format!("reason.{help}"))?;
        return Some(format!("reason-{}", help.message_id()));
    }
    match field {
        "facts" => Some("decision-facts".to_string()),
        "heard" => Some("decision-heard".to_string()),
        _ => None,
    }
}
