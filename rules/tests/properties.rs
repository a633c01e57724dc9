//! Properties that must hold for every household, not just the cases we thought of.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rules::{
    EstimateInput, EstimateResult, RulesError,
    household::{Basis, HomeKind, Household, Housing, Income, IncomeSource, Period, PersonIncome},
    profile::{InForce, MunicipalityProfile},
    startlan::{Debt, FixedCosts, Repayment, StartlanInput},
};
use rust_decimal::Decimal;

/// A made-up municipality's profile (`fixtures/profile.json`) that sets its own startlån rate
/// and, where given, offers deleie.
fn profile(rate: Option<Decimal>, deleie: bool) -> MunicipalityProfile {
    let mut json: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/profile.json")).expect("fixture");
    let sourced = |value: serde_json::Value| serde_json::json!({ "value": value, "source": "Test fixture", "status": "assumed" });
    let edition = &mut json["edition"][0];
    if let Some(rate) = rate {
        edition["startlan"]["interest_rate"] = sourced(rate.to_string().into());
    }
    if deleie {
        edition["offers"]["deleie"] = serde_json::json!({
            "minimum_share": sourced("0.5".into()),
            "compensation_rate": sourced("0.04".into()),
        });
    }
    serde_json::from_value(json).expect("a profile")
}

/// The estimate in the municipality `profile` describes.
fn estimate_with(
    input: &EstimateInput,
    profile: &MunicipalityProfile,
) -> Result<EstimateResult, RulesError> {
    rules::estimate_in(
        input,
        Some(InForce {
            profile,
            edition: &profile.editions[0],
        }),
    )
}

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
            persons: vec![wages(income)],
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

fn wages(amount: u64) -> PersonIncome {
    PersonIncome {
        amount: Decimal::from(amount),
        period: Period::Year,
        basis: Basis::Gross,
        source: IncomeSource::Wages,
        egenandel_group: None,
    }
}

const SOURCES: [IncomeSource; 4] = [
    IncomeSource::Wages,
    IncomeSource::Pension,
    IncomeSource::Uforetrygd,
    IncomeSource::Benefit,
];

