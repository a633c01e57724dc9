//! Issue 15, staff at any size: the inbox pages through every application with a total and the
//! export streams them all (no cap at 500); bad filters are a 400 naming the parameter; axum's
//! own refusals are JSON; a status change is one transaction with its history and audit line;
//! a lock-out that has run out starts the count again; argon2 stays off the async workers;
//! HSTS behind a proxy that says TLS.

use std::collections::HashSet;

use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, spawn_app, spawn_app_configured},
    staff::{PASSWORD, SignedIn, application},
};

/// Runs one statement on the app's database directly: SQLite's or PostgreSQL's version.
async fn execute(app: &TestApp, sqlite: &str, postgres: &str) {
    match app.storage().await {
        husly_server::storage::Storage::Sqlite(pool, _) => {
            sqlx::query(sqlite).execute(&pool).await.map(drop)
        }
        husly_server::storage::Storage::Postgres(pool) => {
            sqlx::query(postgres).execute(&pool).await.map(drop)
        }
    }
    .expect("runs");
}

/// `n` applications to Oslo, `n / 2` of them for a deposit guarantee only, sent 25 at a time.
async fn many(app: &TestApp, n: usize) {
    for start in (0..n).step_by(25) {
        let sends = (start..(start + 25).min(n)).map(|i| {
            let mut body = application("0301", &format!("Søker {i}"));
            if i % 2 == 0 {
                body["help_wanted"] = json!(["deposit_guarantee"]);
            } else {
                body["help_wanted"] = json!(["municipal_rental_home"]);
            }
            async move {
                app.submit_as(&format!("scale-key-{i:04}"), &body, None)
                    .await
            }
        });
        futures::future::join_all(sends).await;
    }
}

async fn page(app: &TestApp, who: &SignedIn, path: &str) -> Value {
    let response = app.staff_get(who, path).await;
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.expect("json")
}

#[tokio::test]
async fn the_inbox_pages_through_and_the_export_streams_every_application_past_500() {
    let app = spawn_app_configured(|c| c.submissions_per_minute = 0).await;
    app.add_staff("kari", "caseworker", "0301").await;
    many(&app, 520).await;
    let kari = app.sign_in("kari").await;

    let first = page(&app, &kari, "/api/staff/applications").await;
    assert_eq!(first["total"], 520);
    assert_eq!(first["lines"].as_array().expect("lines").len(), 50);

    // 200 at a time: 200, 200, 120, each after the last; none twice, none left out, newest first.
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    let mut sizes = Vec::new();
    loop {
        let path = match &after {
            None => "/api/staff/applications?limit=200".to_string(),
            Some(cursor) => format!("/api/staff/applications?limit=200&after={cursor}"),
        };
        let body = page(&app, &kari, &path).await;
        assert_eq!(body["total"], 520);
        let lines = body["lines"].as_array().expect("lines");
        sizes.push(lines.len());
        seen.extend(lines.iter().map(|l| {
            (
                l["received_at"].as_str().expect("time").to_string(),
                l["reference"].as_str().expect("reference").to_string(),
            )
        }));
        match body["next"].as_str() {
            Some(next) => after = Some(next.to_string()),
            None => break,
        }
    }
    assert_eq!(sizes, [200, 200, 120]);
    let unique: HashSet<&String> = seen.iter().map(|(_, r)| r).collect();
    assert_eq!(unique.len(), 520);
    let times: Vec<chrono::DateTime<chrono::Utc>> = seen
        .iter()
        .map(|(t, _)| t.parse().expect("a time"))
        .collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "newest first");

    // A kind of help filters in the database: the total is of the matches, not of a page.
    let deposit = page(
        &app,
        &kari,
        "/api/staff/applications?help=deposit_guarantee",
    )
    .await;
    assert_eq!(deposit["total"], 260);

    // The exports: every application, streamed.
    let csv = app.staff_get(&kari, "/api/staff/export?format=csv").await;
    assert_eq!(csv.status(), 200);
    assert!(csv.headers().get("content-length").is_none(), "streamed");
    let text = csv.text().await.expect("text");
    assert_eq!(text.lines().count(), 521, "a header and 520 lines");
    let json_export: Vec<Value> = app
        .staff_get(&kari, "/api/staff/export?help=municipal_rental_home")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(json_export.len(), 260);
    let log = app.storage().await.audit_log().await.expect("log");
    assert!(
        log.iter()
            .any(|l| l.action == "export" && l.detail.ends_with("(520 applications)")),
        "{log:?}"
    );
}

