//! `POST /api/staff/applications/{reference}/interview`: a caseworker invites the applicant to a
//! meeting (when, where or by video, the interpreter booked), or invites again, which replaces
//! the invitation before it and its reply (the applicant asked for another time). The applicant
//! reads it on the receipt page and replies (`routes/interview.rs`).

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use rules::interview::{Interview, NewInterview};

use super::{caseworker, visible};
use crate::{auth::Staff, error::ApiError, state::AppState};

pub(super) async fn invite(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    Json(new): Json<NewInterview>,
) -> Result<(StatusCode, Json<Interview>), ApiError> {
    caseworker(&staff)?;
    let reference = crate::storage::normal_reference(&reference);
    visible(&state, &staff, &reference).await?;
    let today = chrono::Utc::now().date_naive();
    new.validate(today).map_err(ApiError::from)?;
    let interview = new.kept(today);
    state
        .storage
        .keep_interview(&reference, &interview, staff.member.id)
        .await?;
    Ok((StatusCode::CREATED, Json(interview)))
}
