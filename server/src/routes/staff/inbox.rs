//! The inbox a page at a time, with how many applications the filters cover in all, and one
//! application in full.

use axum::{
    Json,
    extract::{Path, Query, State},
};
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{
    ApiError,
    filters::{Filters, RawFilters},
    opened, visible,
};
use crate::{
    auth::Staff,
    startup::AppState,
    storage::{StatusChange, listing::Cursor},
};

/// Lines on one page of the inbox unless the app asks for another number (at most 200).
const PAGE: i64 = 50;

/// One line of the inbox.
#[derive(Serialize)]
pub(super) struct InboxLine {
    reference: String,
    received_at: DateTime<Utc>,
    status: String,
    municipality: String,
    name: String,
    help_wanted: serde_json::Value,
    urgency: serde_json::Value,
    on_behalf: bool,
    estimate_differs: bool,
}

/// One page of the inbox: its lines, how many the filters cover in all, and the cursor for the
/// next page (`after=`), none on the last.
#[derive(Serialize)]
pub(super) struct InboxPage {
    lines: Vec<InboxLine>,
    total: i64,
    next: Option<String>,
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
        .map(|(reference, a)| InboxLine {
            reference,
            received_at: a.created_at,
            status: a.status,
            municipality: a.municipality,
            name: a.payload["person"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            help_wanted: a.payload["help_wanted"].clone(),
            urgency: a.payload["estimate"]["urgency"].clone(),
            on_behalf: a.payload["on_behalf"].as_bool().unwrap_or(false),
            estimate_differs: a.estimate_differs,
        })
        .collect();
    Ok(Json(InboxPage { lines, total, next }))
}

/// One application in full, as staff read it.
#[derive(Serialize)]
pub(super) struct FullApplication {
    reference: String,
    received_at: DateTime<Utc>,
    status: String,
    municipality: String,
    /// The application as sent, with the national id opened.
    application: serde_json::Value,
    recomputed_estimate: Option<serde_json::Value>,
    estimate_differs: bool,
    status_changes: Vec<StatusChange>,
}

pub(super) async fn read(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
) -> Result<Json<FullApplication>, ApiError> {
    let stored = visible(&state, &staff, &reference).await?;
    state
        .storage
        .audit(Some(staff.member.id), "read", Some(&reference), "")
        .await?;
    let application = opened(&state, &stored)?;
    let status_changes = state.storage.status_changes(&reference).await?;
    Ok(Json(FullApplication {
        reference,
        received_at: stored.created_at,
        status: stored.status,
        municipality: stored.municipality,
        application,
        recomputed_estimate: stored.recomputed_estimate,
        estimate_differs: stored.estimate_differs,
        status_changes,
    }))
}
