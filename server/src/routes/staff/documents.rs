//! Documents for staff who may see the application (a caseworker of its municipality, the
//! front desk that made it):
//!
//! - `GET /api/staff/applications/{reference}/documents`: the checklist and every document.
//! - `POST …/documents`, `PUT …/documents/{id}/parts/{start}`, `DELETE …/documents/{id}`:
//!   attached for the applicant (a walk-in at the front desk with the papers in hand, a letter a
//!   caseworker received), checked and sealed as the applicant's own are (`routes/documents.rs`),
//!   and audited with the staff member's id.
//! - `GET …/documents/{id}`: one document, with an audit line per reading. It is always a
//!   download (`Content-Disposition: attachment`) with the type its content was found to be and
//!   `nosniff`, under a sandboxing CSP, so nothing in it runs on Husly's origin. The file name
//!   says the application, the kind and the day it was added, not what the applicant called it.

use axum::{
    Json,
    body::Bytes,
    extract::{Path, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use rules::documents::{DocumentView, Documents, NewDocument};

use super::visible;
use crate::{
    auth::Staff,
    documents_sealed::DocumentKey,
    error::ApiError,
    routes::documents::{kept_part, listed, started},
    state::AppState,
};

pub(super) async fn list(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
) -> Result<Json<Documents>, ApiError> {
    let reference = crate::storage::normal_reference(&reference);
    let stored = visible(&state, &staff, &reference).await?;
    listed(&state, &reference, &stored).await.map(Json)
}

pub(super) async fn start(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    Json(new): Json<NewDocument>,
) -> Result<(StatusCode, Json<DocumentView>), ApiError> {
    let reference = crate::storage::normal_reference(&reference);
    visible(&state, &staff, &reference).await?;
    started(&state, &reference, new)
        .await
        .map(|view| (StatusCode::CREATED, Json(view)))
}

pub(super) async fn part(
    State(state): State<AppState>,
    staff: Staff,
    Path((reference, id, start)): Path<(String, String, u64)>,
    body: Bytes,
) -> Result<Json<DocumentView>, ApiError> {
    let reference = crate::storage::normal_reference(&reference);
    visible(&state, &staff, &reference).await?;
    kept_part(&state, &reference, &id, start, &body, Some(staff.member.id))
        .await
        .map(Json)
}

pub(super) async fn remove(
    State(state): State<AppState>,
    staff: Staff,
    Path((reference, id)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let reference = crate::storage::normal_reference(&reference);
    visible(&state, &staff, &reference).await?;
    if state
        .storage
        .remove_document(&reference, &id, Some(staff.member.id))
        .await?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::Unknown("error-no-document"))
    }
}

pub(super) async fn download(
    State(state): State<AppState>,
    staff: Staff,
    Path((reference, id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let reference = crate::storage::normal_reference(&reference);
    visible(&state, &staff, &reference).await?;
    let not_found = || ApiError::Unknown("error-no-document");
    let document = state
        .storage
        .document(&reference, &id)
        .await?
        .ok_or_else(not_found)?;
    let view = &document.view;
    let Some(media) = view.media_type.filter(|_| view.complete()) else {
        return Err(not_found());
    };
    let key = DocumentKey::open(&state.secrets, &id, &document.key_wrapped)?;
    let mut content = Vec::with_capacity(usize::try_from(view.size).unwrap_or_default());
    for (start, sealed) in state.storage.document_parts(&id).await? {
        if start != u64::try_from(content.len()).unwrap_or(u64::MAX) {
            return Err(anyhow::anyhow!("document {id} has a gap at byte {start}").into());
        }
        content.extend(key.open_part(&id, start, &sealed)?);
    }
    if u64::try_from(content.len()).unwrap_or(u64::MAX) != view.size {
        return Err(anyhow::anyhow!("document {id} is shorter than its size").into());
    }
    state
        .storage
        .audit(
            Some(staff.member.id),
            "document-read",
            Some(&reference),
            view.kind.as_str(),
        )
        .await?;
    let name = format!(
        "{reference}-{}-{}.{}",
        view.kind.as_str(),
        view.added_on.format("%Y-%m-%d"),
        media.extension()
    );
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
        .map_err(|e| anyhow::anyhow!("a download's name: {e}"))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(media.as_str()),
            ),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("sandbox; default-src 'none'"),
            ),
        ],
        content,
    )
        .into_response())
}
