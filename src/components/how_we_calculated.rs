//! "How we calculated": the steps of a rules result in the reader's language, each with the
//! figures it used, their source and date, and a mark on those not yet confirmed.

use crate::i18n::{Tr, twin_text};
use std::{borrow::Cow, collections::HashMap};

use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_fluent::{I18n, tr};
use rules::{
    explanation::{Arg, Explanation, ParamValue, Step},
    parameters::{Status, Unit},
};

use crate::{components::ltr::ltr, format};
use rust_decimal::prelude::ToPrimitive;

/// The text of one step, with its arguments formatted for the current language.
pub fn step_text(i18n: I18n, step: &Step) -> String {
    let lang = i18n.language.get().id;
    let args: HashMap<Cow<'static, str>, FluentValue> = step
        .args
        .iter()
        .map(|(name, arg)| {
            let value: FluentValue = match arg {
                Arg::Kroner(v) => format::kroner(*v, lang).into(),
                Arg::Ratio(v) => format::percent(*v, lang).into(),
                Arg::Number(v) => format::number(*v, lang).into(),
                Arg::Count(n) => (*n).into(),
                Arg::Date(d) => d.to_string().into(),
                Arg::Message(id) => i18n.tr(id).into(),
                Arg::Text(t) => t.to_string().into(),
            };
            (Cow::Owned(name.to_string()), value)
        })
        .collect();
    i18n.tr_with_args(&step.message_id, &args)
}

/// A figure written by its unit: "92 234 kr a year", "73.7 %", "30 years".
fn parameter_value(i18n: I18n, value: &ParamValue, unit: Unit) -> String {
    let lang = i18n.language.get().id;
    let v = match value {
        // Municipality numbers and the like: a list that runs left to right as a whole.
        ParamValue::Codes(codes) => return format::ltr(codes.join(", "), lang),
        ParamValue::Amount(v) => *v,
    };
    let per_year = |value: String| tr!(i18n, "figure-per-year", { "value" => value });
    match unit {
        Unit::Kroner => format::kroner(v, lang),
        Unit::KronerPerYear => per_year(format::kroner(v, lang)),
        Unit::KronerPerMonth => {
            tr!(i18n, "figure-per-month", { "value" => format::kroner(v, lang) })
        }
        Unit::Ratio => format::percent(v, lang),
        Unit::RatioPerYear => per_year(format::percent(v, lang)),
        // Whole numbers, passed as numbers so a language can choose its plural form.
        Unit::Years => tr!(i18n, "figure-years", { "n" => v.trunc().to_i64().unwrap_or(0) }),
        Unit::Months => tr!(i18n, "figure-months", { "n" => v.trunc().to_i64().unwrap_or(0) }),
        Unit::Factor | Unit::Codes => format::number(v, lang),
    }
}

/// An expandable list of the steps behind a result.
#[component]
pub fn HowWeCalculated(#[prop(into)] explanation: Signal<Explanation>) -> impl IntoView {
    let steps = move || {
        explanation
            .get()
            .steps
            .iter()
            .map(|step| {
                let text = {
                    let step = step.clone();
                    twin_text(move |i18n| step_text(i18n, &step))
                };
                let figures = step
                    .parameters
                    .iter()
                    .map(|p| {
                        let owned = p.to_owned_use();
                        let unverified = p.status() == Status::Unverified;
                        let href = owned.href.to_string();
                        let reference = owned.reference.to_string();
                        // The figure, its date and whether it is confirmed, in the reader's
                        // language with its Norwegian twin; the legal reference is Norwegian.
                        let figure = twin_text(move |i18n| {
                            let lang = i18n.language.get().id;
                            let mut text = format!(
                                "{}: {} · {}",
                                i18n.tr(&figure_name_id(&owned.id)),
                                parameter_value(i18n, &owned.value, owned.unit),
                                tr!(i18n, "figure-valid-from", { "date" => format::date(owned.valid_from, lang) }),
                            );
                            if unverified {
                                text.push_str(" · ");
                                text.push_str(&tr!(i18n, "figure-unverified"));
                            }
                            text
                        });
                        view! {
                            <li class="figure" class:figure-unverified=unverified>
                                {figure}
                                " · "
                                // Norwegian ("forskrift om bostøtte § 5"): left to right, so a
                                // right-to-left page does not move the "§ 5" before it.
                                {ltr(view! { <a href=href rel="external noopener" lang="nb">{reference}</a> })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <li>
                        <p>{text}</p>
                        <ul class="figures">{figures}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="how-we-calculated">
            <summary><Tr id="how-we-calculated" /></summary>
            <ol>{steps}</ol>
        </details>
    }
}

/// The message id naming the node a parameter belongs to: "bostotte.cost_cap.persons_1" →
/// "figure-node-bostotte-cost_cap" (tests/locales.rs checks every node has one). A municipality
/// profile's value is named by its field, whichever municipality it is from:
/// "profile.3105.offers.deleie.minimum_share" → "figure-profile-offers-deleie-minimum_share".
pub fn figure_name_id(parameter_id: &str) -> String {
    if let Some((_municipality, field)) = parameter_id
        .strip_prefix("profile.")
        .and_then(|rest| rest.split_once('.'))
    {
        return format!("figure-profile-{}", field.replace('.', "-"));
    }
    let node = parameter_id
        .rsplit_once('.')
        .map_or(parameter_id, |(node, _)| node);
    node_name_id(node)
}

/// The message id naming a parameter node: "bostotte.cost_cap" → "figure-node-bostotte-cost_cap".
pub fn node_name_id(node: &str) -> String {
    format!("figure-node-{}", node.replace('.', "-"))
}
