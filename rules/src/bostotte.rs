//! Bostøtte, Husbanken's housing allowance (bustøttelova, forskrift om bustøtte), for one month:
//!
//! ```text
//! counted costs  = min(housing costs + heating (+ house operating) per year, cost cap)
//! income         = gross income + wealth share × (net wealth − allowance)
//! weighted       = income ÷ (1 + 0.13 × (persons − 1))
//! bostøtte/month = coverage × max(0, counted costs − egenandel(weighted)) ÷ 12, if ≥ minimum payout
//! ```

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::{
    RulesError,
    explanation::{Arg, Explanation, Step},
    household::{BostotteExclusion, EgenandelGroup, HomeKind, Household, Housing, Income},
    municipality::Resolved,
    parameters::bostotte::{
        ALLOWANCES, COST_CAP, COVERAGE_RATE, EGENANDEL, Egenandel, INCOME, MINIMUM_PAYOUT,
        MUNICIPALITY_GROUPS, WEIGHTING,
    },
};

/// The estimated bostøtte, with every step that led to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BostotteEstimate {
    /// Whether the household can get bostøtte at all; if not, `ineligible_reason` says why.
    pub eligible: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ineligible_reason: Option<Cow<'static, str>>,
    /// Kroner per month, whole kroner; zero when below the minimum payout or not eligible.
    pub monthly: Decimal,
    pub municipality_group: u8,
    pub counted_costs_year: Decimal,
    pub weighted_income_year: Decimal,
    pub egenandel_year: Decimal,
    pub explanation: Explanation,
    pub rests_on_unverified: bool,
}

