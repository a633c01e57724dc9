//! Where applications are kept: SQLite by default (one file, WAL, durable commits), PostgreSQL when
//! the database URL says `postgres://`. All SQL lives in this module.

use std::{path::Path, str::FromStr};

use anyhow::Context;
use sqlx::{
    postgres::{PgPool, PgPoolOptions},
    sqlite::{
        SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
    },
};

/// A connection pool to one of the supported databases, with its migrations applied.
#[derive(Clone, Debug)]
pub enum Storage {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl Storage {
    /// Connects to `url`, creating an SQLite file (and its directory) on first run, then migrates.
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .connect(url)
                .await
                .context("cannot connect to the PostgreSQL database")?;
            sqlx::migrate!("./migrations/postgres")
                .run(&pool)
                .await
                .context("cannot migrate the PostgreSQL database")?;
            Ok(Self::Postgres(pool))
        } else if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .with_context(|| format!("invalid SQLite database URL {url:?}"))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // FULL: a commit is on disk before it is acknowledged, even on power loss.
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true);
            if let Some(dir) = options
                .get_filename()
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
            {
                create_dir(dir)?;
            }
            let pool = SqlitePoolOptions::new()
                .max_connections(4)
                .connect_with(options)
                .await
                .context("cannot open the SQLite database")?;
            sqlx::migrate!("./migrations/sqlite")
                .run(&pool)
                .await
                .context("cannot migrate the SQLite database")?;
            Ok(Self::Sqlite(pool))
        } else {
            anyhow::bail!("unsupported database URL: it must start with sqlite: or postgres://")
        }
    }

    /// Which database this is, for logs and `/api/version`-style diagnostics.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "sqlite",
            Self::Postgres(_) => "postgres",
        }
    }

    /// The names of the tables the migrations created, sorted; used by tests and diagnostics.
    pub async fn table_names(&self) -> anyhow::Result<Vec<String>> {
        let names = match self {
            Self::Sqlite(pool) => {
                sqlx::query_scalar(
                    "SELECT name FROM sqlite_master WHERE type = 'table' \
                     AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx_%' ORDER BY name",
                )
                .fetch_all(pool)
                .await?
            }
            Self::Postgres(pool) => {
                sqlx::query_scalar(
                    "SELECT table_name::text FROM information_schema.tables \
                     WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx_%' \
                     ORDER BY table_name",
                )
                .fetch_all(pool)
                .await?
            }
        };
        Ok(names)
    }

    /// Stores an application under `idempotency_key`, once: a second call with the same key gives
    /// the first reference back (or says the key was used for other content) and adds no row.
    pub async fn insert_application(
        &self,
        reference: &str,
        idempotency_key: &str,
        payload: &serde_json::Value,
    ) -> Result<Stored, sqlx::Error> {
        let now = chrono::Utc::now();
        let json = sqlx::types::Json(payload);
        // The unique key decides, inside the database: two concurrent retries cannot both insert.
        let inserted = match self {
            Self::Sqlite(pool) => sqlx::query(
                "INSERT INTO applications (reference, idempotency_key, payload, created_at) \
                     VALUES (?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING",
            )
            .bind(reference)
            .bind(idempotency_key)
            .bind(json)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected(),
            Self::Postgres(pool) => sqlx::query(
                "INSERT INTO applications (reference, idempotency_key, payload, created_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (idempotency_key) DO NOTHING",
            )
            .bind(reference)
            .bind(idempotency_key)
            .bind(json)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected(),
        };
        if inserted == 1 {
            return Ok(Stored::New(reference.to_string()));
        }
        let (existing, stored): (String, sqlx::types::Json<serde_json::Value>) = match self {
            Self::Sqlite(pool) => {
                sqlx::query_as(
                    "SELECT reference, payload FROM applications WHERE idempotency_key = ?",
                )
                .bind(idempotency_key)
                .fetch_one(pool)
                .await?
            }
            Self::Postgres(pool) => {
                sqlx::query_as(
                    "SELECT reference, payload FROM applications WHERE idempotency_key = $1",
                )
                .bind(idempotency_key)
                .fetch_one(pool)
                .await?
            }
        };
        Ok(if stored.0 == *payload {
            Stored::Replayed(existing)
        } else {
            Stored::KeyReusedForOtherContent
        })
    }

    /// How many applications are stored.
    pub async fn application_count(&self) -> Result<i64, sqlx::Error> {
        match self {
            Self::Sqlite(pool) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM applications")
                    .fetch_one(pool)
                    .await
            }
            Self::Postgres(pool) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM applications")
                    .fetch_one(pool)
                    .await
            }
        }
    }

    /// Closes every connection; SQLite checkpoints its WAL.
    pub async fn close(&self) {
        match self {
            Self::Sqlite(pool) => pool.close().await,
            Self::Postgres(pool) => pool.close().await,
        }
    }
}

/// What storing an application did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// A new row, with this reference.
    New(String),
    /// The same key and content came before: its reference, and no new row.
    Replayed(String),
    /// The key was used before for a different application.
    KeyReusedForOtherContent,
}

/// Crockford's base32: no I, L, O or U, so a reference read aloud or retyped is not misread.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new application reference, "HUS-" and ten random characters in two groups (50 bits):
/// unguessable, and short enough to read over the phone.
pub fn reference() -> anyhow::Result<String> {
    let mut bytes = [0u8; 10];
    getrandom::fill(&mut bytes)
        .map_err(|e| anyhow::anyhow!("no randomness for a reference: {e}"))?;
    let chars: String = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(b & 31)] as char)
        .collect();
    Ok(format!("HUS-{}-{}", &chars[..5], &chars[5..]))
}

fn create_dir(dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the data directory {}", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn sqlite_file_and_its_directory_are_created_and_migrated_on_first_run() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("nested").join("husly.sqlite3");
        let storage = Storage::connect(&format!("sqlite://{}", file.display()))
            .await
            .expect("connects");
        assert!(file.exists());
        assert_eq!(storage.kind(), "sqlite");
        assert_eq!(
            storage.table_names().await.expect("lists"),
            vec!["applications"]
        );
        storage.close().await;
    }

    #[test]
    fn references_are_readable_and_differ() {
        let a = reference().expect("random");
        let b = reference().expect("random");
        assert_ne!(a, b);
        assert_eq!(a.len(), "HUS-XXXXX-XXXXX".len());
        assert!(a.starts_with("HUS-"));
        assert!(
            a[4..]
                .chars()
                .all(|c| c == '-' || ALPHABET.contains(&(c as u8))),
            "{a}"
        );
    }

    #[tokio::test]
    async fn an_unknown_database_scheme_is_a_clear_error() {
        let error = Storage::connect("mysql://localhost/x")
            .await
            .expect_err("rejected");
        assert!(error.to_string().contains("unsupported database URL"));
    }
}
