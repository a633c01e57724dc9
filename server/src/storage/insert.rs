//! Storing one application: the one INSERT (a retry under the same idempotency key inserts
//! nothing and reads what is there), run on a pooled PostgreSQL connection or, on SQLite, by the
//! one writer task that commits applications in groups (one fsync for up to `GROUP`).

use rules::application::EstimateSummary;
use sqlx::sqlite::SqlitePool;

use super::{Conn, guard, on_both};

/// An application to store: the payload without the national id, which comes sealed.
#[derive(Debug)]
pub struct NewApplication<'a> {
    pub reference: &'a str,
    pub idempotency_key: &'a str,
    pub payload: &'a serde_json::Value,
    pub national_id_sealed: &'a [u8],
    pub fingerprint: &'a str,
    pub municipality: &'a str,
    /// The server's own estimate, and whether it differs from the one the resident saw.
    pub recomputed_estimate: &'a EstimateSummary,
    pub estimate_differs: bool,
    /// The front-desk employee who made it on behalf of a walk-in.
    pub created_by_staff: Option<i64>,
}

impl NewApplication<'_> {
    pub(super) fn to_owned(&self) -> OwnedNewApplication {
        OwnedNewApplication {
            reference: self.reference.to_string(),
            idempotency_key: self.idempotency_key.to_string(),
            payload: self.payload.clone(),
            national_id_sealed: self.national_id_sealed.to_vec(),
            fingerprint: self.fingerprint.to_string(),
            municipality: self.municipality.to_string(),
            recomputed_estimate: self.recomputed_estimate.clone(),
            estimate_differs: self.estimate_differs,
            created_by_staff: self.created_by_staff,
        }
    }
}

/// A `NewApplication` that can travel to the writer task.
#[derive(Debug)]
pub(super) struct OwnedNewApplication {
    reference: String,
    idempotency_key: String,
    payload: serde_json::Value,
    national_id_sealed: Vec<u8>,
    fingerprint: String,
    municipality: String,
    recomputed_estimate: EstimateSummary,
    estimate_differs: bool,
    created_by_staff: Option<i64>,
}

/// The one statement that stores an application: a second one under the same idempotency key
/// inserts nothing, and `insert` then reads what is there.
const INSERT: &str = "INSERT INTO applications (reference, idempotency_key, payload, \
     created_at, national_id_sealed, fingerprint, municipality, recomputed_estimate, \
     estimate_differs, created_by_staff) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
     ON CONFLICT (idempotency_key) DO NOTHING";

/// What an insert found: the new row, or the reference and fingerprint already under the key.
fn outcome(
    inserted: u64,
    reference: &str,
    existing: Option<(String, Option<String>)>,
    fingerprint: &str,
) -> Result<Stored, sqlx::Error> {
    if inserted == 1 {
        return Ok(Stored::New(reference.to_string()));
    }
    let (existing, stored) = existing.ok_or(sqlx::Error::RowNotFound)?;
    Ok(if stored.as_deref() == Some(fingerprint) {
        Stored::Replayed(existing)
    } else {
        Stored::KeyReusedForOtherContent
    })
}

/// Inserts `new` on `conn` (SQLite: inside the writer's transaction), or finds what is under its
/// key already.
pub(super) async fn insert(
    mut conn: Conn<'_>,
    new: &OwnedNewApplication,
) -> Result<Stored, sqlx::Error> {
    let inserted = on_both!(conn: &mut conn, sqlx::query, INSERT, execute, |q| q
        .bind(&new.reference)
        .bind(&new.idempotency_key)
        .bind(sqlx::types::Json(&new.payload))
        .bind(chrono::Utc::now())
        .bind(&new.national_id_sealed)
        .bind(&new.fingerprint)
        .bind(&new.municipality)
        .bind(sqlx::types::Json(&new.recomputed_estimate))
        .bind(new.estimate_differs)
        .bind(new.created_by_staff))?;
    let existing = if inserted == 1 {
        None
    } else {
        on_both!(
            conn: &mut conn,
            sqlx::query_as::<_, (String, Option<String>)>,
            "SELECT reference, fingerprint FROM applications WHERE idempotency_key = ?",
            fetch_optional,
            |q| q.bind(&new.idempotency_key)
        )?
    };
    outcome(inserted, &new.reference, existing, &new.fingerprint)
}

/// SQLite has one writer at a time and syncs the WAL at every commit. Many connections racing
/// for the write lock wait and retry; one task that takes every waiting application and commits
/// them in one transaction (group commit) pays one sync for the group. Each submitter hears
/// back only after the commit.
#[derive(Debug, Clone)]
pub struct Writer(tokio::sync::mpsc::Sender<WriteJob>);

type WriteJob = (
    OwnedNewApplication,
    tokio::sync::oneshot::Sender<Result<Stored, sqlx::Error>>,
);

/// The most applications committed together.
const GROUP: usize = 128;

impl Writer {
    pub(super) fn spawn(pool: SqlitePool) -> Self {
        let (sender, mut receiver) = tokio::sync::mpsc::channel::<WriteJob>(1024);
        tokio::spawn(async move {
            let mut jobs = Vec::with_capacity(GROUP);
            while receiver.recv_many(&mut jobs, GROUP).await > 0 {
                let results = commit_group(&pool, &jobs).await;
                for ((_, reply), result) in jobs.drain(..).zip(results) {
                    let _ = reply.send(result);
                }
            }
        });
        Self(sender)
    }

    pub(super) async fn insert(&self, new: OwnedNewApplication) -> Result<Stored, sqlx::Error> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        self.0
            .send((new, reply))
            .await
            .map_err(|_| sqlx::Error::PoolClosed)?;
        answer.await.map_err(|_| sqlx::Error::PoolClosed)?
    }
}

/// Commits `jobs` in one transaction; if that fails, each in its own, so one bad application
/// cannot fail the others.
async fn commit_group(pool: &SqlitePool, jobs: &[WriteJob]) -> Vec<Result<Stored, sqlx::Error>> {
    // A deleted data directory still takes writes through the open file, and loses them at the
    // restart: refuse them instead.
    if guard::missing_file(pool).is_some() {
        return jobs
            .iter()
            .map(|_| Err(sqlx::Error::Io(std::io::ErrorKind::NotFound.into())))
            .collect();
    }
    let together = async {
        let mut tx = crate::storage::begin_write(pool).await?;
        let mut results = Vec::with_capacity(jobs.len());
        for (new, _) in jobs {
            results.push(insert(Conn::Sqlite(&mut tx), new).await?);
        }
        tx.commit().await?;
        Ok::<_, sqlx::Error>(results)
    };
    match together.await {
        Ok(results) => results.into_iter().map(Ok).collect(),
        Err(_) if jobs.len() > 1 => {
            let mut results = Vec::with_capacity(jobs.len());
            for (new, _) in jobs {
                let one = async {
                    let mut tx = crate::storage::begin_write(pool).await?;
                    let stored = insert(Conn::Sqlite(&mut tx), new).await?;
                    tx.commit().await?;
                    Ok(stored)
                };
                results.push(one.await);
            }
            results
        }
        Err(e) => vec![Err(e)],
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
