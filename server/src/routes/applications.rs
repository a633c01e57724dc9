//! `POST /api/applications`: an application for housing help, stored once; and
//! `GET /api/applications/{reference}`: its status, and `…/decision` the written decision with
//! the appeal on it, for whoever holds the receipt's secret (the appeal itself: `appeal.rs`).
//!
//! The body is a `rules::application::Application`; it is parsed and validated with the rules
//! crate's types, so nothing invalid is stored. What only the server may decide, it decides:
//! `on_behalf` and who made it come from the front-desk session alone, and the estimate staff
//! go by (urgency included) is the server's own from the answers; the client's estimate is kept
//! only to flag a difference. The `Idempotency-Key` header makes a retry safe: the same key and
//! answers give the same reference (and secret) and never a second row, on whatever day the
//! retry comes. The national id is stored encrypted, apart from the rest. Nothing personal is
//! logged.

use axum::{
    Json, Router,
    body::Bytes,
    extract::{ConnectInfo, Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::{delete, get, post, put},
};
use rules::{
    application::Application,
    decision::CaseDecision,
    needs::HelpKind,
    wire::{ApplicationStatus, ApplicationStatusView, Handler, Receipt, StaffRole},
};
use std::net::SocketAddr;

use crate::{
    error::ApiError,
    state::AppState,
    storage::{NewApplication, Stored, StoredApplication, reference},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/applications", post(submit))
        .route("/applications/{reference}", get(status))
        .route("/applications/{reference}/decision", get(decision))
        .route(
            "/applications/{reference}/appeal",
            post(super::appeal::appeal),
        )
        .route(
            "/applications/{reference}/interview/reply",
            post(super::interview::reply),
        )
        .route(
            "/applications/{reference}/documents",
            get(super::documents::list).post(super::documents::start),
        )
        .route(
            "/applications/{reference}/documents/{id}",
            delete(super::documents::remove),
        )
        .route(
            "/applications/{reference}/documents/{id}/parts/{start}",
            put(super::documents::part).layer(axum::extract::DefaultBodyLimit::max(
                rules::documents::PART_BYTES,
            )),
        )
}

fn idempotency_key(headers: &HeaderMap) -> Result<String, ApiError> {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .unwrap_or_default();
    let valid = (8..=128).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic());
    if valid {
        Ok(key.to_string())
    } else {
        Err(ApiError::BadRequest("error-idempotency-key"))
    }
}

async fn submit(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    if !state.limits.submissions.allow(client.ip()) {
        return Err(ApiError::TooManyRequests);
    }
    let key = idempotency_key(&headers)?;
    // A front-desk employee signed in on this device makes it on behalf of a walk-in.
    let front_desk = crate::auth::session_of(&state, &headers)
        .await?
        .filter(|s| s.member.role == StaffRole::FrontDesk);
    let mut application: Application = serde_json::from_slice(&body).map_err(|e| {
        // The error names a field or position, never the values typed.
        tracing::info!(
            line = e.line(),
            column = e.column(),
            "rejected an application that does not parse"
        );
        ApiError::Unprocessable {
            message_id: "error-invalid-input",
            field: unknown_field(&e).map(Into::into),
        }
    })?;
    application.validate().map_err(ApiError::from)?;
    let resolved =
        rules::municipality::resolve(&application.municipality, chrono::Utc::now().date_naive())
            .map_err(ApiError::from)?;
    let national_id = application.person.national_id().map_err(ApiError::from)?;
    // Only a front-desk session makes an application on someone's behalf: a resident's
    // `"on_behalf": true` is overwritten, never stored.
    application.on_behalf = front_desk.is_some();
    let created_by_staff = front_desk.as_ref().map(|s| s.member.id);

    // The same rules as the app, rerun here on the answers: for the day the app computed (if it
    // is today or yesterday, allowing for time zones), else today, so an estimate dated long ago
    // is never taken as current; with the server's own copy of the municipality's profile in
    // force that day, never one a client sends. Staff go by this one; the client's only flags a
    // difference.
    let today = chrono::Utc::now().date_naive();
    let date = match &application.estimate {
        Some(e) if (today - e.date).num_days().abs() <= 1 => e.date,
        _ => today,
    };
    let profile = state
        .profiles
        .set
        .in_force(resolved.municipality.number, date);
    let recomputed = application
        .summarize_in(date, profile)
        .map_err(ApiError::from)?;
    // Who will contact the resident about what: the profile's routing, and NAV first in an
    // emergency by the server's own reckoning of the urgency.
    let handled_by = Handler::for_application(
        &application.help_wanted,
        recomputed.urgency,
        profile.map(|p| p.edition),
    );
    let estimate_differs = application
        .estimate
        .as_ref()
        .is_some_and(|e| !e.same_figures(&recomputed));
    if estimate_differs {
        tracing::warn!("the estimate sent differs from the one recomputed on the server");
    }
    application.person.national_id = national_id.as_str().to_string();

    // The fingerprint covers the answers, the national id included, and nothing the server
    // decides or recomputes: a retry with the same key and answers is the same application even
    // when its estimate is dated a day later. The stored payload does not hold the national id,
    // which is kept sealed in its own column.
    let fingerprint = state.secrets.application_fingerprint(&application)?;
    let sealed = state.secrets.seal_national_id(national_id.as_str())?;
    application.person.national_id = String::new();
    let payload = serde_json::to_value(&application).map_err(|e| ApiError::Internal(e.into()))?;
    let stored = state
        .storage
        .insert_application(&NewApplication {
            reference: &reference()?,
            idempotency_key: &key,
            payload: &payload,
            national_id_sealed: &sealed,
            fingerprint: &fingerprint,
            municipality: resolved.municipality.number,
            recomputed_estimate: &recomputed,
            estimate_differs,
            created_by_staff,
        })
        .await?;
    let (status, reference) = match stored {
        Stored::New(reference) => {
            tracing::info!("application received");
            if let Some(staff) = &front_desk {
                state
                    .storage
                    .audit(
                        Some(staff.member.id),
                        "create",
                        Some(&reference),
                        "on behalf",
                    )
                    .await?;
            }
            (StatusCode::CREATED, reference)
        }
        Stored::Replayed(reference) => (StatusCode::OK, reference),
        Stored::KeyReusedForOtherContent => {
            return Err(ApiError::Conflict("error-idempotency-conflict"));
        }
    };
    let secret = state.secrets.receipt_secret(&reference);
    Ok((
        status,
        Json(Receipt {
            reference,
            status: ApplicationStatus::Received,
            secret,
            handled_by,
        }),
    )
        .into_response())
}

