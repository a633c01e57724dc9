//! What the household must pay every month before a loan: its debts (the payment, or a standard
//! repayment on what is owed), childcare, child support paid, and living costs never below the
//! state guideline rates.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{annuity_payment, years};
use crate::{
    RulesError,
    explanation::{Arg, Explanation, Step},
    household::{Household, check_amount},
    parameters::{living_costs::GUIDELINE_RATES, startlan::DEBT_REPAYMENT},
};

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

/// The state guideline rates for this household's living costs, per month.
pub(super) fn living_costs_floor(
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
