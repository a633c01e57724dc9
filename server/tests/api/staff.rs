//! Staff over real HTTP: accounts made by the server's subcommand, sign-in with a cookie,
//! CSRF, lock-out, roles, the inbox, status changes, export, deletion and the audit log.

use std::io::Write;

use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

pub(crate) const PASSWORD: &str = "a long enough password";

pub(crate) fn application(municipality: &str, name: &str) -> Value {
    json!({
        "municipality": municipality,
        "person": { "name": name, "national_id": "15038500047", "phone": "912 34 567",
                    "preferred_language": "ar", "needs_interpreter": true },
        "household": { "adults": 2, "couple": true, "children_ages": [4] },
        "income": { "amount": "310000" },
        "housing": { "kind": "rented", "monthly_cost": "13500" },
        "help_wanted": ["municipal_rental_home", "deposit_guarantee"],
        "own_words": "=HYPERLINK(\"http://example.com\") vi trenger et sted å bo",
        "consent": true
    })
}

/// A signed-in member of staff: their cookie and CSRF token.
pub(crate) struct SignedIn {
    pub(crate) cookie: String,
    pub(crate) csrf: String,
}

impl TestApp {
    pub(crate) async fn add_staff(&self, username: &str, role: &str, municipality: &str) {
        husly_server::auth::create_account(
            &self.storage().await,
            username,
            PASSWORD,
            role,
            municipality,
        )
        .await
        .expect("account");
    }

    pub(crate) async fn login(&self, username: &str, password: &str) -> reqwest::Response {
        self.client
            .post(format!("{}/api/staff/login", self.address))
            .json(&json!({ "username": username, "password": password }))
            .send()
            .await
            .expect("answers")
    }

    pub(crate) async fn sign_in(&self, username: &str) -> SignedIn {
        let response = self.login(username, PASSWORD).await;
        assert_eq!(response.status(), 200);
        let cookie = response.headers()["set-cookie"]
            .to_str()
            .expect("text")
            .split(';')
            .next()
            .expect("name=value")
            .to_string();
        let me: Value = response.json().await.expect("json");
        SignedIn {
            cookie,
            csrf: me["csrf_token"].as_str().expect("csrf").to_string(),
        }
    }

    pub(crate) async fn staff_get(&self, who: &SignedIn, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header("cookie", &who.cookie)
            .send()
            .await
            .expect("answers")
    }

    /// A signed-in staff member's GET of `path`, read as JSON.
    pub(crate) async fn staff_json(&self, who: &SignedIn, path: &str) -> Value {
        self.staff_get(who, path).await.json().await.expect("json")
    }

    /// A signed-in staff member's POST of `body` to `path`, with the session's CSRF token.
    pub(crate) async fn staff_post(
        &self,
        who: &SignedIn,
        path: &str,
        body: &Value,
    ) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .header("cookie", &who.cookie)
            .header("x-csrf-token", &who.csrf)
            .json(body)
            .send()
            .await
            .expect("answers")
    }

    /// A signed-in staff member deletes `reference` with `reason`.
    pub(crate) async fn staff_delete(
        &self,
        who: &SignedIn,
        reference: &str,
        reason: &str,
    ) -> reqwest::Response {
        self.client
            .delete(format!(
                "{}/api/staff/applications/{reference}",
                self.address
            ))
            .header("cookie", &who.cookie)
            .header("x-csrf-token", &who.csrf)
            .json(&json!({ "reason": reason }))
            .send()
            .await
            .expect("answers")
    }

    /// The lines of the first page of the inbox at `path`.
    pub(crate) async fn inbox(&self, who: &SignedIn, path: &str) -> Vec<Value> {
        let page: Value = self.staff_get(who, path).await.json().await.expect("json");
        page["lines"].as_array().expect("lines").clone()
    }

    pub(crate) async fn submit_as(&self, key: &str, body: &Value, who: Option<&SignedIn>) -> Value {
        let mut request = self
            .client
            .post(format!("{}/api/applications", self.address))
            .header("Idempotency-Key", key)
            .json(body);
        if let Some(who) = who {
            request = request.header("cookie", &who.cookie);
        }
        let response = request.send().await.expect("answers");
        assert_eq!(response.status(), 201);
        response.json().await.expect("json")
    }
}

