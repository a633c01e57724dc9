//! The staff API under `/api/staff`: sign in and out, the inbox with filters, one application
//! in full, status changes with a note, export (JSON or CSV) and deletion with a reason.
//!
//! A caseworker sees every application to their municipality; a front-desk employee sees the
//! ones they made for walk-ins. Anything else is "not found", so nothing can be probed. Every
//! read and write lands in the audit log, which nobody can change.

use std::net::SocketAddr;

use axum::{
    Json, Router,
    extract::{ConnectInfo, Path, Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use chrono::{NaiveDate, Utc};
use rules::{
    application::Application,
    needs::HelpKind,
    wire::{
        ApplicationStatus, Deletion, FullApplication, InboxLine, Login, Me, NewStatus, StaffRole,
    },
};
use serde::Deserialize;

use crate::{
    auth::{self, Staff},
    error::ApiError,
    state::AppState,
    storage::{StoredApplication, staff::Filter},
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff/login", post(login))
        .route("/staff/logout", post(logout))
        .route("/staff/me", get(me))
        .route("/staff/applications", get(list))
        .route("/staff/applications/{reference}", get(read).delete(delete))
        .route(
            "/staff/applications/{reference}/status",
            post(change_status),
        )
        .route("/staff/export", get(export))
}

/// Who is signed in, and the token to send with every change.
fn me_of(staff: &Staff) -> Me {
    Me {
        username: staff.member.username.clone(),
        role: staff.member.role,
        municipality: staff.member.municipality.clone(),
        csrf_token: staff.csrf_token.clone(),
    }
}

async fn login(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Json(login): Json<Login>,
) -> Result<Response, ApiError> {
    if !state.limits.logins.allow(client.ip()) {
        return Err(ApiError::TooManyRequests);
    }
    let failed = || ApiError::Unauthorized("error-login-failed");
    let member = state
        .storage
        .staff_by_username(login.username.trim())
        .await?;
    let Some(member) = member else {
        // The same work as for a real account, so timing does not tell which names exist.
        auth::verify_password(&login.password, auth::dummy_hash());
        state
            .storage
            .audit(None, "login_failed", None, "unknown username")
            .await?;
        return Err(failed());
    };
    let now = Utc::now();
    let locked = member.locked_until.is_some_and(|until| until > now);
    let good = auth::verify_password(&login.password, &member.password_hash);
    if locked || !good {
        let lock = (!locked && member.failed_logins + 1 >= auth::MAX_FAILED_LOGINS)
            .then(|| now + auth::LOCK_FOR);
        if !locked {
            state.storage.login_failed(member.id, lock).await?;
        }
        let detail = match (locked, lock) {
            (true, _) => "account locked",
            (false, Some(_)) => "wrong password; account now locked",
            (false, None) => "wrong password",
        };
        state
            .storage
            .audit(Some(member.id), "login_failed", None, detail)
            .await?;
        // The same answer whether locked or wrong: nothing tells an attacker which.
        return Err(failed());
    }
    let token = auth::new_token(32)?;
    let csrf_token = auth::new_token(18)?;
    state
        .storage
        .create_session(member.id, &auth::token_hash(&token), &csrf_token)
        .await?;
    state
        .storage
        .audit(Some(member.id), "login", None, "")
        .await?;
    let staff = Staff {
        member,
        token_hash: String::new(),
        csrf_token,
    };
    let cookie = HeaderValue::from_str(&auth::cookie(&token, &headers))
        .map_err(|e| ApiError::Internal(e.into()))?;
    Ok(([(header::SET_COOKIE, cookie)], Json(me_of(&staff))).into_response())
}

async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    staff: Staff,
) -> Result<Response, ApiError> {
    state.storage.end_session(&staff.token_hash).await?;
    state
        .storage
        .audit(Some(staff.member.id), "logout", None, "")
        .await?;
    let cookie = HeaderValue::from_str(&auth::cookie("", &headers))
        .map_err(|e| ApiError::Internal(e.into()))?;
    Ok(([(header::SET_COOKIE, cookie)], StatusCode::NO_CONTENT).into_response())
}

async fn me(staff: Staff) -> Json<Me> {
    Json(me_of(&staff))
}

/// The inbox's filters, from the query string.
#[derive(Debug, Default, Deserialize)]
struct Filters {
    /// One application (an export of one).
    reference: Option<String>,
    /// A municipality number: a front desk may serve several; a caseworker only sees their own.
    municipality: Option<String>,
    status: Option<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    help: Option<HelpKind>,
    format: Option<String>,
}

impl Filters {
    /// The storage filter for what `staff` may see, with these filters.
    fn for_staff(&self, staff: &Staff) -> Result<Filter, ApiError> {
        let status = match self.status.as_deref() {
            None | Some("") => None,
            Some(text) => Some(
                ApplicationStatus::parse(text)
                    .ok_or(ApiError::BadRequest("error-invalid-input"))?,
            ),
        };
        let day = |d: NaiveDate| d.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
        let mut filter = Filter {
            reference: self.reference.clone(),
            municipality: self.municipality.clone().filter(|m| !m.is_empty()),
            status,
            from: self.from.and_then(day),
            to: self.to.and_then(|d| d.succ_opt()).and_then(day),
            ..Filter::default()
        };
        match staff.member.role {
            StaffRole::Caseworker => {
                // Another municipality's number shows nothing rather than something else.
                if filter
                    .municipality
                    .as_ref()
                    .is_some_and(|m| *m != staff.member.municipality)
                {
                    filter.reference = Some(String::new());
                }
                filter.municipality = Some(staff.member.municipality.clone());
            }
            StaffRole::FrontDesk => filter.created_by_staff = Some(staff.member.id),
        }
        Ok(filter)
    }

    fn describe(&self) -> String {
        format!(
            "reference={} municipality={} status={} from={} to={} help={}",
            self.reference.as_deref().unwrap_or("*"),
            self.municipality.as_deref().unwrap_or("*"),
            self.status.as_deref().unwrap_or("*"),
            self.from.map_or("*".into(), |d| d.to_string()),
            self.to.map_or("*".into(), |d| d.to_string()),
            self.help.map_or("*".into(), |h| format!("{h:?}")),
        )
    }
}

/// The most applications one list or export returns.
const PAGE: i64 = 500;

/// The kinds of help an application asks for (none if its payload does not say).
fn help_wanted(stored: &StoredApplication) -> Vec<HelpKind> {
    serde_json::from_value(stored.payload["help_wanted"].clone()).unwrap_or_default()
}

fn wants(stored: &StoredApplication, help: Option<HelpKind>) -> bool {
    help.is_none_or(|help| help_wanted(stored).contains(&help))
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

async fn matching(
    state: &AppState,
    staff: &Staff,
    filters: &Filters,
) -> Result<Vec<(String, StoredApplication)>, ApiError> {
    let filter = filters.for_staff(staff)?;
    Ok(state
        .storage
        .applications(&filter, PAGE)
        .await?
        .into_iter()
        .filter(|(_, a)| wants(a, filters.help))
        .collect())
}

async fn list(
    State(state): State<AppState>,
    staff: Staff,
    Query(filters): Query<Filters>,
) -> Result<Json<Vec<InboxLine>>, ApiError> {
    let found = matching(&state, &staff, &filters).await?;
    state
        .storage
        .audit(
            Some(staff.member.id),
            "list",
            None,
            &format!("{} ({} shown)", filters.describe(), found.len()),
        )
        .await?;
    Ok(Json(
        found
            .into_iter()
            .map(|(reference, a)| inbox_line(reference, a))
            .collect(),
    ))
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

async fn read(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
) -> Result<Json<FullApplication>, ApiError> {
    let stored = visible(&state, &staff, &reference).await?;
    state
        .storage
        .audit(Some(staff.member.id), "read", Some(&reference), "")
        .await?;
    let application: Application = serde_json::from_value(opened(&state, &stored)?)
        .map_err(|e| ApiError::Internal(e.into()))?;
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

/// Only a caseworker changes, exports or deletes.
fn caseworker(staff: &Staff) -> Result<(), ApiError> {
    match staff.member.role {
        StaffRole::Caseworker => Ok(()),
        StaffRole::FrontDesk => Err(ApiError::Forbidden("error-staff-not-allowed")),
    }
}

/// A staff note or reason: required, at most 5 000 characters, no control characters.
fn note(text: &str, field: &'static str) -> Result<String, ApiError> {
    let text = text.trim();
    let invalid = text.chars().count() > rules::application::MAX_TEXT
        || text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t');
    if text.is_empty() {
        Err(ApiError::Unprocessable {
            message_id: "error-required",
            field: Some(field.into()),
        })
    } else if invalid {
        Err(ApiError::Unprocessable {
            message_id: "error-invalid-text",
            field: Some(field.into()),
        })
    } else {
        Ok(text.to_string())
    }
}

async fn change_status(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    Json(change): Json<NewStatus>,
) -> Result<StatusCode, ApiError> {
    caseworker(&staff)?;
    visible(&state, &staff, &reference).await?;
    let text = note(&change.note, "note")?;
    state
        .storage
        .change_status(&reference, staff.member.id, change.status, &text)
        .await?;
    state
        .storage
        .audit(
            Some(staff.member.id),
            "status",
            Some(&reference),
            change.status.as_str(),
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn delete(
    State(state): State<AppState>,
    staff: Staff,
    Path(reference): Path<String>,
    Json(deletion): Json<Deletion>,
) -> Result<StatusCode, ApiError> {
    caseworker(&staff)?;
    visible(&state, &staff, &reference).await?;
    let reason = note(&deletion.reason, "reason")?;
    state.storage.delete_application(&reference).await?;
    state
        .storage
        .audit(Some(staff.member.id), "delete", Some(&reference), &reason)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A CSV cell that a spreadsheet will not run as a formula (OWASP: CSV injection).
fn cell(value: &str) -> String {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    }
}

fn text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        serde_json::Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

async fn export(
    State(state): State<AppState>,
    staff: Staff,
    Query(filters): Query<Filters>,
) -> Result<Response, ApiError> {
    caseworker(&staff)?;
    let found = matching(&state, &staff, &filters).await?;
    let mut rows = Vec::with_capacity(found.len());
    for (reference, stored) in &found {
        rows.push((reference, stored, opened(&state, stored)?));
    }
    let format = filters.format.as_deref().unwrap_or("json");
    state
        .storage
        .audit(
            Some(staff.member.id),
            "export",
            None,
            &format!(
                "{format}: {} ({} applications)",
                filters.describe(),
                rows.len()
            ),
        )
        .await?;
    let disposition = |ext: &str| {
        HeaderValue::from_str(&format!(
            "attachment; filename=\"husly-{}.{ext}\"",
            Utc::now().format("%Y-%m-%d")
        ))
        .unwrap_or(HeaderValue::from_static("attachment"))
    };
    match format {
        "csv" => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let header = [
                "reference",
                "received_at",
                "status",
                "municipality",
                "name",
                "national_id",
                "phone",
                "email",
                "preferred_language",
                "needs_interpreter",
                "on_behalf",
                "help_wanted",
                "adults",
                "children_ages",
                "incomes",
                "net_wealth",
                "housing_kind",
                "monthly_cost",
                "own_words",
            ];
            writer
                .write_record(header)
                .map_err(|e| ApiError::Internal(e.into()))?;
            for (reference, stored, a) in &rows {
                let record = [
                    reference.to_string(),
                    stored.created_at.to_rfc3339(),
                    stored.status.as_str().to_string(),
                    stored.municipality.clone(),
                    text(&a["person"]["name"]),
                    text(&a["person"]["national_id"]),
                    text(&a["person"]["phone"]),
                    text(&a["person"]["email"]),
                    text(&a["person"]["preferred_language"]),
                    text(&a["person"]["needs_interpreter"]),
                    text(&a["on_behalf"]),
                    text(&a["help_wanted"]),
                    text(&a["household"]["adults"]),
                    text(&a["household"]["children_ages"]),
                    incomes(&a["income"]),
                    text(&a["income"]["net_wealth"]),
                    text(&a["housing"]["kind"]),
                    text(&a["housing"]["monthly_cost"]),
                    text(&a["own_words"]),
                ];
                writer
                    .write_record(record.iter().map(|v| cell(v)))
                    .map_err(|e| ApiError::Internal(e.into()))?;
            }
            let bytes = writer
                .into_inner()
                .map_err(|e| ApiError::Internal(anyhow::anyhow!("{e}")))?;
            Ok((
                [
                    (
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("text/csv; charset=utf-8"),
                    ),
                    (header::CONTENT_DISPOSITION, disposition("csv")),
                ],
                bytes,
            )
                .into_response())
        }
        "json" => {
            let list: Vec<serde_json::Value> = rows
                .into_iter()
                .map(|(reference, stored, application)| {
                    serde_json::json!({
                        "reference": reference,
                        "received_at": stored.created_at,
                        "status": stored.status,
                        "municipality": stored.municipality,
                        "application": application,
                        "recomputed_estimate": stored.recomputed_estimate,
                        "estimate_differs": stored.estimate_differs,
                    })
                })
                .collect();
            Ok((
                [(header::CONTENT_DISPOSITION, disposition("json"))],
                Json(list),
            )
                .into_response())
        }
        _ => Err(ApiError::BadRequest("error-invalid-input")),
    }
}

/// Each adult's income as "amount period basis source", "; " between persons; the income of an
/// application sent before incomes were asked per person reads as one person's.
fn incomes(value: &serde_json::Value) -> String {
    let Ok(income) = serde_json::from_value::<rules::household::Income>(value.clone()) else {
        return text(value);
    };
    income
        .persons
        .iter()
        .map(|p| {
            let word = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
            format!(
                "{} {} {} {}",
                p.amount,
                word(serde_json::json!(p.period)),
                word(serde_json::json!(p.basis)),
                word(serde_json::json!(p.source)),
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}
