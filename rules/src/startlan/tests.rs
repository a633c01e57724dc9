use chrono::NaiveDate;
use serde_json::json;

use super::*;
use crate::{
    parameters::startlan::{INTEREST, POLICY_RATE},
    profile::{
        MunicipalityProfile,
        fixture::{in_force, profile, sourced},
    },
};

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

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn run(
    input: &StartlanInput,
    p: Option<&MunicipalityProfile>,
) -> Result<StartlanEstimate, RulesError> {
    let household = Household {
        adults: 1,
        couple: false,
        children_ages: Vec::new(),
        bostotte_exclusion: None,
    };
    estimate(
        &household,
        Decimal::from(35_000),
        input,
        p.map(in_force),
        date(),
    )
}

/// The profile ids the estimate's steps used.
fn used(e: &StartlanEstimate) -> Vec<String> {
    e.explanation
        .steps
        .iter()
        .flat_map(|s| &s.parameters)
        .map(|p| p.id().to_string())
        .collect()
}

fn with_startlan(field: &str, value: &str) -> MunicipalityProfile {
    profile(|j| j["edition"][0]["startlan"][field] = sourced(json!(value)))
}

#[test]
fn the_municipality_s_own_rate_replaces_husbanken_s_rate_and_margin() {
    let e = run(
        &StartlanInput::default(),
        Some(&with_startlan("interest_rate", "0.05")),
    )
    .expect("estimates");
    assert_eq!(e.interest_rate, Decimal::new(5, 2));
    let step = e
        .explanation
        .steps
        .iter()
        .find(|s| s.message_id == "explain-startlan-rate-municipal")
        .expect("said");
    assert_eq!(
        step.parameters[0].id(),
        "profile.0301.startlan.interest_rate"
    );
}

#[test]
fn the_municipality_s_margin_is_added_to_husbanken_s_rate() {
    let e = run(
        &StartlanInput::default(),
        Some(&with_startlan("interest_margin", "0.01")),
    )
    .expect("estimates");
    let floating = INTEREST.at(date()).expect("rate").husbanken_floating.value;
    assert_eq!(e.interest_rate, floating + Decimal::new(1, 2));
    assert!(used(&e).contains(&"profile.0301.startlan.interest_margin".to_string()));
    let national = run(&StartlanInput::default(), None).expect("estimates");
    let margin = INTEREST.at(date()).expect("rate").municipal_margin.value;
    assert_eq!(national.interest_rate, floating + margin);
    assert!(!used(&national).iter().any(|id| id.starts_with("profile.")));
}

#[test]
fn the_municipality_s_stress_add_on_and_term_are_used_and_named() {
    let p = profile(|j| {
        let s = &mut j["edition"][0]["startlan"];
        s["stress_add_on"] = sourced(json!("0.03"));
        s["longest_term_years"] = sourced(json!(25));
    });
    let e = run(&StartlanInput::default(), Some(&p)).expect("estimates");
    let policy = POLICY_RATE.at(date()).expect("rate").rate.value;
    assert_eq!(e.stress_rate, policy + Decimal::new(3, 2));
    assert_eq!((e.normal_term_years, e.term_years), (25, 25));
    let ids = used(&e);
    assert!(ids.contains(&"profile.0301.startlan.stress_add_on".to_string()));
    assert!(ids.contains(&"profile.0301.startlan.longest_term_years".to_string()));
    let thirty = run(&StartlanInput::default(), Some(&profile(|_| {}))).expect("estimates");
    assert!(
        e.max_loan_normal_term < thirty.max_loan_normal_term,
        "a shorter term carries less"
    );
}

fn offering(deleie: bool, leie_til_eie: bool) -> MunicipalityProfile {
    profile(|j| {
        let o = &mut j["edition"][0]["offers"];
        if deleie {
            o["deleie"] = json!({
                "minimum_share": sourced(json!("0.6")),
                "compensation_rate": sourced(json!("0.03")),
            });
        }
        if leie_til_eie {
            o["leie_til_eie"] = json!({
                "first_share": sourced(json!("0.5")),
                "rest_after_years": sourced(json!(4)),
                "rent_rate": sourced(json!("0.04")),
            });
        }
    })
}

#[test]
fn deleie_only_where_the_municipality_offers_it_and_on_its_terms() {
    let input = StartlanInput {
        home_price: Some(Decimal::from(3_000_000)),
        purchase_costs: Some(Decimal::ZERO),
        ..StartlanInput::default()
    };
    let asked = StartlanInput {
        deleie_share: Some(Decimal::new(7, 1)),
        ..input.clone()
    };
    assert!(
        run(&asked, None).expect("estimates").deleie.is_none(),
        "no profile"
    );
    assert!(
        run(&asked, Some(&offering(false, true)))
            .expect("estimates")
            .deleie
            .is_none()
    );
    // Not asked for a share: the municipality's minimum, 60 %; the rest, 1 200 000, at 3 %.
    let d = run(&input, Some(&offering(true, false)))
        .expect("estimates")
        .deleie
        .expect("offered");
    assert_eq!(
        (d.share, d.share_price),
        (Decimal::new(6, 1), Decimal::from(1_800_000))
    );
    assert_eq!(d.monthly_compensation, Decimal::from(3_000));
    assert_eq!(
        d.monthly_total,
        d.purchase.monthly_annuity + Decimal::from(3_000)
    );
    let too_small = StartlanInput {
        deleie_share: Some(Decimal::new(5, 1)),
        ..input
    };
    assert!(matches!(
        run(&too_small, Some(&offering(true, false))),
        Err(RulesError::OutOfRange {
            field: "deleie_share",
            ..
        })
    ));
}

#[test]
fn leie_til_eie_buys_the_first_share_and_rents_the_rest_explained() {
    let input = StartlanInput {
        home_price: Some(Decimal::from(3_000_000)),
        purchase_costs: Some(Decimal::ZERO),
        ..StartlanInput::default()
    };
    assert!(
        run(&input, Some(&offering(true, false)))
            .expect("estimates")
            .leie_til_eie
            .is_none()
    );
    let e = run(&input, Some(&offering(false, true))).expect("estimates");
    let l = e.leie_til_eie.expect("offered");
    // Half now, 1 500 000; the other half rented at 4 % a year: 5 000 kr a month.
    assert_eq!(
        (l.share_price, l.rest_price),
        (Decimal::from(1_500_000), Decimal::from(1_500_000))
    );
    assert_eq!(l.monthly_rent_on_rest, Decimal::from(5_000));
    assert_eq!(
        l.monthly_total,
        l.purchase.monthly_annuity + Decimal::from(5_000)
    );
    assert_eq!(l.rest_after_years, 4);
    assert_eq!(l.purchase.price, Decimal::from(1_500_000));
    let step = e
        .explanation
        .steps
        .iter()
        .find(|s| s.message_id == "explain-startlan-leie-til-eie")
        .expect("said");
    let ids: Vec<&str> = step.parameters.iter().map(|p| p.id()).collect();
    assert_eq!(
        ids,
        [
            "profile.0301.offers.leie_til_eie.first_share",
            "profile.0301.offers.leie_til_eie.rent_rate",
            "profile.0301.offers.leie_til_eie.rest_after_years",
        ]
    );
}