#[tokio::test]
async fn the_subcommand_creates_an_account_from_a_password_on_standard_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let add = |username: &str, password: &str| {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_husly-server"))
            .args(["--data-dir"])
            .arg(dir.path())
            .args([
                "staff",
                "add",
                "--username",
                username,
                "--role",
                "caseworker",
                "--municipality",
                "0301",
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        writeln!(child.stdin.take().expect("stdin"), "{password}").expect("writes");
        child.wait_with_output().expect("ends")
    };
    let made = add("kari", PASSWORD);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert!(String::from_utf8_lossy(&made.stdout).contains("created the staff account kari"));
    let again = add("kari", PASSWORD);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("taken"));
    let short = add("ola", "short");
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 12"));
}

#[tokio::test]
async fn sign_in_sets_a_strict_http_only_cookie_and_wrong_passwords_lock_the_account() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;

    let response = app.login("kari", PASSWORD).await;
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .expect("text")
        .to_string();
    assert!(cookie.starts_with("husly_staff="));
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    let me: Value = response.json().await.expect("json");
    assert_eq!(me["role"], "caseworker");
    assert!(me.get("password_hash").is_none());

    assert_eq!(app.get("/api/staff/me").await.status(), 401);
    for attempt in 0..5 {
        let wrong = app.login("kari", "not the password").await;
        assert_eq!(wrong.status(), 401, "attempt {attempt}");
        let body: Value = wrong.json().await.expect("json");
        assert_eq!(body["message_id"], "error-login-failed");
    }
    // Locked now: even the right password is refused, with the same answer.
    let locked = app.login("kari", PASSWORD).await;
    assert_eq!(locked.status(), 401);
    let unknown = app.login("nobody", PASSWORD).await;
    assert_eq!(unknown.status(), 401);

    let actions: Vec<String> = app
        .storage()
        .await
        .audit_log()
        .await
        .expect("log")
        .into_iter()
        .map(|l| format!("{} {}", l.action, l.detail))
        .collect();
    assert_eq!(actions[0], "login ");
    assert_eq!(
        actions[5],
        "login_failed wrong password; account now locked"
    );
    assert_eq!(actions[6], "login_failed account locked");
    assert_eq!(actions[7], "login_failed unknown username");
}

