//! An application reads from any JSON form serde_json gives it: bytes, a string with escapes, or
//! a `serde_json::Value` (as a stored payload is held). Found by the fuzz targets' generator,
//! which builds applications as values: the estimate's date was read as a borrowed string, which
//! only unescaped bytes can lend.

use rules::application::{Application, EstimateSummary};
use serde_json::json;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

fn application() -> serde_json::Value {
    json!({
        "municipality": "3105",
        "person": {
            "name": "Olena Kovalenko",
            "national_id": "55038500030",
            "phone": "+47 900 00 000",
            "preferred_language": "uk"
        },
        "household": { "adults": 1, "children_ages": [6, 9] },
        "income": { "amount": "280000" },
        "housing": { "kind": "rented", "monthly_cost": "12500" },
        "help_wanted": ["bostotte"],
        "consent": true,
        "estimate": {
            "date": "2026-11-22",
            "bostotte_monthly": "4449",
            "startlan_max_loan": "0"
        }
    })
}

#[test]
fn an_application_with_an_estimate_reads_from_a_json_value() {
    let application: Application =
        serde_json::from_value(application()).expect("reads from a value");
    let estimate = application.estimate.expect("the estimate");
    assert_eq!(estimate.date.to_string(), "2026-11-22");
}

#[test]
fn an_estimate_date_written_with_an_escape_is_the_same_date() {
    let escaped = r#"{"date":"2026\u002d11-22","bostotte_monthly":"1","startlan_max_loan":"0"}"#;
    let summary: EstimateSummary = serde_json::from_str(escaped).expect("reads");
    assert_eq!(summary.date.to_string(), "2026-11-22");
}

#[test]
fn an_estimate_date_in_another_form_is_still_refused() {
    for bad in [
        "2026-11-22T00:00",
        "22.11.2026",
        "+2026-11-22",
        "2026-02-30",
    ] {
        let text = json!({ "date": bad, "bostotte_monthly": "1", "startlan_max_loan": "0" });
        let error = serde_json::from_value::<EstimateSummary>(text).expect_err(bad);
        assert!(error.to_string().contains("YYYY-MM-DD"), "{bad}: {error}");
    }
}
