//! The needs check's result: the rules' answer (vanskeligstilt or not, the reasons, the help that
//! fits, the law), the municipality's criteria for a rental home each met, not met or unknown
//! with the rules' step and the profile's source, and where to turn in the municipality.

use leptos::prelude::*;
use leptos_fluent::{I18n, tr};
use leptos_meta::Title;
use leptos_router::components::A;
use rules::needs::{Assessment, Criterion, CriterionCheck, HelpKind, Outcome, Urgency};
use rules::profile::{Certainty, Contact, ProfileEdition, RentalHomeCriteria, Sourced};

use super::{NeedsState, assess, chosen_municipality, help_name, with_profile};
use crate::{
    components::{contact_card::ContactCard, how_we_calculated::step_text, ltr::ltr},
    economy::{EconomyState, today},
    format,
    i18n::{Tr, twin_id, twin_text},
    profiles::{Loaded, Profiles},
    routes::emergency::EmergencyNotice,
};

/// The profile a result rests on, as the page shows it: its reference and the edition used.
#[derive(Debug, Clone, PartialEq)]
struct Rested {
    reference: String,
    href: String,
    national: bool,
    edition: ProfileEdition,
}

/// Why the municipality's own criteria are not known, if they are not.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Missing {
    NoMunicipality,
    Unavailable,
}

/// The result of the needs check.
#[component]
pub fn NeedsResult() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let NeedsState(draft) = expect_context::<NeedsState>();
    let economy = expect_context::<EconomyState>();
    let profiles = expect_context::<Profiles>();
    let date = today();
    // With a complete estimate on this device, the rules weigh the economy too (bostøtte,
    // startlån, a grant), without asking again; and the municipality's profile in force today.
    let result = Memo::new(move |_| {
        let (d, e, lang) = (draft.get(), economy.draft(), i18n.language.get().id);
        with_profile(&economy, &profiles, date, |p| {
            let rested = p.map(|p| Rested {
                reference: p.profile.reference.clone(),
                href: p.profile.href.clone(),
                national: p.is_national(),
                edition: p.edition.clone(),
            });
            assess(&d, &e, lang, p).map(|r| (r, rested))
        })
    });
    let municipality = Memo::new(move |_| {
        chosen_municipality(&economy, date).map(|n| super::about::municipality_name(&n))
    });
    let missing = move || match municipality.get() {
        None => Some(Missing::NoMunicipality),
        Some(_) if profiles.loaded().with(|l| !matches!(l, Loaded::Ready(_))) => {
            Some(Missing::Unavailable)
        }
        Some(_) => None,
    };
    let first = move || draft.with(|d| d.first_unanswered().path().to_string());
    view! {
        <Title text=crate::i18n::interpreter::page_title("needs-result-page-title", false) />
        {move || match result.get() {
            None => view! {
                <h1><Tr id="needs-result-heading" /></h1>
                <p><Tr id="needs-unanswered" /></p>
                <A href=first attr:class="button"><Tr id="needs-start" /></A>
            }.into_any(),
            Some((Err(e), _)) => view! { <h1><Tr id="needs-result-heading" /></h1><p>{twin_id(e.message_id().to_string())}</p> }.into_any(),
            Some((Ok(r), rested)) => {
                let notice = (r.urgency == Urgency::Emergency).then(EmergencyNotice);
                let outcome = match (r.vanskeligstilt, r.urgency) {
                    (Assessment::Yes, Urgency::Emergency) => "needs-outcome-emergency",
                    (Assessment::Yes, _) => "needs-outcome-yes",
                    (Assessment::Maybe, _) => "needs-outcome-maybe",
                    (Assessment::No, _) => "needs-outcome-no",
                };
                let law = r.legal_basis().map(|s| view! { <li>{twin_id(s.message_id.to_string())}</li> }).collect_view();
                let reasons = r.reasons.iter().map(|id| view! { <li>{twin_id(id.to_string())}</li> }).collect_view();
                let help = r.help.iter().map(|h| {
                    let why = {
                        let why = h.why.clone();
                        twin_text(move |i18n| why.iter().map(|w| i18n.tr(w)).collect::<Vec<_>>().join(" "))
                    };
                    let bring = h.bring.iter().map(|b| view! { <li>{twin_id(b.to_string())}</li> }).collect_view();
                    view! {
                        <li class="help" data-testid="help">
                            <h3><Tr id=help_name(h.kind) /></h3>
                            <p>{why}</p>
                            <p><strong>{twin_id(h.where_to_apply.to_string())}</strong></p>
                            <details>
                                <summary><Tr id="help-bring" /></summary>
                                <ul>{bring}</ul>
                            </details>
                        </li>
                    }
                }).collect_view();
                let rental_home = r.help.iter().any(|h| h.kind == HelpKind::MunicipalRentalHome);
                let criteria = (rental_home || !r.criteria.is_empty()).then(|| {
                    criteria_section(r.criteria.clone(), rested.clone(), municipality.get(), missing())
                });
                let contact = rested.zip(municipality.get()).map(|(rested, name)| contact_section(rested.edition.contact, name));
                view! {
                    {notice}
                    <h1><Tr id="needs-result-heading" /></h1>
                    <p class="amount" data-testid="needs-outcome"><Tr id=outcome /></p>
                    <ul class="reasons">{reasons}</ul>
                    <h2><Tr id="needs-help-heading" /></h2>
                    <ol class="fitting-help">{help}</ol>
                    {criteria}
                    {contact}
                    <h2><Tr id="needs-law-heading" /></h2>
                    <ul class="law" data-testid="law">{law}</ul>
                    <h2><Tr id="needs-next-heading" /></h2>
                    <ul>
                        <li><A href="/estimates"><Tr id="entry-estimates-title" /></A></li>
                        <li><A href="/apply"><Tr id="entry-apply-title" /></A></li>
                    </ul>
                    <p class="warning"><Tr id="needs-disclaimer" /></p>
                }.into_any()
            }
        }}
    }
}

