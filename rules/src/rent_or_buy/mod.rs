//! Renting or owning, for a resident who rents (issue 19): what staying costs a month against
//! owning with startlån, what stands in the way, and the next step. Sandnes helps its tenants buy
//! ("jevnlig vurdering av beboernes økonomiske sitasjon og mulighet for å kjøpe egen bolig",
//! seed 001); this is the same assessment, for the tenant, from their own estimate.
//!
//! Every figure comes from the estimate the resident already sees (`estimate::estimate_in`): the
//! largest startlån, the payment, the gap tilskudd might close. What this adds is the comparison:
//!
//! ```text
//! staying/month = rent − bostøtte as a tenant today
//! owning/month  = loan payment + common costs and upkeep − bostøtte as an owner
//!                 (bostøtte counts an owner's interest, instalments and common costs)
//! ```
//!
//! The home compared is the one whose price the resident gave; without one, the dearest home the
//! largest loan and the savings reach. Bostøtte as an owner is estimated for a flat (a house adds
//! an operating allowance the rules cannot know applies): it never promises more than is likely.
//!
//! Nothing is guessed. Whether the income lasts is the resident's answer; introduksjonsstønad and
//! kvalifiseringsstønad end with their programme, so a loan of 25 years cannot rest on them: the
//! loan compared is the one the household's other income carries (bostøtte, paid month by month,
//! still counts them).

use rust_decimal::Decimal;

use crate::{
    RulesError,
    estimate::{EstimateInput, EstimateResult, estimate_in},
    explanation::{Arg, Explanation, Step},
    household::{HomeKind, IncomeSource},
    profile::InForce,
    screening::{Obstacle, Outlook},
    startlan::{self, FixedCosts, StartlanEstimate},
};

#[cfg(test)]
mod tests;

/// Whether the household's income is expected to last, as the resident says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum IncomeLasts {
    /// A permanent job, a pension, uføretrygd: a long loan may rest on it.
    Yes,
    /// Temporary work, a trial period, a benefit that ends.
    No,
    /// Not answered yet.
    #[default]
    NotSaid,
}

/// What staying in the rented home costs a month.
#[derive(Debug, Clone, PartialEq)]
pub struct Staying {
    pub rent_monthly: Decimal,
    pub bostotte_monthly: Decimal,
    pub net_monthly: Decimal,
}

/// What owning the home compared would cost a month, with the largest startlån toward it.
#[derive(Debug, Clone, PartialEq)]
pub struct Owning {
    pub price: Decimal,
    /// The price is the resident's; else it is the dearest home the loan and savings reach.
    pub price_given: bool,
    pub loan: Decimal,
    pub interest_rate: Decimal,
    pub term_years: u32,
    pub loan_payment_monthly: Decimal,
    /// Common costs and upkeep, as the resident gave them (zero if not given).
    pub common_costs_monthly: Decimal,
    /// The savings put toward the purchase, as the resident gave them (zero if not given).
    pub own_funds: Decimal,
    pub bostotte_monthly: Decimal,
    pub net_monthly: Decimal,
    /// What the loan and savings leave unfinanced at the price given.
    pub short_by: Decimal,
    /// Whether tilskudd til etablering may realistically close that gap where the municipality
    /// gives it.
    pub tilskudd_may_cover: bool,
    /// The bostøtte an owner would get, step by step.
    pub bostotte_explanation: Explanation,
}

/// What to do next, most useful first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Apply to the municipality for startlån.
    ApplyForStartlan,
    /// Ask the municipality for tilskudd til etablering toward the gap.
    AskForTilskudd { amount: Decimal },
    /// Look at cheaper homes, up to the dearest the loan reaches, or save the gap.
    LookCheaperOrSave { reach: Decimal, short_by: Decimal },
    /// Ask about kommunal deleie or leie til eie, which the municipality offers.
    AskAboutOwningAShare,
    /// Each krone of debt paid off raises the loan: paid off, the loan grows by this much.
    PayDownDebts { raises_loan_by: Decimal },
    /// Free advice on debt and money from NAV (økonomi- og gjeldsrådgivning).
    DebtAdvice,
    /// A loan needs an income that lasts: ask again when it does.
    AskAgainWithLastingIncome,
    /// Stay, and apply for bostøtte while renting.
    ApplyForBostotte,
}

/// Renting against owning, for one household.
#[derive(Debug, Clone, PartialEq)]
pub struct RentOrBuy {
    /// None unless the household rents.
    pub staying: Option<Staying>,
    /// None when no loan can be carried.
    pub owning: Option<Owning>,
    pub outlook: Outlook,
    pub obstacles: Vec<Obstacle>,
    pub next_steps: Vec<NextStep>,
    /// The comparison's own steps; the loan's are in `startlan`, bostøtte's in `estimate`.
    pub explanation: Explanation,
    /// The startlån the comparison rests on: on the income that lasts (without
    /// introduksjonsstønad and kvalifiseringsstønad), else as in `estimate`.
    pub startlan: StartlanEstimate,
    /// The resident's estimate, as the estimates page shows it.
    pub estimate: EstimateResult,
}

