//! Documents (vedlegg) on an application: started with a kind and a size, then filled part by
//! part, each part sealed by the caller (`documents_sealed`) before it gets here. Only complete
//! documents are audited as added; staff read them with an audit line each (`routes/staff/`).

use chrono::{DateTime, Utc};
use rules::documents::{DocumentKind, DocumentView, MAX_DOCUMENTS, MediaType};

use super::{Storage, on_both, staff::audit_on};

/// What starting a document came to.
#[derive(Debug, PartialEq, Eq)]
pub enum Started {
    Started(DocumentView),
    /// The application has [`MAX_DOCUMENTS`] already.
    TooMany,
}

/// What keeping a part came to.
#[derive(Debug, PartialEq, Eq)]
pub enum PartKept {
    Kept(DocumentView),
    /// The part does not start where the next one must (`received`): a part sent twice, or
    /// one after a lost part. The sender asks again where to go on.
    WrongStart {
        received: u64,
    },
    /// The part would go past the size the document was started with.
    TooLong,
}

/// A document with what it takes to read it.
#[derive(Debug)]
pub struct StoredDocument {
    pub view: DocumentView,
    pub key_wrapped: Vec<u8>,
}

type ViewRow = (
    String,
    String,
    Option<String>,
    i64,
    i64,
    DateTime<Utc>,
    Vec<u8>,
);

const VIEW_COLUMNS: &str = "document_id, kind, media_type, size, received, added_at, key_wrapped";

fn view(row: ViewRow) -> Result<StoredDocument, sqlx::Error> {
    let (id, kind, media_type, size, received, added_at, key_wrapped) = row;
    let unreadable =
        |e: serde_json::Error| sqlx::Error::Decode(format!("a stored document: {e}").into());
    let kind: DocumentKind =
        serde_json::from_value(serde_json::Value::String(kind)).map_err(unreadable)?;
    let media_type: Option<MediaType> = media_type
        .map(|m| serde_json::from_value(serde_json::Value::String(m)))
        .transpose()
        .map_err(unreadable)?;
    Ok(StoredDocument {
        view: DocumentView {
            id,
            kind,
            media_type,
            size: u64::try_from(size).unwrap_or_default(),
            received: u64::try_from(received).unwrap_or_default(),
            added_on: added_at.date_naive(),
        },
        key_wrapped,
    })
}

impl Storage {
    /// Every document on `reference`, complete or not, in the order they were started.
    pub async fn documents(&self, reference: &str) -> Result<Vec<DocumentView>, sqlx::Error> {
        let sql = format!(
            "SELECT {VIEW_COLUMNS} FROM documents WHERE reference = ? \
             ORDER BY added_at, document_id"
        );
        let rows: Vec<ViewRow> =
            on_both!(self, sqlx::query_as::<_, ViewRow>, &sql, fetch_all, |q| q
                .bind(reference))?;
        rows.into_iter()
            .map(|row| view(row).map(|d| d.view))
            .collect()
    }

    /// The document `document_id` on `reference`, with its wrapped key.
    pub async fn document(
        &self,
        reference: &str,
        document_id: &str,
    ) -> Result<Option<StoredDocument>, sqlx::Error> {
        let sql =
            format!("SELECT {VIEW_COLUMNS} FROM documents WHERE reference = ? AND document_id = ?");
        let row: Option<ViewRow> = on_both!(
            self,
            sqlx::query_as::<_, ViewRow>,
            &sql,
            fetch_optional,
            |q| q.bind(reference).bind(document_id)
        )?;
        row.map(view).transpose()
    }

    /// Starts a document on `reference` (which the caller has found), unless it has
    /// [`MAX_DOCUMENTS`] already.
    pub async fn start_document(
        &self,
        reference: &str,
        document_id: &str,
        kind: DocumentKind,
        size: u64,
        key_wrapped: &[u8],
    ) -> Result<Started, sqlx::Error> {
        let now = Utc::now();
        let size_i64 = i64::try_from(size).unwrap_or(i64::MAX);
        super::staff::in_transaction!(self, |conn| {
            let count: i64 = on_both!(
                conn: &mut conn,
                sqlx::query_scalar::<_, i64>,
                "SELECT COUNT(*) FROM documents WHERE reference = ?",
                fetch_one,
                |q| q.bind(reference)
            )?;
            if usize::try_from(count).unwrap_or(usize::MAX) >= MAX_DOCUMENTS {
                return Ok(Started::TooMany);
            }
            on_both!(
                conn: &mut conn,
                sqlx::query,
                "INSERT INTO documents (document_id, reference, kind, size, received, \
                 key_wrapped, added_at) VALUES (?, ?, ?, ?, 0, ?, ?)",
                execute,
                |q| q
                    .bind(document_id)
                    .bind(reference)
                    .bind(kind.as_str())
                    .bind(size_i64)
                    .bind(key_wrapped)
                    .bind(now)
            )?;
            Started::Started(DocumentView {
                id: document_id.to_string(),
                kind,
                media_type: None,
                size,
                received: 0,
                added_on: now.date_naive(),
            })
        })
    }

