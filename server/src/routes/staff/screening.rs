//! The startlån screening of the municipality's tenants (issue 19), for a caseworker's own
//! municipality:
//!
//! - `POST /api/staff/screenings` with the tenant list as the body (CSV, the format of
//!   docs/tenant-list.md): every household screened by `rules::screening` on the municipality's
//!   startlån terms, the run kept and audited; 201 with the run, compared with the one before.
//!   A list that cannot be used is kept in no part: 422 with every problem and its line.
//! - `GET /api/staff/screenings`: the runs, newest first.
//! - `GET /api/staff/screenings/{id}`: one run in full, with the run before it (audited).
//! - `DELETE /api/staff/screenings/{id}`: the run gone (audited).
//!
//! A run of another municipality is "not found", as an application is.

use axum::{
    Json,
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use chrono::Utc;
use rules::{
    RulesError,
    screening::{ListProblem, ListRefused, RunLine, ScreenedHousehold, ScreeningRun, screen},
};

use super::caseworker;
use crate::{
    auth::Staff,
    error::ApiError,
    state::AppState,
    storage::Run,
    tenant_list::{self, Problem},
};

/// The list's column a rules refusal is about, where it is one.
fn column_of(error: &RulesError) -> Option<&'static str> {
    match error.field()? {
        "rent_monthly" | "monthly_cost" => Some("husleie"),
        "own_funds" | "net_wealth" => Some("egenkapital"),
        "income" => Some("inntekter"),
        "household" => Some("voksne"),
        _ => None,
    }
}

/// 422 with every problem: nothing of the list was kept.
fn refused(problems: Vec<Problem>) -> Response {
    let body = ListRefused {
        error: "invalid".into(),
        message_id: "error-tenants-invalid".into(),
        problems: problems
            .into_iter()
            .map(|p| ListProblem {
                line: p.line,
                column: p.column.map(Into::into),
                message_id: p.message_id.into(),
            })
            .collect(),
    };
    (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
}

fn not_found() -> ApiError {
    ApiError::Unknown("error-screening-not-found")
}

fn full(municipality: &str, run: Run, before: Option<Run>) -> ScreeningRun {
    ScreeningRun::new(
        run.line,
        municipality.to_string(),
        run.households,
        before.map(|b| (b.line, b.households)),
    )
}

pub(super) async fn run(
    State(state): State<AppState>,
    staff: Staff,
    body: Bytes,
) -> Result<Response, ApiError> {
    caseworker(&staff)?;
    // An Excel workbook (a zip file) instead of its CSV, or "CSV" in a legacy code page: said,
    // not guessed at.
    if body.starts_with(b"PK\x03\x04") {
        return Ok(refused(vec![tenant_list::whole_file(
            "error-tenants-workbook",
        )]));
    }
    let Ok(text) = std::str::from_utf8(&body) else {
        return Ok(refused(vec![tenant_list::whole_file(
            "error-tenants-encoding",
        )]));
    };
    let today = Utc::now().date_naive();
    let rows = match tenant_list::read(text, today) {
        Ok(rows) => rows,
        Err(problems) => return Ok(refused(problems)),
    };
    let municipality = staff.member.municipality.clone();
    let profile = state.profiles.set.in_force(&municipality, today);
    let modest_price = state
        .profiles
        .targets_at(&municipality, today)
        .and_then(|t| t.modest_home_price.as_ref())
        .map(|p| p.value);
    let mut households = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    for row in rows {
        match screen(&row.tenant, &municipality, profile, modest_price, today) {
            Ok(screening) => households.push(ScreenedHousehold {
                key: row.key,
                consent_on: row.consent_on,
                tenant: row.tenant,
                screening,
                before: None,
            }),
            // The rules have no figures for today: nothing in the list can change that.
            Err(e @ RulesError::NoParameters { .. }) => return Err(e.into()),
            Err(e) => problems.push(Problem {
                line: row.line,
                column: column_of(&e),
                message_id: e.message_id(),
            }),
        }
    }
    if !problems.is_empty() {
        return Ok(refused(problems));
    }
    let line = state
        .storage
        .keep_screening(&municipality, staff.member.id, &households)
        .await?;
    // Only the run before is read back: this one's households are here.
    let before = state
        .storage
        .screening_before(&municipality, line.id)
        .await?;
    let run = full(&municipality, Run { line, households }, before);
    Ok((StatusCode::CREATED, Json(run)).into_response())
}

pub(super) async fn list(
    State(state): State<AppState>,
    staff: Staff,
) -> Result<Json<Vec<RunLine>>, ApiError> {
    caseworker(&staff)?;
    Ok(Json(
        state.storage.screenings(&staff.member.municipality).await?,
    ))
}

pub(super) async fn read(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
) -> Result<Json<ScreeningRun>, ApiError> {
    caseworker(&staff)?;
    let municipality = &staff.member.municipality;
    let (run, before) = state
        .storage
        .screening(municipality, id)
        .await?
        .ok_or_else(not_found)?;
    state
        .storage
        .audit(
            Some(staff.member.id),
            "screening-read",
            Some(&format!("screening-{id}")),
            municipality,
        )
        .await?;
    Ok(Json(full(municipality, run, before)))
}

pub(super) async fn delete(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    caseworker(&staff)?;
    if state
        .storage
        .delete_screening(&staff.member.municipality, id, staff.member.id)
        .await?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(not_found())
    }
}
