//! `spawn_app()`: the real application on a free port, with a small built app in a temporary
//! directory and a throw-away database: an SQLite file, or, when `HUSLY_TEST_POSTGRES_URL` names a
//! PostgreSQL database (as `cargo xtask test` does on its second run of these tests), a schema of
//! its own in it.

use std::path::PathBuf;

use husly_server::{config::Config, startup::Application};
use tempfile::TempDir;

/// The index.html a trunk build would write: one inline loader script, one hashed asset.
pub const INDEX_HTML: &str = "<!DOCTYPE html><html lang=\"nb\"><head>\
<script type=\"module\">import init from '/husly-0123456789abcdef.js';init();</script>\
</head><body></body></html>";
pub const HASHED_JS: &str = "husly-0123456789abcdef.js";
pub const HASHED_JS_BODY: &str = "export default function init() {}";
pub const HASHED_JS_BROTLI: &[u8] = b"pretend-brotli-bytes";

/// The test's municipality profiles (made-up values): the national default, Oslo (0301) and
/// Bergen (4601), whose housing office also handles deposit guarantees.
pub const PROFILES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/municipalities");

/// The server's own estimate of `application` on `date`: with the test profile in force for its
/// municipality, as `routes/applications.rs` recomputes it.
pub fn recomputed(
    application: &rules::application::Application,
    date: chrono::NaiveDate,
) -> rules::application::EstimateSummary {
    let profiles = husly_server::profiles::Profiles::load(std::path::Path::new(PROFILES))
        .expect("the test profiles load");
    let number = rules::municipality::resolve(&application.municipality, date)
        .map(|r| r.municipality.number)
        .expect("a municipality");
    application
        .summarize_in(date, profiles.set.in_force(number, date))
        .expect("the rules estimate it")
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub data_dir: PathBuf,
    pub database_url: String,
    _dirs: TempDir,
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request reaches the server")
    }

    /// A second connection to the app's database, to check what was stored.
    pub async fn storage(&self) -> husly_server::storage::Storage {
        husly_server::storage::Storage::connect(&self.database_url)
            .await
            .expect("database")
    }

    /// How many applications the app's database holds.
    pub async fn application_count(&self) -> i64 {
        self.storage()
            .await
            .application_count()
            .await
            .expect("count")
    }

    /// The server's keys, read from the key file it created in its data dir.
    pub fn secrets(&self) -> husly_server::secrets::Secrets {
        husly_server::secrets::Secrets::load(None, &self.data_dir).expect("the key file")
    }

    pub async fn get_with(&self, path: &str, header: &str, value: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header(header, value)
            .send()
            .await
            .expect("request reaches the server")
    }
}

/// A database of its own for one test: None for the default SQLite file in the data dir.
pub async fn test_database() -> Option<String> {
    let url = std::env::var("HUSLY_TEST_POSTGRES_URL").ok()?;
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("randomness");
    let schema: String = std::iter::once("t_".to_string())
        .chain(bytes.iter().map(|b| format!("{b:02x}")))
        .collect();
    let admin = sqlx::PgPool::connect(&url)
        .await
        .expect("the test PostgreSQL answers");
    sqlx::query(&format!("CREATE SCHEMA {schema}"))
        .execute(&admin)
        .await
        .expect("create schema");
    admin.close().await;
    let separator = if url.contains('?') { '&' } else { '?' };
    Some(format!(
        "{url}{separator}options=-c%20search_path%3D{schema}"
    ))
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(test_database().await, |_| {}).await
}

/// The app with its configuration changed by `adjust` (its database as `spawn_app`'s).
pub async fn spawn_app_configured(adjust: impl FnOnce(&mut Config)) -> TestApp {
    spawn_app_with(test_database().await, adjust).await
}

/// Always SQLite, for what only concerns the SQLite file.
pub async fn spawn_sqlite_app() -> TestApp {
    spawn_app_with(None, |_| {}).await
}

async fn spawn_app_with(database_url: Option<String>, adjust: impl FnOnce(&mut Config)) -> TestApp {
    let dirs = tempfile::tempdir().expect("temp dir");
    let dist = dirs.path().join("dist");
    std::fs::create_dir_all(&dist).expect("dist dir");
    std::fs::write(dist.join("index.html"), INDEX_HTML).expect("index");
    std::fs::write(dist.join(HASHED_JS), HASHED_JS_BODY).expect("js");
    std::fs::write(dist.join(format!("{HASHED_JS}.br")), HASHED_JS_BROTLI).expect("js.br");
    std::fs::write(dist.join("robots.txt"), "User-agent: *\n").expect("robots");
    let data_dir = dirs.path().join("data");

    let config = Config {
        bind: "127.0.0.1:0".parse().expect("address"),
        data_dir: data_dir.clone(),
        database_url,
        secret_key: None,
        submissions_per_minute: 30,
        logins_per_minute: 10,
        dist_dir: dist,
        profiles_dir: PROFILES.into(),
        create_data_dir: true,
        edges: Default::default(),
        hsts: false,
        command: None,
    };
    let mut config = config;
    adjust(&mut config);
    let database_url = config.effective_database_url();
    let app = Application::build(&config)
        .await
        .expect("application builds");
    let address = format!("http://{}", app.local_addr());
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        client: reqwest::Client::new(),
        data_dir,
        database_url,
        _dirs: dirs,
    }
}
