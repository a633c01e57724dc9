//! Startlån from the municipality (Husbanken's scheme): how large a loan the household can carry,
//! what it costs each month, whether a home at a given price needs tilskudd til etablering, and
//! the kommunal deleie alternative.
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
    parameters::{
        Param,
        living_costs::GUIDELINE_RATES,
        startlan::{
            DEBT_REPAYMENT, DELEIE, GRANT, INTEREST, POLICY_RATE, PURCHASE_COSTS, STRESS, TERM,
        },
    },
};

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
    /// The municipality's own terms, where it sets them.
    #[serde(default)]
    pub terms: MunicipalTerms,
    /// Buy this share (at least the minimum, e.g. 0.5) with startlån and pay for the rest.
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

/// A debt: the monthly payment if known, or what is owed (then a stated standard repayment is
/// counted). Both empty: no such debt.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Debt {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<Decimal>,
}

impl Debt {
    fn is_empty(&self) -> bool {
        self.monthly.is_none() && self.balance.is_none()
    }
}

/// The household's fixed costs besides housing and living costs, per month.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixedCosts {
    /// Forbrukslån and credit cards.
    #[serde(default, skip_serializing_if = "Debt::is_empty")]
    pub consumer_debt: Debt,
    /// Lånekassen.
    #[serde(default, skip_serializing_if = "Debt::is_empty")]
    pub student_loan: Debt,
    #[serde(default, skip_serializing_if = "Debt::is_empty")]
    pub car_loan: Debt,
    #[serde(default, skip_serializing_if = "Debt::is_empty")]
    pub other_loans: Debt,
    /// Kindergarten and after-school care (SFO/AKS).
    #[serde(default)]
    pub childcare_monthly: Decimal,
    /// Child support (barnebidrag) paid to a child who does not live here.
    #[serde(default)]
    pub child_support_paid_monthly: Decimal,
}

impl FixedCosts {
    /// The debts with their field names and message ids, in the order they are asked.
    fn debts(&self) -> [(&'static str, &'static str, Debt); 4] {
        [
            ("consumer_debt", "debt-consumer", self.consumer_debt),
            ("student_loan", "debt-student", self.student_loan),
            ("car_loan", "debt-car", self.car_loan),
            ("other_loans", "debt-other", self.other_loans),
        ]
    }

    pub fn validate(&self) -> Result<(), RulesError> {
        for (field, _, debt) in self.debts() {
            if let Some(monthly) = debt.monthly {
                check_amount(field, monthly, 1_000_000, "1 000 000")?;
            }
            if let Some(balance) = debt.balance {
                check_amount(field, balance, 100_000_000, "100 000 000")?;
            }
        }
        check_amount(
            "childcare_monthly",
            self.childcare_monthly,
            1_000_000,
            "1 000 000",
        )?;
        check_amount(
            "child_support_paid_monthly",
            self.child_support_paid_monthly,
            1_000_000,
            "1 000 000",
        )
    }

    /// The total per month, explained: each debt's payment (or the standard one on what is owed),
    /// childcare and child support.
    pub fn monthly(
        &self,
        date: NaiveDate,
        explanation: &mut Explanation,
    ) -> Result<Decimal, RulesError> {
        let standard = DEBT_REPAYMENT.at(date)?;
        let terms = [
            (&standard.consumer_years, &standard.consumer_rate),
            (&standard.student_years, &standard.student_rate),
            (&standard.car_years, &standard.car_rate),
            (&standard.other_years, &standard.other_rate),
        ];
        let mut total = Decimal::ZERO;
        for ((_, kind, debt), (years_param, rate)) in self.debts().into_iter().zip(terms) {
            let monthly = match (debt.monthly, debt.balance) {
                (Some(monthly), _) => {
                    explanation.push(
                        Step::new("explain-startlan-debt-payment")
                            .arg("debt", Arg::Message(kind.into()))
                            .kr("monthly", monthly),
                    );
                    monthly
                }
                (None, Some(balance)) => {
                    let n = years(years_param)?;
                    let monthly = annuity_payment(balance, rate.value, n);
                    explanation.push(
                        Step::new("explain-startlan-debt-balance")
                            .arg("debt", Arg::Message(kind.into()))
                            .kr("balance", balance)
                            .arg("years", Arg::Count(n))
                            .arg("rate", Arg::Ratio(rate.value))
                            .kr("monthly", monthly)
                            .uses(years_param)
                            .uses(rate),
                    );
                    monthly
                }
                (None, None) => Decimal::ZERO,
            };
            total += monthly;
        }
        total += self.childcare_monthly + self.child_support_paid_monthly;
        explanation.push(
            Step::new("explain-startlan-fixed-costs")
                .kr("childcare", self.childcare_monthly)
                .kr("child_support", self.child_support_paid_monthly)
                .kr("total", total),
        );
        Ok(total)
    }
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

/// A municipality's own rates; each replaces the national default where set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MunicipalTerms {
    /// The whole interest rate charged (Husbanken's rate plus the municipality's margin).
    #[serde(default)]
    pub interest_rate: Option<Decimal>,
    /// The stress test's add-on to the policy rate.
    #[serde(default)]
    pub stress_add_on: Option<Decimal>,
    #[serde(default)]
    pub deleie_compensation_rate: Option<Decimal>,
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

/// Buying a share of the home with startlån and paying the municipality for the rest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deleie {
    pub share: Decimal,
    pub share_price: Decimal,
    pub monthly_compensation: Decimal,
    pub max_loan: Decimal,
    pub purchase: Purchase,
    pub monthly_total: Decimal,
}

