//! `POST /api/staff/applications/{reference}/decision`: a caseworker's enkeltvedtak. The
//! caseworker decides; the server checks it against the application and adds what only it may
//! decide: the day, the municipality's criteria as its own run of the rules finds them, the
//! housing office to appeal to, the appeal instance and who takes forwarded help. Kept once: a
//! second decision on the same application is refused (409), never a silent replacement.

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use rules::{
    application::Application,
    decision::{Decision, DecisionItem, NewDecision, Verdict, statsforvalter},
    profile::recipient,
};

use super::{caseworker, visible};
use crate::{auth::Staff, error::ApiError, state::AppState, storage::Kept};

pub(super) async fn decide(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    Json(new): Json<NewDecision>,
) -> Result<(StatusCode, Json<Decision>), ApiError> {
    caseworker(&staff)?;
    let reference = crate::storage::normal_reference(&reference);
    let stored = visible(&state, &staff, &reference).await?;
    let application: Application =
        serde_json::from_value(stored.payload.clone()).map_err(|e| ApiError::Internal(e.into()))?;
    new.validate(&application.help_wanted)
        .map_err(ApiError::from)?;

    let today = chrono::Utc::now().date_naive();
    let profile = state.profiles.set.in_force(&stored.municipality, today);
    let edition = profile.map(|p| p.edition);
    // The criteria as the rules find them today, with the profile in force: the same run as the
    // resident's needs check, on the answers the application holds.
    let needs = rules::estimate_in(&application.estimate_input(today), profile)
        .ok()
        .and_then(|r| r.needs);
    let municipality_name = rules::municipality::resolve(&stored.municipality, today).map_or_else(
        |_| stored.municipality.clone(),
        |m| m.municipality.name.to_string(),
    );
    let decision = Decision {
        reference: reference.clone(),
        decided_on: today,
        applicant: application.person.name.trim().to_string(),
        language: application.person.preferred_language.clone(),
        municipality: stored.municipality.clone(),
        municipality_name,
        decided_by: staff.member.username.clone(),
        vanskeligstilt: new.vanskeligstilt,
        facts: new.facts.trim().to_string(),
        heard: new.heard.trim().to_string(),
        items: new
            .items
            .iter()
            .map(|i| DecisionItem {
                help: i.help,
                verdict: i.verdict,
                reason: i.reason.trim().to_string(),
                forwarded_to: (i.verdict == Verdict::Forwarded).then(|| recipient(i.help, edition)),
            })
            .collect(),
        criteria: needs
            .as_ref()
            .map(|n| n.criteria.clone())
            .unwrap_or_default(),
        profile: needs.and_then(|n| n.profile),
        // The municipality's own office; the national default names none of its own, and the
        // letter then says "the housing office".
        office: profile
            .filter(|p| !p.is_national())
            .map(|p| p.edition.contact.clone()),
        appeal_instance: statsforvalter(&stored.municipality)
            .unwrap_or("Statsforvalteren")
            .to_string(),
        notified_on: None,
    };
    match state
        .storage
        .keep_decision(&decision, staff.member.id, "Vedtak fattet.")
        .await?
    {
        Kept::Kept => Ok((StatusCode::CREATED, Json(decision))),
        Kept::AlreadyDecided => Err(ApiError::Conflict("error-already-decided")),
        Kept::NoApplication => Err(ApiError::Unknown("error-application-not-found")),
    }
}
