//! Two server processes (replicas A and B) on one database with one secret key, as behind a
//! load balancer: whatever one stores or decides, the other knows. On PostgreSQL when
//! `HUSLY_TEST_POSTGRES_URL` is set (a schema of its own, as every test here), else on one SQLite
//! file that both processes open (as during a restart that overlaps the old process).

use base64::{Engine, engine::general_purpose::STANDARD};
use serde_json::{Value, json};

use crate::{
    helpers::{INDEX_HTML, test_database},
    server_process::{Server, Shared, start},
};

const PASSWORD: &str = "a long enough password";

fn application() -> Value {
    json!({
        "municipality": "0301",
        "person": { "name": "Amina Hassan", "national_id": "15038500047", "phone": "912 34 567",
                    "preferred_language": "so" },
        "household": { "adults": 1, "children_ages": [3] },
        "income": { "amount": "240000" },
        "housing": { "kind": "rented", "monthly_cost": "11000" },
        "help_wanted": ["municipal_rental_home"],
        "own_words": "Vi må flytte innen en måned.",
        "consent": true
    })
}

/// Two replicas, the database they share, and what keeps their directories alive.
struct Replicas {
    a: Server,
    b: Server,
    database_url: String,
    client: reqwest::Client,
    _dirs: tempfile::TempDir,
}

async fn two_replicas() -> Replicas {
    let dirs = tempfile::tempdir().expect("temp dir");
    let dist = dirs.path().join("dist");
    std::fs::create_dir_all(&dist).expect("dist");
    std::fs::write(dist.join("index.html"), INDEX_HTML).expect("index");
    let database_url = match test_database().await {
        Some(url) => url,
        None => {
            eprintln!(
                "replicas: HUSLY_TEST_POSTGRES_URL is not set, so both processes share one SQLite \
                 file; `cargo xtask test` runs this again on PostgreSQL"
            );
            format!("sqlite://{}", dirs.path().join("shared.sqlite3").display())
        }
    };
    let mut key = [0u8; 32];
    getrandom::fill(&mut key).expect("randomness");
    let shared = Shared {
        database_url: Some(database_url.clone()),
        secret_key: Some(STANDARD.encode(key)),
    };
    // Each has a data dir of its own: nothing but the database and the key is shared.
    let a = start(&dirs.path().join("a"), &dist, &shared);
    let b = start(&dirs.path().join("b"), &dist, &shared);
    Replicas {
        a,
        b,
        database_url,
        client: reqwest::Client::new(),
        _dirs: dirs,
    }
}

impl Replicas {
    async fn login(&self, on: &Server, username: &str, password: &str) -> reqwest::Response {
        self.client
            .post(format!("{}/api/staff/login", on.address))
            .json(&json!({ "username": username, "password": password }))
            .send()
            .await
            .expect("answers")
    }

    /// Signs in on `on`: the cookie (name=value) and the CSRF token.
    async fn sign_in(&self, on: &Server, username: &str) -> (String, String) {
        let response = self.login(on, username, PASSWORD).await;
        assert_eq!(response.status(), 200, "{username} signs in");
        let cookie = response.headers()["set-cookie"]
            .to_str()
            .expect("text")
            .split(';')
            .next()
            .expect("name=value")
            .to_string();
        let me: Value = response.json().await.expect("json");
        (cookie, me["csrf_token"].as_str().expect("csrf").to_string())
    }

    async fn me(&self, on: &Server, cookie: &str) -> u16 {
        self.client
            .get(format!("{}/api/staff/me", on.address))
            .header("cookie", cookie)
            .send()
            .await
            .expect("answers")
            .status()
            .as_u16()
    }

