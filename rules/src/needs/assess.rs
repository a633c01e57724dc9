//! The needs check itself: the situation and its causes by the law, then the help that fits,
//! where the municipality's profile decides who counts as without a home or about to lose it,
//! whether its criteria for a rental home are met, which help it offers and who handles each.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{
    Assessment, Circumstance, CriterionCheck, EconomyHints, Help, HelpKind, HomeProblem,
    LEGAL_BASIS, NeedsAnswers, NeedsResult, Outcome, ProfileRef, Risk, SleepingPlace, Urgency,
    criteria::{check, criteria_asked, rental_home_could_fit},
    where_to_apply,
};
use crate::{
    RulesError,
    explanation::{Arg, Explanation, ParameterUse, Step},
    parameters::{Unit, needs::MUNICIPAL_CRITERIA},
    profile::{InForce, ProfileEdition, Sourced, recipient},
};

/// Whether the municipality offers `kind`, as its profile says, with the profile's field; `None`
/// for help every municipality or NAV gives (or that the profile does not list).
fn offer(kind: HelpKind, edition: &ProfileEdition) -> Option<(&'static str, &Sourced<bool>)> {
    let o = &edition.offers;
    Some(match kind {
        HelpKind::MunicipalRentalHome => ("offers.municipal_rental_home", &o.municipal_rental_home),
        HelpKind::HousingFirst => ("offers.housing_first", &o.housing_first),
        HelpKind::DepositGuarantee => ("offers.deposit_guarantee", &o.deposit_guarantee),
        HelpKind::FollowUpAtHome => ("offers.follow_up_at_home", &o.follow_up_at_home),
        HelpKind::Startlan => ("offers.startlan", &o.startlan),
        HelpKind::TilskuddTilEtablering => {
            ("offers.tilskudd_til_etablering", &o.tilskudd_til_etablering)
        }
        _ => return None,
    })
}

/// The step that says the municipality does not offer `kind`, when its profile says so.
fn not_offered(kind: HelpKind, profile: Option<&InForce<'_>>) -> Option<Step> {
    let p = profile?;
    let (field, offered) = offer(kind, p.edition)?;
    (!offered.value).then(|| {
        Step::new("explain-needs-help-not-offered")
            .arg("help", Arg::Message(Cow::Borrowed(kind.message_id())))
            .arg(
                "municipality",
                Arg::Text(Cow::Owned(p.profile.name.clone())),
            )
            .uses(p.uses_flag(field, offered))
    })
}

/// How many months before leaving an institution count as without a home: the profile's, or,
/// with no profile, the national definition's (`parameters/needs/municipal_criteria.toml`).
fn leaving_institution_limit(
    profile: Option<&InForce<'_>>,
    date: NaiveDate,
) -> Result<(Decimal, ParameterUse), RulesError> {
    Ok(match profile {
        Some(p) => {
            let months = &p.edition.rental_home.leaving_institution_months;
            let value = Decimal::from(months.value);
            (
                value,
                p.uses_value(
                    "rental_home.leaving_institution_months",
                    months,
                    value,
                    Unit::Months,
                ),
            )
        }
        None => {
            let national = &MUNICIPAL_CRITERIA.at(date)?.leaving_institution_months;
            (national.value, national.into())
        }
    })
}

