//! Where applications are kept: SQLite by default (one file, WAL, durable commits), PostgreSQL when
//! the database URL says `postgres://`. All SQL lives in this module: reading applications here,
//! storing one in `insert.rs`, the inbox's and export's listing in `listing.rs`, staff,
//! sessions, status changes and the audit log in `staff.rs`, decisions in `decisions.rs`, appeals in `appeals.rs`, invitations to a
//! meeting in `interviews.rs`, documents in `documents.rs`, the tenant screening runs in `screenings.rs`, the key check in `guard.rs` and a
//! key rotation in `rotate.rs`. Each statement is written once with `?` placeholders and run on
//! either database by `on_both!`.

mod appeals;
mod decisions;
mod documents;
mod guard;
mod insert;
mod interviews;
pub mod listing;
mod overview;
mod rotate;
mod screenings;
pub mod staff;

pub use appeals::AppealKept;
pub use decisions::Kept;
pub use documents::{PartKept, Started, StoredDocument};
pub use insert::{NewApplication, Stored, Writer};
pub use rotate::{Resealed, SealedRow};
pub use screenings::Run;
pub use staff::{AuditLine, Session, StaffMember};

/// `?` placeholders as PostgreSQL wants them: `$1, $2, …` (none of our SQL has `?` in a string).
pub(crate) fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push('$');
            out.push_str(&n.to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// Runs one statement, written once with `?` placeholders, on whichever database this is:
/// `on_both!(storage, sqlx::query_as::<_, (i64,)>, "SELECT …", fetch_one, |q| q.bind(x))`;
/// with `execute`, it gives the number of rows affected. `on_both!(conn: c, …)` runs it on a
/// [`Conn`] instead (one connection, say inside a transaction) rather than on the pool.
macro_rules! on_both {
    (conn: $conn:expr, $make:expr, $sql:expr, $finish:ident, |$q:ident| $binds:expr) => {
        match $conn {
            $crate::storage::Conn::Sqlite(c) => {
                $crate::storage::on_both!(@run &mut **c, $make, $sql, $finish, |$q| $binds)
            }
            $crate::storage::Conn::Postgres(c) => {
                let sql = $crate::storage::numbered($sql);
                $crate::storage::on_both!(@run &mut **c, $make, &sql, $finish, |$q| $binds)
            }
        }
    };
    (@run $executor:expr, $make:expr, $sql:expr, execute, |$q:ident| $binds:expr) => {{
        // Each database has its own result type: the rows affected is what both have.
        let $q = $make($sql);
        $binds.execute($executor).await.map(|r| r.rows_affected())
    }};
    (@run $executor:expr, $make:expr, $sql:expr, $finish:ident, |$q:ident| $binds:expr) => {{
        let $q = $make($sql);
        $binds.$finish($executor).await
    }};
    ($storage:expr, $make:expr, $sql:expr, $finish:ident, |$q:ident| $binds:expr) => {
        match $storage {
            $crate::storage::Storage::Sqlite(pool, _) => {
                $crate::storage::on_both!(@run pool, $make, $sql, $finish, |$q| $binds)
            }
            $crate::storage::Storage::Postgres(pool) => {
                let sql = $crate::storage::numbered($sql);
                $crate::storage::on_both!(@run pool, $make, &sql, $finish, |$q| $binds)
            }
        }
    };
}
pub(crate) use on_both;

use std::{path::Path, str::FromStr};

use anyhow::Context;
use rules::{application::EstimateSummary, wire::ApplicationStatus};
use sqlx::{
    postgres::{PgConnection, PgPool, PgPoolOptions},
    sqlite::{
        SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePool, SqlitePoolOptions,
        SqliteSynchronous,
    },
};

/// Begins a transaction that will write, on SQLite: `BEGIN IMMEDIATE`, so it takes the write
/// lock at once and waits for it (the pool's busy timeout). A plain (deferred) transaction that
/// reads first and then writes is refused "database is locked" at once, without waiting, when
/// another connection wrote in between: under load that was a 500 for a document started while
/// others were (`tests/api/documents.rs`). Every SQLite write transaction begins here.
pub(crate) async fn begin_write(
    pool: &SqlitePool,
) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

/// One connection of either database, for statements that must run on it (in a transaction,
/// or one after another): `on_both!(conn: …)`.
pub(crate) enum Conn<'c> {
    Sqlite(&'c mut SqliteConnection),
    Postgres(&'c mut PgConnection),
}

/// A connection pool to one of the supported databases, with its migrations applied.
#[derive(Clone, Debug)]
pub enum Storage {
    /// The pool for reads, and the one writer task that commits applications in groups.
    Sqlite(SqlitePool, Writer),
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
            let file = options.get_filename().to_path_buf();
            guard::create_private_file(&file)?;
            let pool = SqlitePoolOptions::new()
                .max_connections(4)
                .connect_with(options)
                .await
                .context("cannot open the SQLite database")?;
            sqlx::migrate!("./migrations/sqlite")
                .run(&pool)
                .await
                .context("cannot migrate the SQLite database")?;
            guard::make_files_private(&file);
            let writer = Writer::spawn(pool.clone());
            Ok(Self::Sqlite(pool, writer))
        } else {
            anyhow::bail!("unsupported database URL: it must start with sqlite: or postgres://")
        }
    }

    /// Which database this is, for logs and `/api/version`-style diagnostics.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Sqlite(..) => "sqlite",
            Self::Postgres(_) => "postgres",
        }
    }

    /// The names of the tables the migrations created, sorted; used by tests and diagnostics.
    pub async fn table_names(&self) -> anyhow::Result<Vec<String>> {
        let names = match self {
            Self::Sqlite(pool, _) => {
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

    /// Stores an application under its idempotency key, once: a second call with the same key
    /// gives the first reference back (or says the key was used for other content) and adds no
    /// row. The unique key decides inside the database, so two concurrent retries cannot both
    /// insert. Returns only once the row is committed (durable, for SQLite: synchronous=FULL).
    pub async fn insert_application(
        &self,
        new: &NewApplication<'_>,
    ) -> Result<Stored, sqlx::Error> {
        match self {
            Self::Sqlite(_, writer) => writer.insert(new.to_owned()).await,
            Self::Postgres(pool) => {
                let mut connection = pool.acquire().await?;
                insert::insert(Conn::Postgres(&mut connection), &new.to_owned()).await
            }
        }
    }

    /// One stored application, by its reference.
    pub async fn application(
        &self,
        reference: &str,
    ) -> Result<Option<StoredApplication>, sqlx::Error> {
        let sql = format!("SELECT {APPLICATION_COLUMNS} FROM applications WHERE reference = ?");
        let row: Option<ApplicationRow> = on_both!(
            self,
            sqlx::query_as::<_, ApplicationRow>,
            &sql,
            fetch_optional,
            |q| q.bind(reference)
        )?;
        row.map(|r| r.into_parts().map(|(_, a)| a)).transpose()
    }

    /// How many applications there are of each (status, municipality).
    pub async fn counts_by_status_and_municipality(
        &self,
    ) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
        on_both!(
            self,
            sqlx::query_as::<_, (String, String, i64)>,
            "SELECT status, municipality, COUNT(*) FROM applications \
             GROUP BY status, municipality ORDER BY status, municipality",
            fetch_all,
            |q| q
        )
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        on_both!(self, sqlx::query, "SELECT 1", execute, |q| q).map(drop)
    }

    /// How many applications are stored.
    pub async fn application_count(&self) -> Result<i64, sqlx::Error> {
        on_both!(
            self,
            sqlx::query_scalar::<_, i64>,
            "SELECT COUNT(*) FROM applications",
            fetch_one,
            |q| q
        )
    }

    /// Closes every connection; SQLite checkpoints its WAL.
    pub async fn close(&self) {
        match self {
            Self::Sqlite(pool, _) => pool.close().await,
            Self::Postgres(pool) => pool.close().await,
        }
    }
}

/// The columns `ApplicationRow` reads.
pub(crate) const APPLICATION_COLUMNS: &str = "reference, payload, national_id_sealed, status, \
     municipality, created_at, recomputed_estimate, estimate_differs, created_by_staff";

/// One row of `applications`, as read by both databases.
#[derive(sqlx::FromRow)]
pub(crate) struct ApplicationRow {
    reference: String,
    payload: sqlx::types::Json<serde_json::Value>,
    national_id_sealed: Option<Vec<u8>>,
    status: String,
    municipality: String,
    created_at: chrono::DateTime<chrono::Utc>,
    recomputed_estimate: Option<sqlx::types::Json<serde_json::Value>>,
    estimate_differs: bool,
    created_by_staff: Option<i64>,
}

impl ApplicationRow {
    /// The reference and the application.
    pub(crate) fn into_parts(self) -> Result<(String, StoredApplication), sqlx::Error> {
        // An estimate stored in a shape this version no longer reads is no estimate: staff are
        // told there is none rather than shown a guess.
        let recomputed_estimate = self.recomputed_estimate.and_then(|j| {
            serde_json::from_value(j.0)
                .inspect_err(|_| tracing::warn!("a stored estimate does not read"))
                .ok()
        });
        Ok((
            self.reference,
            StoredApplication {
                payload: self.payload.0,
                national_id_sealed: self.national_id_sealed,
                status: status_from(&self.status)?,
                municipality: self.municipality,
                created_at: self.created_at,
                recomputed_estimate,
                estimate_differs: self.estimate_differs,
                created_by_staff: self.created_by_staff,
            },
        ))
    }
}

/// A stored status's enum; the database's CHECK allows no other text.
pub(crate) fn status_from(text: &str) -> Result<ApplicationStatus, sqlx::Error> {
    ApplicationStatus::parse(text)
        .ok_or_else(|| sqlx::Error::Decode(format!("unknown status {text:?}").into()))
}

/// An application as stored.
#[derive(Debug, Clone)]
pub struct StoredApplication {
    pub payload: serde_json::Value,
    pub national_id_sealed: Option<Vec<u8>>,
    pub status: ApplicationStatus,
    pub municipality: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// The server's estimate of the answers (None for rows from before it was kept).
    pub recomputed_estimate: Option<EstimateSummary>,
    pub estimate_differs: bool,
    /// The front-desk employee who made it on behalf of a walk-in: the one truth of
    /// "on behalf", whatever the payload says.
    pub created_by_staff: Option<i64>,
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

/// A reference as people retype it ("hus-abcde-fghjk ") in the form it is stored: references
/// are upper case, so case and surrounding spaces never make one "not found".
pub fn normal_reference(text: &str) -> String {
    text.trim().to_ascii_uppercase()
}

/// Creates `dir` (and its parents) readable by its owner only (0700).
pub fn create_dir(dir: &Path) -> anyhow::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
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
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            for name in ["husly.sqlite3", "husly.sqlite3-wal", "husly.sqlite3-shm"] {
                let path = dir.path().join("nested").join(name);
                let mode = std::fs::metadata(&path).expect(name).permissions().mode();
                assert_eq!(mode & 0o777, 0o600, "{name}");
            }
        }
        assert_eq!(storage.kind(), "sqlite");
        assert_eq!(
            storage.table_names().await.expect("lists"),
            vec![
                "appeals",
                "applications",
                "audit_log",
                "decisions",
                "document_parts",
                "documents",
                "interviews",
                "key_check",
                "screenings",
                "sessions",
                "staff",
                "status_changes",
                "write_probe"
            ]
        );
        storage.close().await;
    }

    #[tokio::test]
    async fn sqlite_commits_are_durable_before_they_are_acknowledged() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("d.sqlite3").display());
        let Storage::Sqlite(pool, _) = Storage::connect(&url).await.expect("connects") else {
            panic!("an SQLite URL gives SQLite");
        };
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&pool)
            .await
            .expect("pragma");
        assert_eq!(mode, "wal");
        // 2 = FULL: the WAL is synced to disk at every commit, so an acknowledged application
        // survives a power cut, not only a killed process (tests/crash.rs).
        let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(&pool)
            .await
            .expect("pragma");
        assert_eq!(synchronous, 2);
        pool.close().await;
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