fn kroner(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// The bostøtte a household would get for one month on `date`.
pub fn estimate(
    household: &Household,
    income: &Income,
    gross_income_year: Decimal,
    housing: &Housing,
    municipality: &Resolved,
    date: NaiveDate,
) -> Result<BostotteEstimate, RulesError> {
    let mut explanation = Explanation::default();
    let persons = household.persons();

    if let Some(reason) = exclusion(household) {
        explanation.push(Step::new(reason));
        return Ok(ineligible(reason, explanation));
    }
    if housing.kind == HomeKind::None {
        explanation.push(Step::new("explain-bostotte-no-home"));
        return Ok(ineligible("explain-bostotte-no-home", explanation));
    }

    // Counted housing costs (§ 2), capped (§ 3).
    let allowances = ALLOWANCES.at(date)?;
    let mut costs = housing.monthly_cost * Decimal::from(12);
    let heating = allowances.heating_per_month.value * Decimal::from(12);
    costs += heating;
    explanation.push(
        Step::new("explain-bostotte-costs")
            .kr("monthly_cost", housing.monthly_cost)
            .kr("heating", heating)
            .uses(&allowances.heating_per_month),
    );
    if housing.kind == HomeKind::OwnedHouse {
        costs += allowances.house_operating_per_year.value;
        explanation.push(
            Step::new("explain-bostotte-house-operating")
                .kr("amount", allowances.house_operating_per_year.value)
                .uses(&allowances.house_operating_per_year),
        );
    }
    let cap_table = COST_CAP.at(date)?;
    let base = match persons {
        0 | 1 => &cap_table.persons_1,
        2 => &cap_table.persons_2,
        3 => &cap_table.persons_3,
        4 => &cap_table.persons_4,
        _ => &cap_table.persons_5_or_more,
    };
    let groups = MUNICIPALITY_GROUPS.at(date)?;
    let number = municipality.municipality.number;
    let (group, supplement, group_param) = if groups.group_1.codes.contains(&number) {
        (1, &cap_table.group_1, Some(&groups.group_1))
    } else if groups.group_2.codes.contains(&number) {
        (2, &cap_table.group_2, Some(&groups.group_2))
    } else if groups.group_3.codes.contains(&number) {
        (3, &cap_table.group_3, Some(&groups.group_3))
    } else {
        (4, &cap_table.group_4, None)
    };
    let adapted = if housing.adapted_for_disability {
        cap_table.adapted_home.value
    } else {
        Decimal::ZERO
    };
    let cap = base.value + supplement.value + adapted;
    let mut step = Step::new("explain-bostotte-cost-cap")
        .arg("persons", Arg::Count(persons))
        .arg("group", Arg::Count(group))
        .arg(
            "municipality",
            Arg::Text(municipality.municipality.name.into()),
        )
        .kr("cap", cap)
        .uses(base)
        .uses(supplement);
    if let Some(list) = group_param {
        step = step.uses(list);
    }
    if housing.adapted_for_disability {
        step = step.uses(&cap_table.adapted_home);
    }
    explanation.push(step);
    let counted = costs.min(cap);
    explanation.push(
        Step::new("explain-bostotte-counted-costs")
            .kr("costs", costs)
            .kr("cap", cap)
            .kr("counted", counted),
    );

    // Income (§§ 5-7): gross income plus a share of wealth above the allowance, weighted.
    let income_params = INCOME.at(date)?;
    let wealth_part = kroner(
        income_params.wealth_share.value
            * (income.net_wealth - income_params.wealth_allowance.value).max(Decimal::ZERO),
    );
    let special = egenandel_group(household, income);
    let income = gross_income_year + wealth_part;
    explanation.push(
        Step::new("explain-bostotte-income")
            .kr("gross_income", gross_income_year)
            .kr("wealth_part", wealth_part)
            .kr("income", income)
            .uses(&income_params.wealth_share)
            .uses(&income_params.wealth_allowance),
    );
    let weighting = WEIGHTING.at(date)?;
    let factor =
        Decimal::ONE + weighting.per_extra_person.value * Decimal::from(persons.saturating_sub(1));
    let weighted = kroner(income / factor);
    explanation.push(
        Step::new("explain-bostotte-weighting")
            .arg("persons", Arg::Count(persons))
            .arg("factor", Arg::Number(factor))
            .kr("weighted", weighted)
            .uses(&weighting.per_extra_person),
    );

    // Egenandel (§ 4), with the thresholds of a household with a young disabled member or a
    // single old-age pensioner where that applies.
    let e = EGENANDEL.at(date)?;
    let (threshold, progressive_from) = match special {
        Some(EgenandelGroup::YoungDisabled) => (&e.threshold, &e.young_disabled_progressive_from),
        Some(EgenandelGroup::SingleOldAgePensioner) => (
            &e.single_old_age_threshold,
            &e.single_old_age_progressive_from,
        ),
        None => (&e.threshold, &e.progressive_from),
    };
    let egenandel = egenandel(weighted, e, threshold.value, progressive_from.value);
    if let Some(group) = special {
        explanation.push(
            Step::new("explain-bostotte-egenandel-special").arg(
                "group",
                Arg::Message(
                    match group {
                        EgenandelGroup::YoungDisabled => "egenandel-group-young-disabled",
                        EgenandelGroup::SingleOldAgePensioner => "egenandel-group-single-old-age",
                    }
                    .into(),
                ),
            ),
        );
    }
    explanation.push(
        Step::new("explain-bostotte-egenandel")
            .kr("egenandel", egenandel)
            .uses(&e.minimum)
            .uses(&e.rate)
            .uses(threshold)
            .uses(progressive_from)
            .uses(&e.progressive_step)
            .uses(&e.progressive_step_rate),
    );

    // Coverage (§ 1) and the minimum payout.
    let coverage = COVERAGE_RATE.at(date)?;
    let yearly = coverage.rate.value * (counted - egenandel).max(Decimal::ZERO);
    let monthly = kroner(yearly / Decimal::from(12));
    explanation.push(
        Step::new("explain-bostotte-coverage")
            .arg("rate", Arg::Ratio(coverage.rate.value))
            .kr("monthly", monthly)
            .uses(&coverage.rate),
    );
    let minimum = MINIMUM_PAYOUT.at(date)?;
    let paid = if monthly < minimum.amount.value {
        explanation.push(
            Step::new("explain-bostotte-below-minimum")
                .kr("minimum", minimum.amount.value)
                .uses(&minimum.amount),
        );
        Decimal::ZERO
    } else {
        monthly
    };
    let rests_on_unverified = explanation.rests_on_unverified();
    Ok(BostotteEstimate {
        eligible: true,
        ineligible_reason: None,
        monthly: paid,
        municipality_group: group as u8,
        counted_costs_year: counted,
        weighted_income_year: weighted,
        egenandel_year: egenandel,
        explanation,
        rests_on_unverified,
    })
}

/// Egenandel on weighted yearly income `y`, whole kroner, with the household's thresholds.
pub fn egenandel(
    y: Decimal,
    e: &Egenandel,
    threshold: Decimal,
    progressive_from: Decimal,
) -> Decimal {
    let mut amount = e.minimum.value + e.rate.value * (y - threshold).max(Decimal::ZERO);
    if y > progressive_from {
        let steps = ((y - progressive_from - Decimal::ONE) / e.progressive_step.value).floor();
        amount += e.progressive_step_rate.value * (Decimal::ONE + steps) * y;
    }
    kroner(amount)
}

/// The special egenandel thresholds that apply: a member who is ung ufør (any household), or a
/// member with alderspensjon who is single (no spouse or cohabitant in the household). Where both
/// could apply (rare), the young disabled one is used.
fn egenandel_group(household: &Household, income: &Income) -> Option<EgenandelGroup> {
    let groups = || income.persons.iter().filter_map(|p| p.egenandel_group);
    if groups().any(|g| g == EgenandelGroup::YoungDisabled) {
        Some(EgenandelGroup::YoungDisabled)
    } else if !household.couple && groups().any(|g| g == EgenandelGroup::SingleOldAgePensioner) {
        Some(EgenandelGroup::SingleOldAgePensioner)
    } else {
        None
    }
}

fn exclusion(household: &Household) -> Option<&'static str> {
    match household.bostotte_exclusion {
        Some(BostotteExclusion::StudentWithoutChildren) if household.children() == 0 => {
            Some("explain-bostotte-excluded-student")
        }
        Some(BostotteExclusion::NationalService) => {
            Some("explain-bostotte-excluded-national-service")
        }
        Some(BostotteExclusion::Institution) => Some("explain-bostotte-excluded-institution"),
        _ => None,
    }
}

fn ineligible(reason: &'static str, explanation: Explanation) -> BostotteEstimate {
    let rests_on_unverified = explanation.rests_on_unverified();
    BostotteEstimate {
        eligible: false,
        ineligible_reason: Some(Cow::Borrowed(reason)),
        monthly: Decimal::ZERO,
        municipality_group: 0,
        counted_costs_year: Decimal::ZERO,
        weighted_income_year: Decimal::ZERO,
        egenandel_year: Decimal::ZERO,
        explanation,
        rests_on_unverified,
    }
}