/// Compares renting with owning for the household of `input`, on the terms of the municipality's
/// profile in force.
pub fn compare(
    input: &EstimateInput,
    profile: Option<InForce<'_>>,
    income_lasts: IncomeLasts,
) -> Result<RentOrBuy, RulesError> {
    let estimate = estimate_in(input, profile)?;
    let date = input.date;
    let no_loan = || RulesError::NoParameters {
        id: "startlan",
        date,
    };
    let temporary = input
        .income
        .persons
        .iter()
        .any(|p| p.source == IncomeSource::Benefit && p.amount > Decimal::ZERO);
    // The loan on the income that lasts.
    let lasting = if temporary {
        let mut lasting = input.clone();
        for p in &mut lasting.income.persons {
            if p.source == IncomeSource::Benefit {
                p.amount = Decimal::ZERO;
            }
        }
        lasting
    } else {
        input.clone()
    };
    let loan = if temporary {
        estimate_in(&lasting, profile)?.startlan
    } else {
        estimate.startlan.clone()
    }
    .ok_or_else(no_loan)?;
    let asked = input.startlan.clone().unwrap_or_default();
    let mut explanation = Explanation::default();
    if temporary {
        let with = estimate.startlan.as_ref().ok_or_else(no_loan)?.max_loan;
        explanation.push(
            Step::new("explain-rent-or-buy-lasting-income")
                .kr("with", with)
                .kr("without", loan.max_loan),
        );
    }

    let staying = (input.housing.kind == HomeKind::Rented).then(|| {
        let s = Staying {
            rent_monthly: input.housing.monthly_cost,
            bostotte_monthly: estimate.bostotte.monthly,
            net_monthly: input.housing.monthly_cost - estimate.bostotte.monthly,
        };
        explanation.push(
            Step::new("explain-rent-or-buy-staying")
                .kr("rent", s.rent_monthly)
                .kr("bostotte", s.bostotte_monthly)
                .kr("net", s.net_monthly),
        );
        s
    });

    let owning = if loan.max_loan.is_zero() {
        None
    } else {
        let (price, price_given, loan_amount, short_by, realistic) = match &loan.purchase {
            Some(p) => (p.price, true, p.loan, p.grant_need, p.grant_realistic),
            None => (
                startlan::reachable_price(loan.max_loan, &asked, date)?,
                false,
                loan.max_loan,
                Decimal::ZERO,
                true,
            ),
        };
        let payment = startlan::annuity_payment(loan_amount, loan.interest_rate, loan.term_years);
        let common = asked.maintenance_monthly;
        let owner_bostotte = as_owner(input, profile, payment + common)?;
        let offered = profile.is_none_or(|p| p.edition.offers.tilskudd_til_etablering.value);
        let o = Owning {
            price,
            price_given,
            loan: loan_amount,
            interest_rate: loan.interest_rate,
            term_years: loan.term_years,
            loan_payment_monthly: payment,
            common_costs_monthly: common,
            own_funds: asked.own_funds,
            bostotte_monthly: owner_bostotte.monthly,
            net_monthly: payment + common - owner_bostotte.monthly,
            short_by,
            tilskudd_may_cover: short_by > Decimal::ZERO && realistic && offered,
            bostotte_explanation: owner_bostotte.explanation,
        };
        explanation.push(
            Step::new(if price_given {
                "explain-rent-or-buy-price-given"
            } else {
                "explain-rent-or-buy-price-reached"
            })
            .kr("price", o.price)
            .kr("loan", o.loan),
        );
        explanation.push(
            Step::new("explain-rent-or-buy-owning")
                .kr("payment", o.loan_payment_monthly)
                .arg("rate", Arg::Ratio(o.interest_rate))
                .arg("years", Arg::Count(o.term_years))
                .kr("common", o.common_costs_monthly)
                .kr("bostotte", o.bostotte_monthly)
                .kr("net", o.net_monthly),
        );
        Some(o)
    };
    if let (Some(s), Some(o)) = (&staying, &owning) {
        let step = if o.net_monthly > s.net_monthly {
            Step::new("explain-rent-or-buy-owning-dearer")
                .kr("amount", o.net_monthly - s.net_monthly)
        } else {
            Step::new("explain-rent-or-buy-owning-cheaper")
                .kr("amount", s.net_monthly - o.net_monthly)
        };
        explanation.push(step);
    }

    let mut obstacles = Vec::new();
    if loan.max_loan.is_zero() {
        obstacles.push(Obstacle::NoRoomForALoan);
    }
    if temporary {
        obstacles.push(Obstacle::TemporaryBenefit);
    }
    if income_lasts == IncomeLasts::No {
        obstacles.push(Obstacle::IncomeNotStable);
    }
    let debt_free = without_debts(&lasting, profile)?;
    if debt_free > loan.max_loan {
        obstacles.push(Obstacle::Debts {
            lowers_loan_by: debt_free - loan.max_loan,
        });
    }
    let short_by = owning.as_ref().map_or(Decimal::ZERO, |o| o.short_by);
    if short_by > Decimal::ZERO {
        obstacles.push(Obstacle::ReachBelowPrice { short_by });
    }

    // Without the stønad, what is left decides: no loan on it is not now.
    let lasts = income_lasts != IncomeLasts::No;
    let covered = owning
        .as_ref()
        .is_none_or(|o| o.short_by.is_zero() || o.tilskudd_may_cover);
    let outlook = if owning.is_none() || !lasts || !covered {
        Outlook::NotNow
    } else if income_lasts == IncomeLasts::Yes && owning.as_ref().is_some_and(|o| o.price_given) {
        Outlook::CouldBuy
    } else {
        Outlook::CarriesALoan
    };

    let mut next_steps = Vec::new();
    if !lasts || (temporary && loan.max_loan.is_zero()) {
        next_steps.push(NextStep::AskAgainWithLastingIncome);
    }
    if let Some(o) = owning.as_ref().filter(|o| o.short_by > Decimal::ZERO) {
        if o.tilskudd_may_cover {
            next_steps.push(NextStep::AskForTilskudd { amount: o.short_by });
        } else {
            let reach = loan
                .purchase
                .as_ref()
                .map_or(o.price, |p| p.affordable_price);
            next_steps.push(NextStep::LookCheaperOrSave {
                reach,
                short_by: o.short_by,
            });
        }
    }
    if let Some(Obstacle::Debts { lowers_loan_by }) = obstacles
        .iter()
        .find(|o| matches!(o, Obstacle::Debts { .. }))
    {
        next_steps.push(NextStep::PayDownDebts {
            raises_loan_by: *lowers_loan_by,
        });
    }
    if loan.max_loan.is_zero() && has_debts(&asked.fixed_costs) {
        next_steps.push(NextStep::DebtAdvice);
    }
    let shares = profile.is_some_and(|p| {
        p.edition.offers.deleie.is_some() || p.edition.offers.leie_til_eie.is_some()
    });
    if shares && owning.is_some() && outlook != Outlook::CouldBuy {
        next_steps.push(NextStep::AskAboutOwningAShare);
    }
    if outlook != Outlook::NotNow {
        next_steps.push(NextStep::ApplyForStartlan);
    } else if staying
        .as_ref()
        .is_some_and(|s| s.bostotte_monthly > Decimal::ZERO)
    {
        next_steps.push(NextStep::ApplyForBostotte);
    }

    Ok(RentOrBuy {
        staying,
        owning,
        outlook,
        obstacles,
        next_steps,
        explanation,
        startlan: loan,
        estimate,
    })
}

