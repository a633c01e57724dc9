//! Health, version, unknown API paths, security headers, first-run database.

use serde_json::Value;

use crate::helpers::{spawn_app, spawn_sqlite_app};

#[tokio::test]
async fn healthz_answers_ok() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.expect("body"), "ok");
}

#[tokio::test]
async fn version_names_the_app_and_the_rule_parameters_date() {
    let app = spawn_app().await;
    let response = app.get("/api/version").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        body["rules_parameters_valid_from"],
        rules::parameters_valid_from().to_string()
    );
}

#[tokio::test]
async fn an_unknown_api_path_is_a_json_404_with_a_message_id() {
    let app = spawn_app().await;
    let response = app.get("/api/no-such-thing").await;
    assert_eq!(response.status(), 404);
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["message_id"], "error-api-not-found");
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/healthz",
        "/api/version",
        "/api/no-such-thing",
        "/",
        "/apply",
        "/missing.js",
    ] {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers
            .get("content-security-policy")
            .unwrap_or_else(|| panic!("{path} has no CSP"))
            .to_str()
            .expect("ascii");
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
    }
}

#[tokio::test]
async fn the_sqlite_database_is_created_under_the_data_dir_on_first_run() {
    let app = spawn_sqlite_app().await;
    assert!(app.data_dir.join("husly.sqlite3").exists());
}

#[tokio::test]
async fn readyz_answers_when_the_database_does() {
    let app = spawn_app().await;
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.expect("text"), "ready");
}

#[tokio::test]
async fn metrics_count_applications_and_requests_by_template_without_personal_data() {
    let app = spawn_app().await;
    let body = serde_json::json!({
        "municipality": "0301",
        "person": { "name": "Amina Yusuf", "national_id": "15038500047", "phone": "912 34 567",
                    "preferred_language": "so" },
        "household": { "adults": 1 },
        "income": { "amount": "200000" },
        "housing": { "kind": "rented", "monthly_cost": "9000" },
        "help_wanted": ["bostotte"],
        "consent": true
    });
    let sent = app
        .client
        .post(format!("{}/api/applications", app.address))
        .header("Idempotency-Key", "metrics-key-1")
        .json(&body)
        .send()
        .await
        .expect("sent");
    assert_eq!(sent.status(), 201);
    let reference = sent.json::<serde_json::Value>().await.expect("json")["reference"]
        .as_str()
        .expect("reference")
        .to_string();
    app.get(&format!("/api/applications/{reference}")).await;

    let response = app.get("/metrics").await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .expect("text")
            .starts_with("text/plain; version=0.0.4")
    );
    let text = response.text().await.expect("text");
    assert!(
        text.contains("husly_applications{status=\"received\",municipality=\"0301\"} 1"),
        "{text}"
    );
    assert!(text.contains(
        "husly_http_request_duration_seconds_count{route=\"/api/applications\",method=\"POST\",status=\"201\"} 1"
    ), "{text}");
    // The status lookup is counted under its template, not its reference.
    assert!(
        text.contains("route=\"/api/applications/{reference}\",method=\"GET\",status=\"404\""),
        "{text}"
    );
    assert!(!text.contains(&reference) && !text.contains("Amina") && !text.contains("15038500047"));
    assert!(text.contains("process_resident_memory_bytes "));
}

#[tokio::test]
async fn a_deleted_data_dir_makes_readyz_fail_and_submissions_fail_instead_of_vanishing() {
    let app = spawn_sqlite_app().await;
    assert_eq!(app.get("/readyz").await.status(), 200);
    std::fs::remove_dir_all(&app.data_dir).expect("deleted");
    let response = app.get("/readyz").await;
    assert_eq!(response.status(), 503);
    assert_eq!(
        response.text().await.expect("text"),
        "the database cannot be written"
    );
    let submitted = app
        .client
        .post(format!("{}/api/applications", app.address))
        .header("Idempotency-Key", "deleted-data-dir-1")
        .json(&serde_json::json!({
            "municipality": "0301",
            "person": { "name": "Kari", "national_id": "15038500047", "phone": "912 34 567",
                        "preferred_language": "nb" },
            "household": { "adults": 1, "children_ages": [] },
            "income": { "amount": "250000" },
            "housing": { "kind": "rented", "monthly_cost": "11000" },
            "help_wanted": ["municipal_rental_home"],
            "own_words": "",
            "consent": true
        }))
        .send()
        .await
        .expect("answers");
    assert!(
        submitted.status().is_server_error(),
        "{} for an application that would be lost",
        submitted.status()
    );
}

#[cfg(unix)]
#[tokio::test]
async fn the_data_dir_and_the_database_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let app = spawn_sqlite_app().await;
    let mode = |name: &str| {
        std::fs::metadata(app.data_dir.join(name))
            .expect(name)
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode(""), 0o700);
    for name in [
        "husly.sqlite3",
        "husly.sqlite3-wal",
        "husly.sqlite3-shm",
        "secret.key",
    ] {
        assert_eq!(mode(name), 0o600, "{name}");
    }
}
