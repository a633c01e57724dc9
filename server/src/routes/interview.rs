//! `POST /api/applications/{reference}/interview/reply`: the applicant confirms the invitation
//! to a meeting, or asks for another time, with the receipt's secret. They read the invitation in
//! the status (`GET /api/applications/{reference}`); the caseworker sends it
//! (`routes/staff/interview.rs`) and reads the reply on the application.

use axum::{
    Json,
    extract::{Path, State},
    http::HeaderMap,
};
use rules::interview::{Interview, NewInterviewReply};

use super::applications::for_receipt_holder;
use crate::{error::ApiError, state::AppState};

pub(super) async fn reply(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    Json(new): Json<NewInterviewReply>,
) -> Result<Json<Interview>, ApiError> {
    for_receipt_holder(&state, &reference, &headers).await?;
    new.validate().map_err(ApiError::from)?;
    let reply = new.kept(chrono::Utc::now().date_naive());
    if !state
        .storage
        .keep_interview_reply(&reference, &reply)
        .await?
    {
        return Err(ApiError::Unknown("error-no-interview"));
    }
    let interview = state
        .storage
        .interview(&reference)
        .await?
        .ok_or(ApiError::Unknown("error-no-interview"))?;
    Ok(Json(interview))
}
