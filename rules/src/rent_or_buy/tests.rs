use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::json;

use super::*;
use crate::{
    household::{Household, Housing, Income, PersonIncome},
    profile::fixture::{in_force, profile, sourced},
    startlan::{Debt, StartlanInput, annuity_payment},
};

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn kr(n: i64) -> Decimal {
    Decimal::from(n)
}

fn wages(amount: i64) -> PersonIncome {
    PersonIncome {
        amount: kr(amount),
        period: Default::default(),
        basis: Default::default(),
        source: IncomeSource::Wages,
        egenandel_group: None,
    }
}

/// A couple with two children, both working, renting at 14 000 kr, with 80 000 kr saved and
/// 3 500 kr a month of common costs expected.
fn family(price: Option<i64>) -> EstimateInput {
    EstimateInput {
        date: date(),
        municipality: "3103".into(),
        household: Household {
            adults: 2,
            couple: true,
            children_ages: vec![4, 9],
            bostotte_exclusion: None,
        },
        income: Income {
            persons: vec![wages(520_000), wages(310_000)],
            net_wealth: kr(80_000),
        },
        housing: Housing {
            kind: HomeKind::Rented,
            monthly_cost: kr(14_000),
            adapted_for_disability: false,
        },
        startlan: Some(StartlanInput {
            home_price: price.map(kr),
            maintenance_monthly: kr(3_500),
            own_funds: kr(80_000),
            ..Default::default()
        }),
        needs: None,
    }
}

/// A single parent on a low income, renting at 11 000 kr.
fn single_parent(income: PersonIncome) -> EstimateInput {
    let mut input = family(None);
    input.household = Household {
        adults: 1,
        couple: false,
        children_ages: vec![6],
        bostotte_exclusion: None,
    };
    input.income.persons = vec![income];
    input.housing.monthly_cost = kr(11_000);
    input
}

#[test]
fn staying_and_owning_are_each_the_cost_less_the_bostotte_of_that_home() {
    let input = family(Some(3_000_000));
    let c = compare(&input, None, IncomeLasts::Yes).expect("compares");
    let loan = c.estimate.startlan.clone().expect("startlån");
    let purchase = loan.purchase.clone().expect("a purchase");

    let staying = c.staying.expect("renting");
    assert_eq!(staying.rent_monthly, kr(14_000));
    assert_eq!(staying.bostotte_monthly, c.estimate.bostotte.monthly);
    assert_eq!(
        staying.net_monthly,
        kr(14_000) - c.estimate.bostotte.monthly
    );

    let owning = c.owning.expect("a loan");
    assert!(owning.price_given);
    assert_eq!(owning.price, kr(3_000_000));
    assert_eq!(owning.loan, purchase.loan);
    let payment = annuity_payment(purchase.loan, loan.interest_rate, loan.term_years);
    assert_eq!(owning.loan_payment_monthly, payment);
    // The owner's bostøtte counts the payment and the common costs as the housing cost.
    let mut as_owner = input.clone();
    as_owner.housing = Housing {
        kind: HomeKind::Cooperative,
        monthly_cost: payment + kr(3_500),
        adapted_for_disability: false,
    };
    as_owner.startlan = None;
    let owner_bostotte = crate::estimate(&as_owner).expect("estimates").bostotte;
    assert_eq!(owning.bostotte_monthly, owner_bostotte.monthly);
    assert_eq!(
        owning.net_monthly,
        payment + kr(3_500) - owner_bostotte.monthly
    );
    assert_eq!(owning.short_by, purchase.grant_need);
    // Each figure is explained, and the difference is said the right way round.
    let ids: Vec<&str> = c.explanation.steps.iter().map(|s| &*s.message_id).collect();
    let difference = if owning.net_monthly > staying.net_monthly {
        "explain-rent-or-buy-owning-dearer"
    } else {
        "explain-rent-or-buy-owning-cheaper"
    };
    assert_eq!(
        ids,
        [
            "explain-rent-or-buy-staying",
            "explain-rent-or-buy-price-given",
            "explain-rent-or-buy-owning",
            difference
        ]
    );
}