/// Leie til eie: buy the first share now with startlån, rent the rest, buy it after some years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeieTilEie {
    pub first_share: Decimal,
    pub share_price: Decimal,
    /// Rent for the share not yet bought, per month.
    pub monthly_rent_on_rest: Decimal,
    pub max_loan: Decimal,
    pub purchase: Purchase,
    /// The loan's payment and the rent, per month, until the rest is bought.
    pub monthly_total: Decimal,
    pub rest_after_years: u32,
    /// What the rest costs at today's price.
    pub rest_price: Decimal,
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

fn check_rate(field: &'static str, rate: Decimal) -> Result<(), RulesError> {
    if rate.is_sign_negative() || rate > Decimal::new(3, 1) {
        return Err(RulesError::OutOfRange {
            field,
            min: "0",
            max: "0.3",
        });
    }
    Ok(())
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
        for (field, rate) in [
            ("interest_rate", self.terms.interest_rate),
            ("stress_add_on", self.terms.stress_add_on),
            (
                "deleie_compensation_rate",
                self.terms.deleie_compensation_rate,
            ),
        ] {
            if let Some(rate) = rate {
                check_rate(field, rate)?;
            }
        }
        Ok(())
    }
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

/// The state guideline rates for this household's living costs, per month.
fn living_costs_floor(
    household: &Household,
    date: NaiveDate,
    explanation: &mut Explanation,
) -> Result<Decimal, RulesError> {
    let rates = GUIDELINE_RATES.at(date)?;
    let mut step = Step::new("explain-startlan-living-floor");
    let adults = if household.adults == 1 {
        step = step.uses(&rates.single);
        rates.single.value
    } else if household.couple {
        step = step.uses(&rates.couple).uses(&rates.sharing);
        rates.couple.value + rates.sharing.value * Decimal::from(household.adults - 2)
    } else {
        step = step.uses(&rates.sharing);
        rates.sharing.value * Decimal::from(household.adults)
    };
    let mut children = Decimal::ZERO;
    for &age in &household.children_ages {
        let rate = match age {
            0..=5 => &rates.child_0_5,
            6..=10 => &rates.child_6_10,
            _ => &rates.child_11_17,
        };
        children += rate.value;
        if !step.parameters.iter().any(|p| p.id() == rate.id) {
            step = step.uses(rate);
        }
    }
    let floor = adults + children;
    explanation.push(
        step.arg("adults", Arg::Count(household.adults))
            .arg("children", Arg::Count(household.children()))
            .kr("floor", floor),
    );
    Ok(floor)
}

fn long_term_applies(c: &LongTermConditions, household: &Household) -> bool {
    let low_income = c.income_permanently_low
        || (c.low_but_predictable_income && (household.children() > 0 || c.at_risk_of_losing_home));
    low_income
        && c.home_suits_long_term
        && c.renting_unsuitable_or_dearer
        && c.shorter_term_not_sound
}

/// The rate and term a loan is priced at, with the annuity factors at that rate and at the stress
/// rate computed once: raising to the 360th or 600th power is the costliest step of an estimate.
#[derive(Debug, Clone, Copy)]
struct LoanTerms {
    rate: Decimal,
    years: u32,
    repayment: Repayment,
    rate_factor: Decimal,
    stress_factor: Decimal,
}

impl LoanTerms {
    fn new(rate: Decimal, stress: Decimal, years: u32, repayment: Repayment) -> Self {
        Self {
            rate,
            years,
            repayment,
            rate_factor: yearly_factor(rate, years),
            stress_factor: yearly_factor(stress, years),
        }
    }

    /// The largest principal that `available` carries at the stress rate.
    fn capacity_at_stress(&self, available: Decimal) -> Decimal {
        principal_for(available, self.stress_factor)
    }

