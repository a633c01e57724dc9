//! Appeals on the staff side: `POST /api/staff/applications/{reference}/appeal`, a front desk
//! sending one for a walk-in; `GET /api/staff/appeals`, those the municipality has still to
//! review, the one due first at the top, then those at Statsforvalteren (shown above the inbox);
//! and
//! `POST /api/staff/applications/{reference}/appeal/outcome`, the municipality's own review:
//! reversed, or forwarded to Statsforvalteren with its assessment; and
//! `POST /api/staff/applications/{reference}/appeal/instance-decision`, what Statsforvalteren
//! decided on a forwarded appeal, recorded from its letter. Each kept once (409 after).

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use rules::{
    decision::{
        Appeal, AppealOutcome, AppealResult, InstanceDecision, InstanceResult, NewAppeal,
        NewAppealOutcome, NewInstanceDecision,
    },
    wire::{ApplicationStatus, OpenAppeal, StaffRole},
};

use super::{caseworker, visible};
use crate::{auth::Staff, error::ApiError, state::AppState, storage::AppealKept};

pub(super) async fn open(
    State(state): State<AppState>,
    staff: Staff,
) -> Result<Json<Vec<OpenAppeal>>, ApiError> {
    caseworker(&staff)?;
    let mut open: Vec<OpenAppeal> = state
        .storage
        .open_appeals(&staff.member.municipality)
        .await?
        .into_iter()
        .map(|(reference, name, appeal)| OpenAppeal {
            review_by: appeal.review_by(),
            received_on: appeal.received_on,
            late: appeal.late,
            forwarded_on: appeal.outcome.map(|o| o.on),
            reference,
            name,
        })
        .collect();
    // Those to review first, by the day the review is due; then those at Statsforvalteren, the
    // one forwarded first at the top.
    open.sort_by(|a, b| {
        let key = |o: &OpenAppeal| (o.forwarded_on.is_some(), o.forwarded_on, o.review_by);
        (key(a), &a.reference).cmp(&(key(b), &b.reference))
    });
    state
        .storage
        .audit(
            Some(staff.member.id),
            "list-appeals",
            None,
            &format!("{} open", open.len()),
        )
        .await?;
    Ok(Json(open))
}

/// A front-desk employee sends the appeal for the applicant, in the applicant's words, on an
/// application they made for them (a caseworker reviews appeals and does not write them).
pub(super) async fn for_applicant(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    Json(new): Json<NewAppeal>,
) -> Result<(StatusCode, Json<Appeal>), ApiError> {
    if staff.member.role != StaffRole::FrontDesk {
        return Err(ApiError::Forbidden("error-staff-not-allowed"));
    }
    let reference = crate::storage::normal_reference(&reference);
    visible(&state, &staff, &reference).await?;
    crate::routes::appeal::take(
        &state,
        &reference,
        &new,
        Some((staff.member.id, &staff.member.username)),
    )
    .await
}

pub(super) async fn outcome(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    Json(new): Json<NewAppealOutcome>,
) -> Result<(StatusCode, Json<AppealOutcome>), ApiError> {
    caseworker(&staff)?;
    let reference = crate::storage::normal_reference(&reference);
    visible(&state, &staff, &reference).await?;
    new.validate().map_err(ApiError::from)?;
    let decision = state
        .storage
        .decision(&reference)
        .await?
        .ok_or(ApiError::Unknown("error-no-appeal"))?;
    let outcome = AppealOutcome {
        result: new.result,
        reason: new.reason.trim().to_string(),
        on: chrono::Utc::now().date_naive(),
        by: staff.member.username.clone(),
        appeal_instance: decision.appeal_instance,
    };
    let note = match new.result {
        AppealResult::Reversed => "Klage: vedtaket er omgjort.",
        AppealResult::Forwarded => "Klage: sendt til Statsforvalteren.",
    };
    match state
        .storage
        .keep_appeal_outcome(&reference, &outcome, staff.member.id, note)
        .await?
    {
        AppealKept::Kept => Ok((StatusCode::CREATED, Json(outcome))),
        AppealKept::AlreadyThere => Err(ApiError::Conflict("error-appeal-already-handled")),
        AppealKept::NoAppeal => Err(ApiError::Unknown("error-no-appeal")),
    }
}

pub(super) async fn instance_decision(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    Json(new): Json<NewInstanceDecision>,
) -> Result<(StatusCode, Json<InstanceDecision>), ApiError> {
    caseworker(&staff)?;
    let reference = crate::storage::normal_reference(&reference);
    visible(&state, &staff, &reference).await?;
    let appeal = state
        .storage
        .appeal(&reference)
        .await?
        .ok_or(ApiError::Unknown("error-no-appeal"))?;
    // Only an appeal the municipality forwarded goes to Statsforvalteren.
    let forwarded_on = match &appeal.outcome {
        Some(outcome) if outcome.result == AppealResult::Forwarded => outcome.on,
        _ => return Err(ApiError::Conflict("error-appeal-not-forwarded")),
    };
    if appeal.instance_decision.is_some() {
        return Err(ApiError::Conflict("error-instance-decision-already"));
    }
    let today = chrono::Utc::now().date_naive();
    new.validate(forwarded_on, today).map_err(ApiError::from)?;
    let decided = new.kept(today, &staff.member.username);
    let note = match decided.result {
        InstanceResult::Upheld => "Klage: Statsforvalteren har stadfestet vedtaket.",
        InstanceResult::Changed => "Klage: Statsforvalteren har endret vedtaket.",
        InstanceResult::Repealed => {
            "Klage: Statsforvalteren har opphevet vedtaket. Kommunen må avgjøre saken på nytt."
        }
        InstanceResult::Dismissed => "Klage: Statsforvalteren har avvist klagen.",
    };
    // Repealed, the case is the municipality's to decide again: in progress, as the inbox shows.
    let status = if decided.result == InstanceResult::Repealed {
        ApplicationStatus::InProgress
    } else {
        ApplicationStatus::Decided
    };
    match state
        .storage
        .keep_instance_decision(&reference, &decided, status, staff.member.id, note)
        .await?
    {
        AppealKept::Kept => Ok((StatusCode::CREATED, Json(decided))),
        AppealKept::AlreadyThere => Err(ApiError::Conflict("error-instance-decision-already")),
        AppealKept::NoAppeal => Err(ApiError::Unknown("error-no-appeal")),
    }
}
