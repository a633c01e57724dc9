//! `POST /api/applications`: an application for housing help, stored once.
//!
//! The body is a `rules::application::Application`; it is parsed and validated with the rules
//! crate's types, so nothing invalid is stored. The `Idempotency-Key` header makes a retry safe:
//! the same key gives the same reference and never a second row. Nothing personal is logged.

use axum::{
    Json, Router,
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::post,
};
use rules::application::Application;
use serde::Serialize;

use super::ApiError;
use crate::{
    startup::AppState,
    storage::{Stored, reference},
};

pub fn router() -> Router<AppState> {
    Router::new().route("/applications", post(submit))
}

/// What the app shows on the receipt.
#[derive(Debug, Serialize)]
pub struct Receipt {
    pub reference: String,
    pub status: &'static str,
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
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let application: Application = serde_json::from_slice(&body).map_err(|e| {
        // The error names a field or position, never the values typed.
        tracing::info!(
            line = e.line(),
            column = e.column(),
            "rejected an application that does not parse"
        );
        ApiError::Unprocessable {
            message_id: "error-invalid-input",
            field: None,
        }
    })?;
    application.validate().map_err(ApiError::from)?;
    rules::municipality::resolve(&application.municipality, chrono::Utc::now().date_naive())
        .map_err(ApiError::from)?;

    let payload = serde_json::to_value(&application).map_err(|e| ApiError::Internal(e.into()))?;
    let stored = state
        .storage
        .insert_application(&reference()?, &key, &payload)
        .await?;
    let (status, reference) = match stored {
        Stored::New(reference) => {
            tracing::info!("application received");
            (StatusCode::CREATED, reference)
        }
        Stored::Replayed(reference) => (StatusCode::OK, reference),
        Stored::KeyReusedForOtherContent => {
            return Err(ApiError::Conflict("error-idempotency-conflict"));
        }
    };
    Ok((
        status,
        Json(Receipt {
            reference,
            status: "received",
        }),
    )
        .into_response())
}