    /// The largest principal that `available` carries at the loan's own rate: the annuity, or,
    /// paid serially, the first (largest) payment.
    fn capacity_at_own_rate(&self, available: Decimal) -> Decimal {
        match self.repayment {
            Repayment::Annuity => principal_for(available, self.rate_factor),
            Repayment::Serial => {
                let first_payment_per_krone =
                    Decimal::ONE / Decimal::from(self.years * 12) + self.rate / Decimal::from(12);
                principal_for(available, Decimal::ONE / first_payment_per_krone)
            }
        }
    }

    /// The largest loan: it must fit both at the stress rate and at its own rate.
    fn capacity(&self, available: Decimal) -> Decimal {
        self.capacity_at_stress(available)
            .min(self.capacity_at_own_rate(available))
    }
}

/// Dokumentavgift and fees for a home at `price`, estimated, with the figures used.
fn estimated_purchase_costs(
    price: Decimal,
    kind: PurchaseKind,
    date: NaiveDate,
) -> Result<(Decimal, Vec<&'static Param>), RulesError> {
    let c = PURCHASE_COSTS.at(date)?;
    Ok(match kind {
        PurchaseKind::Selveier => (
            kroner(price * c.dokumentavgift_rate.value) + c.deed_fee.value + c.mortgage_fee.value,
            vec![&c.dokumentavgift_rate, &c.deed_fee, &c.mortgage_fee],
        ),
        PurchaseKind::Borettslag => (c.mortgage_fee.value, vec![&c.mortgage_fee]),
    })
}

/// The dearest home the household can buy: price + its costs − own funds ≤ capacity.
fn affordable_price(
    capacity: Decimal,
    input: &StartlanInput,
    date: NaiveDate,
) -> Result<Decimal, RulesError> {
    let budget = capacity + input.own_funds;
    if let Some(costs) = input.purchase_costs {
        return Ok((budget - costs).max(Decimal::ZERO));
    }
    let c = PURCHASE_COSTS.at(date)?;
    let price = match input.purchase_kind {
        PurchaseKind::Selveier => {
            (budget - c.deed_fee.value - c.mortgage_fee.value)
                / (Decimal::ONE + c.dokumentavgift_rate.value)
        }
        PurchaseKind::Borettslag => budget - c.mortgage_fee.value,
    };
    Ok(price.floor().max(Decimal::ZERO))
}

fn price_purchase(
    price: Decimal,
    input: &StartlanInput,
    available: Decimal,
    terms: LoanTerms,
    date: NaiveDate,
    explanation: &mut Explanation,
) -> Result<Purchase, RulesError> {
    let (purchase_costs, estimated) = match input.purchase_costs {
        Some(costs) => (costs, false),
        None => {
            let (costs, params) = estimated_purchase_costs(price, input.purchase_kind, date)?;
            let mut step = Step::new(match input.purchase_kind {
                PurchaseKind::Selveier => "explain-startlan-purchase-costs-selveier",
                PurchaseKind::Borettslag => "explain-startlan-purchase-costs-borettslag",
            })
            .kr("price", price)
            .kr("costs", costs);
            for p in params {
                step = step.uses(p);
            }
            explanation.push(step);
            (costs, true)
        }
    };
    let capacity = terms.capacity(available);
    let loan_needed = (price + purchase_costs - input.own_funds).max(Decimal::ZERO);
    let loan = loan_needed.min(capacity);
    let monthly_annuity = payment(loan, terms.rate_factor);
    let months = Decimal::from(terms.years * 12);
    let first_month_serial = if loan.is_zero() {
        Decimal::ZERO
    } else {
        kroner(loan / months + loan * terms.rate / Decimal::from(12))
    };
    let grant_need = loan_needed - loan;
    let realistic_share = GRANT.at(date)?.realistic_share_of_price.value;
    Ok(Purchase {
        price,
        purchase_costs,
        purchase_costs_estimated: estimated,
        loan_needed,
        loan,
        grant_need,
        grant_realistic: grant_need.is_zero()
            || (capacity > Decimal::ZERO && grant_need <= price * realistic_share),
        affordable_price: affordable_price(capacity, input, date)?,
        monthly_annuity,
        first_month_serial,
        monthly_at_stress_rate: payment(loan, terms.stress_factor),
        passes_stress_test: loan <= terms.capacity_at_stress(available),
        fits_at_own_rate: loan <= terms.capacity_at_own_rate(available),
    })
}

/// The step that says what a purchase costs each month and how any gap could be closed.
fn explain_purchase(
    p: &Purchase,
    repayment: Repayment,
    grant: &'static Param,
    explanation: &mut Explanation,
) {
    explanation.push(
        Step::new("explain-startlan-purchase")
            .kr("price", p.price)
            .kr("costs", p.purchase_costs)
            .kr("loan_needed", p.loan_needed)
            .kr("loan", p.loan)
            .kr(
                "monthly",
                match repayment {
                    Repayment::Annuity => p.monthly_annuity,
                    Repayment::Serial => p.first_month_serial,
                },
            ),
    );
    if p.grant_need > Decimal::ZERO {
        explanation.push(
            Step::new(if p.grant_realistic {
                "explain-startlan-grant-need"
            } else {
                "explain-startlan-gap-too-large"
            })
            .kr("gap", p.grant_need)
            .kr("affordable_price", p.affordable_price)
            .uses(grant),
        );
    }
}

