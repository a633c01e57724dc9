//! The municipality's overview (issue 19): the figures of each case in overview/figures.json,
//! and how an application becomes the facts it counts.

use chrono::NaiveDate;
use rules::{
    application::Application,
    needs::{Circumstance, HelpKind, SleepingPlace, Urgency},
    overview::{
        CaseFacts, HouseholdType, TargetsEdition, WaitingCategory, count, overview, percentile,
        suppress_together,
    },
};
use serde::Deserialize;
use serde_json::{Value, json};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

/// One application in a case, written short.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    received: NaiveDate,
    help: Vec<HelpKind>,
    #[serde(default)]
    urgency: Option<Urgency>,
    adults: u32,
    #[serde(default)]
    couple: bool,
    #[serde(default)]
    children: usize,
    #[serde(default)]
    sleeping: Option<SleepingPlace>,
    #[serde(default)]
    circumstances: Vec<Circumstance>,
    #[serde(default)]
    decided: Option<NaiveDate>,
    #[serde(default)]
    granted: Vec<HelpKind>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    municipality: String,
    today: NaiveDate,
    first: NaiveDate,
    last: NaiveDate,
    cases: Vec<Row>,
    #[serde(default)]
    targets: Option<TargetsEdition>,
    expect: serde_json::Map<String, Value>,
}

/// The row as an application, through `CaseFacts::of` as the server makes them.
fn facts(row: &Row) -> CaseFacts {
    let application: Application = serde_json::from_value(json!({
        "municipality": "3103",
        "person": { "name": "A", "national_id": "55038500030", "preferred_language": "nb" },
        "household": { "adults": row.adults, "couple": row.couple, "children_ages": vec![5; row.children] },
        "income": { "amount": "300000" },
        "housing": { "kind": "rented", "monthly_cost": "9000" },
        "needs": row.sleeping.map(|s| json!({ "sleeping_tonight": s, "circumstances": row.circumstances })),
        "help_wanted": row.help,
        "consent": true
    }))
    .expect("the row is an application");
    let mut facts = CaseFacts::of(&application, row.received, row.urgency, None);
    facts.decided_on = row.decided;
    facts.granted = row.granted.clone();
    facts
}

fn lookup<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.')
        .try_fold(value, |v, key| match key.parse::<usize>() {
            Ok(i) => v.get(i),
            Err(_) => v.get(key),
        })
}

#[test]
fn every_case_gives_its_expected_figures() {
    let cases: Vec<Case> =
        serde_json::from_str(include_str!("overview/figures.json")).expect("figures.json reads");
    assert!(cases.len() >= 4);
    let mut failures = Vec::new();
    for case in &cases {
        let facts: Vec<CaseFacts> = case.cases.iter().map(facts).collect();
        let made = overview(
            &case.municipality,
            &facts,
            case.first,
            case.last,
            case.today,
            case.targets.as_ref(),
        );
        let made = serde_json::to_value(&made).expect("serialises");
        for (path, expected) in &case.expect {
            let actual = lookup(&made, path);
            if actual != Some(expected) {
                failures.push(format!(
                    "{}: {path}: expected {expected}, got {actual:?}",
                    case.name
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn small_counts_are_hidden_and_a_lone_one_takes_a_second_with_it() {
    assert_eq!(count(0), Some(0));
    assert_eq!(count(1), None);
    assert_eq!(count(4), None);
    assert_eq!(count(5), Some(5));
    assert_eq!(
        suppress_together(&[12, 3, 7, 0]),
        vec![Some(12), None, None, Some(0)]
    );
    assert_eq!(
        suppress_together(&[12, 3, 2, 9]),
        vec![Some(12), None, None, Some(9)]
    );
    assert_eq!(
        suppress_together(&[12, 8, 9]),
        vec![Some(12), Some(8), Some(9)]
    );
    // Nothing else to hide it with: the whole is then small too, and hidden where it is shown.
    assert_eq!(suppress_together(&[3, 0]), vec![None, Some(0)]);
}

#[test]
fn percentiles_by_nearest_rank_and_none_over_few() {
    assert_eq!(percentile(&[1, 2, 3, 4], 50), None);
    assert_eq!(percentile(&[5, 1, 4, 2, 3], 50), Some(3));
    assert_eq!(percentile(&[5, 1, 4, 2, 3], 90), Some(5));
    assert_eq!(percentile(&(1..=10).collect::<Vec<_>>(), 90), Some(9));
}

#[test]
fn an_application_becomes_its_household_type_and_waiting_category() {
    let row =
        |adults, couple, children, circumstances: Vec<Circumstance>, help: Vec<HelpKind>| Row {
            received: NaiveDate::from_ymd_opt(2026, 1, 1).expect("a day"),
            help,
            urgency: None,
            adults,
            couple,
            children,
            sleeping: Some(SleepingPlace::RentsPrivate),
            circumstances,
            decided: None,
            granted: vec![],
        };
    let home = || vec![HelpKind::MunicipalRentalHome];
    let f = facts(&row(1, false, 0, vec![], home()));
    assert_eq!(
        (f.household, f.category),
        (HouseholdType::Single, WaitingCategory::Other)
    );
    let f = facts(&row(2, true, 2, vec![Circumstance::Disability], home()));
    assert_eq!(
        (f.household, f.category),
        (
            HouseholdType::CoupleWithChildren,
            WaitingCategory::FamiliesWithChildren
        )
    );
    let f = facts(&row(1, false, 1, vec![], home()));
    assert_eq!(f.household, HouseholdType::SingleWithChildren);
    let f = facts(&row(2, false, 0, vec![Circumstance::MentalHealth], home()));
    assert_eq!(
        (f.household, f.category),
        (
            HouseholdType::OtherAdults,
            WaitingCategory::MentalHealthOrSubstanceUse
        )
    );
    let f = facts(&row(
        1,
        false,
        0,
        vec![Circumstance::SubstanceUse],
        vec![HelpKind::AdaptedHome],
    ));
    assert_eq!(f.category, WaitingCategory::AdaptedHome);
}
