//! The municipality's answer to an appeal, as a short letter in Norwegian and the applicant's
//! language side by side, like the decision (`decision_letter`): reversed (forvaltningsloven
//! § 33 second paragraph) with what is changed, or kept and forwarded to Statsforvalteren with
//! the municipality's assessment, which the applicant may comment on before it is decided. The
//! caseworker's words are Norwegian in both halves, marked so.

use fluent_bundle::FluentValue;
use leptos::prelude::*;
use rules::decision::{AppealOutcome, AppealResult, Decision};

use super::decision_letter::{caseworker_text, direction, marked};
use crate::{format, i18n::catalog};

/// The answer in `languages` (each once, the first shown first on a phone), one half each.
#[component]
pub fn AppealAnswer(
    decision: Decision,
    outcome: AppealOutcome,
    languages: Vec<&'static str>,
) -> impl IntoView {
    let halves = languages
        .into_iter()
        .map(|lang| {
            let (decision, outcome) = (decision.clone(), outcome.clone());
            move || half(&decision, &outcome, lang)
        })
        .collect_view();
    view! { <div class="letter-pair" data-testid="appeal-answer">{halves}</div> }
}

fn half(d: &Decision, o: &AppealOutcome, lang: &'static str) -> impl IntoView + use<> {
    let text = |value: &str| FluentValue::from(value.to_string());
    let date = |day| FluentValue::from(format::date(day, lang));
    let with = move |id: &str, args: &[(&str, FluentValue<'static>)]| {
        marked(catalog::text(lang, id, args), lang)
    };
    let label = if lang == catalog::SOURCE {
        "decision-half-binding"
    } else {
        "decision-half-translation"
    };
    let instance = text(&o.appeal_instance);
    let (body, comment) = match o.result {
        AppealResult::Reversed => (with("appeal-outcome-reversed", &[("on", date(o.on))]), None),
        AppealResult::Forwarded => (
            with(
                "appeal-outcome-forwarded",
                &[("on", date(o.on)), ("instance", instance.clone())],
            ),
            Some(view! { <p>{with("appeal-outcome-comment", &[("instance", instance)])}</p> }),
        ),
    };
    view! {
        <article class="letter" lang=lang dir=direction(lang) data-lang=lang data-result=o.result.as_str()>
            <p class="letter-label">{with(label, &[])}</p>
            <h2>{with("appeal-outcome-heading", &[])}</h2>
            <p class="letter-meta">
                {with("decision-to", &[("name", text(&d.applicant))])}<br />
                {with("decision-reference", &[("reference", text(&d.reference))])}<br />
                {with("decision-date", &[("date", date(o.on))])}<br />
                {with("decision-from", &[("municipality", text(&d.municipality_name))])}
            </p>
            <p>{body}</p>
            {caseworker_text(&o.reason, lang)}
            {comment}
            <p>{with("decision-decided-by", &[("name", text(&o.by))])}</p>
        </article>
    }
}