#[test]
fn a_family_that_can_buy_the_home_it_named_is_told_to_apply() {
    let c = compare(&family(Some(2_500_000)), None, IncomeLasts::Yes).expect("compares");
    let owning = c.owning.expect("a loan");
    assert_eq!(owning.short_by, Decimal::ZERO, "{owning:?}");
    assert_eq!(c.outlook, Outlook::CouldBuy);
    assert!(c.obstacles.is_empty(), "{:?}", c.obstacles);
    assert_eq!(c.next_steps, [NextStep::ApplyForStartlan]);
}

#[test]
fn without_a_price_the_home_is_the_dearest_the_loan_reaches_and_nothing_is_promised() {
    let input = family(None);
    let c = compare(&input, None, IncomeLasts::Yes).expect("compares");
    let loan = c.estimate.startlan.clone().expect("startlån");
    let owning = c.owning.expect("a loan");
    assert!(!owning.price_given);
    assert_eq!(owning.loan, loan.max_loan);
    let asked = input.startlan.clone().expect("asked");
    assert_eq!(
        owning.price,
        startlan::reachable_price(loan.max_loan, &asked, date()).expect("reach")
    );
    assert!(owning.price > loan.max_loan, "the savings add to the loan");
    // Whether a home at that price can be found is the resident's to see: carries a loan.
    assert_eq!(c.outlook, Outlook::CarriesALoan);
    assert_eq!(c.next_steps, [NextStep::ApplyForStartlan]);
    assert_eq!(
        c.explanation.steps[1].message_id,
        "explain-rent-or-buy-price-reached"
    );
}

#[test]
fn an_unanswered_question_about_the_income_never_says_could_buy() {
    let c = compare(&family(Some(2_500_000)), None, IncomeLasts::NotSaid).expect("compares");
    assert_eq!(c.outlook, Outlook::CarriesALoan);
    let c = compare(&family(Some(2_500_000)), None, IncomeLasts::No).expect("compares");
    assert_eq!(c.outlook, Outlook::NotNow);
    assert_eq!(c.obstacles, [Obstacle::IncomeNotStable]);
    assert_eq!(c.next_steps[0], NextStep::AskAgainWithLastingIncome);
}

#[test]
fn introduksjonsstonad_ends_so_no_loan_rests_on_it() {
    let benefit = PersonIncome {
        source: IncomeSource::Benefit,
        ..wages(280_000)
    };
    let c = compare(&single_parent(benefit), None, IncomeLasts::Yes).expect("compares");
    assert!(
        c.obstacles.contains(&Obstacle::TemporaryBenefit),
        "{:?}",
        c.obstacles
    );
    assert_eq!(c.outlook, Outlook::NotNow);
    assert_eq!(c.next_steps[0], NextStep::AskAgainWithLastingIncome);
    assert!(!c.next_steps.contains(&NextStep::ApplyForStartlan));
}

#[test]
fn debts_are_said_with_what_paying_them_off_adds_to_the_loan() {
    let mut input = family(None);
    let free = compare(&input, None, IncomeLasts::Yes).expect("compares");
    if let Some(s) = input.startlan.as_mut() {
        s.fixed_costs.consumer_debt = Debt {
            monthly: Some(kr(3_000)),
            balance: Some(kr(90_000)),
        };
        // Childcare is not a debt: it stays when the debts are paid off.
        s.fixed_costs.childcare_monthly = kr(1_500);
    }
    let c = compare(&input, None, IncomeLasts::Yes).expect("compares");
    let with_childcare = {
        let mut i = family(None);
        i.startlan
            .as_mut()
            .expect("asked")
            .fixed_costs
            .childcare_monthly = kr(1_500);
        compare(&i, None, IncomeLasts::Yes).expect("compares")
    };
    let max = |r: &RentOrBuy| r.estimate.startlan.as_ref().expect("startlån").max_loan;
    assert!(max(&c) < max(&with_childcare) && max(&with_childcare) < max(&free));
    let by = max(&with_childcare) - max(&c);
    assert_eq!(c.obstacles, [Obstacle::Debts { lowers_loan_by: by }]);
    assert!(
        c.next_steps
            .contains(&NextStep::PayDownDebts { raises_loan_by: by })
    );
    assert!(
        !c.next_steps.contains(&NextStep::DebtAdvice),
        "a loan can still be carried"
    );
}

