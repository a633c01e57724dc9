//! The written decision (enkeltvedtak) as a letter, in Norwegian and in the applicant's
//! language side by side, each half with its own `lang` and `dir`: the resident's decision page
//! and the staff pages show the same letter. Every sentence is a Fluent message
//! (`locales/<lang>/decision.ftl`, and the needs check's own for the law and the criteria); what
//! the caseworker wrote is Norwegian and is shown as Norwegian in both halves, marked so.
//!
//! What forvaltningsloven asks of it: the facts (§ 25 second paragraph), the rules applied and
//! the municipality's criteria (§ 25 first), the reasons, the right to appeal, the deadline and
//! from when it runs, where to send the appeal and the appeal instance (§ 27 third paragraph),
//! and the right to see the case documents (§§ 18 and 19).

use fluent_bundle::FluentValue;
use leptos::prelude::*;
use rules::{
    decision::{Decision, DecisionItem, Verdict, legal_basis},
    explanation::{Arg, Step},
    needs::{CriterionCheck, LEGAL_BASIS, Outcome},
    profile::Recipient,
};

use crate::{
    format,
    i18n::{catalog, languages::is_rtl, terms},
};

/// A language's direction, as languages.json says.
pub(crate) fn direction(lang: &str) -> &'static str {
    if is_rtl(lang) { "rtl" } else { "ltr" }
}

