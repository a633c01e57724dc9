//! `GET /healthz`: the process is up and serving requests.

use axum::{Router, routing::get};

use crate::startup::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/healthz", get(|| async { "ok" }))
}
