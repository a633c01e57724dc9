//! The startlån screening of municipal tenants (issue 19): each household in
//! screening/cases.json with the outlook and obstacles a caseworker would conclude by hand, and
//! the figures every screening must agree with.

use chrono::NaiveDate;
use rules::screening::{Outlook, Tenant, screen};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    municipality: String,
    #[serde(default)]
    modest_price: Option<Decimal>,
    tenant: Tenant,
    outlook: Outlook,
    /// The obstacles' kinds, in the order said.
    obstacles: Vec<String>,
}

#[derive(Deserialize)]
struct Cases {
    cases: Vec<Case>,
}

#[test]
fn every_household_gets_the_outlook_and_obstacles_worked_out_by_hand() {
    let cases: Cases =
        serde_json::from_str(include_str!("screening/cases.json")).expect("the cases");
    let date = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    assert!(cases.cases.len() >= 7);
    for case in cases.cases {
        let s = screen(
            &case.tenant,
            &case.municipality,
            None,
            case.modest_price,
            date,
        )
        .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        let kinds: Vec<String> = s
            .obstacles
            .iter()
            .map(|o| match serde_json::to_value(o).expect("json") {
                // A fact alone is its name; one with a figure, an object named by it.
                Value::String(kind) => kind,
                Value::Object(one) => one.keys().next().expect("a kind").clone(),
                other => panic!("{other}"),
            })
            .collect();
        assert_eq!(s.outlook, case.outlook, "{}: {s:?}", case.name);
        assert_eq!(kinds, case.obstacles, "{}", case.name);
        // What every screening agrees with: a loan only where something is left, the reach of
        // a borettslag share at least the savings less fees and at least a selveier home's.
        assert_eq!(
            s.max_loan.is_zero(),
            kinds.contains(&"no_room_for_a_loan".into()),
            "{}",
            case.name
        );
        assert!(s.reach.borettslag >= s.reach.selveier, "{}", case.name);
        assert!(
            s.reach.borettslag <= s.max_loan + case.tenant.own_funds,
            "{}",
            case.name
        );
        assert!(!s.explanation.steps.is_empty(), "{}", case.name);
    }
}