/// The halves for a reader of `lang`: theirs first, then the Norwegian that counts; one when
/// they are one.
pub fn reader_first(lang: &'static str) -> Vec<&'static str> {
    if lang == catalog::SOURCE {
        vec![catalog::SOURCE]
    } else {
        vec![lang, catalog::SOURCE]
    }
}

/// The letter in `languages` (each once; the first is shown first on a phone), one half each.
#[component]
pub fn DecisionLetter(decision: Decision, languages: Vec<&'static str>) -> impl IntoView {
    let halves = languages
        .into_iter()
        .map(|lang| {
            let decision = decision.clone();
            // Drawn again when a fetched language arrives (catalog::text reads it).
            move || half(&decision, lang)
        })
        .collect_view();
    view! { <div class="letter-pair" data-testid="decision-letter">{halves}</div> }
}

/// One language's half of the letter.
fn half(d: &Decision, lang: &'static str) -> impl IntoView + use<> {
    let t = move |id: &str| marked(catalog::text(lang, id, &[]), lang);
    let with = move |id: &str, args: &[(&str, FluentValue<'static>)]| {
        marked(catalog::text(lang, id, args), lang)
    };
    let text = |value: &str| FluentValue::from(value.to_string());
    let date = |day| FluentValue::from(format::date(day, lang));
    let label = if lang == catalog::SOURCE {
        "decision-half-binding"
    } else {
        "decision-half-translation"
    };
    // The municipality's own office where its profile names one; else "the housing office".
    let office = d.office.as_ref().map_or_else(
        || catalog::text(lang, "decision-housing-office", &[]),
        |c| c.office.value.clone(),
    );
    // Where to send it: the office's address and web page, where the profile gives them.
    let address = d.office.as_ref().and_then(|c| c.address.as_ref()).map(|a| {
        view! { <li>{catalog::text(lang, "contact-card-address", &[])}": "<bdi>{a.value.clone()}</bdi></li> }
    });
    let web = d.office.as_ref().and_then(|c| c.web.as_ref()).map(|w| {
        let href = w.value.clone();
        view! { <li>{catalog::text(lang, "contact-card-web", &[])}": "<bdi dir="ltr"><a href=href.clone()>{href.clone()}</a></bdi></li> }
    });
    let where_to = (address.is_some() || web.is_some())
        .then(|| view! { <ul class="letter-where">{address}{web}</ul> });
    let municipality = d.municipality_name.clone();
    let outcome = if d.vanskeligstilt {
        "decision-vanskeligstilt-yes"
    } else {
        "decision-vanskeligstilt-no"
    };
    let items = d
        .items
        .iter()
        .map(|item| decided_help(item, lang))
        .collect_view();
    let criteria = (!d.criteria.is_empty()).then(|| {
        let lines = d.criteria.iter().map(|c| criterion(c, lang)).collect_view();
        view! {
            <h4>{t("decision-section-criteria")}</h4>
            <ul class="letter-criteria">{lines}</ul>
        }
    });
    // The law: who is vanskeligstilt, then each kind of help's own, once, then the procedure.
    let mut laws: Vec<&'static str> = vec![LEGAL_BASIS[0]];
    for item in &d.items {
        for law in legal_basis(item.help) {
            if !laws.contains(law) {
                laws.push(law);
            }
        }
    }
    laws.push("decision-law-procedure");
    let laws = laws
        .into_iter()
        .map(|id| view! { <li>{t(id)}</li> })
        .collect_view();
    // The day itself once it is known (weekends and holidays already counted); until then, the
    // rule it will be counted by.
    let (deadline, rule) = match (d.notified_on, d.appeal_deadline()) {
        (Some(notified), Some(deadline)) => (
            with(
                "decision-appeal-deadline",
                &[("notified", date(notified)), ("deadline", date(deadline))],
            ),
            None,
        ),
        _ => (
            t("decision-appeal-deadline-later"),
            Some(view! { <p>{t("decision-appeal-deadline-rule")}</p> }),
        ),
    };
    let phone = d
        .office
        .as_ref()
        .and_then(|c| c.phone.as_ref())
        .map(|p| format::ltr(p.value.clone(), lang));
    let contact = match phone {
        Some(phone) => with(
            "decision-contact-phone",
            &[("office", text(&office)), ("phone", text(&phone))],
        ),
        None => with("decision-contact", &[("office", text(&office))]),
    };
    view! {
        <article class="letter" lang=lang dir=direction(lang) data-lang=lang>
            <p class="letter-label">{t(label)}</p>
            <h2>{t("decision-heading")}</h2>
            <p class="letter-meta">
                {with("decision-to", &[("name", text(&d.applicant))])}<br />
                {with("decision-reference", &[("reference", text(&d.reference))])}<br />
                {with("decision-date", &[("date", date(d.decided_on))])}<br />
                {with("decision-from", &[("municipality", text(&municipality))])}
            </p>
            <h3>{t("decision-section-outcome")}</h3>
            <p data-testid="decision-vanskeligstilt">{t(outcome)}</p>
            <ul class="letter-items">{items}</ul>
            <h3>{t("decision-section-facts")}</h3>
            {caseworker_text(&d.facts, lang)}
            {criteria}
            <h3>{t("decision-section-heard")}</h3>
            {caseworker_text(&d.heard, lang)}
            <h3>{t("decision-section-law")}</h3>
            <ul>{laws}</ul>
            <h3>{t("decision-section-appeal")}</h3>
            <p>{t("decision-appeal-right")}</p>
            <p data-testid="decision-deadline"><strong>{deadline}</strong></p>
            {rule}
            <p>{with("decision-appeal-how", &[("office", text(&office)), ("municipality", text(&municipality))])}</p>
            {where_to}
            <p>{with("decision-appeal-help", &[("office", text(&office))])}</p>
            <p>{with("decision-appeal-instance", &[("instance", text(&d.appeal_instance))])}</p>
            <p>{t("decision-appeal-late")}</p>
            <p>{with("decision-documents", &[("office", text(&office))])}</p>
            <p>{contact}</p>
            <p>{with("decision-decided-by", &[("name", text(&d.decided_by))])}</p>
        </article>
    }
}

/// A sentence of the letter: the Norwegian terms in it marked `lang="nb"` (i18n::terms), and
/// "§ 29" kept on one line.
pub(crate) fn marked(text: String, lang: &'static str) -> impl IntoView + use<> {
    terms::marked(&text.replace("§ ", "§\u{a0}"), lang)
}

/// Text the caseworker wrote, in Norwegian: as it is in the Norwegian half; in another
/// language's half introduced as Norwegian and marked `lang="nb"`, so it is read as Norwegian.
pub(crate) fn caseworker_text(value: &str, lang: &'static str) -> impl IntoView + use<> {
    let value = value.to_string();
    if lang == catalog::SOURCE {
        view! { <p class="letter-own-words">{value}</p> }.into_any()
    } else {
        view! {
            <p class="letter-note">{marked(catalog::text(lang, "decision-written-in-norwegian", &[]), lang)}</p>
            <p class="letter-own-words" lang="nb" dir="ltr">{value}</p>
            <p class="letter-note">{marked(catalog::text(lang, "decision-ask-to-explain", &[]), lang)}</p>
        }
        .into_any()
    }
}

/// One kind of help: what it is and what was decided, to whom it was sent on, and why.
fn decided_help(item: &DecisionItem, lang: &'static str) -> impl IntoView + use<> {
    let t = move |id: &str| marked(catalog::text(lang, id, &[]), lang);
    let forwarded = (item.verdict == Verdict::Forwarded).then(|| {
        let id = match item.forwarded_to {
            Some(Recipient::Nav) => "decision-forwarded-nav",
            Some(Recipient::Husbanken) => "decision-forwarded-husbanken",
            _ => "decision-forwarded-housing-office",
        };
        view! { <p>{t(id)}</p> }
    });
    let reason = (!item.reason.is_empty()).then(|| caseworker_text(&item.reason, lang));
    view! {
        <li data-testid="decision-item" data-help=item.help.message_id() data-verdict=item.verdict.as_str()>
            <p><strong>{t(item.help.message_id())}": "{t(item.verdict.message_id())}</strong></p>
            {forwarded}
            {reason}
        </li>
    }
}

/// One of the municipality's criteria, met or not, as the rules wrote it.
fn criterion(check: &CriterionCheck, lang: &'static str) -> impl IntoView + use<> {
    let words = match check.outcome {
        Outcome::Met => "outcome-met",
        Outcome::NotMet => "outcome-not-met",
        Outcome::Unknown => "outcome-unknown",
    };
    view! {
        <li>
            <strong>{catalog::text(lang, words, &[])}</strong>": "{marked(step_text(&check.step, lang), lang)}
        </li>
    }
}

/// A rules step in `lang`, its values formatted for that language.
fn step_text(step: &Step, lang: &'static str) -> String {
    let args: Vec<(&str, FluentValue<'static>)> = step
        .args
        .iter()
        .map(|(name, arg)| {
            let value: FluentValue<'static> = match arg {
                Arg::Kroner(v) => format::kroner(*v, lang).into(),
                Arg::Ratio(v) => format::percent(*v, lang).into(),
                Arg::Number(v) => format::number(*v, lang).into(),
                Arg::Count(n) => (*n).into(),
                Arg::Date(d) => format::date(*d, lang).into(),
                Arg::Message(id) => catalog::text(lang, id, &[]).into(),
                Arg::Text(t) => t.to_string().into(),
            };
            (name.as_ref(), value)
        })
        .collect();
    catalog::text(lang, &step.message_id, &args)
}
