//! The HTTP API. Each feature has a module with a `router()`; `api_router` merges them.

mod appeal;
mod applications;
pub(crate) mod documents;
mod health;
mod interview;
mod metrics;
mod profiles;
mod rejections;
mod staff;
mod version;

use axum::{
    Router,
    http::{HeaderValue, header},
};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::{error::ApiError, state::AppState};

/// `/healthz` and everything under `/api`; unknown API paths answer 404 in JSON.
pub fn api_router() -> Router<AppState> {
    let api = Router::new()
        .merge(version::router())
        .merge(applications::router())
        .merge(profiles::router())
        .merge(staff::router())
        // An application is a few kilobytes; refuse anything far larger before reading it.
        .layer(axum::extract::DefaultBodyLimit::max(256 * 1024))
        .fallback(|| async { ApiError::NotFound })
        // axum's own refusals (a body too large, a query, path or JSON it cannot read) in the
        // API's JSON error format too.
        .layer(axum::middleware::from_fn(rejections::as_json))
        // Answers from the API may carry personal data: no cache may keep them. Only an answer
        // that says otherwise itself (the municipality profiles, the same for everyone) may be
        // kept.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    Router::new()
        .merge(health::router())
        .merge(metrics::router())
        .nest("/api", api)
}
