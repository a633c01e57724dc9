//! The inbox a page at a time, with how many applications the filters cover in all, and one
//! application in full.

use axum::{
    Json,
    extract::{Path, Query, State},
};
use rules::{
    application::Application,
    needs::HelpKind,
    wire::{FullApplication, InboxLine, InboxPage},
};

use super::{
    filters::{Filters, RawFilters},
    opened, visible,
};
use crate::{
    auth::Staff,
    error::ApiError,
    state::AppState,
    storage::{StoredApplication, listing::Cursor},
};

/// Lines on one page of the inbox unless the app asks for another number (at most 200).
const PAGE: i64 = 50;

/// The kinds of help an application asks for (none if its payload does not say).
fn help_wanted(stored: &StoredApplication) -> Vec<HelpKind> {
    serde_json::from_value(stored.payload["help_wanted"].clone()).unwrap_or_default()
}

/// An inbox line: every mark on it the server's own. Urgency is the server's estimate of the
/// answers (a resident cannot mark themselves an emergency), "on behalf" is who made it.
fn inbox_line(reference: String, a: StoredApplication) -> InboxLine {
    InboxLine {
        received_at: a.created_at,
        status: a.status,
        name: a.payload["person"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        help_wanted: help_wanted(&a),
        urgency: a.recomputed_estimate.as_ref().and_then(|e| e.urgency),
        on_behalf: a.created_by_staff.is_some(),
        estimate_differs: a.estimate_differs,
        municipality: a.municipality,
        reference,
    }
}

pub(super) async fn list(
    State(state): State<AppState>,
    staff: Staff,
    Query(raw): Query<RawFilters>,
) -> Result<Json<InboxPage>, ApiError> {
    let filters = Filters::for_staff(&raw, &staff)?;
    let limit = filters.limit.unwrap_or(PAGE);
    // One more than the page, to know whether another page follows.
    let mut found = state
        .storage
        .applications_page(&filters.filter, filters.after.as_ref(), limit + 1)
        .await?;
    let more = found.len() as i64 > limit;
    found.truncate(usize::try_from(limit).unwrap_or(0));
    let total = state.storage.count_applications(&filters.filter).await?;
    let next = found
        .last()
        .filter(|_| more)
        .map(|(reference, a)| Cursor {
            received_at: a.created_at,
            reference: reference.clone(),
        })
        .map(|c| c.encode());
    state
        .storage
        .audit(
            Some(staff.member.id),
            "list",
            None,
            &format!(
                "{} ({} shown of {total}{})",
                filters.describe(),
                found.len(),
                if filters.after.is_some() {
                    ", a later page"
                } else {
                    ""
                }
            ),
        )
        .await?;
    let lines = found
        .into_iter()
        .map(|(reference, a)| inbox_line(reference, a))
        .collect();
    Ok(Json(InboxPage {
        lines,
        total: u64::try_from(total).unwrap_or_default(),
        next,
    }))
}

pub(super) async fn read(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
) -> Result<Json<FullApplication>, ApiError> {
    let reference = crate::storage::normal_reference(&reference);
    let stored = visible(&state, &staff, &reference).await?;
    state
        .storage
        .audit(Some(staff.member.id), "read", Some(&reference), "")
        .await?;
    let application: Application = serde_json::from_value(opened(&state, &stored)?)
        .map_err(|e| ApiError::Internal(e.into()))?;
    let status_changes = state.storage.status_changes(&reference).await?;
    let decision = state.storage.decision(&reference).await?;
    let appeal = state.storage.appeal(&reference).await?;
    let interview = state.storage.interview(&reference).await?;
    let documents = state
        .storage
        .documents(&reference)
        .await?
        .into_iter()
        .filter(rules::documents::DocumentView::complete)
        .collect();
    Ok(Json(FullApplication {
        reference,
        received_at: stored.created_at,
        status: stored.status,
        municipality: stored.municipality,
        application,
        recomputed_estimate: stored.recomputed_estimate,
        estimate_differs: stored.estimate_differs,
        status_changes,
        decision,
        appeal,
        interview,
        documents,
    }))
}
