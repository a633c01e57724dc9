//! The HTTP API. Each feature has a module with a `router()`; `api_router` merges them.

mod health;
mod version;

use axum::{
    Json, Router,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Serialize;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::startup::AppState;

/// `/healthz` and everything under `/api`; unknown API paths answer 404 in JSON.
pub fn api_router() -> Router<AppState> {
    let api = Router::new()
        .merge(version::router())
        .fallback(|| async { ApiError::NotFound })
        // Answers from the API may carry personal data: no cache may keep them.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    Router::new().merge(health::router()).nest("/api", api)
}

/// An error the API reports; the body carries a Fluent message id the app translates.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("no such API endpoint")]
    NotFound,
}

#[derive(Serialize)]
struct ErrorBody {
    error: &'static str,
    message_id: &'static str,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, error, message_id) = match self {
            Self::NotFound => (StatusCode::NOT_FOUND, "not_found", "error-api-not-found"),
        };
        (status, Json(ErrorBody { error, message_id })).into_response()
    }
}