#[test]
fn no_room_for_a_loan_keeps_the_household_renting_with_bostotte_and_debt_advice() {
    let mut input = single_parent(wages(260_000));
    input.startlan.as_mut().expect("asked").fixed_costs.car_loan = Debt {
        monthly: Some(kr(4_000)),
        balance: None,
    };
    let c = compare(&input, None, IncomeLasts::Yes).expect("compares");
    assert!(c.owning.is_none());
    assert_eq!(c.outlook, Outlook::NotNow);
    assert_eq!(c.obstacles[0], Obstacle::NoRoomForALoan);
    let staying = c.staying.expect("renting");
    assert!(staying.bostotte_monthly > Decimal::ZERO, "{staying:?}");
    assert!(
        c.next_steps.contains(&NextStep::DebtAdvice),
        "{:?}",
        c.next_steps
    );
    assert_eq!(c.next_steps.last(), Some(&NextStep::ApplyForBostotte));
    // Only the staying side is explained: there is no home to compare.
    assert_eq!(c.explanation.steps.len(), 1);
}

#[test]
fn a_price_beyond_reach_says_how_far_and_what_the_loan_reaches() {
    let c = compare(&family(Some(9_000_000)), None, IncomeLasts::Yes).expect("compares");
    let purchase = c
        .estimate
        .startlan
        .as_ref()
        .and_then(|s| s.purchase.clone())
        .expect("a purchase");
    assert!(!purchase.grant_realistic, "{purchase:?}");
    let owning = c.owning.expect("a loan");
    assert_eq!(owning.short_by, purchase.grant_need);
    assert!(!owning.tilskudd_may_cover);
    assert_eq!(c.outlook, Outlook::NotNow);
    assert_eq!(
        c.obstacles,
        [Obstacle::ReachBelowPrice {
            short_by: purchase.grant_need
        }]
    );
    assert_eq!(
        c.next_steps,
        [NextStep::LookCheaperOrSave {
            reach: purchase.affordable_price,
            short_by: purchase.grant_need,
        }]
    );
}

#[test]
fn a_small_gap_is_for_tilskudd_where_the_municipality_gives_it() {
    // Just above what the loan and savings reach: a gap tilskudd may realistically close.
    let reach = compare(&family(None), None, IncomeLasts::Yes)
        .expect("compares")
        .owning
        .expect("a loan")
        .price;
    let price = (reach + kr(60_000)).round();
    let mut input = family(None);
    input.startlan.as_mut().expect("asked").home_price = Some(price);
    let gives = profile(|_| {});
    let c = compare(&input, Some(in_force(&gives)), IncomeLasts::Yes).expect("compares");
    let owning = c.owning.clone().expect("a loan");
    assert!(
        owning.short_by > Decimal::ZERO && owning.tilskudd_may_cover,
        "{owning:?}"
    );
    assert_eq!(c.outlook, Outlook::CouldBuy);
    assert_eq!(
        c.next_steps,
        [
            NextStep::AskForTilskudd {
                amount: owning.short_by
            },
            NextStep::ApplyForStartlan
        ]
    );
    // A municipality that gives no tilskudd leaves the gap to the household.
    let gives_none = profile(|j| {
        j["edition"][0]["offers"]["tilskudd_til_etablering"] = sourced(json!(false));
    });
    let c = compare(&input, Some(in_force(&gives_none)), IncomeLasts::Yes).expect("compares");
    assert_eq!(c.outlook, Outlook::NotNow);
    assert!(
        matches!(c.next_steps[0], NextStep::LookCheaperOrSave { .. }),
        "{:?}",
        c.next_steps
    );
}

