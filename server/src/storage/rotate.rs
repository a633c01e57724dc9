//! A key rotation in the database: every application's sealed national id, fingerprint and
//! receipt digests rewritten, every document's key wrapped again (its content stays as it is,
//! sealed with the document's own key), and the key check value replaced, in one transaction.

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
const SELECT_DOCUMENTS: &str = "SELECT document_id, key_wrapped FROM documents \
     WHERE document_id > ? ORDER BY document_id LIMIT ?";
const UPDATE_DOCUMENT: &str = "UPDATE documents SET key_wrapped = ? WHERE document_id = ?";
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
    ($tx:expr, $select:expr, $update:expr, $key_check:expr, $reseal:expr, $check:expr,
     $select_documents:expr, $update_document:expr, $rewrap:expr) => {{
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
        let mut last = String::new();
        loop {
            let rows: Vec<(String, Vec<u8>)> = sqlx::query_as($select_documents)
                .bind(&last)
                .bind(BATCH)
                .fetch_all(&mut *$tx)
                .await?;
            let Some(next) = rows.last().map(|r| r.0.clone()) else {
                break;
            };
            for (document_id, wrapped) in rows {
                let rewrapped = $rewrap(&document_id, &wrapped)?;
                sqlx::query($update_document)
                    .bind(rewrapped)
                    .bind(document_id)
                    .execute(&mut *$tx)
                    .await?;
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
    /// Rewrites every application with `reseal`, every document's wrapped key with `rewrap`
    /// (its id, the key as wrapped now) and stores `key_check`, all or nothing; gives the number
    /// of applications rewritten.
    pub async fn reseal_all(
        &self,
        reseal: impl Fn(&SealedRow) -> anyhow::Result<Resealed>,
        rewrap: impl Fn(&str, &[u8]) -> anyhow::Result<Vec<u8>>,
        key_check: &str,
    ) -> anyhow::Result<usize> {
        let count = match self {
            Self::Sqlite(pool, _) => {
                let mut tx = crate::storage::begin_write(pool).await?;
                let count = reseal_in!(
                    tx,
                    SELECT,
                    UPDATE,
                    KEY_CHECK,
                    reseal,
                    key_check,
                    SELECT_DOCUMENTS,
                    UPDATE_DOCUMENT,
                    rewrap
                );
                tx.commit().await?;
                count
            }
            Self::Postgres(pool) => {
                let (select, update, check) =
                    (numbered(SELECT), numbered(UPDATE), numbered(KEY_CHECK));
                let (select_documents, update_document) =
                    (numbered(SELECT_DOCUMENTS), numbered(UPDATE_DOCUMENT));
                let mut tx = pool.begin().await?;
                let count = reseal_in!(
                    tx,
                    &select,
                    &update,
                    &check,
                    reseal,
                    key_check,
                    &select_documents,
                    &update_document,
                    rewrap
                );
                tx.commit().await?;
                count
            }
        };
        Ok(count)
    }
}
