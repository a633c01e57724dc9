//! The municipality profile a staff member's municipality goes by: its own, or the national
//! default where it has none, with every edition and the one in force today.

use axum::{Json, extract::State};
use chrono::Utc;
use rules::{profile::NATIONAL, wire::StaffProfile};

use crate::{auth::Staff, error::ApiError, state::AppState};

pub(super) async fn municipality_profile(
    State(state): State<AppState>,
    staff: Staff,
) -> Result<Json<StaffProfile>, ApiError> {
    let today = Utc::now().date_naive();
    let profiles = &state.profiles.set.profiles;
    let find = |id: &str| profiles.iter().find(|p| p.municipality == id);
    let profile = find(&staff.member.municipality)
        .or_else(|| find(NATIONAL))
        // The server does not start without the national default.
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no national profile")))?;
    Ok(Json(StaffProfile {
        municipality: staff.member.municipality.clone(),
        national: profile.municipality == NATIONAL,
        in_force_from: profile.at(today).map(|e| e.from),
        profile: profile.clone(),
        today,
    }))
}
