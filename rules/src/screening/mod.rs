//! Screening of municipal tenants for startlån (issue 19): which tenant households could carry a
//! loan to buy a home of their own, how large a loan, the prices it reaches, what owning would
//! cost against the rent, and what stands in the way. Sandnes does this by hand: "Det er
//! utarbeidet systematikk for jevnlig vurdering av beboernes økonomiske sitasjon og mulighet for
//! å kjøpe egen bolig" (seed 001); Moss aims to grant startlån to 7–10 % of its tenants a year
//! (seed 002).
//!
//! One household at a time, from what the municipality knows of it (no name, no national id),
//! through the resident's own estimate (`estimate::estimate_in` with the municipality's startlån
//! terms): the tenant who opens Husly sees the same largest loan as the caseworker.
//!
//! What the rules cannot know is said, not guessed: without the price of a modest home from the
//! municipality, a household that can carry a loan is `CarriesALoan` with the prices its loan
//! reaches, for the caseworker to compare with the market, never `CouldBuy`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::{
    RulesError,
    estimate::{EstimateInput, estimate_in},
    explanation::Explanation,
    household::{HomeKind, Household, Housing, Income, PersonIncome, check_amount},
    profile::InForce,
    startlan::{self, Debt, FixedCosts, PurchaseKind, StartlanInput},
};

mod run;
#[cfg(test)]
mod tests;

pub use run::{
    Before, ListProblem, ListRefused, RunLine, ScreenedHousehold, ScreeningRun, in_reading_order,
};

/// A tenant household as the municipality knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tenant {
    pub household: Household,
    /// The gross yearly income of each adult with one.
    pub incomes: Vec<Decimal>,
    /// Every debt together (forbrukslån, studielån, billån …): payments a month and balance.
    #[serde(default)]
    pub debt: Debt,
    /// The rent paid now, a month.
    pub rent_monthly: Decimal,
    /// Savings that could go toward buying.
    #[serde(default)]
    pub own_funds: Decimal,
    /// The income is expected to last (a permanent job, a lasting benefit): a loan over 25 years
    /// or more rests on it.
    pub income_stable: bool,
}

/// What stands in the way of buying, each a fact the caseworker can act on. In serde's plain
/// enum form (`"income_not_stable"`, `{"debts": {"lowers_loan_by": "…"}}`): a tagged enum is read
/// through serde's buffered `Content`, which costs the staff pages' download (BENCHMARKS.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Obstacle {
    /// Nothing is left each month after living costs and debts: no loan can be carried.
    NoRoomForALoan,
    /// The income is not expected to last.
    IncomeNotStable,
    /// Part of the income is introduksjonsstønad or kvalifiseringsstønad, which end with their
    /// programme (a resident's own comparison, `rent_or_buy`; a tenant list says only whether the
    /// income lasts).
    TemporaryBenefit,
    /// The debts' payments take this much off the largest loan.
    Debts { lowers_loan_by: Decimal },
    /// The loan and savings reach less than the price of a modest home, by this much.
    ReachBelowPrice { short_by: Decimal },
}

/// Whether the household could buy now, by what the rules know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outlook {
    /// A loan can be carried, the income is expected to last, and the loan and savings reach
    /// the price the municipality gives for a modest home: worth a conversation now.
    CouldBuy,
    /// A loan can be carried and the income is expected to last, but the municipality gives no
    /// price for a modest home: whether the reach buys one is for the caseworker to judge.
    CarriesALoan,
    /// Not now: see the obstacles.
    NotNow,
}

/// The dearest home a loan and the savings reach, the costs of buying included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reach {
    /// A share in a borettslag (no dokumentavgift).
    pub borettslag: Decimal,
    /// A flat in a sameie or a house (dokumentavgift on the price).
    pub selveier: Decimal,
}

/// One household's screening.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Screening {
    pub outlook: Outlook,
    /// The largest startlån the household can carry, on the municipality's terms.
    pub max_loan: Decimal,
    pub term_years: u32,
    /// The loan's yearly rate, as a fraction (0.05 is 5 %): the municipality's own, or
    /// Husbanken's with its margin.
    pub interest_rate: Decimal,
    pub reach: Reach,
    /// The payment on the largest loan, a month, at the loan's own rate.
    pub loan_payment_monthly: Decimal,
    /// What staying costs a month: the rent less the bostøtte the household would get now.
    pub rent_monthly: Decimal,
    pub bostotte_monthly: Decimal,
    pub obstacles: Vec<Obstacle>,
    /// The startlån estimate's steps, as the resident's own estimate shows them.
    pub explanation: Explanation,
}

