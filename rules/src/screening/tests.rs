use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::json;

use super::*;
use crate::{
    estimate::estimate_in,
    parameters::startlan::PURCHASE_COSTS,
    profile::fixture::{in_force, profile, sourced},
    startlan::annuity_payment,
};

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn kr(n: i64) -> Decimal {
    Decimal::from(n)
}

/// A couple with two children, both working, in a municipal home at 14 000 kr.
fn family() -> Tenant {
    Tenant {
        household: Household {
            adults: 2,
            couple: true,
            children_ages: vec![4, 9],
            bostotte_exclusion: None,
        },
        incomes: vec![kr(520_000), kr(310_000)],
        debt: Debt::default(),
        rent_monthly: kr(14_000),
        own_funds: kr(60_000),
        income_stable: true,
    }
}

#[test]
fn a_family_that_can_carry_a_loan_sees_the_resident_s_own_largest_loan() {
    let tenant = family();
    let s = screen(&tenant, "3103", None, None, date()).expect("screens");
    // No price of a modest home given: the rules do not say it buys one.
    assert_eq!(s.outlook, Outlook::CarriesALoan);
    assert!(s.obstacles.is_empty(), "{:?}", s.obstacles);
    assert!(s.max_loan > kr(1_000_000), "{}", s.max_loan);
    // The same figure as the resident's own estimate with the same answers.
    let own = estimate_in(
        &tenant.estimate_input("3103", date(), Debt::default()),
        None,
    )
    .expect("estimates")
    .startlan
    .expect("startlån");
    assert_eq!(s.max_loan, own.max_loan);
    assert_eq!(s.term_years, own.term_years);
    assert_eq!(s.explanation, own.explanation);
    assert_eq!(
        s.loan_payment_monthly,
        annuity_payment(own.max_loan, own.interest_rate, own.term_years)
    );
}

#[test]
fn the_reach_is_loan_and_savings_less_the_costs_of_buying() {
    let s = screen(&family(), "3103", None, None, date()).expect("screens");
    let c = PURCHASE_COSTS.at(date()).expect("costs");
    let budget = s.max_loan + kr(60_000);
    assert_eq!(s.reach.borettslag, budget - c.mortgage_fee.value);
    // A selveier home pays dokumentavgift on its price: it reaches less, and what it reaches
    // with its costs is within a krone of the budget.
    assert!(s.reach.selveier < s.reach.borettslag);
    let with_costs = s.reach.selveier * (Decimal::ONE + c.dokumentavgift_rate.value)
        + c.deed_fee.value
        + c.mortgage_fee.value;
    assert!(
        with_costs <= budget && budget - with_costs < kr(2),
        "{with_costs} {budget}"
    );
}

#[test]
fn debts_are_said_with_what_they_take_off_the_loan() {
    let mut tenant = family();
    tenant.debt = Debt {
        monthly: Some(kr(3_000)),
        balance: Some(kr(90_000)),
    };
    let with = screen(&tenant, "3103", None, None, date()).expect("screens");
    let without = screen(&family(), "3103", None, None, date()).expect("screens");
    assert_eq!(
        with.obstacles,
        vec![Obstacle::Debts {
            lowers_loan_by: without.max_loan - with.max_loan
        }]
    );
    assert!(with.max_loan < without.max_loan);
    // Still a loan to carry, with the debts said.
    assert_eq!(with.outlook, Outlook::CarriesALoan);
}

#[test]
fn an_income_not_expected_to_last_is_not_now_whatever_the_loan() {
    let mut tenant = family();
    tenant.income_stable = false;
    let s = screen(&tenant, "3103", None, None, date()).expect("screens");
    assert_eq!(s.outlook, Outlook::NotNow);
    assert_eq!(s.obstacles, vec![Obstacle::IncomeNotStable]);
    assert!(s.max_loan > Decimal::ZERO);
}

#[test]
fn no_room_for_a_loan_is_not_now_and_the_savings_alone_are_the_reach() {
    let tenant = Tenant {
        household: Household {
            adults: 1,
            couple: false,
            children_ages: vec![2],
            bostotte_exclusion: None,
        },
        incomes: vec![kr(100_000)],
        debt: Debt::default(),
        rent_monthly: kr(11_000),
        own_funds: Decimal::ZERO,
        income_stable: true,
    };
    let s = screen(&tenant, "3103", None, None, date()).expect("screens");
    assert_eq!(s.outlook, Outlook::NotNow);
    assert_eq!(s.obstacles, vec![Obstacle::NoRoomForALoan]);
    assert_eq!(s.max_loan, Decimal::ZERO);
    assert_eq!(s.loan_payment_monthly, Decimal::ZERO);
    assert_eq!(s.reach.borettslag, Decimal::ZERO);
    // Staying: the rent, less the bostøtte the household gets now.
    assert!(s.bostotte_monthly > Decimal::ZERO);
    assert_eq!(s.rent_monthly, kr(11_000));
}

