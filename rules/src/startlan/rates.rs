//! The loan's rate, stress rate and terms: the municipality's where its profile sets them, the
//! national parameters (`parameters/startlan/`) where it does not, each step naming which.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::years;
use crate::{
    RulesError,
    explanation::{Arg, Explanation, ParameterUse, Step},
    parameters::{
        Param, Unit,
        startlan::{INTEREST, POLICY_RATE, STRESS, TERM},
    },
    profile::{InForce, StartlanTerms},
};

/// What a loan is priced at on a day in a municipality.
pub(super) struct LoanRates {
    pub rate: Decimal,
    pub stress: Decimal,
    pub normal_years: u32,
    /// The figure the normal term comes from: the municipality's or the national one.
    pub normal_years_use: ParameterUse,
    pub long_years: u32,
    pub long_years_param: &'static Param,
}

/// The rate, the stress rate and the terms, explained.
pub(super) fn loan_rates(
    profile: Option<&InForce<'_>>,
    date: NaiveDate,
    explanation: &mut Explanation,
) -> Result<LoanRates, RulesError> {
    let own: Option<(&InForce<'_>, &StartlanTerms)> = profile.map(|p| (p, &p.edition.startlan));

    let interest = INTEREST.at(date)?;
    let rate = match own.and_then(|(p, t)| Some((p, t.interest_rate.as_ref()?))) {
        Some((p, set)) => {
            explanation.push(
                Step::new("explain-startlan-rate-municipal")
                    .arg("rate", Arg::Ratio(set.value))
                    .uses(p.uses_value(
                        "startlan.interest_rate",
                        set,
                        set.value,
                        Unit::RatioPerYear,
                    )),
            );
            set.value
        }
        None => {
            let step = Step::new("explain-startlan-rate").uses(&interest.husbanken_floating);
            let (margin, step) = match own.and_then(|(p, t)| Some((p, t.interest_margin.as_ref()?)))
            {
                Some((p, margin)) => (
                    margin.value,
                    step.uses(p.uses_value(
                        "startlan.interest_margin",
                        margin,
                        margin.value,
                        Unit::RatioPerYear,
                    )),
                ),
                None => (
                    interest.municipal_margin.value,
                    step.uses(&interest.municipal_margin),
                ),
            };
            let rate = interest.husbanken_floating.value + margin;
            explanation.push(step.arg("rate", Arg::Ratio(rate)));
            rate
        }
    };

    let policy = POLICY_RATE.at(date)?;
    let national_add_on = &STRESS.at(date)?.add_on;
    let step = Step::new("explain-startlan-stress-rate").uses(&policy.rate);
    let (add_on, step) = match own.and_then(|(p, t)| Some((p, t.stress_add_on.as_ref()?))) {
        Some((p, add_on)) => (
            add_on.value,
            step.uses(p.uses_value(
                "startlan.stress_add_on",
                add_on,
                add_on.value,
                Unit::RatioPerYear,
            )),
        ),
        None => (national_add_on.value, step.uses(national_add_on)),
    };
    let stress = policy.rate.value + add_on;
    explanation.push(step.arg("stress_rate", Arg::Ratio(stress)));
    if rate > stress {
        explanation.push(
            Step::new("explain-startlan-own-rate-above-stress")
                .arg("rate", Arg::Ratio(rate))
                .arg("stress_rate", Arg::Ratio(stress)),
        );
    }

    let term = TERM.at(date)?;
    let (normal_years, normal_years_use) =
        match own.and_then(|(p, t)| Some((p, t.longest_term_years.as_ref()?))) {
            Some((p, longest)) => (
                longest.value,
                p.uses_value(
                    "startlan.longest_term_years",
                    longest,
                    Decimal::from(longest.value),
                    Unit::Years,
                ),
            ),
            None => (years(&term.normal_years)?, (&term.normal_years).into()),
        };
    Ok(LoanRates {
        rate,
        stress,
        normal_years,
        normal_years_use,
        long_years: years(&term.long_years)?,
        long_years_param: &term.long_years,
    })
}
