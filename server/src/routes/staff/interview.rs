//! `POST /api/staff/applications/{reference}/interview`: a caseworker invites the applicant to a
//! meeting (when, where or by video, the interpreter booked), or invites again, which replaces
//! the invitation before it and its reply (the applicant asked for another time); each
//! invitation is a line in the application's history. The applicant reads it on the receipt
//! page and replies (`routes/interview.rs`).

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use rules::interview::{Interview, NewInterview, Place};

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
    // The history's line, for the caseworkers who come after: when, how, and the interpreter.
    let place = match interview.place {
        Place::InPerson { .. } => "oppmøte",
        Place::Video { .. } => "video",
    };
    let interpreter = interview
        .interpreter
        .as_deref()
        .map_or_else(String::new, |language| format!(", tolk: {language}"));
    let note = format!(
        "Innkalt til samtale {} kl. {} ({place}{interpreter}).",
        interview.date.format("%d.%m.%Y"),
        interview.time
    );
    state
        .storage
        .keep_interview(&reference, &interview, staff.member.id, &note)
        .await?;
    Ok((StatusCode::CREATED, Json(interview)))
}
