//! The staff API under `/api/staff`: sign in and out (`session`), the inbox a page at a time
//! with filters and one application in full (`inbox`), status changes and deletion with a note
//! (`status`), the written decision (`decision`), the appeals on decisions and the
//! municipality's own review of them (`appeal`), the invitation to a meeting (`interview`), export of everything the filters cover, as JSON
//! or CSV (`export`), the municipality's overview of need (`overview`), the startlån screening of its tenants
//! (`screening`), and the municipality's profile (`profile`).
//!
//! A caseworker sees every application to their municipality; a front-desk employee sees the
//! ones they made for walk-ins. Anything else is "not found", so nothing can be probed. Every
//! read and write lands in the audit log, which nobody can change.

mod appeal;
mod decision;
mod documents;
mod export;
mod filters;
mod inbox;
mod interview;
mod overview;
mod profile;
mod screening;
mod session;
mod status;

use axum::{
    Router,
    routing::{get, post},
};

use rules::wire::StaffRole;

use crate::{auth::Staff, error::ApiError, state::AppState, storage::StoredApplication};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/login", post(session::login))
        .route("/staff/logout", post(session::logout))
        .route("/staff/me", get(session::me))
        .route("/staff/applications", get(inbox::list))
        .route(
            "/staff/applications/{reference}",
            get(inbox::read).delete(status::delete),
        )
        .route(
            "/staff/applications/{reference}/status",
            post(status::change_status),
        )
        .route(
            "/staff/applications/{reference}/decision",
            post(decision::decide),
        )
        .route(
            "/staff/applications/{reference}/documents",
            get(documents::list).post(documents::start),
        )
        .route(
            "/staff/applications/{reference}/documents/{id}",
            get(documents::download).delete(documents::remove),
        )
        .route(
            "/staff/applications/{reference}/documents/{id}/parts/{start}",
            axum::routing::put(documents::part).layer(axum::extract::DefaultBodyLimit::max(
                rules::documents::PART_BYTES,
            )),
        )
        .route("/staff/appeals", get(appeal::open))
        .route(
            "/staff/applications/{reference}/interview",
            post(interview::invite),
        )
        .route(
            "/staff/applications/{reference}/appeal",
            post(appeal::for_applicant),
        )
        .route(
            "/staff/applications/{reference}/appeal/outcome",
            post(appeal::outcome),
        )
        .route(
            "/staff/applications/{reference}/appeal/instance-decision",
            post(appeal::instance_decision),
        )
        .route("/staff/export", get(export::export))
        .route("/staff/overview", get(overview::overview_of_need))
        .route(
            "/staff/screenings",
            get(screening::list).post(screening::run),
        )
        .route(
            "/staff/screenings/{id}",
            get(screening::read).delete(screening::delete),
        )
        .route(
            "/staff/municipality-profile",
            get(profile::municipality_profile),
        )
}

/// Only a caseworker changes, exports or deletes.
fn caseworker(staff: &Staff) -> Result<(), ApiError> {
    match staff.member.role {
        StaffRole::Caseworker => Ok(()),
        StaffRole::FrontDesk => Err(ApiError::Forbidden("error-staff-not-allowed")),
    }
}

/// The application `reference` if `staff` may see it; "not found" otherwise.
async fn visible(
    state: &AppState,
    staff: &Staff,
    reference: &str,
) -> Result<StoredApplication, ApiError> {
    let not_found = || ApiError::Unknown("error-application-not-found");
    let stored = state
        .storage
        .application(reference)
        .await?
        .ok_or_else(not_found)?;
    let allowed = match staff.member.role {
        StaffRole::Caseworker => stored.municipality == staff.member.municipality,
        StaffRole::FrontDesk => stored.created_by_staff == Some(staff.member.id),
    };
    if allowed {
        Ok(stored)
    } else {
        Err(not_found())
    }
}

/// The application as sent: the payload with its national id opened again, and "on behalf" as
/// the server recorded it (a payload stored before the server alone decided it may say
/// otherwise).
fn opened(state: &AppState, stored: &StoredApplication) -> Result<serde_json::Value, ApiError> {
    let mut application = stored.payload.clone();
    if let Some(sealed) = &stored.national_id_sealed {
        let id = state.secrets.open_national_id(sealed)?;
        application["person"]["national_id"] = serde_json::Value::String(id);
    }
    application["on_behalf"] = serde_json::Value::Bool(stored.created_by_staff.is_some());
    Ok(application)
}
