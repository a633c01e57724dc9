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
