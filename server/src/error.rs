//! The API's one error type: what went wrong, as a status and a Fluent message id the app
//! translates; internal causes are logged, never sent.

use axum::{
    Json,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use rules::wire::ErrorBody;

/// An error the API reports; the body carries a Fluent message id the app translates, and, for
/// invalid input, the field it concerns. Internal causes are logged, never sent.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("no such API endpoint")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// A query parameter that cannot be used: 400 with the parameter's name.
    #[error("bad query parameter {field}: {message_id}")]
    BadQuery {
        message_id: &'static str,
        field: &'static str,
    },
    #[error("invalid input: {message_id}")]
    Unprocessable {
        message_id: &'static str,
        field: Option<std::borrow::Cow<'static, str>>,
    },
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("not found: {0}")]
    Unknown(&'static str),
    #[error("too many requests from one client")]
    TooManyRequests,
    #[error("not signed in: {0}")]
    Unauthorized(&'static str),
    #[error("not allowed: {0}")]
    Forbidden(&'static str),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<rules::RulesError> for ApiError {
    fn from(error: rules::RulesError) -> Self {
        Self::Unprocessable {
            message_id: error.message_id(),
            field: error.field().map(Into::into),
        }
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> Self {
        Self::Internal(error.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, error, message_id, field) = match self {
            Self::NotFound => (
                StatusCode::NOT_FOUND,
                "not_found",
                "error-api-not-found",
                None,
            ),
            Self::BadRequest(id) => (StatusCode::BAD_REQUEST, "bad_request", id, None),
            Self::BadQuery { message_id, field } => (
                StatusCode::BAD_REQUEST,
                "bad_request",
                message_id,
                Some(field.into()),
            ),
            Self::Unprocessable { message_id, field } => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                message_id,
                field,
            ),
            Self::Conflict(id) => (StatusCode::CONFLICT, "conflict", id, None),
            Self::Unknown(id) => (StatusCode::NOT_FOUND, "not_found", id, None),
            Self::Unauthorized(id) => (StatusCode::UNAUTHORIZED, "unauthorized", id, None),
            Self::Forbidden(id) => (StatusCode::FORBIDDEN, "forbidden", id, None),
            Self::TooManyRequests => {
                let body = ErrorBody {
                    error: "too_many_requests".into(),
                    message_id: "error-too-many-requests".into(),
                    field: None,
                };
                return (
                    StatusCode::TOO_MANY_REQUESTS,
                    [(header::RETRY_AFTER, HeaderValue::from_static("60"))],
                    Json(body),
                )
                    .into_response();
            }
            Self::Internal(cause) => {
                tracing::error!(error = format!("{cause:#}"), "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "error-io",
                    None,
                )
            }
        };
        (
            status,
            Json(ErrorBody {
                error: error.into(),
                message_id: message_id.into(),
                field,
            }),
        )
            .into_response()
    }
}