/// The municipality's criteria for a rental home, each with its outcome, the rules' step and
/// the profile's source; with a notice when they are the national default's or not known.
fn criteria_section(
    checks: Vec<CriterionCheck>,
    rested: Option<Rested>,
    municipality: Option<String>,
    missing: Option<Missing>,
) -> impl IntoView {
    let heading = {
        let name = municipality.clone();
        twin_text(move |i18n| match &name {
            Some(name) => tr!(i18n, "needs-criteria-heading", { "municipality" => name.clone() }),
            None => i18n.tr("needs-criteria-heading-no-municipality"),
        })
    };
    let notice = match (missing, &rested, municipality) {
        (Some(Missing::NoMunicipality), _, _) => Some(view! {
            <p class="notice" data-testid="criteria-no-municipality"><Tr id="needs-profile-no-municipality" /></p>
        }.into_any()),
        (Some(Missing::Unavailable), _, _) | (None, None, _) => Some(view! {
            <p class="notice" data-testid="profile-unavailable"><Tr id="needs-profile-unavailable" /></p>
        }.into_any()),
        (None, Some(r), Some(name)) if r.national => Some(view! {
            <p class="notice" data-testid="profile-national">
                {twin_text(move |i18n| tr!(i18n, "needs-profile-national", { "municipality" => name.clone() }))}
            </p>
        }.into_any()),
        _ => None,
    };
    let items = checks
        .into_iter()
        .map(|check| criterion_item(check, rested.clone()))
        .collect_view();
    view! {
        <section class="criteria" data-testid="criteria" aria-labelledby="criteria-heading">
            <h2 id="criteria-heading">{heading}</h2>
            {notice}
            <ul class="checks">{items}</ul>
        </section>
    }
}

/// One criterion: its name, met / not met / unknown as an icon and in words, the rules' step,
/// and its source and how sure it is, behind a "Source" disclosure.
fn criterion_item(check: CriterionCheck, rested: Option<Rested>) -> impl IntoView {
    let (class, icon, words, value) = match check.outcome {
        Outcome::Met => ("check check-met", "✓", "outcome-met", "met"),
        Outcome::NotMet => ("check check-not-met", "✗", "outcome-not-met", "not_met"),
        Outcome::Unknown => ("check check-unknown", "?", "outcome-unknown", "unknown"),
    };
    let (name, key) = criterion_name(check.criterion);
    let step = check.step.clone();
    let text = twin_text(move |i18n| step_text(i18n, &step));
    let source = rested.map(|r| {
        let lines = sources(check.criterion, &r.edition.rental_home)
            .into_iter()
            .map(|(source, certainty)| {
                view! {
                    <li><bdi>{source}</bdi>" · "<Tr id=certainty_name(certainty) /></li>
                }
            })
            .collect_view();
        let from = r.edition.from;
        let edition = twin_text(move |i18n| {
            tr!(i18n, "figure-valid-from", { "date" => format::date(from, i18n.language.get().id) })
        });
        view! {
            <details class="check-source">
                <summary><Tr id="criterion-source" /></summary>
                <ul>{lines}</ul>
                <p>
                    {ltr(view! { <a href=r.href rel="external noopener" lang="nb">{r.reference}</a> })}
                    " · "{edition}
                </p>
            </details>
        }
    });
    view! {
        <li class=class data-testid="criterion" data-criterion=key data-outcome=value>
            <h3><span class="check-icon" aria-hidden="true">{icon}</span>" "<Tr id=name /></h3>
            <p class="check-outcome"><strong><Tr id=words /></strong></p>
            <p>{text}</p>
            {source}
        </li>
    }
}

/// The message that names a criterion, and the criterion as the rules write it.
fn criterion_name(c: Criterion) -> (&'static str, &'static str) {
    match c {
        Criterion::ResidencePermit => ("criterion-residence-permit", "residence_permit"),
        Criterion::ResidenceYears => ("criterion-residence-years", "residence_years"),
        Criterion::MinAge => ("criterion-min-age", "min_age"),
        Criterion::LeaseEnding => ("criterion-lease-ending", "lease_ending"),
        Criterion::LeavingInstitution => ("criterion-leaving-institution", "leaving_institution"),
    }
}

/// How sure the profile is of a value, in words.
fn certainty_name(c: Certainty) -> &'static str {
    match c {
        Certainty::Verified => "certainty-verified",
        Certainty::FromSeed => "certainty-from-seed",
        Certainty::Assumed => "certainty-assumed",
    }
}

/// The sources of the profile's values a criterion rests on, each once.
fn sources(c: Criterion, rh: &RentalHomeCriteria) -> Vec<(String, Certainty)> {
    fn of<T>(s: &Sourced<T>) -> (String, Certainty) {
        (s.source.clone(), s.status)
    }
    let mut all = match c {
        Criterion::ResidencePermit => vec![of(&rh.residence_permit)],
        Criterion::ResidenceYears => rh.residence_years.iter().map(of).collect(),
        Criterion::MinAge => vec![of(&rh.min_age), of(&rh.younger_with_children)],
        Criterion::LeaseEnding => vec![of(&rh.lease_ending_months)],
        Criterion::LeavingInstitution => vec![of(&rh.leaving_institution_months)],
    };
    all.dedup();
    all
}

/// Where to turn: the municipality's housing office, from its profile.
fn contact_section(contact: Contact, municipality: String) -> impl IntoView {
    view! {
        <h2><Tr id="needs-contact-heading" /></h2>
        <ContactCard contact=contact municipality=municipality />
    }
}