/// The largest figures a tenant's row may hold, as the estimates' own limits.
const MAX_AMOUNT: u64 = 200_000_000;

impl Tenant {
    pub fn validate(&self) -> Result<(), RulesError> {
        check_amount("rent_monthly", self.rent_monthly, 1_000_000, "1 000 000")?;
        check_amount("own_funds", self.own_funds, MAX_AMOUNT, "200 000 000")
    }

    fn estimate_input(&self, municipality: &str, date: NaiveDate, debt: Debt) -> EstimateInput {
        let persons = self
            .incomes
            .iter()
            .map(|&amount| PersonIncome {
                amount,
                period: Default::default(),
                basis: Default::default(),
                source: Default::default(),
                egenandel_group: None,
            })
            .collect();
        EstimateInput {
            date,
            municipality: municipality.to_string(),
            household: self.household.clone(),
            income: Income {
                persons,
                net_wealth: self.own_funds,
            },
            housing: Housing {
                kind: HomeKind::Rented,
                monthly_cost: self.rent_monthly,
                adapted_for_disability: false,
            },
            startlan: Some(StartlanInput {
                fixed_costs: FixedCosts {
                    other_loans: debt,
                    ..Default::default()
                },
                own_funds: self.own_funds,
                ..Default::default()
            }),
            needs: None,
        }
    }
}

/// Screens `tenant` of `municipality` on `date`, on the startlån terms of its profile in force,
/// against the price of a modest home there if the municipality gives one (`modest_price`: a
/// borettslag flat for the household, costs included).
pub fn screen(
    tenant: &Tenant,
    municipality: &str,
    profile: Option<InForce<'_>>,
    modest_price: Option<Decimal>,
    date: NaiveDate,
) -> Result<Screening, RulesError> {
    tenant.validate()?;
    let input = tenant.estimate_input(municipality, date, tenant.debt);
    let result = estimate_in(&input, profile)?;
    let loan = result.startlan.ok_or(RulesError::NoParameters {
        id: "startlan",
        date,
    })?;
    let own = input.startlan.unwrap_or_default();
    let reach_of = |kind| {
        let as_kind = StartlanInput {
            purchase_kind: kind,
            ..own.clone()
        };
        startlan::reachable_price(loan.max_loan, &as_kind, date)
    };
    let reach = Reach {
        borettslag: reach_of(PurchaseKind::Borettslag)?,
        selveier: reach_of(PurchaseKind::Selveier)?,
    };

    let mut obstacles = Vec::new();
    if loan.max_loan.is_zero() {
        obstacles.push(Obstacle::NoRoomForALoan);
    }
    if !tenant.income_stable {
        obstacles.push(Obstacle::IncomeNotStable);
    }
    if tenant.debt != Debt::default() {
        let without = tenant.estimate_input(municipality, date, Debt::default());
        let free = estimate_in(&without, profile)?
            .startlan
            .map_or(loan.max_loan, |s| s.max_loan);
        if free > loan.max_loan {
            obstacles.push(Obstacle::Debts {
                lowers_loan_by: free - loan.max_loan,
            });
        }
    }
    let short_by = modest_price
        .map(|price| price - reach.borettslag)
        .filter(|short| *short > Decimal::ZERO);
    if let Some(short_by) = short_by
        && loan.max_loan > Decimal::ZERO
    {
        obstacles.push(Obstacle::ReachBelowPrice { short_by });
    }
    // Debts alone lower the loan; they stand in the way only through what is left.
    let outlook = if loan.max_loan.is_zero() || !tenant.income_stable || short_by.is_some() {
        Outlook::NotNow
    } else if modest_price.is_some() {
        Outlook::CouldBuy
    } else {
        Outlook::CarriesALoan
    };
    Ok(Screening {
        outlook,
        max_loan: loan.max_loan,
        term_years: loan.term_years,
        interest_rate: loan.interest_rate,
        reach,
        loan_payment_monthly: startlan::annuity_payment(
            loan.max_loan,
            loan.interest_rate,
            loan.term_years,
        ),
        rent_monthly: tenant.rent_monthly,
        bostotte_monthly: result.bostotte.monthly,
        obstacles,
        explanation: loan.explanation,
    })
}