#[tokio::test]
async fn bad_filters_are_a_400_with_a_message_naming_the_parameter() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    let kari = app.sign_in("kari").await;
    for (query, message_id, field) in [
        ("from=-4713-01-01", "error-staff-invalid-date", "from"),
        ("to=2026-13-01", "error-staff-invalid-date", "to"),
        ("from=yesterday", "error-staff-invalid-date", "from"),
        ("status=lost", "error-staff-invalid-filter", "status"),
        ("help=castle", "error-staff-invalid-filter", "help"),
        ("after=not-a-cursor", "error-staff-invalid-filter", "after"),
        ("limit=0", "error-staff-invalid-filter", "limit"),
        ("limit=100000", "error-staff-invalid-filter", "limit"),
    ] {
        for path in ["/api/staff/applications", "/api/staff/export"] {
            let response = app.staff_get(&kari, &format!("{path}?{query}")).await;
            assert_eq!(response.status(), 400, "{path}?{query}");
            let body: Value = response.json().await.expect("json");
            assert_eq!(body["message_id"], message_id, "{query}");
            assert_eq!(body["field"], field, "{query}");
        }
    }
    let format = app.staff_get(&kari, "/api/staff/export?format=xml").await;
    assert_eq!(format.status(), 400);
    // Empty values are "any", as the inbox's "Alle" sends them.
    let any = page(&app, &kari, "/api/staff/applications?status=&from=&help=").await;
    assert_eq!(any["total"], 0);
}

#[tokio::test]
async fn axums_own_refusals_are_in_the_json_error_format() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    let kari = app.sign_in("kari").await;
    let expect_json = |response: reqwest::Response, status: u16, error: &'static str| async move {
        assert_eq!(response.status(), status);
        assert!(
            response.headers()["content-type"]
                .to_str()
                .expect("text")
                .starts_with("application/json")
        );
        let body: Value = response.json().await.expect("a JSON body");
        assert_eq!(body["error"], error);
        assert!(
            body["message_id"]
                .as_str()
                .is_some_and(|m| m.starts_with("error-"))
        );
    };
    let huge = app
        .client
        .post(format!("{}/api/applications", app.address))
        .header("Idempotency-Key", "huge-1")
        .header("content-type", "application/json")
        .body(vec![b' '; 300 * 1024])
        .send()
        .await
        .expect("answers");
    expect_json(huge, 413, "payload_too_large").await;
    let twice = app
        .staff_get(&kari, "/api/staff/applications?status=a&status=b")
        .await;
    expect_json(twice, 400, "bad_request").await;
    let bad_path = app.staff_get(&kari, "/api/staff/applications/%FF%FE").await;
    expect_json(bad_path, 400, "bad_request").await;
    let not_json = app
        .client
        .post(format!("{}/api/staff/login", app.address))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .expect("answers");
    expect_json(not_json, 400, "bad_request").await;
    let no_type = app
        .client
        .post(format!("{}/api/staff/login", app.address))
        .body(r#"{"username":"kari","password":"x"}"#)
        .send()
        .await
        .expect("answers");
    expect_json(no_type, 415, "unsupported_media_type").await;
    let wrong_shape = app
        .client
        .post(format!("{}/api/staff/login", app.address))
        .json(&json!({ "username": 7 }))
        .send()
        .await
        .expect("answers");
    expect_json(wrong_shape, 422, "invalid").await;
    let method = app.get("/api/staff/login").await;
    expect_json(method, 405, "method_not_allowed").await;
}