/// The application `reference`, for the bearer of its receipt secret (`Authorization: Bearer`).
/// An unknown reference and a wrong secret get the same answer, so neither can be probed.
pub(super) async fn for_receipt_holder(
    state: &AppState,
    reference: &str,
    headers: &HeaderMap,
) -> Result<StoredApplication, ApiError> {
    let not_found = || ApiError::Unknown("error-application-not-found");
    let secret = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(not_found)?;
    if reference.len() > 32 {
        return Err(not_found());
    }
    // A receipt given out before a key rotation is recognised by its digest.
    if !state.secrets.verify_receipt(reference, secret) {
        let digests = state.storage.receipt_digests(reference).await?;
        if !digests.is_some_and(|d| crate::secrets::Secrets::verify_receipt_digest(secret, &d)) {
            return Err(not_found());
        }
    }
    state
        .storage
        .application(reference)
        .await?
        .ok_or_else(not_found)
}

/// The status of one application, for the bearer of its receipt secret.
async fn status(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Result<Json<ApplicationStatusView>, ApiError> {
    let stored = for_receipt_holder(&state, &reference, &headers).await?;
    // Who handles what by the profile in force today, so the contact the resident reads is the
    // current one.
    let help_wanted: Vec<HelpKind> =
        serde_json::from_value(stored.payload["help_wanted"].clone()).unwrap_or_default();
    let profile = state
        .profiles
        .set
        .in_force(&stored.municipality, chrono::Utc::now().date_naive());
    let handled_by = Handler::for_application(
        &help_wanted,
        stored.recomputed_estimate.as_ref().and_then(|e| e.urgency),
        profile.map(|p| p.edition),
    );
    let has_decision = state.storage.has_decision(&reference).await?;
    let interview = state.storage.interview(&reference).await?;
    Ok(Json(ApplicationStatusView {
        reference,
        status: stored.status,
        received_on: stored.created_at.date_naive(),
        handled_by,
        has_decision,
        interview,
    }))
}

/// The written decision, for the bearer of the receipt secret, with their appeal and what came
/// of it. The first reading is the day the decision reached the applicant, from which the appeal
/// deadline runs (forvaltningsloven § 29).
async fn decision(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Result<Json<CaseDecision>, ApiError> {
    for_receipt_holder(&state, &reference, &headers).await?;
    let mut decision = state
        .storage
        .decision(&reference)
        .await?
        .ok_or(ApiError::Unknown("error-decision-not-yet"))?;
    state.storage.decision_read_by_applicant(&reference).await?;
    let today = chrono::Utc::now().date_naive();
    // A first reading is today's: the row now says so.
    decision.notified_on.get_or_insert(today);
    let appeal = state.storage.appeal(&reference).await?;
    Ok(Json(CaseDecision {
        decision,
        today,
        appeal,
    }))
}

/// The name of the field serde refused as unknown or misspelt ("unknown field `coupel`, expected
/// …"), so the client is told which one; only a plain field name is passed on.
fn unknown_field(error: &serde_json::Error) -> Option<String> {
    let text = error.to_string();
    let name = text.strip_prefix("unknown field `")?.split('`').next()?;
    (!name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'))
    .then(|| name.to_string())
}