/// The bostøtte the household would get owning a flat that costs `monthly` (payment, common costs
/// and upkeep).
fn as_owner(
    input: &EstimateInput,
    profile: Option<InForce<'_>>,
    monthly: Decimal,
) -> Result<crate::bostotte::BostotteEstimate, RulesError> {
    let mut owner = input.clone();
    owner.housing.kind = HomeKind::Cooperative;
    owner.housing.monthly_cost = monthly;
    owner.startlan = None;
    Ok(estimate_in(&owner, profile)?.bostotte)
}

/// The largest loan with every debt paid off (childcare and child support stay).
fn without_debts(
    input: &EstimateInput,
    profile: Option<InForce<'_>>,
) -> Result<Decimal, RulesError> {
    let mut free = input.clone();
    if let Some(s) = free.startlan.as_mut() {
        s.fixed_costs = FixedCosts {
            childcare_monthly: s.fixed_costs.childcare_monthly,
            child_support_paid_monthly: s.fixed_costs.child_support_paid_monthly,
            ..Default::default()
        };
    }
    Ok(estimate_in(&free, profile)?
        .startlan
        .map_or(Decimal::ZERO, |s| s.max_loan))
}

fn has_debts(costs: &FixedCosts) -> bool {
    [
        costs.consumer_debt,
        costs.student_loan,
        costs.car_loan,
        costs.other_loans,
    ]
    .iter()
    .any(|d| {
        d.monthly.is_some_and(|m| m > Decimal::ZERO) || d.balance.is_some_and(|b| b > Decimal::ZERO)
    })
}