#[test]
fn a_municipality_that_offers_a_share_is_pointed_to_when_the_whole_home_is_out_of_reach() {
    let shares = profile(|j| {
        j["edition"][0]["offers"]["deleie"] = json!({
            "minimum_share": sourced(json!("0.6")),
            "compensation_rate": sourced(json!("0.03")),
        });
    });
    let c = compare(
        &family(Some(9_000_000)),
        Some(in_force(&shares)),
        IncomeLasts::Yes,
    )
    .expect("compares");
    assert!(
        c.next_steps.contains(&NextStep::AskAboutOwningAShare),
        "{:?}",
        c.next_steps
    );
    assert!(
        c.estimate
            .startlan
            .as_ref()
            .is_some_and(|s| s.deleie.is_some())
    );
    // Where the whole home is within reach, the share is not pressed.
    let c = compare(
        &family(Some(2_500_000)),
        Some(in_force(&shares)),
        IncomeLasts::Yes,
    )
    .expect("compares");
    assert!(
        !c.next_steps.contains(&NextStep::AskAboutOwningAShare),
        "{:?}",
        c.next_steps
    );
}

#[test]
fn a_household_that_does_not_rent_sees_owning_only() {
    let mut input = family(None);
    input.housing = Housing {
        kind: HomeKind::None,
        monthly_cost: Decimal::ZERO,
        adapted_for_disability: false,
    };
    let c = compare(&input, None, IncomeLasts::Yes).expect("compares");
    assert!(c.staying.is_none());
    assert!(c.owning.is_some());
    assert!(
        !c.explanation
            .steps
            .iter()
            .any(|s| s.message_id.starts_with("explain-rent-or-buy-staying"))
    );
}

#[test]
fn with_introduksjonsstonad_beside_a_wage_the_loan_is_the_one_the_wage_carries() {
    // The walk's family: one adult with a permanent job, the other in the introduction
    // programme. The loan compared is the wage's alone; bostøtte still counts the stønad.
    let mut input = family(None);
    input.income.persons = vec![
        wages(480_000),
        PersonIncome {
            source: IncomeSource::Benefit,
            ..wages(220_000)
        },
    ];
    let c = compare(&input, None, IncomeLasts::Yes).expect("compares");
    let mut wage_only = input.clone();
    wage_only.income.persons[1].amount = Decimal::ZERO;
    let wage_loan = crate::estimate(&wage_only)
        .expect("estimates")
        .startlan
        .expect("startlån");
    let with_stonad = c.estimate.startlan.clone().expect("startlån").max_loan;
    assert_eq!(c.startlan.max_loan, wage_loan.max_loan);
    assert!(
        wage_loan.max_loan < with_stonad,
        "{} {with_stonad}",
        wage_loan.max_loan
    );
    assert_eq!(c.owning.as_ref().map(|o| o.loan), Some(wage_loan.max_loan));
    assert_eq!(
        c.staying.as_ref().map(|s| s.bostotte_monthly),
        Some(c.estimate.bostotte.monthly)
    );
    assert_eq!(
        c.explanation.steps[0].message_id,
        "explain-rent-or-buy-lasting-income"
    );
    // The stønad is said, but the wage still carries a loan: not "ask again later".
    assert_eq!(c.obstacles, [Obstacle::TemporaryBenefit]);
    assert_eq!(c.outlook, Outlook::CarriesALoan);
    assert_eq!(c.next_steps, [NextStep::ApplyForStartlan]);
}
