//! One purchase priced: the loan the household can carry toward a home at a price, what is left
//! to finance, and what it costs each month, on one loan's terms.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{
    Purchase, PurchaseKind, Repayment, StartlanInput, kroner, payment, principal_for, yearly_factor,
};
use crate::{
    RulesError,
    explanation::{Explanation, Step},
    parameters::{
        Param,
        startlan::{GRANT, PURCHASE_COSTS},
    },
};

/// The rate and term a loan is priced at, with the annuity factors at that rate and at the stress
/// rate computed once: raising to the 360th or 600th power is the costliest step of an estimate.
#[derive(Debug, Clone, Copy)]
pub(super) struct LoanTerms {
    rate: Decimal,
    years: u32,
    repayment: Repayment,
    rate_factor: Decimal,
    stress_factor: Decimal,
}

impl LoanTerms {
    pub(super) fn new(rate: Decimal, stress: Decimal, years: u32, repayment: Repayment) -> Self {
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
    pub(super) fn capacity(&self, available: Decimal) -> Decimal {
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
pub(super) fn affordable_price(
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

pub(super) fn price_purchase(
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
pub(super) fn explain_purchase(
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
