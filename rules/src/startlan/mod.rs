//! Startlån from the municipality (Husbanken's scheme): how large a loan the household can carry,
//! what it costs each month, whether a home at a given price needs tilskudd til etablering, and,
//! where the municipality offers them, kommunal deleie and leie til eie.
//!
//! The municipality's startlån terms come from its profile (`crate::profile`), never from the
//! input: its own rate, or Husbanken's floating rate plus its margin, the stress test's add-on
//! and the longest normal term; a term it does not set is the national parameter.
//!
//! ```text
//! available/month = net income − max(living costs, state guideline rates) − fixed costs (debts,
//!                   childcare, child support paid) − maintenance and common costs of the home
//! max loan        = the principal whose payment over the term fits available, both at the stress
//!                   rate and at the loan's own rate (and, paid serially, in the first month)
//! ```
//!
//! Every comparison with the largest loan uses the same arithmetic that found it, so a loan equal
//! to the largest loan always passes its own stress test.

use chrono::NaiveDate;
use rust_decimal::{Decimal, MathematicalOps, RoundingStrategy, prelude::ToPrimitive};
use serde::{Deserialize, Serialize};

use crate::{
    RulesError,
    explanation::{Arg, Explanation, Step},
    household::{Household, check_amount},
    parameters::startlan::GRANT,
    profile::InForce,
};

mod costs;
mod purchase;
mod rates;
mod shares;

use purchase::{LoanTerms, explain_purchase, price_purchase};

pub use costs::{Debt, FixedCosts};
pub use shares::{Deleie, LeieTilEie};

/// What the household tells about the purchase and its costs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartlanInput {
    /// Actual monthly living costs, if known; the state guideline rates are the floor.
    #[serde(default)]
    pub living_costs_monthly: Option<Decimal>,
    /// Debts, childcare and child support paid.
    #[serde(default)]
    pub fixed_costs: FixedCosts,
    /// Expected maintenance and common costs of the home to buy.
    #[serde(default)]
    pub maintenance_monthly: Decimal,
    #[serde(default)]
    pub home_price: Option<Decimal>,
    /// A borettslag share or a freehold home: decides the dokumentavgift.
    #[serde(default)]
    pub purchase_kind: PurchaseKind,
    /// Document fees and other costs of buying; estimated when not given.
    #[serde(default)]
    pub purchase_costs: Option<Decimal>,
    #[serde(default)]
    pub own_funds: Decimal,
    #[serde(default)]
    pub repayment: Repayment,
    #[serde(default)]
    pub long_term: LongTermConditions,
    /// Buy this share (at least the municipality's minimum) with startlån and pay for the rest,
    /// where the municipality offers deleie; not given: its minimum share.
    #[serde(default)]
    pub deleie_share: Option<Decimal>,
}

/// What is bought: it decides whether dokumentavgift is due.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PurchaseKind {
    /// A share in a borettslag: no dokumentavgift.
    #[default]
    Borettslag,
    /// A house, or a flat in a sameie: dokumentavgift on the price.
    Selveier,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Repayment {
    /// Equal monthly payments.
    #[default]
    Annuity,
    /// Equal instalments plus interest: highest at the start.
    Serial,
}

/// The conditions for a 50-year term (Husbanken's veileder for startlån).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LongTermConditions {
    #[serde(default)]
    pub income_permanently_low: bool,
    #[serde(default)]
    pub home_suits_long_term: bool,
    #[serde(default)]
    pub renting_unsuitable_or_dearer: bool,
    #[serde(default)]
    pub shorter_term_not_sound: bool,
    /// Low but predictable income (waives "permanently low" for families with children or
    /// people at risk of losing their home).
    #[serde(default)]
    pub low_but_predictable_income: bool,
    #[serde(default)]
    pub at_risk_of_losing_home: bool,
}

/// A loan for one home at one price.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Purchase {
    pub price: Decimal,
    /// Dokumentavgift and fees: as given, or estimated.
    pub purchase_costs: Decimal,
    pub purchase_costs_estimated: bool,
    pub loan_needed: Decimal,
    /// The loan the household can carry toward it: the smaller of need and capacity.
    pub loan: Decimal,
    /// What is left to finance after the loan and own funds.
    pub grant_need: Decimal,
    /// Whether a gap that size is something tilskudd til etablering may realistically cover; if
    /// not, the gap is said plainly, with what could close it.
    pub grant_realistic: bool,
    /// The price the household could buy at with its largest loan and own funds, costs included.
    pub affordable_price: Decimal,
    pub monthly_annuity: Decimal,
    pub first_month_serial: Decimal,
    pub monthly_at_stress_rate: Decimal,
    /// The loan's payment fits what is available at the stress rate...
    pub passes_stress_test: bool,
    /// ...and at its own rate (annuity, or the first serial payment).
    pub fits_at_own_rate: bool,
}

