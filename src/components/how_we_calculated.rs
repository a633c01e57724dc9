//! "How we calculated": the steps of a rules result in the reader's language, each with the
//! figures it used, their source and date, and a mark on those not yet confirmed.

use crate::i18n::{Tr, twin_text};
use std::{borrow::Cow, collections::HashMap};

use fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_fluent::{I18n, tr};
use rules::{
    explanation::{Arg, Explanation, ParamValue, Step},
    parameters::Status,
};

use crate::format;

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

fn parameter_value(value: &ParamValue, lang: &str) -> String {
    match *value {
        ParamValue::Amount(v) if v.abs() >= rust_decimal::Decimal::ONE_THOUSAND => {
            format::kroner(v, lang)
        }
        ParamValue::Amount(v) if v < rust_decimal::Decimal::ONE => format::percent(v, lang),
        ParamValue::Amount(v) => format::number(v, lang),
        ParamValue::Codes(ref codes) => codes.join(", "),
    }
}

/// An expandable list of the steps behind a result.
#[component]
pub fn HowWeCalculated(#[prop(into)] explanation: Signal<Explanation>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let steps = move || {
        let lang = i18n.language.get().id;
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
                        view! {
                            <li class="figure">
                                <span class="figure-value">{parameter_value(&owned.value, lang)}</span>
                                " · "
                                <a href=owned.href.to_string() rel="external noopener" lang="nb">
                                    {owned.reference.to_string()}
                                </a>
                                " · "
                                {tr!(i18n, "figure-valid-from", { "date" => format::date(p.valid_from(), lang) })}
                                {unverified.then(|| view! {
                                    " · " <strong class="unverified">{tr!(i18n, "figure-unverified")}</strong>
                                })}
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
