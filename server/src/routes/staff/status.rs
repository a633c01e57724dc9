//! Status changes and deletion, each with a required note: the change, its history row and its
//! audit line are one transaction (storage::staff).

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use rules::wire::{Deletion, NewStatus};

use super::{caseworker, visible};
use crate::{auth::Staff, error::ApiError, state::AppState};

/// A staff note or reason: required, at most 5 000 characters, no control characters.
fn note(text: &str, field: &'static str) -> Result<String, ApiError> {
    let text = text.trim();
    let invalid = text.chars().count() > rules::application::MAX_TEXT
        || text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t');
    if text.is_empty() {
        Err(ApiError::Unprocessable {
            message_id: "error-required",
            field: Some(field.into()),
        })
    } else if invalid {
        Err(ApiError::Unprocessable {
            message_id: "error-invalid-text",
            field: Some(field.into()),
        })
    } else {
        Ok(text.to_string())
    }
}

pub(super) async fn change_status(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    Json(change): Json<NewStatus>,
) -> Result<StatusCode, ApiError> {
    caseworker(&staff)?;
    let reference = crate::storage::normal_reference(&reference);
    visible(&state, &staff, &reference).await?;
    let text = note(&change.note, "note")?;
    let changed = state
        .storage
        .change_status(&reference, staff.member.id, change.status, &text)
        .await?;
    if !changed {
        // Deleted between the check and the change.
        return Err(ApiError::Unknown("error-application-not-found"));
    }
    Ok(StatusCode::NO_CONTENT)
}

pub(super) async fn delete(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    Json(deletion): Json<Deletion>,
) -> Result<StatusCode, ApiError> {
    caseworker(&staff)?;
    let reference = crate::storage::normal_reference(&reference);
    visible(&state, &staff, &reference).await?;
    let reason = note(&deletion.reason, "reason")?;
    if !state
        .storage
        .delete_application(&reference, staff.member.id, &reason)
        .await?
    {
        return Err(ApiError::Unknown("error-application-not-found"));
    }
    Ok(StatusCode::NO_CONTENT)
}
