//! Data-driven cases: a household in, expected figures out, one JSON file per concept under
//! tests/cases/. Each case names a path into the result ("bostotte.monthly") and the value it
//! must have, to the krone (no error margin), or `null` for a part that must be absent. Runs natively and in WebAssembly.
//!
//! A case with `"with_profile": true` runs as the app and the server do, with the profile in
//! force for its municipality and date from the repository's `municipalities/` (its own, or the
//! national default); the others with none (`rules::estimate`).

use rules::profile::{MunicipalityProfile, ProfileSet};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

/// Every case file, embedded so the same cases run in WebAssembly, which has no file system.
const FILES: &[(&str, &str)] = &[
    ("bostotte.json", include_str!("cases/bostotte.json")),
    ("errors.json", include_str!("cases/errors.json")),
    ("needs.json", include_str!("cases/needs.json")),
    ("startlan.json", include_str!("cases/startlan.json")),
    ("tax.json", include_str!("cases/tax.json")),
];

/// Every municipality profile, embedded for the same reason.
const PROFILES: &[(&str, &str)] = &[
    (
        "1108-sandnes.toml",
        include_str!("../../municipalities/1108-sandnes.toml"),
    ),
    (
        "3103-moss.toml",
        include_str!("../../municipalities/3103-moss.toml"),
    ),
    (
        "3105-sarpsborg.toml",
        include_str!("../../municipalities/3105-sarpsborg.toml"),
    ),
    (
        "3224-raelingen.toml",
        include_str!("../../municipalities/3224-raelingen.toml"),
    ),
    (
        "national.toml",
        include_str!("../../municipalities/national.toml"),
    ),
];

fn profiles() -> ProfileSet {
    ProfileSet {
        profiles: PROFILES
            .iter()
            .map(|(file, text)| {
                toml::from_str::<MunicipalityProfile>(text)
                    .unwrap_or_else(|e| panic!("{file}: {e}"))
            })
            .collect(),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    /// Why the figures are what they are, computed independently of the code.
    #[serde(default)]
    #[allow(dead_code)]
    why: Option<String>,
    /// Run with the municipality's profile in force (see the module's comment).
    #[serde(default)]
    with_profile: bool,
    input: rules::EstimateInput,
    #[serde(default)]
    expect: serde_json::Map<String, Value>,
    #[serde(default)]
    expect_error: Option<String>,
}

fn lookup<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.')
        .try_fold(value, |v, key| match key.parse::<usize>() {
            Ok(i) => v.get(i),
            Err(_) => v.get(key),
        })
}

fn same(actual: &Value, expected: &Value) -> bool {
    match (actual, expected) {
        (Value::String(a), Value::String(e)) => {
            match (a.parse::<Decimal>(), e.parse::<Decimal>()) {
                (Ok(a), Ok(e)) => a == e,
                _ => a == e,
            }
        }
        _ => actual == expected,
    }
}

fn run(file: &str, text: &str, profiles: &ProfileSet) -> Vec<String> {
    let cases: Vec<Case> = serde_json::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert!(!cases.is_empty(), "{file} has no cases");
    let mut failures = Vec::new();
    for case in cases {
        let result = if case.with_profile {
            let in_force = profiles.in_force(&case.input.municipality, case.input.date);
            assert!(
                in_force.is_some(),
                "{file}: {}: no profile in force",
                case.name
            );
            rules::estimate_in(&case.input, in_force)
        } else {
            rules::estimate(&case.input)
        };
        match (&case.expect_error, result) {
            (Some(id), Err(error)) if error.message_id() == id => {}
            (Some(id), other) => failures.push(format!(
                "{file}: {}: expected error {id}, got {other:?}",
                case.name
            )),
            (None, Err(error)) => {
                failures.push(format!("{file}: {}: unexpected error {error:?}", case.name))
            }
            (None, Ok(result)) => {
                assert!(
                    !case.expect.is_empty(),
                    "{file}: {}: expects nothing",
                    case.name
                );
                let json = serde_json::to_value(&result).expect("results serialize");
                for (path, expected) in &case.expect {
                    match lookup(&json, path) {
                        Some(actual) if same(actual, expected) => {}
                        None if expected.is_null() => {}
                        actual => failures.push(format!(
                            "{file}: {}: {path} = {actual:?}, expected {expected}",
                            case.name
                        )),
                    }
                }
            }
        }
    }
    failures
}

#[test]
fn every_case_gives_its_expected_figures() {
    let profiles = profiles();
    let failures: Vec<String> = FILES
        .iter()
        .flat_map(|(file, text)| run(file, text, &profiles))
        .collect();
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_case_file_is_listed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .expect("tests/cases")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json"))
        .collect();
    on_disk.sort();
    let listed: Vec<&str> = FILES.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        on_disk, listed,
        "add new case files to FILES in tests/cases.rs"
    );
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_profile_file_is_listed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../municipalities");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .expect("municipalities/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let listed: Vec<&str> = PROFILES.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        on_disk, listed,
        "add new profile files to PROFILES in tests/cases.rs"
    );
}
