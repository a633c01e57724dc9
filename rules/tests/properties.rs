//! Properties that must hold for every household, not just the cases we thought of.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rules::{
    EstimateInput,
    household::{HomeKind, Household, Housing, Income, IncomeSource},
    startlan::StartlanInput,
};
use rust_decimal::Decimal;

const MUNICIPALITIES: &[&str] = &["0301", "4601", "3205", "3105", "5501", "1580"];

fn input(
    adults: u32,
    children: Vec<u8>,
    income: u64,
    rent: u64,
    municipality: &str,
    wealth: u64,
) -> EstimateInput {
    EstimateInput {
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date"),
        municipality: municipality.to_string(),
        household: Household {
            adults,
            couple: adults >= 2,
            children_ages: children,
            bostotte_exclusion: None,
        },
        income: Income {
            amount: Decimal::from(income),
            period: Default::default(),
            basis: Default::default(),
            source: IncomeSource::Wages,
            net_wealth: Decimal::from(wealth),
        },
        housing: Housing {
            kind: HomeKind::Rented,
            monthly_cost: Decimal::from(rent),
            adapted_for_disability: false,
        },
        startlan: Some(StartlanInput::default()),
        needs: None,
    }
}

fn household() -> impl Strategy<Value = (u32, Vec<u8>, &'static str)> {
    (
        1u32..=4,
        proptest::collection::vec(0u8..18, 0..5),
        proptest::sample::select(MUNICIPALITIES),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn bostotte_never_rises_with_income((adults, children, m) in household(), income in 0u64..900_000, more in 1u64..200_000, rent in 0u64..30_000) {
        let low = rules::estimate(&input(adults, children.clone(), income, rent, m, 0)).expect("valid");
        let high = rules::estimate(&input(adults, children, income + more, rent, m, 0)).expect("valid");
        prop_assert!(high.bostotte.monthly <= low.bostotte.monthly, "{} > {}", high.bostotte.monthly, low.bostotte.monthly);
    }

    #[test]
    fn bostotte_never_falls_when_costs_rise((adults, children, m) in household(), income in 0u64..600_000, rent in 0u64..20_000, more in 1u64..10_000) {
        let low = rules::estimate(&input(adults, children.clone(), income, rent, m, 0)).expect("valid");
        let high = rules::estimate(&input(adults, children, income, rent + more, m, 0)).expect("valid");
        prop_assert!(high.bostotte.monthly >= low.bostotte.monthly);
    }

    #[test]
    fn max_loan_never_falls_with_income((adults, children, m) in household(), income in 0u64..2_000_000, more in 1u64..300_000) {
        let low = rules::estimate(&input(adults, children.clone(), income, 8_000, m, 0)).expect("valid");
        let high = rules::estimate(&input(adults, children, income + more, 8_000, m, 0)).expect("valid");
        let (low, high) = (low.startlan.expect("asked"), high.startlan.expect("asked"));
        prop_assert!(high.max_loan >= low.max_loan);
    }

    #[test]
    fn max_loan_never_rises_with_the_rate(monthly in 0u64..60_000, rate in 0u32..200, more in 1u32..100, years in 1u32..60) {
        let at = |bp: u32| rules::startlan::max_principal(Decimal::from(monthly), Decimal::new(i64::from(bp), 4), years);
        prop_assert!(at(rate + more) <= at(rate));
    }

    #[test]
    fn net_income_never_exceeds_gross(gross in 0u64..5_000_000, pension in any::<bool>()) {
        let source = if pension { IncomeSource::Pension } else { IncomeSource::Wages };
        let date = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
        let t = rules::tax::from_gross(Decimal::from(gross), source, date).expect("tax");
        prop_assert!(t.net_year <= t.gross_year && t.net_year >= Decimal::ZERO);
    }

    /// Whatever arrives as JSON, the rules answer with a result or a typed error, never a panic.
    #[test]
    fn no_input_makes_the_rules_panic(
        adults in 0u32..40, children in proptest::collection::vec(any::<u8>(), 0..30),
        income in any::<i64>(), rent in any::<i64>(), wealth in any::<i64>(),
        municipality in "[0-9]{0,5}", kind in 0usize..4,
        price in proptest::option::of(any::<i64>()), share in proptest::option::of(-5i64..15),
        rate in proptest::option::of(-100i64..1000), days in 0i32..30_000,
    ) {
        let kinds = [HomeKind::Rented, HomeKind::Cooperative, HomeKind::OwnedHouse, HomeKind::None];
        let input = EstimateInput {
            date: chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("date") + chrono::Days::new(days as u64),
            municipality,
            household: Household { adults, couple: adults % 2 == 0, children_ages: children, bostotte_exclusion: None },
            income: Income { amount: Decimal::from(income), period: Default::default(), basis: if income % 2 == 0 { rules::household::Basis::Net } else { Default::default() }, source: IncomeSource::Wages, net_wealth: Decimal::from(wealth) },
            housing: Housing { kind: kinds[kind], monthly_cost: Decimal::from(rent), adapted_for_disability: rent % 2 == 0 },
            startlan: Some(StartlanInput {
                home_price: price.map(Decimal::from),
                deleie_share: share.map(|s| Decimal::new(s, 1)),
                terms: rules::startlan::MunicipalTerms { interest_rate: rate.map(|r| Decimal::new(r, 3)), ..Default::default() },
                ..Default::default()
            }),
            needs: None,
        };
        let _ = rules::estimate(&input);
    }
}
