//! Data-driven cases: a household in, expected figures out, one JSON file per concept under
//! tests/cases/. Each case names a path into the result ("bostotte.monthly") and the value it
//! must have, to the krone (no error margin). Runs natively and in WebAssembly.

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

#[derive(Deserialize)]
struct Case {
    name: String,
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

fn run(file: &str, text: &str) -> Vec<String> {
    let cases: Vec<Case> = serde_json::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert!(!cases.is_empty(), "{file} has no cases");
    let mut failures = Vec::new();
    for case in cases {
        let result = rules::estimate(&case.input);
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
    let failures: Vec<String> = FILES
        .iter()
        .flat_map(|(file, text)| run(file, text))
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