#[tokio::test]
async fn a_caseworker_handles_their_municipality_and_every_step_is_audited() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    app.add_staff("per", "caseworker", "3105").await;
    let oslo = app
        .submit_as("staff-key-1", &application("0301", "Amal Hassan"), None)
        .await;
    app.submit_as("staff-key-2", &application("0301", "Ivan Petrenko"), None)
        .await;
    let sarpsborg = app
        .submit_as("staff-key-3", &application("3105", "Sara Tesfay"), None)
        .await;
    let reference = oslo["reference"].as_str().expect("reference");
    let kari = app.sign_in("kari").await;

    let inbox = app.inbox(&kari, "/api/staff/applications").await;
    assert_eq!(inbox.len(), 2, "only Oslo's");
    assert!(inbox.iter().all(|l| l["municipality"] == "0301"));
    let names: Vec<&str> = inbox.iter().filter_map(|l| l["name"].as_str()).collect();
    assert!(names.contains(&"Amal Hassan") && names.contains(&"Ivan Petrenko"));
    let none = app
        .inbox(&kari, "/api/staff/applications?status=decided")
        .await;
    assert!(none.is_empty());
    let by_help = app
        .inbox(&kari, "/api/staff/applications?help=startlan")
        .await;
    assert!(by_help.is_empty());

    // One application in full, the national id opened; another municipality's is "not found".
    let full: Value = app
        .staff_get(&kari, &format!("/api/staff/applications/{reference}"))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(full["application"]["person"]["national_id"], "15038500047");
    assert_eq!(full["application"]["person"]["preferred_language"], "ar");
    // Retyped in lower case, as a walkthrough did in the address bar: the same application.
    let retyped: Value = app
        .staff_get(
            &kari,
            &format!("/api/staff/applications/{}", reference.to_lowercase()),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(retyped["reference"], full["reference"]);
    let other = app
        .staff_get(
            &kari,
            &format!(
                "/api/staff/applications/{}",
                sarpsborg["reference"].as_str().expect("r")
            ),
        )
        .await;
    assert_eq!(other.status(), 404);

    // A status change needs the CSRF token.
    let path = format!("{}/api/staff/applications/{reference}/status", app.address);
    let change = json!({ "status": "in_progress", "note": "Ringt søker, avtalt møte." });
    let without = app
        .client
        .post(&path)
        .header("cookie", &kari.cookie)
        .json(&change)
        .send()
        .await
        .expect("answers");
    assert_eq!(without.status(), 403);
    let with = app
        .client
        .post(&path)
        .header("cookie", &kari.cookie)
        .header("x-csrf-token", &kari.csrf)
        .json(&change)
        .send()
        .await
        .expect("answers");
    assert_eq!(with.status(), 204);
    let status: Value = app
        .get_with(
            &format!("/api/applications/{reference}"),
            "authorization",
            &format!("Bearer {}", oslo["secret"].as_str().expect("secret")),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(status["status"], "in_progress", "the resident sees it");

    // Export: CSV with the national id, and formulas defused.
    let csv = app.staff_get(&kari, "/api/staff/export?format=csv").await;
    assert_eq!(csv.status(), 200);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .expect("text")
            .starts_with("text/csv")
    );
    let text = csv.text().await.expect("text");
    // A byte order mark, so a spreadsheet on Windows reads UTF-8; then Norwegian throughout.
    assert!(
        text.starts_with("\u{FEFF}Referanse,Mottatt,Status,"),
        "{text}"
    );
    assert!(text.contains(",Under behandling,"), "{text}");
    assert!(text.contains("15038500047"));
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert_eq!(text.lines().count(), 3);
    let json_export: Vec<Value> = app
        .staff_get(&kari, "/api/staff/export")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(json_export.len(), 2);

    // Deletion needs a reason, and removes the application.
    let delete = |reason: &'static str| {
        app.client
            .delete(format!(
                "{}/api/staff/applications/{reference}",
                app.address
            ))
            .header("cookie", &kari.cookie)
            .header("x-csrf-token", &kari.csrf)
            .json(&json!({ "reason": reason }))
            .send()
    };
    assert_eq!(delete("  ").await.expect("answers").status(), 422);
    assert_eq!(
        delete("Søknaden ble sendt to ganger.")
            .await
            .expect("answers")
            .status(),
        204
    );
    assert!(
        app.storage()
            .await
            .application(reference)
            .await
            .expect("reads")
            .is_none()
    );

    let log = app.storage().await.audit_log().await.expect("log");
    let actions: Vec<&str> = log.iter().map(|l| l.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "login", "list", "list", "list", "read", "read", "status", "export", "export", "delete"
        ]
    );
    assert!(log.iter().all(|l| l.staff_id.is_some()));
    let deleted = log.last().expect("a line");
    assert_eq!(deleted.reference.as_deref(), Some(reference));
    assert_eq!(deleted.detail, "Søknaden ble sendt to ganger.");
    assert!(
        !log.iter()
            .any(|l| l.detail.contains("15038500047") || l.detail.contains("Amal"))
    );

    // Nobody, not even the server's own connection, can change the log.
    let storage = app.storage().await;
    let tamper = match &storage {
        husly_server::storage::Storage::Sqlite(pool, _) => sqlx::query("DELETE FROM audit_log")
            .execute(pool)
            .await
            .map(drop),
        husly_server::storage::Storage::Postgres(pool) => sqlx::query("DELETE FROM audit_log")
            .execute(pool)
            .await
            .map(drop),
    };
    assert!(tamper.is_err());
    let tamper = match &storage {
        husly_server::storage::Storage::Sqlite(pool, _) => {
            sqlx::query("UPDATE audit_log SET detail = ''")
                .execute(pool)
                .await
                .map(drop)
        }
        husly_server::storage::Storage::Postgres(pool) => {
            sqlx::query("UPDATE audit_log SET detail = ''")
                .execute(pool)
                .await
                .map(drop)
        }
    };
    assert!(tamper.is_err());
}

