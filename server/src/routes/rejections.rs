//! axum's own refusals in the API's JSON error format. A body over the limit (413), a query
//! string, path or JSON body its extractors cannot read (400, 422), the wrong content type (415)
//! or method (405) come from axum as plain text; the app reads `{"error", "message_id"}` from
//! every error, so this middleware rewrites any error answer that is not JSON already.

use axum::{
    Json,
    extract::Request,
    http::{StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use rules::wire::ErrorBody;

/// The `error` and `message_id` for an error status axum answered by itself.
fn describe(status: StatusCode) -> (&'static str, &'static str) {
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => ("payload_too_large", "error-invalid-input"),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ("unsupported_media_type", "error-invalid-input"),
        StatusCode::UNPROCESSABLE_ENTITY => ("invalid", "error-invalid-input"),
        StatusCode::METHOD_NOT_ALLOWED => ("method_not_allowed", "error-api-not-found"),
        StatusCode::NOT_FOUND => ("not_found", "error-api-not-found"),
        s if s.is_server_error() => ("internal", "error-io"),
        _ => ("bad_request", "error-invalid-input"),
    }
}

fn is_json(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

/// Middleware: an error answer that is not JSON becomes one, with the same status and headers.
pub async fn as_json(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || is_json(&response) {
        return response;
    }
    let (error, message_id) = describe(status);
    // The rejection's text may quote what was sent: it is not logged.
    tracing::info!(
        status = status.as_u16(),
        error,
        "refused a request axum could not read"
    );
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    let body = Json(ErrorBody {
        error: error.into(),
        message_id: message_id.into(),
        field: None,
    });
    (parts, body).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_refusal_has_a_name_and_a_message_the_app_knows() {
        assert_eq!(
            describe(StatusCode::PAYLOAD_TOO_LARGE),
            ("payload_too_large", "error-invalid-input")
        );
        assert_eq!(describe(StatusCode::BAD_REQUEST).0, "bad_request");
        assert_eq!(describe(StatusCode::BAD_GATEWAY), ("internal", "error-io"));
    }
}