#[tokio::test]
async fn a_status_change_its_history_and_its_audit_line_are_one_transaction() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    let sent = app
        .submit_as("tx-key-0001", &application("0301", "Amal Hassan"), None)
        .await;
    let reference = sent["reference"].as_str().expect("reference");
    let kari = app.sign_in("kari").await;
    let change = || {
        app.client
            .post(format!(
                "{}/api/staff/applications/{reference}/status",
                app.address
            ))
            .header("cookie", &kari.cookie)
            .header("x-csrf-token", &kari.csrf)
            .json(&json!({ "status": "decided", "note": "Innvilget." }))
            .send()
    };
    // The audit log refuses the line: the status and its history must not change either.
    execute(
        &app,
        "CREATE TRIGGER refuse_status BEFORE INSERT ON audit_log WHEN NEW.action = 'status' \
         BEGIN SELECT RAISE(ABORT, 'refused'); END",
        "ALTER TABLE audit_log ADD CONSTRAINT refuse_status CHECK (action <> 'status')",
    )
    .await;
    assert_eq!(change().await.expect("answers").status(), 500);
    execute(
        &app,
        "DROP TRIGGER refuse_status",
        "ALTER TABLE audit_log DROP CONSTRAINT refuse_status",
    )
    .await;
    let storage = app.storage().await;
    let stored = storage
        .application(reference)
        .await
        .expect("reads")
        .expect("there");
    assert_eq!(stored.status, rules::wire::ApplicationStatus::Received);
    assert!(
        storage
            .status_changes(reference)
            .await
            .expect("reads")
            .is_empty()
    );

    // With the log back, all three are written.
    assert_eq!(change().await.expect("answers").status(), 204);
    assert_eq!(
        storage
            .status_changes(reference)
            .await
            .expect("reads")
            .len(),
        1
    );
    let log = storage.audit_log().await.expect("log");
    assert_eq!(
        log.iter().filter(|l| l.action == "status").count(),
        1,
        "{log:?}"
    );
}

#[tokio::test]
async fn after_a_lock_out_runs_out_one_wrong_password_does_not_lock_again() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    for _ in 0..5 {
        assert_eq!(app.login("kari", "not the password").await.status(), 401);
    }
    assert_eq!(app.login("kari", PASSWORD).await.status(), 401, "locked");
    // Fifteen minutes later (the lock moved into the past).
    let ran_out = chrono::Utc::now() - chrono::Duration::minutes(1);
    match app.storage().await {
        husly_server::storage::Storage::Sqlite(pool, _) => {
            sqlx::query("UPDATE staff SET locked_until = ?")
                .bind(ran_out)
                .execute(&pool)
                .await
                .map(drop)
        }
        husly_server::storage::Storage::Postgres(pool) => {
            sqlx::query("UPDATE staff SET locked_until = $1")
                .bind(ran_out)
                .execute(&pool)
                .await
                .map(drop)
        }
    }
    .expect("runs out");
    assert_eq!(app.login("kari", "a typo in it").await.status(), 401);
    assert_eq!(
        app.login("kari", PASSWORD).await.status(),
        200,
        "one wrong password after the lock-out is one failure, not the sixth"
    );
}

#[tokio::test]
async fn password_checks_do_not_hold_up_other_requests() {
    // The test's runtime has one thread: a check on it would stop every other request.
    let app = spawn_app_configured(|c| c.logins_per_minute = 0).await;
    app.add_staff("kari", "caseworker", "0301").await;
    let running = std::sync::atomic::AtomicBool::new(true);
    let logins = async {
        let times = futures::future::join_all((0..4).map(|_| async {
            let start = std::time::Instant::now();
            app.login("kari", "not the password").await;
            start.elapsed()
        }))
        .await;
        running.store(false, std::sync::atomic::Ordering::SeqCst);
        times
    };
    // /healthz, again and again while the passwords are checked: its slowest answer.
    let health = async {
        let mut slowest = std::time::Duration::ZERO;
        while running.load(std::sync::atomic::Ordering::SeqCst) {
            let start = std::time::Instant::now();
            assert_eq!(app.get("/healthz").await.status(), 200);
            slowest = slowest.max(start.elapsed());
            tokio::time::sleep(std::time::Duration::from_millis(2)).await;
        }
        slowest
    };
    let (logins, health) = tokio::join!(logins, health);
    let fastest = logins.iter().min().expect("four");
    assert!(
        health * 4 < *fastest,
        "/healthz took up to {health:?} while a login took {fastest:?}"
    );
}

#[tokio::test]
async fn hsts_is_sent_when_a_trusted_proxy_says_tls_and_only_then() {
    let with = spawn_app_configured(|c| c.hsts = true).await;
    let over_tls = with
        .get_with("/healthz", "x-forwarded-proto", "https")
        .await;
    assert_eq!(
        over_tls.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
    let plain = with.get("/healthz").await;
    assert!(plain.headers().get("strict-transport-security").is_none());
    let api = with
        .get_with("/api/version", "x-forwarded-proto", "https")
        .await;
    assert!(api.headers().get("strict-transport-security").is_some());

    // Not configured: the header cannot be trusted, and nothing is sent.
    let without = spawn_app().await;
    let claimed = without
        .get_with("/healthz", "x-forwarded-proto", "https")
        .await;
    assert!(claimed.headers().get("strict-transport-security").is_none());
}
