//! The decision on one application, on its staff page: for a caseworker, while there is none,
//! the form that makes it (whether the applicant is vanskeligstilt, beside what the rules found;
//! a verdict and reasons for each kind of help asked for; the facts; how the applicant was
//! heard), checked here by the same rules the server checks it by; once made, the letter in
//! Norwegian and the applicant's language side by side, whether the applicant has opened it,
//! and the appeal deadline that runs from then.

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use rules::{
    RulesError,
    decision::{DecidedHelp, Decision, NewDecision, Verdict},
    needs::{Assessment, HelpKind},
};

use super::{Session, api, text};
use crate::{components::decision_letter::DecisionLetter, format};
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
            <button type="button" class="button secondary" on:click=|_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }>{s("staff-decision-print")}</button>
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
    let lines: Vec<(HelpKind, RwSignal<Verdict>, RwSignal<String>)> = helps
        .iter()
        .map(|h| {
            (
                *h,
                RwSignal::new(Verdict::Granted),
                RwSignal::new(String::new()),
            )
        })
        .collect();
    // The field a problem is about (as the rules name it) and its message id.
    let problem = RwSignal::new(None::<(Option<&'static str>, String)>);
    let sending = RwSignal::new(false);

    let field_error = move |field: &'static str| {
        move || {
            problem.get().and_then(|(f, id)| {
                (f == Some(field)).then(|| {
                    view! { <p class="error-message" id=format!("{}-error", field.replace('.', "-"))>{s(&id)}</p> }
                })
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
            let Some(is_vanskeligstilt) = vanskeligstilt.get_untracked() else {
                problem.set(Some((Some("vanskeligstilt"), "error-required".into())));
                return;
            };
            let new = NewDecision {
                vanskeligstilt: is_vanskeligstilt,
                facts: facts.get_untracked(),
                heard: heard.get_untracked(),
                items: lines
                    .iter()
                    .map(|(help, verdict, reason)| DecidedHelp {
                        help: *help,
                        verdict: verdict.get_untracked(),
                        reason: reason.get_untracked(),
                    })
                    .collect(),
            };
            // The same check as the server's, so the message stands beside its field.
            if let Err(e) = new.validate(&help_wanted) {
                let e: RulesError = e;
                problem.set(Some((e.field(), e.message_id().to_string())));
                return;
            }
            problem.set(None);
            sending.set(true);
            let (reference, csrf) = (reference.clone(), session.csrf());
            spawn_local(async move {
                match api::decide(&reference, &new, &csrf).await {
                    Ok(decision) => on_made.run(decision),
                    Err(api::Failed(id)) => problem.set(Some((None, id))),
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
            let field = rules::decision::reason_field(help);
            let error_id = format!("{}-error", field.replace('.', "-"));
            let described = move || {
                problem
                    .get()
                    .is_some_and(|(f, _)| f == Some(field))
                    .then(|| error_id.clone())
            };
            view! {
                <fieldset class="decision-help" data-testid="decision-help" data-help=key>
                    <legend>{s(key)}</legend>
                    <div class="field">
                        <label for=format!("verdict-{key}")>{s("staff-decision-verdict")}</label>
                        <select id=format!("verdict-{key}") on:change=move |ev| {
                            if let Some(v) = Verdict::parse(&event_target_value(&ev)) {
                                verdict.set(v);
                            }
                        }>
                            {Verdict::ALL.into_iter().map(|v| view! {
                                <option value=v.as_str() selected=move || verdict.get() == v>{s(v.message_id())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=format!("reason-{key}")>{s("staff-decision-reason")}</label>
                        <p class="hint">{s("staff-decision-reason-hint")}</p>
                        {field_error(field)}
                        <textarea id=format!("reason-{key}") rows="3"
                            aria-describedby=described
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
            {move || problem.get().filter(|(f, _)| f.is_none()).map(|(_, id)| view! {
                <p role="alert" class="notice">{s(&id)}</p>
            })}
            <fieldset>
                <legend>{s("staff-decision-vanskeligstilt")}</legend>
                {rules_said.map(|said| view! { <p class="hint" data-testid="rules-said">{said}</p> })}
                {field_error("vanskeligstilt")}
                <div class="choice">
                    <input type="radio" id="vanskeligstilt-yes" name="vanskeligstilt"
                        on:change=move |_| vanskeligstilt.set(Some(true)) />
                    <label for="vanskeligstilt-yes">{s("staff-yes")}</label>
                </div>
                <div class="choice">
                    <input type="radio" id="vanskeligstilt-no" name="vanskeligstilt"
                        on:change=move |_| vanskeligstilt.set(Some(false)) />
                    <label for="vanskeligstilt-no">{s("staff-no")}</label>
                </div>
            </fieldset>
            {items}
            <div class="field">
                <label for="decision-facts">{s("staff-decision-facts")}</label>
                {field_error("facts")}
                <textarea id="decision-facts" rows="4"
                    prop:value=move || facts.get() on:input=move |ev| facts.set(event_target_value(&ev))></textarea>
            </div>
            <div class="field">
                <label for="decision-heard">{s("staff-decision-heard")}</label>
                {field_error("heard")}
                <textarea id="decision-heard" rows="3"
                    prop:value=move || heard.get() on:input=move |ev| heard.set(event_target_value(&ev))></textarea>
            </div>
            <button type="submit" class="button" data-testid="make-decision" disabled=move || sending.get()>
                {s("staff-decision-submit")}
            </button>
        </form>
    }
}