#[test]
fn the_municipality_s_own_rate_decides_the_loan() {
    let dear = profile(|j| j["edition"][0]["startlan"]["interest_rate"] = sourced(json!("0.08")));
    let national = screen(&family(), "0301", None, None, date()).expect("screens");
    let own = screen(&family(), "0301", Some(in_force(&dear)), None, date()).expect("screens");
    assert!(
        own.max_loan < national.max_loan,
        "{} {}",
        own.max_loan,
        national.max_loan
    );
}

#[test]
fn a_row_no_household_could_have_is_refused() {
    let mut tenant = family();
    tenant.rent_monthly = kr(-1);
    assert!(matches!(
        screen(&tenant, "3103", None, None, date()),
        Err(RulesError::Negative {
            field: "rent_monthly"
        })
    ));
    let mut tenant = family();
    tenant.incomes.push(kr(100_000));
    assert!(matches!(
        screen(&tenant, "3103", None, None, date()),
        Err(RulesError::MoreIncomesThanAdults)
    ));
}

#[test]
fn against_the_municipality_s_price_of_a_modest_home_the_reach_could_buy_or_falls_short() {
    let s = screen(&family(), "3103", None, None, date()).expect("screens");
    let reach = s.reach.borettslag;
    let at =
        |price: Decimal| screen(&family(), "3103", None, Some(price), date()).expect("screens");
    let enough = at(reach);
    assert_eq!(enough.outlook, Outlook::CouldBuy);
    assert!(enough.obstacles.is_empty());
    let short = at(reach + kr(250_000));
    assert_eq!(short.outlook, Outlook::NotNow);
    assert_eq!(
        short.obstacles,
        vec![Obstacle::ReachBelowPrice {
            short_by: kr(250_000)
        }]
    );
    // No loan at all: that is the obstacle, not the price.
    let mut poor = family();
    poor.incomes = vec![kr(100_000)];
    let none = screen(&poor, "3103", None, Some(reach), date()).expect("screens");
    assert_eq!(none.obstacles, vec![Obstacle::NoRoomForALoan]);
}

fn screened(key: &str, tenant: Tenant) -> ScreenedHousehold {
    ScreenedHousehold {
        key: key.into(),
        consent_on: date(),
        screening: screen(&tenant, "3103", None, None, date()).expect("screens"),
        tenant,
        before: None,
    }
}

#[test]
fn a_run_is_compared_with_the_last_one_household_by_household() {
    let mut poorer = family();
    poorer.incomes = vec![kr(100_000)];
    let mut unstable = family();
    unstable.income_stable = false;
    let last_year = vec![
        screened("B-1", poorer.clone()),
        screened("B-2", family()),
        screened("B-9", family()),
    ];
    let last_line = RunLine::of(1, date(), &last_year);
    assert_eq!(
        (
            last_line.households,
            last_line.carries_a_loan,
            last_line.not_now
        ),
        (3, 2, 1)
    );
    let now = vec![
        screened("B-2", unstable),
        screened("B-1", family()),
        screened("B-3", poorer),
    ];
    let run = ScreeningRun::new(
        RunLine::of(2, date(), &now),
        "3103".into(),
        now,
        Some((last_line.clone(), last_year.clone())),
    );
    assert_eq!(run.compared_with, Some(last_line));
    // B-9 was in last year's list and is not in this one.
    assert_eq!(run.gone, ["B-9"]);
    let keys: Vec<&str> = run.households.iter().map(|h| h.key.as_str()).collect();
    // The one who carries a loan first; then those not now, by reach.
    assert_eq!(keys[0], "B-1");
    assert_eq!(
        run.households[0].before,
        Some(Before {
            outlook: Outlook::NotNow,
            max_loan: last_year[0].screening.max_loan
        })
    );
    let b2 = run.households.iter().find(|h| h.key == "B-2").expect("B-2");
    assert_eq!(b2.screening.outlook, Outlook::NotNow);
    assert_eq!(b2.before.map(|b| b.outlook), Some(Outlook::CarriesALoan));
    let b3 = run.households.iter().find(|h| h.key == "B-3").expect("B-3");
    assert_eq!(b3.before, None);
    // The first run of all is compared with nothing.
    let first = ScreeningRun::new(
        RunLine::of(1, date(), &last_year),
        "3103".into(),
        last_year,
        None,
    );
    assert_eq!(first.compared_with, None);
    assert!(first.gone.is_empty());
    assert!(first.households.iter().all(|h| h.before.is_none()));
    // What the page and the server exchange reads back the same.
    let json = serde_json::to_string(&run).expect("json");
    assert_eq!(
        serde_json::from_str::<ScreeningRun>(&json).expect("reads"),
        run
    );
}
