//! `POST /api/applications/{reference}/appeal`: the applicant's appeal (klage) on the decision,
//! for whoever holds the receipt's secret. The server decides what only it may: the day, whether
//! it is late (after the three weeks from the day the decision reached the applicant), and the
//! language it is written in (the one the decision was written to). One appeal per decision: a
//! second is refused (409), never a silent replacement. A front-desk employee can send it for a
//! walk-in they applied for (`routes/staff/appeal.rs`), through the same `take`.

use axum::{
    Json,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
};
use rules::decision::{Appeal, NewAppeal};

use super::applications::for_receipt_holder;
use crate::{error::ApiError, state::AppState, storage::AppealKept};

pub(super) async fn appeal(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
    Json(new): Json<NewAppeal>,
) -> Result<(StatusCode, Json<Appeal>), ApiError> {
    for_receipt_holder(&state, &reference, &headers).await?;
    take(&state, &reference, &new, None).await
}

/// Keeps the appeal `new` on `reference`'s decision, sent by the applicant or, for them, by a
/// front-desk employee (`by`: their id and user name), with what only the server decides.
pub(crate) async fn take(
    state: &AppState,
    reference: &str,
    new: &NewAppeal,
    by: Option<(i64, &str)>,
) -> Result<(StatusCode, Json<Appeal>), ApiError> {
    let decision = state
        .storage
        .decision(reference)
        .await?
        .ok_or(ApiError::Unknown("error-decision-not-yet"))?;
    let today = chrono::Utc::now().date_naive();
    let late = decision.appeal_is_late(today);
    new.validate(late).map_err(ApiError::from)?;
    if decision.notified_on.is_none() {
        // Whoever appeals has the decision: if it was never opened here, it reached them today.
        state.storage.decision_read_by_applicant(reference).await?;
    }
    let appeal = Appeal {
        received_on: today,
        text: new.text.trim().to_string(),
        // The applicant writes in their own language; a front desk writes Norwegian for them.
        language: if by.is_some() {
            "nb".to_string()
        } else {
            decision.language
        },
        late,
        late_reason: if late {
            new.late_reason.trim().to_string()
        } else {
            String::new()
        },
        sent_by_staff: by.map(|(_, name)| name.to_string()),
        outcome: None,
        instance_decision: None,
    };
    match state
        .storage
        .keep_appeal(reference, &appeal, by.map(|(id, _)| id))
        .await?
    {
        AppealKept::Kept => Ok((StatusCode::CREATED, Json(appeal))),
        AppealKept::AlreadyThere | AppealKept::NoAppeal => {
            Err(ApiError::Conflict("appeal-error-already"))
        }
    }
}
