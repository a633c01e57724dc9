//! Documents (vedlegg) the applicant attaches after sending, with the receipt's secret:
//!
//! - `GET /api/applications/{reference}/documents`: what the municipality asks for (the
//!   checklist, from the help applied for) and what is attached, unfinished uploads included,
//!   with how far each has come, so an upload cut off resumes there.
//! - `POST …/documents` (`NewDocument`: kind and size): starts one (201, its id).
//! - `PUT …/documents/{id}/parts/{start}`: one part of its bytes, at most `PART_BYTES`, where
//!   the one before ended. The first part's bytes decide what the file is (PDF, JPEG, PNG; a HEIC
//!   photo or anything else is refused before more is sent). Each part is sealed with the
//!   document's own key (`documents_sealed`) before it is kept.
//! - `DELETE …/documents/{id}`: removes one attached by mistake.
//!
//! Staff read them from the application, and may add them for the applicant (a front desk for a
//! walk-in), through the same functions (`routes/staff/documents.rs`).

use axum::{
    Json,
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rules::{
    documents::{
        DocumentRefusal, DocumentView, Documents, NewDocument, PART_BYTES, checklist, media_type,
    },
    needs::HelpKind,
};

use super::applications::for_receipt_holder;
use crate::{
    documents_sealed::DocumentKey,
    error::ApiError,
    state::AppState,
    storage::{PartKept, Started, StoredApplication},
};

fn refused(refusal: DocumentRefusal) -> ApiError {
    ApiError::Unprocessable {
        message_id: refusal.message_id(),
        field: Some(refusal.field().into()),
    }
}

fn no_document() -> ApiError {
    ApiError::Unknown("error-no-document")
}

/// The help applied for, as stored.
fn help_wanted(stored: &StoredApplication) -> Vec<HelpKind> {
    serde_json::from_value(stored.payload["help_wanted"].clone()).unwrap_or_default()
}

pub(super) async fn list(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Documents>, ApiError> {
    let stored = for_receipt_holder(&state, &reference, &headers).await?;
    listed(&state, &reference, &stored).await.map(Json)
}

/// The checklist of `stored` and every document on it.
pub(crate) async fn listed(
    state: &AppState,
    reference: &str,
    stored: &StoredApplication,
) -> Result<Documents, ApiError> {
    Ok(Documents {
        checklist: checklist(&help_wanted(stored)),
        documents: state.storage.documents(reference).await?,
    })
}

pub(super) async fn start(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    Json(new): Json<NewDocument>,
) -> Result<(StatusCode, Json<DocumentView>), ApiError> {
    for_receipt_holder(&state, &reference, &headers).await?;
    started(&state, &reference, new)
        .await
        .map(|view| (StatusCode::CREATED, Json(view)))
}

/// Starts `new` on `reference`, which the caller may add to.
pub(crate) async fn started(
    state: &AppState,
    reference: &str,
    new: NewDocument,
) -> Result<DocumentView, ApiError> {
    new.validate().map_err(refused)?;
    let id = document_id()?;
    let (_, wrapped) = DocumentKey::new(&state.secrets, &id)?;
    match state
        .storage
        .start_document(reference, &id, new.kind, new.size, &wrapped)
        .await?
    {
        Started::Started(view) => Ok(view),
        Started::TooMany => Err(refused(DocumentRefusal::TooMany)),
    }
}

pub(super) async fn part(
    State(state): State<AppState>,
    Path((reference, id, start)): Path<(String, String, u64)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<DocumentView>, ApiError> {
    for_receipt_holder(&state, &reference, &headers).await?;
    kept_part(&state, &reference, &id, start, &body, None)
        .await
        .map(Json)
}

/// Keeps the part of `id` on `reference` (which the caller may add to) that starts at `start`,
/// sent by the staff member `staff_id` or (none) the applicant.
pub(crate) async fn kept_part(
    state: &AppState,
    reference: &str,
    id: &str,
    start: u64,
    body: &[u8],
    staff_id: Option<i64>,
) -> Result<DocumentView, ApiError> {
    if body.is_empty() {
        return Err(refused(DocumentRefusal::Empty));
    }
    if body.len() > PART_BYTES {
        return Err(ApiError::BadRequest("error-document-part-too-large"));
    }
    let document = state
        .storage
        .document(reference, id)
        .await?
        .ok_or_else(no_document)?;
    // The first part decides what the file is, before the rest is sent.
    let media = if start == 0 {
        Some(media_type(body).map_err(refused)?)
    } else {
        None
    };
    let key = DocumentKey::open(&state.secrets, id, &document.key_wrapped)?;
    let sealed = key.seal_part(id, start, body)?;
    let length = u64::try_from(body.len()).unwrap_or(u64::MAX);
    match state
        .storage
        .keep_document_part(
            reference,
            &document.view,
            start,
            length,
            &sealed,
            media,
            staff_id,
        )
        .await?
    {
        PartKept::Kept(view) => Ok(view),
        PartKept::WrongStart { .. } => Err(ApiError::Conflict("error-document-part-start")),
        PartKept::TooLong => Err(ApiError::BadRequest("error-document-part-too-large")),
    }
}

pub(super) async fn remove(
    State(state): State<AppState>,
    Path((reference, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    for_receipt_holder(&state, &reference, &headers).await?;
    if state.storage.remove_document(&reference, &id, None).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(no_document())
    }
}

/// A new document's id: 128 random bits, URL-safe.
fn document_id() -> Result<String, ApiError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}