/// Runs the needs check on `date` with the municipality's profile in force (`None`: its criteria
/// could not be read, so they are unknown, and the national definition of homelessness applies).
pub fn assess(
    answers: &NeedsAnswers,
    hints: EconomyHints,
    profile: Option<InForce<'_>>,
    date: NaiveDate,
) -> Result<NeedsResult, RulesError> {
    let profile = profile.as_ref();
    let mut explanation = Explanation::default();
    let mut reasons: Vec<&'static str> = Vec::new();

    let (leaving_limit, leaving_use) = leaving_institution_limit(profile, date)?;
    let leaving_institution = answers
        .leaving_institution_within_months
        .is_some_and(|m| Decimal::from(m) <= leaving_limit);
    let homeless = answers.sleeping_tonight.without_own_home() || leaving_institution;
    if homeless {
        reasons.push("reason-without-home");
        explanation.push(Step::new("explain-needs-homeless").uses(leaving_use));
    }
    if answers.sleeping_tonight == SleepingPlace::ReceptionCentre {
        explanation.push(Step::new("explain-needs-reception-centre"));
    }
    // A lease ending counts when it ends within the municipality's months (or when not told).
    let lease_counts = match (profile, answers.lease_ends_within_months) {
        (Some(p), Some(months)) => months <= p.edition.rental_home.lease_ending_months.value,
        _ => true,
    };
    let risks = answers
        .risks
        .iter()
        .filter(|r| **r != Risk::LeaseEnding || lease_counts)
        .count();
    let at_risk = risks > 0;
    if at_risk {
        reasons.push("reason-at-risk-of-losing-home");
        explanation.push(Step::new("explain-needs-at-risk").arg("risks", Arg::Count(risks as u32)));
    }
    let unsuitable = !answers.home_problems.is_empty();
    if unsuitable {
        reasons.push("reason-unsuitable-home");
        explanation.push(
            Step::new("explain-needs-unsuitable")
                .arg("problems", Arg::Count(answers.home_problems.len() as u32)),
        );
    }

    let financial =
        hints.low_income || answers.bank_loan_refused || answers.risks.contains(&Risk::RentArrears);
    if financial {
        reasons.push("reason-financial");
    }
    let health = answers.circumstances.iter().any(|c| {
        matches!(
            c,
            Circumstance::PhysicalHealth
                | Circumstance::MentalHealth
                | Circumstance::Disability
                | Circumstance::SubstanceUse
        )
    });
    if health {
        reasons.push("reason-health");
    }
    let social = answers.circumstances.contains(&Circumstance::Social);
    if social {
        reasons.push("reason-social");
    }
    let situation = homeless || at_risk || unsuitable;
    let cause = financial || health || social;
    let no_bed_tonight = answers.sleeping_tonight == SleepingPlace::Nowhere;
    if no_bed_tonight {
        explanation.push(Step::new("explain-needs-no-bed-tonight"));
    }
    let vanskeligstilt = match (situation, cause) {
        _ if no_bed_tonight => Assessment::Yes,
        (true, true) => Assessment::Yes,
        (true, false) | (false, true) => Assessment::Maybe,
        (false, false) => Assessment::No,
    };
    explanation.push(Step::new(match vanskeligstilt {
        Assessment::Yes => "explain-needs-yes",
        Assessment::Maybe => "explain-needs-maybe",
        Assessment::No => "explain-needs-no",
    }));

    let urgency = if no_bed_tonight {
        Urgency::Emergency
    } else if homeless
        || answers
            .risks
            .iter()
            .any(|r| matches!(r, Risk::Eviction | Risk::ViolenceOrThreats))
    {
        Urgency::High
    } else {
        Urgency::Normal
    };

    // The help that fits, in order, before the municipality's offers are weighed.
    let mut fitting: Vec<(HelpKind, Vec<&'static str>)> = Vec::new();
    let mut add = |kind: HelpKind, why: &[&'static str]| {
        if !fitting.iter().any(|(k, _)| *k == kind) {
            fitting.push((kind, why.to_vec()));
        }
    };
    if urgency == Urgency::Emergency {
        add(HelpKind::TemporaryAccommodation, &["why-no-bed-tonight"]);
    }
    let substance_or_mental = answers
        .circumstances
        .iter()
        .any(|c| matches!(c, Circumstance::SubstanceUse | Circumstance::MentalHealth));
    if homeless && substance_or_mental {
        add(HelpKind::HousingFirst, &["why-homeless-and-health"]);
    }
    let mut criteria: Vec<CriterionCheck> = Vec::new();
    // Homeless and at risk are both ways a rental home could fit.
    if rental_home_could_fit(answers) {
        let rental_home_offered =
            profile.is_none_or(|p| p.edition.offers.municipal_rental_home.value);
        match profile {
            Some(p) if rental_home_offered => {
                if p.is_national() {
                    explanation.push(Step::new("criteria-national-default"));
                }
                criteria = criteria_asked(answers, Some(p.edition))
                    .into_iter()
                    .filter_map(|c| check(c, answers, p))
                    .collect();
                for c in &criteria {
                    explanation.push(c.step.clone());
                }
            }
            Some(_) => {}
            None => explanation.push(Step::new("explain-needs-rental-home-criteria")),
        }
        let outcome = |o: Outcome| criteria.iter().any(|c| c.outcome == o);
        let why = if outcome(Outcome::NotMet) {
            "why-rental-home-criterion-not-met"
        } else if criteria.is_empty() || outcome(Outcome::Unknown) {
            "why-rental-home-ask-municipality"
        } else {
            "why-rental-home-criteria-met"
        };
        add(HelpKind::MunicipalRentalHome, &[why]);
        add(HelpKind::DepositGuarantee, &["why-deposit-to-rent"]);
    }
    if answers
        .risks
        .iter()
        .any(|r| matches!(r, Risk::RentArrears | Risk::ForcedSale | Risk::Eviction))
    {
        add(HelpKind::EconomicAdvice, &["why-debt-or-arrears"]);
    }
    if health || social {
        add(HelpKind::FollowUpAtHome, &["why-support-to-keep-home"]);
    }
    if hints.bostotte_monthly_positive {
        add(HelpKind::Bostotte, &["why-bostotte-estimate-positive"]);
    }
    if answers.wants_to_own && (answers.bank_loan_refused || hints.low_income) {
        let why: &[&'static str] = if hints.startlan_possible {
            &["why-startlan-bank-refused", "why-startlan-capacity"]
        } else {
            &["why-startlan-bank-refused"]
        };
        add(HelpKind::Startlan, why);
        if hints.grant_need {
            add(HelpKind::TilskuddTilEtablering, &["why-grant-gap"]);
        }
    }
    if answers.circumstances.contains(&Circumstance::Disability)
        && answers.home_problems.contains(&HomeProblem::NotAccessible)
    {
        add(HelpKind::AdaptedHome, &["why-home-not-accessible"]);
    }
    add(HelpKind::AdviceAndGuidance, &["why-advice-always"]);

    // Help the municipality does not offer is not suggested; the explanation says so.
    let edition = profile.map(|p| p.edition);
    let mut help: Vec<Help> = Vec::with_capacity(fitting.len());
    for (kind, why) in fitting {
        if let Some(step) = not_offered(kind, profile) {
            explanation.push(step);
            continue;
        }
        let to = recipient(kind, edition);
        help.push(Help {
            kind,
            why: why.into_iter().map(Cow::Borrowed).collect(),
            where_to_apply: Cow::Borrowed(where_to_apply(to)),
            bring: kind.bring().iter().map(|b| Cow::Borrowed(*b)).collect(),
            recipient: to,
        });
    }

    let [definition, individual_help, temporary_accommodation] = LEGAL_BASIS;
    explanation.push(Step::new(definition));
    if vanskeligstilt != Assessment::No {
        explanation.push(Step::new(individual_help));
    }
    if no_bed_tonight {
        explanation.push(Step::new(temporary_accommodation));
    }

    Ok(NeedsResult {
        vanskeligstilt,
        reasons: reasons.into_iter().map(Cow::Borrowed).collect(),
        urgency,
        help,
        criteria,
        profile: profile.map(|p| ProfileRef {
            municipality: p.profile.municipality.clone(),
            name: p.profile.name.clone(),
            national: p.is_national(),
            from: p.edition.from,
        }),
        explanation,
    })
}
