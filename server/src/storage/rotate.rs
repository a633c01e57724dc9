//! A key rotation in the database: every application's sealed national id, fingerprint and
//! receipt digests rewritten, and the key check value replaced, in one transaction.

use super::{Storage, numbered};

/// What a rotation reads of one application.
#[derive(Debug)]
pub struct SealedRow {
    pub reference: String,
    pub payload: serde_json::Value,
    pub national_id_sealed: Option<Vec<u8>>,
    pub receipt_digests: Option<String>,
}

/// What it writes back.
#[derive(Debug)]
pub struct Resealed {
    pub national_id_sealed: Option<Vec<u8>>,
    pub fingerprint: Option<String>,
    pub receipt_digests: String,
}

/// Applications read at a time.
const BATCH: i64 = 500;

const SELECT: &str = "SELECT id, reference, payload, national_id_sealed, receipt_digests \
     FROM applications WHERE id > ? ORDER BY id LIMIT ?";
const UPDATE: &str = "UPDATE applications SET national_id_sealed = ?, fingerprint = ?, \
     receipt_digests = ? WHERE id = ?";
const KEY_CHECK: &str = "INSERT INTO key_check (id, value) VALUES (1, ?) \
     ON CONFLICT (id) DO UPDATE SET value = excluded.value";

type Row = (
    i64,
    String,
    sqlx::types::Json<serde_json::Value>,
    Option<Vec<u8>>,
    Option<String>,
);

/// The same steps on either database's transaction.
macro_rules! reseal_in {
    ($tx:expr, $select:expr, $update:expr, $key_check:expr, $reseal:expr, $check:expr) => {{
        let mut last = 0i64;
        let mut count = 0usize;
        loop {
            let rows: Vec<Row> = sqlx::query_as($select)
                .bind(last)
                .bind(BATCH)
                .fetch_all(&mut *$tx)
                .await?;
            let Some(next) = rows.last().map(|r| r.0) else {
                break;
            };
            for (id, reference, payload, national_id_sealed, receipt_digests) in rows {
                let row = SealedRow {
                    reference,
                    payload: payload.0,
                    national_id_sealed,
                    receipt_digests,
                };
                let new = $reseal(&row)?;
                sqlx::query($update)
                    .bind(new.national_id_sealed)
                    .bind(new.fingerprint)
                    .bind(new.receipt_digests)
                    .bind(id)
                    .execute(&mut *$tx)
                    .await?;
                count += 1;
            }
            last = next;
        }
        sqlx::query($key_check)
            .bind($check)
            .execute(&mut *$tx)
            .await?;
        count
    }};
}

impl Storage {
    /// Rewrites every application with `reseal` and stores `key_check`, all or nothing; gives
    /// the number of applications rewritten.
    pub async fn reseal_all(
        &self,
        reseal: impl Fn(&SealedRow) -> anyhow::Result<Resealed>,
        key_check: &str,
    ) -> anyhow::Result<usize> {
        let count = match self {
            Self::Sqlite(pool, _) => {
                let mut tx = pool.begin().await?;
                let count = reseal_in!(tx, SELECT, UPDATE, KEY_CHECK, reseal, key_check);
                tx.commit().await?;
                count
            }
            Self::Postgres(pool) => {
                let (select, update, check) =
                    (numbered(SELECT), numbered(UPDATE), numbered(KEY_CHECK));
                let mut tx = pool.begin().await?;
                let count = reseal_in!(tx, &select, &update, &check, reseal, key_check);
                tx.commit().await?;
                count
            }
        };
        Ok(count)
    }
}
