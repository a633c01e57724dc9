//! What Statsforvalteren decided on a forwarded appeal, as the municipality recorded it from
//! Statsforvalteren's letter (`rules::decision::InstanceDecision`): in Norwegian and the
//! applicant's language side by side, like the appeal's answer (`appeal_letter`). It is a note,
//! not the decision: Statsforvalteren's own letter is the binding text, and each half says so.
//! The caseworker's summary is Norwegian in both halves, marked so.

use fluent_bundle::FluentValue;
use leptos::prelude::*;
use rules::decision::{InstanceDecision, InstanceResult};

use super::decision_letter::{caseworker_text, direction, marked};
use crate::{format, i18n::catalog};

/// The note in `languages` (each once, the first shown first on a phone), one half each;
/// `instance` is the Statsforvalter office the appeal went to.
#[component]
pub fn InstanceDecisionNote(
    decided: InstanceDecision,
    instance: String,
    languages: Vec<&'static str>,
) -> impl IntoView {
    let halves = languages
        .into_iter()
        .map(|lang| {
            let (decided, instance) = (decided.clone(), instance.clone());
            move || half(&decided, &instance, lang)
        })
        .collect_view();
    view! { <div class="letter-pair" data-testid="instance-decision">{halves}</div> }
}

fn half(d: &InstanceDecision, instance: &str, lang: &'static str) -> impl IntoView + use<> {
    let with = move |id: &str, args: &[(&str, FluentValue<'static>)]| {
        marked(catalog::text(lang, id, args), lang)
    };
    let body = match d.result {
        InstanceResult::Upheld => "instance-upheld",
        InstanceResult::Changed => "instance-changed",
        InstanceResult::Repealed => "instance-repealed",
        InstanceResult::Dismissed => "instance-dismissed",
    };
    let args = [
        ("instance", FluentValue::from(instance.to_string())),
        ("on", FluentValue::from(format::date(d.decided_on, lang))),
    ];
    view! {
        <article class="letter" lang=lang dir=direction(lang) data-lang=lang data-result=d.result.as_str()>
            <p class="letter-label">{with("instance-label", &[])}</p>
            <h2>{with("instance-heading", &[])}</h2>
            <p>{with(body, &args)}</p>
            <p>{with("instance-summary", &[])}</p>
            {caseworker_text(&d.summary, lang)}
            <p>{with("instance-final", &[])}</p>
        </article>
    }
}