#[tokio::test]
async fn the_front_desk_makes_applications_for_walk_ins_and_sees_only_those() {
    let app = spawn_app().await;
    app.add_staff("desk", "front_desk", "0301").await;
    app.add_staff("kari", "caseworker", "0301").await;
    let desk = app.sign_in("desk").await;
    let own = app
        .submit_as("desk-key-1", &application("0301", "Walk In"), Some(&desk))
        .await;
    app.submit_as("desk-key-2", &application("0301", "Someone Else"), None)
        .await;

    let inbox = app.inbox(&desk, "/api/staff/applications").await;
    assert_eq!(inbox.len(), 1);
    assert_eq!(inbox[0]["reference"], own["reference"]);
    assert_eq!(inbox[0]["on_behalf"], true);
    assert_eq!(
        app.staff_get(&desk, "/api/staff/export").await.status(),
        403
    );

    let kari = app.sign_in("kari").await;
    let all = app.inbox(&kari, "/api/staff/applications").await;
    assert_eq!(all.len(), 2);

    // Signing out ends the session on the server, not only in the browser.
    let out = app
        .client
        .post(format!("{}/api/staff/logout", app.address))
        .header("cookie", &desk.cookie)
        .header("x-csrf-token", &desk.csrf)
        .send()
        .await
        .expect("answers");
    assert_eq!(out.status(), 204);
    assert!(
        out.headers()["set-cookie"]
            .to_str()
            .expect("text")
            .contains("Max-Age=0")
    );
    assert_eq!(app.staff_get(&desk, "/api/staff/me").await.status(), 401);
}

#[tokio::test]
async fn a_session_ends_after_half_an_hour_without_use() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    let kari = app.sign_in("kari").await;
    assert_eq!(app.staff_get(&kari, "/api/staff/me").await.status(), 200);

    let long_ago = chrono::Utc::now() - chrono::Duration::minutes(31);
    let storage = app.storage().await;
    match &storage {
        husly_server::storage::Storage::Sqlite(pool, _) => {
            sqlx::query("UPDATE sessions SET last_seen = ?")
                .bind(long_ago)
                .execute(pool)
                .await
                .map(drop)
        }
        husly_server::storage::Storage::Postgres(pool) => {
            sqlx::query("UPDATE sessions SET last_seen = $1")
                .bind(long_ago)
                .execute(pool)
                .await
                .map(drop)
        }
    }
    .expect("ages the session");
    let expired = app.staff_get(&kari, "/api/staff/me").await;
    assert_eq!(expired.status(), 401);
    let body: Value = expired.json().await.expect("json");
    assert_eq!(body["message_id"], "error-staff-signed-out");
}

#[tokio::test]
async fn one_application_exported_filters_by_municipality_and_the_time_to_decision_measured() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    let first = app
        .submit_as("one-key-1", &application("0301", "Amal Hassan"), None)
        .await;
    app.submit_as("one-key-2", &application("0301", "Ivan Petrenko"), None)
        .await;
    let reference = first["reference"].as_str().expect("reference");
    let kari = app.sign_in("kari").await;

    let one: Vec<Value> = app
        .staff_get(&kari, &format!("/api/staff/export?reference={reference}"))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["reference"], reference);
    let elsewhere = app
        .inbox(&kari, "/api/staff/applications?municipality=3105")
        .await;
    assert!(
        elsewhere.is_empty(),
        "another municipality's number shows nothing"
    );
    let own = app
        .inbox(&kari, "/api/staff/applications?municipality=0301")
        .await;
    assert_eq!(own.len(), 2);

    let decided = app
        .client
        .post(format!(
            "{}/api/staff/applications/{reference}/status",
            app.address
        ))
        .header("cookie", &kari.cookie)
        .header("x-csrf-token", &kari.csrf)
        .json(&json!({ "status": "decided", "note": "Innvilget kommunal bolig." }))
        .send()
        .await
        .expect("answers");
    assert_eq!(decided.status(), 204);
    let metrics = app.get("/metrics").await.text().await.expect("text");
    assert!(
        metrics.contains("husly_decision_seconds_count 1"),
        "{metrics}"
    );
    assert!(metrics.contains("husly_applications{status=\"decided\",municipality=\"0301\"} 1"));
}
