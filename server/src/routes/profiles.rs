//! `GET /api/municipality-profiles`: every municipality profile the server has, for the app to
//! pick the edition in force (`src/profiles.rs`). Nothing personal, the same for everyone: the
//! browser may keep it but asks again each time (`no-cache`), and a strong ETag made once at
//! start answers an unchanged set with 304.

use axum::{
    Router,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/municipality-profiles", get(profiles))
}

async fn profiles(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let profiles = &state.profiles;
    let cache = [
        (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        (header::ETAG, profiles.etag.clone()),
    ];
    if unchanged(&headers, &profiles.etag) {
        return (StatusCode::NOT_MODIFIED, cache).into_response();
    }
    (
        cache,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        profiles.json.clone(),
    )
        .into_response()
}

/// Whether `If-None-Match` names the current ETag (or is `*`).
fn unchanged(headers: &HeaderMap, etag: &HeaderValue) -> bool {
    let Ok(etag) = etag.to_str() else {
        return false;
    };
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag == etag || tag == "*")
}
