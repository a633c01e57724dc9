//! `GET /healthz`: the process is up and serving requests. `GET /readyz`: it can also write to
//! its database (a row written and rolled back; for SQLite, the file still in place), so a load
//! balancer may send it work.

use axum::{Router, extract::State, http::StatusCode, routing::get};

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
}

async fn ready(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.storage.check_writable().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(error = %format!("{error:#}"), "not ready: a write would fail");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "the database cannot be written",
            )
        }
    }
}
