//! What the fuzz targets run, kept here so `cargo test` in this directory can run the committed
//! seeds through the same code without libFuzzer.
//!
//! Both targets look only for panics (and for a stored application that would not read back):
//! the rules must answer every input with a result or a typed error, as the server and the app
//! rely on.

pub mod application_input;
pub mod generate;

use chrono::NaiveDate;
use rules::{EstimateInput, application::Application, municipality};

/// The day an application is checked for when it brings no estimate of its own: fixed, so a
/// crash found once is found again.
pub const CHECK_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2026, 12, 2) {
    Some(date) => date,
    None => panic!("a valid date"),
};

/// The server's path for `POST /api/applications` as far as it is the rules crate's: parse,
/// validate, resolve the municipality, check the national id, recompute the estimate and compare
/// it with the one sent. (The handler's own helpers, such as the idempotency key's check and the
/// unknown-field message, are private to the server and not fuzzed here.) Then the application
/// must read back as it was written: the app's outbox stores it as JSON and reads it again.
pub fn check_application(data: &[u8]) {
    let Ok(application) = serde_json::from_slice::<Application>(data) else {
        return;
    };
    let _ = application.validate();
    // The server uses the estimate's own day when it is today's; here any day it brings is used,
    // so the rules meet every date a device clock could give.
    let date = application
        .estimate
        .as_ref()
        .map_or(CHECK_DATE, |estimate| estimate.date);
    let _ = municipality::resolve(&application.municipality, date);
    let _ = application.person.national_id();
    // The app estimates before the application is valid, so unvalidated ones are run too.
    if let Ok(recomputed) = application.summarize(date) {
        if let Some(sent) = &application.estimate {
            let _ = sent.same_figures(&recomputed);
        }
        let _ = serde_json::to_value(&recomputed).expect("an estimate summary serializes");
    }
    let written = serde_json::to_vec(&application).expect("an application serializes");
    let read: Application = serde_json::from_slice(&written).expect("a written application reads");
    assert_eq!(read, application, "an application reads back as written");
}

/// The estimate the app runs on every keystroke and the server reruns: any input must give a
/// result or a typed error, and a result must serialize (the server stores it as JSON).
pub fn check_estimate(input: &EstimateInput) {
    if let Ok(result) = rules::estimate(input) {
        let _ = serde_json::to_value(&result).expect("an estimate serializes");
        let _ = rules::application::EstimateSummary::from_result(&result);
    }
}

/// The application target's bytes: JSON when they start with `{` (the committed seeds, as the app
/// sends it), else the raw material for a structured application
/// ([`application_input::application`]) written out as JSON and checked as bytes.
pub fn check_application_bytes(data: &[u8]) {
    if data.first() == Some(&b'{') {
        check_application(data);
    } else if let Ok(value) =
        application_input::application(&mut arbitrary::Unstructured::new(data))
    {
        check_application(&serde_json::to_vec(&value).expect("JSON values serialize"));
    }
}

/// The estimate target's bytes: JSON when they start with `{` (the committed seeds, the form the
/// app and the `estimate` tool use), else the raw material for a structured input built by
/// [`generate::estimate_input`], which reaches the arithmetic with extreme amounts and dates far
/// more often than mutated JSON does.
pub fn check_estimate_bytes(data: &[u8]) {
    let value = if data.first() == Some(&b'{') {
        match serde_json::from_slice::<serde_json::Value>(data) {
            Ok(value) => value,
            Err(_) => return,
        }
    } else {
        let mut u = arbitrary::Unstructured::new(data);
        match generate::estimate_input(&mut u) {
            Ok(value) => value,
            Err(_) => return,
        }
    };
    if let Ok(input) = serde_json::from_value::<EstimateInput>(value) {
        check_estimate(&input);
    }
}
