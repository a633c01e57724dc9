//! A municipality's criteria for a municipal rental home (its profile's `rental_home`), asked
//! only where a rental home could fit and checked against the answers one by one: met, not met,
//! or unknown (not answered), each said with the municipality's own figure and its source.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::{Criterion, CriterionCheck, NeedsAnswers, Outcome, Risk, SleepingPlace};
use crate::{
    explanation::{Arg, Step},
    parameters::Unit,
    profile::{InForce, ProfileEdition, Sourced},
};

/// Whether a municipal rental home could fit: without a home, at risk of losing it, or in an
/// institution or leaving one.
pub(super) fn rental_home_could_fit(answers: &NeedsAnswers) -> bool {
    answers.sleeping_tonight.without_own_home()
        || answers.sleeping_tonight == SleepingPlace::Institution
        || answers.leaving_institution_within_months.is_some()
        || !answers.risks.is_empty()
}

/// The criteria the answers must say something about for this municipality: the questions the
/// needs check asks after the situation. Only where a rental home could fit, and only what this
/// municipality's criteria need: the residence permit where it is required, the years in the
/// municipality where it sets them, the age, when the lease ends where it is ending, when the
/// stay in an institution ends for someone in one. None when no profile could be read.
pub fn criteria_asked(answers: &NeedsAnswers, edition: Option<&ProfileEdition>) -> Vec<Criterion> {
    let Some(edition) = edition else {
        return Vec::new();
    };
    if !rental_home_could_fit(answers) {
        return Vec::new();
    }
    let c = &edition.rental_home;
    let mut asked = Vec::new();
    if c.residence_permit.value {
        asked.push(Criterion::ResidencePermit);
    }
    if c.residence_years.is_some() {
        asked.push(Criterion::ResidenceYears);
    }
    asked.push(Criterion::MinAge);
    if answers.risks.contains(&Risk::LeaseEnding) {
        asked.push(Criterion::LeaseEnding);
    }
    if answers.sleeping_tonight == SleepingPlace::Institution {
        asked.push(Criterion::LeavingInstitution);
    }
    asked
}

/// Met when the answer is at most (`within`) or at least the municipality's figure; unknown
/// when not answered.
fn compare(answered: Option<u32>, figure: u32, within: bool) -> Outcome {
    match answered {
        None => Outcome::Unknown,
        Some(a) if (within && a <= figure) || (!within && a >= figure) => Outcome::Met,
        Some(_) => Outcome::NotMet,
    }
}

fn by_outcome(outcome: Outcome, ids: [&'static str; 3]) -> &'static str {
    let [met, not_met, unknown] = ids;
    match outcome {
        Outcome::Met => met,
        Outcome::NotMet => not_met,
        Outcome::Unknown => unknown,
    }
}

/// A step with the municipality's figure, its name and the resident's answer.
fn step(
    id: &'static str,
    in_force: &InForce<'_>,
    figure: Option<(&'static str, u32)>,
    answered: Option<u32>,
) -> Step {
    // The national default is no municipality's: its criteria are what most municipalities ask.
    let municipality = if in_force.is_national() {
        Arg::Message(Cow::Borrowed("criteria-national-municipality"))
    } else {
        Arg::Text(Cow::Owned(in_force.profile.name.clone()))
    };
    let mut step = Step::new(id).arg("municipality", municipality);
    if let Some((name, value)) = figure {
        step = step.arg(name, Arg::Count(value));
    }
    if let Some(a) = answered {
        step = step.arg("answered", Arg::Count(a));
    }
    step
}

/// One criterion of the municipality's checked against the answers; `None` when the profile
/// does not set it (no years of residence required).
pub(super) fn check(
    criterion: Criterion,
    answers: &NeedsAnswers,
    in_force: &InForce<'_>,
) -> Option<CriterionCheck> {
    let c = &in_force.edition.rental_home;
    let (outcome, step) = match criterion {
        Criterion::ResidencePermit => {
            let outcome = match answers.has_residence_permit {
                None => Outcome::Unknown,
                Some(true) => Outcome::Met,
                Some(false) => Outcome::NotMet,
            };
            let id = by_outcome(
                outcome,
                [
                    "criterion-residence-permit-met",
                    "criterion-residence-permit-not-met",
                    "criterion-residence-permit-unknown",
                ],
            );
            let step = step(id, in_force, None, None)
                .uses(in_force.uses_flag("rental_home.residence_permit", &c.residence_permit));
            (outcome, step)
        }
        Criterion::ResidenceYears => {
            let years = c.residence_years.as_ref()?;
            let answered = answers.years_in_municipality;
            let outcome = compare(answered, years.value, false);
            let id = by_outcome(
                outcome,
                [
                    "criterion-residence-years-met",
                    "criterion-residence-years-not-met",
                    "criterion-residence-years-unknown",
                ],
            );
            let step = step(id, in_force, Some(("years", years.value)), answered).uses(
                in_force.uses_value(
                    "rental_home.residence_years",
                    years,
                    Decimal::from(years.value),
                    Unit::Years,
                ),
            );
            (outcome, step)
        }
        Criterion::MinAge => {
            let min = c.min_age.value;
            let younger_allowed = c.younger_with_children.value;
            let (outcome, id) = match answers.age {
                None => (Outcome::Unknown, "criterion-min-age-unknown"),
                Some(age) if age >= min => (Outcome::Met, "criterion-min-age-met"),
                Some(_) if !younger_allowed => (Outcome::NotMet, "criterion-min-age-not-met"),
                Some(_) => match answers.cares_for_children {
                    Some(true) => (Outcome::Met, "criterion-min-age-met-caring-for-children"),
                    Some(false) => (Outcome::NotMet, "criterion-min-age-not-met"),
                    None => (Outcome::Unknown, "criterion-min-age-unknown-children"),
                },
            };
            let step = step(id, in_force, Some(("age", min)), answers.age)
                .uses(in_force.uses_value(
                    "rental_home.min_age",
                    &c.min_age,
                    Decimal::from(min),
                    Unit::Years,
                ))
                .uses(in_force.uses_flag(
                    "rental_home.younger_with_children",
                    &c.younger_with_children,
                ));
            (outcome, step)
        }
        Criterion::LeaseEnding => within_months(
            in_force,
            "rental_home.lease_ending_months",
            &c.lease_ending_months,
            answers.lease_ends_within_months,
            [
                "criterion-lease-ending-met",
                "criterion-lease-ending-not-met",
                "criterion-lease-ending-unknown",
            ],
        ),
        Criterion::LeavingInstitution => within_months(
            in_force,
            "rental_home.leaving_institution_months",
            &c.leaving_institution_months,
            answers.leaving_institution_within_months,
            [
                "criterion-leaving-institution-met",
                "criterion-leaving-institution-not-met",
                "criterion-leaving-institution-unknown",
            ],
        ),
    };
    Some(CriterionCheck {
        criterion,
        outcome,
        step,
    })
}

/// A "within so many months" criterion (a lease ending, leaving an institution): met when the
/// answer is at most the municipality's months; `ids` are the steps met, not met and unknown.
fn within_months(
    in_force: &InForce<'_>,
    field: &str,
    months: &Sourced<u32>,
    answered: Option<u32>,
    ids: [&'static str; 3],
) -> (Outcome, Step) {
    let outcome = compare(answered, months.value, true);
    let step = step(
        by_outcome(outcome, ids),
        in_force,
        Some(("months", months.value)),
        answered,
    )
    .uses(in_force.uses_value(field, months, Decimal::from(months.value), Unit::Months));
    (outcome, step)
}