    /// The status the resident reads with their receipt.
    async fn status(&self, on: &Server, reference: &str, secret: &str) -> Value {
        let response = self
            .client
            .get(format!("{}/api/applications/{reference}", on.address))
            .bearer_auth(secret)
            .send()
            .await
            .expect("answers");
        assert_eq!(
            response.status(),
            200,
            "the receipt reads on {}",
            on.address
        );
        response.json().await.expect("json")
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_replicas_on_one_database_agree() {
    let replicas = two_replicas().await;
    let (a, b) = (&replicas.a, &replicas.b);
    let storage = husly_server::storage::Storage::connect(&replicas.database_url)
        .await
        .expect("database");
    for username in ["kari", "ola"] {
        husly_server::auth::create_account(&storage, username, PASSWORD, "caseworker", "0301")
            .await
            .expect("account");
    }

    // 40 concurrent retries of one application, half to each replica: one application.
    let sends = (0..40).map(|i| {
        let on = if i % 2 == 0 { a } else { b };
        replicas
            .client
            .post(format!("{}/api/applications", on.address))
            .header("Idempotency-Key", "replicas-one-application")
            .json(&application())
            .send()
    });
    let mut created = 0;
    let mut receipts = Vec::new();
    for response in futures::future::join_all(sends).await {
        let response = response.expect("answers");
        let status = response.status().as_u16();
        assert!(status == 201 || status == 200, "answered {status}");
        created += usize::from(status == 201);
        receipts.push(response.json::<Value>().await.expect("json"));
    }
    assert_eq!(created, 1, "exactly one retry stored it");
    assert!(receipts.iter().all(|r| *r == receipts[0]), "{receipts:?}");
    assert_eq!(storage.application_count().await.expect("count"), 1);
    let reference = receipts[0]["reference"].as_str().expect("reference");
    let secret = receipts[0]["secret"].as_str().expect("secret");

    // A receipt from A reads its status on B.
    assert_eq!(
        replicas.status(b, reference, secret).await["status"],
        "received"
    );

    // Signed in on A, known on B; a status change on A is seen on B.
    let (cookie, csrf) = replicas.sign_in(a, "kari").await;
    assert_eq!(replicas.me(b, &cookie).await, 200, "A's session works on B");
    let changed = replicas
        .client
        .post(format!(
            "{}/api/staff/applications/{reference}/status",
            a.address
        ))
        .header("cookie", &cookie)
        .header("x-csrf-token", &csrf)
        .json(&json!({ "status": "in_progress", "note": "Ringt søker." }))
        .send()
        .await
        .expect("answers");
    assert_eq!(changed.status(), 204);
    assert_eq!(
        replicas.status(b, reference, secret).await["status"],
        "in_progress"
    );
    let seen: Value = replicas
        .client
        .get(format!("{}/api/staff/applications/{reference}", b.address))
        .header("cookie", &cookie)
        .send()
        .await
        .expect("answers")
        .json()
        .await
        .expect("json");
    assert_eq!(seen["status"], "in_progress", "{seen}");

    // Signed out on B: the session is over on A too.
    let out = replicas
        .client
        .post(format!("{}/api/staff/logout", b.address))
        .header("cookie", &cookie)
        .header("x-csrf-token", &csrf)
        .send()
        .await
        .expect("answers");
    assert_eq!(out.status(), 204);
    assert_eq!(
        replicas.me(a, &cookie).await,
        401,
        "B's logout ends it on A"
    );

    // Five wrong passwords, spread over both, lock the account on both.
    for (attempt, on) in [a, b, a, b, a].into_iter().enumerate() {
        let wrong = replicas.login(on, "ola", "not the password").await;
        assert_eq!(wrong.status(), 401, "attempt {attempt}");
    }
    for on in [a, b] {
        let locked = replicas.login(on, "ola", PASSWORD).await;
        assert_eq!(locked.status(), 401, "locked on {}", on.address);
    }
    let details: Vec<String> = storage
        .audit_log()
        .await
        .expect("log")
        .into_iter()
        .filter(|l| l.action == "login_failed")
        .map(|l| l.detail)
        .collect();
    assert_eq!(
        details[4], "wrong password; account now locked",
        "{details:?}"
    );
    assert_eq!(details[5..], ["account locked", "account locked"]);
    storage.close().await;
}