/// A couple with two incomes, and a home to buy.
fn two_earners(
    first: (u64, usize),
    second: (u64, usize),
    startlan: StartlanInput,
) -> EstimateInput {
    let mut input = input(2, vec![7], 0, 9_000, "3105", 0);
    input.income.persons = [first, second]
        .into_iter()
        .map(|(amount, source)| PersonIncome {
            source: SOURCES[source],
            ..wages(amount)
        })
        .collect();
    input.startlan = Some(startlan);
    input
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
        rate in proptest::option::of(0i64..200), days in 0i32..30_000,
    ) {
        let kinds = [HomeKind::Rented, HomeKind::Cooperative, HomeKind::OwnedHouse, HomeKind::None];
        let input = EstimateInput {
            date: chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("date") + chrono::Days::new(days as u64),
            municipality,
            household: Household { adults, couple: adults % 2 == 0, children_ages: children, bostotte_exclusion: None },
            income: Income { persons: vec![PersonIncome { amount: Decimal::from(income), period: if wealth % 3 == 0 { Period::Month } else { Period::Year }, basis: if income % 2 == 0 { Basis::Net } else { Basis::Gross }, source: SOURCES[kind], egenandel_group: None }], net_wealth: Decimal::from(wealth) },
            housing: Housing { kind: kinds[kind], monthly_cost: Decimal::from(rent), adapted_for_disability: rent % 2 == 0 },
            startlan: Some(StartlanInput {
                home_price: price.map(Decimal::from),
                deleie_share: share.map(|s| Decimal::new(s, 1)),
                ..Default::default()
            }),
            needs: None,
        };
        let _ = rules::estimate(&input);
        let _ = estimate_with(&input, &profile(rate.map(|r| Decimal::new(r, 3)), true));
    }

    /// More gross income for either adult, by one krone, never lowers the household's net income
    /// or its largest loan.
    #[test]
    fn one_more_krone_for_either_earner_never_lowers_net_or_the_loan(
        a in 0u64..1_600_000, b in 0u64..1_600_000, sa in 0usize..4, sb in 0usize..4, second in any::<bool>(),
    ) {
        let base = rules::estimate(&two_earners((a, sa), (b, sb), StartlanInput::default())).expect("valid");
        let more = if second { ((a, sa), (b + 1, sb)) } else { ((a + 1, sa), (b, sb)) };
        let more = rules::estimate(&two_earners(more.0, more.1, StartlanInput::default())).expect("valid");
        prop_assert!(more.income.net_year >= base.income.net_year, "net {} < {}", more.income.net_year, base.income.net_year);
        let (base, more) = (base.startlan.expect("asked"), more.startlan.expect("asked"));
        prop_assert!(more.max_loan >= base.max_loan, "loan {} < {}", more.max_loan, base.max_loan);
    }

    /// Each tax is computed per person: two earners pay no more than one earning it all.
    #[test]
    fn two_earners_never_pay_more_tax_than_one_earning_both(a in 0u64..1_500_000, b in 0u64..1_500_000) {
        let two = rules::estimate(&two_earners((a, 0), (b, 0), StartlanInput::default())).expect("valid");
        let one = rules::estimate(&two_earners((a + b, 0), (0, 0), StartlanInput::default())).expect("valid");
        prop_assert!(two.tax.total_tax <= one.tax.total_tax);
        prop_assert_eq!(two.tax.gross_year, one.tax.gross_year);
    }

    /// More debt never gives a larger loan.
    #[test]
    fn more_debt_never_raises_the_loan(income in 0u64..1_500_000, paid in 0u64..20_000, owed in 0u64..2_000_000, more in 1u64..50_000) {
        let with = |monthly: u64, balance: u64| {
            let costs = FixedCosts {
                consumer_debt: Debt { monthly: None, balance: Some(Decimal::from(balance)) },
                student_loan: Debt { monthly: Some(Decimal::from(monthly)), balance: None },
                ..Default::default()
            };
            let startlan = StartlanInput { fixed_costs: costs, ..Default::default() };
            rules::estimate(&two_earners((income, 0), (0, 0), startlan)).expect("valid").startlan.expect("asked").max_loan
        };
        prop_assert!(with(paid + more, owed) <= with(paid, owed));
        prop_assert!(with(paid, owed + more) <= with(paid, owed));
    }

    /// A higher own rate never gives a larger loan, also above the stress rate.
    #[test]
    fn a_higher_own_rate_never_raises_the_loan(income in 0u64..1_500_000, bp in 0i64..1_500, more in 1i64..500, serial in any::<bool>()) {
        let at = |bp: i64| {
            let startlan = StartlanInput {
                repayment: if serial { Repayment::Serial } else { Repayment::Annuity },
                ..Default::default()
            };
            let profile = profile(Some(Decimal::new(bp, 4)), false);
            estimate_with(&two_earners((income, 0), (0, 0), startlan), &profile).expect("valid").startlan.expect("asked").max_loan
        };
        prop_assert!(at(bp + more) <= at(bp));
    }

    /// A home whose loan is exactly the largest loan passes the stress test, and its payment at the
    /// loan's own rate (annuity, or the first serial payment) fits what is available.
    #[test]
    fn the_largest_loan_keeps_its_promises(income in 100_000u64..1_500_000, bp in 0i64..1_500, serial in any::<bool>(), debt in 0u64..10_000) {
        let repayment = if serial { Repayment::Serial } else { Repayment::Annuity };
        let startlan = |price: Option<Decimal>| StartlanInput {
            repayment,
            home_price: price,
            purchase_costs: Some(Decimal::ZERO),
            fixed_costs: FixedCosts { car_loan: Debt { monthly: Some(Decimal::from(debt)), balance: None }, ..Default::default() },
            ..Default::default()
        };
        let profile = profile(Some(Decimal::new(bp, 4)), false);
        let max = estimate_with(&two_earners((income, 0), (0, 0), startlan(None)), &profile).expect("valid").startlan.expect("asked");
        let s = estimate_with(&two_earners((income, 0), (0, 0), startlan(Some(max.max_loan))), &profile).expect("valid").startlan.expect("asked");
        let p = s.purchase.expect("priced");
        prop_assert_eq!(p.loan, max.max_loan);
        prop_assert_eq!(p.grant_need, Decimal::ZERO);
        prop_assert!(p.passes_stress_test && p.fits_at_own_rate);
        prop_assert!(p.monthly_at_stress_rate <= s.available_monthly.max(Decimal::ZERO));
        let own = if serial { p.first_month_serial } else { p.monthly_annuity };
        prop_assert!(own <= s.available_monthly.max(Decimal::ZERO), "{} > {}", own, s.available_monthly);
    }
}