/// The startlån estimate, with every step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StartlanEstimate {
    pub net_income_monthly: Decimal,
    pub living_costs_floor_monthly: Decimal,
    pub living_costs_used_monthly: Decimal,
    /// Debts, childcare and child support paid, per month.
    pub fixed_costs_monthly: Decimal,
    pub available_monthly: Decimal,
    pub interest_rate: Decimal,
    pub stress_rate: Decimal,
    pub normal_term_years: u32,
    pub long_term_years: u32,
    pub max_loan_normal_term: Decimal,
    pub max_loan_long_term: Decimal,
    /// Whether the 50-year term's conditions are met.
    pub long_term_applies: bool,
    pub term_years: u32,
    pub max_loan: Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase: Option<Purchase>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleie: Option<Deleie>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leie_til_eie: Option<LeieTilEie>,
    pub explanation: Explanation,
    pub rests_on_unverified: bool,
}

fn kroner(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

impl StartlanInput {
    pub fn validate(&self) -> Result<(), RulesError> {
        if let Some(living) = self.living_costs_monthly {
            check_amount("living_costs_monthly", living, 1_000_000, "1 000 000")?;
        }
        self.fixed_costs.validate()?;
        check_amount(
            "maintenance_monthly",
            self.maintenance_monthly,
            1_000_000,
            "1 000 000",
        )?;
        if let Some(price) = self.home_price {
            check_amount("home_price", price, 200_000_000, "200 000 000")?;
        }
        if let Some(costs) = self.purchase_costs {
            check_amount("purchase_costs", costs, 20_000_000, "20 000 000")?;
        }
        check_amount("own_funds", self.own_funds, 200_000_000, "200 000 000")?;
        if let Some(share) = self.deleie_share
            && (share <= Decimal::ZERO || share > Decimal::ONE)
        {
            return Err(RulesError::OutOfRange {
                field: "deleie_share",
                min: "0",
                max: "1",
            });
        }
        Ok(())
    }
}

/// The dearest home that `loan` and the savings in `input` reach, its costs of buying included
/// (estimated for `input.purchase_kind` unless given).
pub fn reachable_price(
    loan: Decimal,
    input: &StartlanInput,
    date: NaiveDate,
) -> Result<Decimal, RulesError> {
    purchase::affordable_price(loan, input, date)
}

/// The present value of 1 kr a month for `months` at monthly rate `r`: (1 − (1 + r)^−n) ÷ r.
pub fn annuity_factor(monthly_rate: Decimal, months: u32) -> Decimal {
    if monthly_rate.is_zero() {
        return Decimal::from(months);
    }
    let growth = (Decimal::ONE + monthly_rate)
        .checked_powu(u64::from(months))
        .unwrap_or(Decimal::MAX);
    (Decimal::ONE - Decimal::ONE / growth) / monthly_rate
}

/// The annuity factor for a yearly rate paid monthly over `years`.
fn yearly_factor(yearly_rate: Decimal, years: u32) -> Decimal {
    annuity_factor(yearly_rate / Decimal::from(12), years * 12)
}

/// The payment, whole kroner, that pays off `principal` given its annuity factor.
fn payment(principal: Decimal, factor: Decimal) -> Decimal {
    if factor.is_zero() {
        Decimal::ZERO
    } else {
        kroner(principal / factor)
    }
}

/// The principal, whole kroner rounded down, that `monthly` pays off given the annuity factor.
fn principal_for(monthly: Decimal, factor: Decimal) -> Decimal {
    if monthly <= Decimal::ZERO {
        Decimal::ZERO
    } else {
        (monthly * factor).floor()
    }
}

/// The monthly annuity payment on `principal`.
pub fn annuity_payment(principal: Decimal, yearly_rate: Decimal, years: u32) -> Decimal {
    payment(principal, yearly_factor(yearly_rate, years))
}

/// The largest principal whose annuity payment fits `monthly`, whole kroner, rounded down.
pub fn max_principal(monthly: Decimal, yearly_rate: Decimal, years: u32) -> Decimal {
    principal_for(monthly, yearly_factor(yearly_rate, years))
}

/// A parameter that counts whole years.
fn years(param: &crate::parameters::Param) -> Result<u32, RulesError> {
    param.value.to_u32().ok_or(RulesError::NoParameters {
        id: param.id,
        date: param.from,
    })
}

fn long_term_applies(c: &LongTermConditions, household: &Household) -> bool {
    let low_income = c.income_permanently_low
        || (c.low_but_predictable_income && (household.children() > 0 || c.at_risk_of_losing_home));
    low_income
        && c.home_suits_long_term
        && c.renting_unsuitable_or_dearer
        && c.shorter_term_not_sound
}

/// The startlån estimate for a household with `net_income_monthly` after tax, on `date`, on the
/// municipality's terms from its profile in force (`None`: the national terms, and no deleie or
/// leie til eie, which only a municipality offers).
pub fn estimate(
    household: &Household,
    net_income_monthly: Decimal,
    input: &StartlanInput,
    profile: Option<InForce<'_>>,
    date: NaiveDate,
) -> Result<StartlanEstimate, RulesError> {
    input.validate()?;
    let mut explanation = Explanation::default();

    let floor = costs::living_costs_floor(household, date, &mut explanation)?;
    let living = input
        .living_costs_monthly
        .map_or(floor, |actual| actual.max(floor));
    if input
        .living_costs_monthly
        .is_some_and(|actual| actual < floor)
    {
        explanation.push(Step::new("explain-startlan-living-raised-to-floor").kr("floor", floor));
    }
    let fixed = input.fixed_costs.monthly(date, &mut explanation)?;
    // Whole kroner, rounded down: a payment that fits in whole kroner then fits for real.
    let available = (net_income_monthly - living - fixed - input.maintenance_monthly).floor();
    explanation.push(
        Step::new("explain-startlan-available")
            .kr("net_income", net_income_monthly)
            .kr("living_costs", living)
            .kr("other_fixed_costs", fixed)
            .kr("maintenance", input.maintenance_monthly)
            .kr("available", available),
    );

    let rates::LoanRates {
        rate,
        stress,
        normal_years,
        normal_years_use,
        long_years,
        long_years_param,
    } = rates::loan_rates(profile.as_ref(), date, &mut explanation)?;
    let normal = LoanTerms::new(rate, stress, normal_years, input.repayment);
    let long = LoanTerms::new(rate, stress, long_years, input.repayment);
    let max_normal = normal.capacity(available);
    let max_long = long.capacity(available);
    let long_applies = long_term_applies(&input.long_term, household);
    let (term_years, max_loan, terms) = if long_applies {
        (long_years, max_long, long)
    } else {
        (normal_years, max_normal, normal)
    };
    explanation.push(
        Step::new("explain-startlan-max-loan")
            .arg("years", Arg::Count(normal_years))
            .kr("max_loan", max_normal)
            .uses(normal_years_use),
    );
    explanation.push(
        Step::new(if long_applies {
            "explain-startlan-long-term-applies"
        } else {
            "explain-startlan-long-term-not-met"
        })
        .arg("years", Arg::Count(long_years))
        .kr("max_loan", max_long)
        .uses(long_years_param),
    );

    let purchase = match input.home_price {
        Some(price) => {
            let p = price_purchase(price, input, available, terms, date, &mut explanation)?;
            let grant = &GRANT.at(date)?.realistic_share_of_price;
            explain_purchase(&p, input.repayment, grant, &mut explanation);
            Some(p)
        }
        None => None,
    };

    let offers = profile.as_ref().map(|p| (p, &p.edition.offers));
    let share_terms = shares::ShareTerms {
        input,
        available,
        terms,
        date,
    };
    let deleie = match (
        offers.and_then(|(p, o)| Some((p, o.deleie.as_ref()?))),
        input.home_price,
    ) {
        (Some((p, offer)), Some(price)) => {
            Some(share_terms.deleie(price, p, offer, &mut explanation)?)
        }
        _ => None,
    };
    let leie_til_eie = match (
        offers.and_then(|(p, o)| Some((p, o.leie_til_eie.as_ref()?))),
        input.home_price,
    ) {
        (Some((p, offer)), Some(price)) => {
            Some(share_terms.leie_til_eie(price, p, offer, &mut explanation)?)
        }
        _ => None,
    };

    let rests_on_unverified = explanation.rests_on_unverified();
    Ok(StartlanEstimate {
        net_income_monthly,
        living_costs_floor_monthly: floor,
        living_costs_used_monthly: living,
        fixed_costs_monthly: fixed,
        available_monthly: available,
        interest_rate: rate,
        stress_rate: stress,
        normal_term_years: normal_years,
        long_term_years: long_years,
        max_loan_normal_term: max_normal,
        max_loan_long_term: max_long,
        long_term_applies: long_applies,
        term_years,
        max_loan,
        purchase,
        deleie,
        leie_til_eie,
        explanation,
        rests_on_unverified,
    })
}

#[cfg(test)]
mod tests;