/// The startlån estimate for a household with `net_income_monthly` after tax, on `date`.
pub fn estimate(
    household: &Household,
    net_income_monthly: Decimal,
    input: &StartlanInput,
    date: NaiveDate,
) -> Result<StartlanEstimate, RulesError> {
    input.validate()?;
    let mut explanation = Explanation::default();

    let floor = living_costs_floor(household, date, &mut explanation)?;
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

    let interest = INTEREST.at(date)?;
    let rate = match input.terms.interest_rate {
        Some(rate) => {
            explanation
                .push(Step::new("explain-startlan-rate-municipal").arg("rate", Arg::Ratio(rate)));
            rate
        }
        None => {
            let rate = interest.husbanken_floating.value + interest.municipal_margin.value;
            explanation.push(
                Step::new("explain-startlan-rate")
                    .arg("rate", Arg::Ratio(rate))
                    .uses(&interest.husbanken_floating)
                    .uses(&interest.municipal_margin),
            );
            rate
        }
    };
    let policy = POLICY_RATE.at(date)?;
    let stress_params = STRESS.at(date)?;
    let add_on = input
        .terms
        .stress_add_on
        .unwrap_or(stress_params.add_on.value);
    let stress = policy.rate.value + add_on;
    explanation.push(
        Step::new("explain-startlan-stress-rate")
            .arg("stress_rate", Arg::Ratio(stress))
            .uses(&policy.rate)
            .uses(&stress_params.add_on),
    );
    if rate > stress {
        explanation.push(
            Step::new("explain-startlan-own-rate-above-stress")
                .arg("rate", Arg::Ratio(rate))
                .arg("stress_rate", Arg::Ratio(stress)),
        );
    }

    let term = TERM.at(date)?;
    let normal_years = years(&term.normal_years)?;
    let long_years = years(&term.long_years)?;
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
            .uses(&term.normal_years),
    );
    explanation.push(
        Step::new(if long_applies {
            "explain-startlan-long-term-applies"
        } else {
            "explain-startlan-long-term-not-met"
        })
        .arg("years", Arg::Count(long_years))
        .kr("max_loan", max_long)
        .uses(&term.long_years),
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

    let deleie = match (input.deleie_share, input.home_price) {
        (Some(share), Some(price)) => {
            let d = DELEIE.at(date)?;
            if share < d.minimum_share.value || share > Decimal::ONE {
                return Err(RulesError::OutOfRange {
                    field: "deleie_share",
                    min: "0.5",
                    max: "1",
                });
            }
            let compensation_rate = input
                .terms
                .deleie_compensation_rate
                .unwrap_or(d.compensation_rate.value);
            let share_price = kroner(price * share);
            let monthly_compensation =
                kroner((price - share_price) * compensation_rate / Decimal::from(12));
            let left = available - monthly_compensation;
            let p = price_purchase(share_price, input, left, terms, date, &mut explanation)?;
            let monthly_total = p.monthly_annuity + monthly_compensation;
            explanation.push(
                Step::new("explain-startlan-deleie")
                    .arg("share", Arg::Ratio(share))
                    .kr("share_price", share_price)
                    .kr("compensation", monthly_compensation)
                    .kr("loan", p.loan)
                    .kr("grant_need", p.grant_need)
                    .kr("monthly_total", monthly_total)
                    .uses(&d.minimum_share)
                    .uses(&d.compensation_rate),
            );
            Some(Deleie {
                share,
                share_price,
                monthly_compensation,
                max_loan: terms.capacity(left),
                purchase: p,
                monthly_total,
            })
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
        leie_til_eie: None,
        explanation,
        rests_on_unverified,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annuity_payment_and_max_principal_are_inverse() {
        // 2 000 000 at 5 % over 30 years: the textbook payment is 10 736.43 kr a month.
        let payment = annuity_payment(Decimal::from(2_000_000), Decimal::new(5, 2), 30);
        assert_eq!(payment, Decimal::from(10_736));
        let principal = max_principal(Decimal::new(1_073_643, 2), Decimal::new(5, 2), 30);
        assert!(
            (principal - Decimal::from(2_000_000)).abs() <= Decimal::ONE,
            "{principal}"
        );
    }

    #[test]
    fn a_zero_rate_spreads_the_loan_evenly() {
        assert_eq!(
            annuity_payment(Decimal::from(360_000), Decimal::ZERO, 30),
            Decimal::from(1_000)
        );
    }
}
