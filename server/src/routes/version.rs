//! `GET /api/version`: which app and which rule parameters this server runs.

use axum::{Json, Router, routing::get};
use serde::Serialize;

use crate::state::AppState;

/// The answer of `/api/version`.
#[derive(Debug, Serialize)]
pub struct Version {
    pub app_version: &'static str,
    pub rules_parameters_valid_from: chrono::NaiveDate,
}

pub fn router() -> Router<AppState> {
    Router::new().route("/version", get(version))
}

async fn version() -> Json<Version> {
    Json(Version {
        app_version: env!("CARGO_PKG_VERSION"),
        rules_parameters_valid_from: rules::parameters_valid_from(),
    })
}