    /// Keeps the part of `document` (on `reference`, as the caller read it to seal the part)
    /// starting at `start` (`length` bytes in clear, `sealed`), if that is where the next part
    /// starts, checked again as it is written. The first part sets the document's `media_type`;
    /// the last one adds an audit line by `staff_id` (none: the applicant) with the kind and type,
    /// nothing of the content.
    #[allow(clippy::too_many_arguments)]
    pub async fn keep_document_part(
        &self,
        reference: &str,
        view: &DocumentView,
        start: u64,
        length: u64,
        sealed: &[u8],
        media_type: Option<MediaType>,
        staff_id: Option<i64>,
    ) -> Result<PartKept, sqlx::Error> {
        let now = Utc::now();
        let document_id = view.id.as_str();
        if start != view.received {
            return Ok(PartKept::WrongStart {
                received: view.received,
            });
        }
        let Some(end) = start.checked_add(length).filter(|end| *end <= view.size) else {
            return Ok(PartKept::TooLong);
        };
        let (start_i64, end_i64) = (
            i64::try_from(start).unwrap_or(i64::MAX),
            i64::try_from(end).unwrap_or(i64::MAX),
        );
        let media = media_type.or(view.media_type).map(MediaType::as_str);
        super::staff::in_transaction!(self, |conn| {
            // Only if no other request has moved it on meanwhile: two copies of one part
            // (a retry racing the original) keep one.
            let moved = on_both!(
                conn: &mut conn,
                sqlx::query,
                "UPDATE documents SET received = ?, media_type = ? \
                 WHERE document_id = ? AND received = ?",
                execute,
                |q| q
                    .bind(end_i64)
                    .bind(media)
                    .bind(document_id)
                    .bind(start_i64)
            )?;
            if moved == 0 {
                return Ok(PartKept::WrongStart {
                    received: view.received,
                });
            }
            on_both!(
                conn: &mut conn,
                sqlx::query,
                "INSERT INTO document_parts (document_id, start_byte, sealed) VALUES (?, ?, ?)",
                execute,
                |q| q.bind(document_id).bind(start_i64).bind(sealed)
            )?;
            if end == view.size {
                let detail = format!("{} {}", view.kind.as_str(), media.unwrap_or("?"));
                audit_on(&mut conn, now, staff_id, "document", reference, &detail).await?;
            }
            PartKept::Kept(DocumentView {
                received: end,
                media_type: media_type.or(view.media_type),
                ..view.clone()
            })
        })
    }

    /// The sealed parts of `document_id`, in order.
    pub async fn document_parts(
        &self,
        document_id: &str,
    ) -> Result<Vec<(u64, Vec<u8>)>, sqlx::Error> {
        let rows: Vec<(i64, Vec<u8>)> = on_both!(
            self,
            sqlx::query_as::<_, (i64, Vec<u8>)>,
            "SELECT start_byte, sealed FROM document_parts WHERE document_id = ? \
             ORDER BY start_byte",
            fetch_all,
            |q| q.bind(document_id)
        )?;
        Ok(rows
            .into_iter()
            .map(|(start, sealed)| (u64::try_from(start).unwrap_or_default(), sealed))
            .collect())
    }

    /// Removes `document_id` from `reference`, with an audit line by `staff_id` (none: the
    /// applicant); false when there is no such document.
    pub async fn remove_document(
        &self,
        reference: &str,
        document_id: &str,
        staff_id: Option<i64>,
    ) -> Result<bool, sqlx::Error> {
        let now = Utc::now();
        super::staff::in_transaction!(self, |conn| {
            let removed = on_both!(
                conn: &mut conn,
                sqlx::query,
                "DELETE FROM documents WHERE reference = ? AND document_id = ?",
                execute,
                |q| q.bind(reference).bind(document_id)
            )?;
            if removed == 0 {
                return Ok(false);
            }
            on_both!(
                conn: &mut conn,
                sqlx::query,
                "DELETE FROM document_parts WHERE document_id = ?",
                execute,
                |q| q.bind(document_id)
            )?;
            audit_on(&mut conn, now, staff_id, "document-removed", reference, "").await?;
            true
        })
    }
}
