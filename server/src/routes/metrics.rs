//! `GET /metrics` in Prometheus' text format: applications by status and municipality (read
//! from the database at each scrape), request counts and latencies by route, and the process's
//! resident memory. Labels are route templates, never paths or values, so nothing personal and
//! no unbounded label sets.

use std::fmt::Write;

use axum::{
    Router,
    extract::State,
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
    routing::get,
};

use crate::{error::ApiError, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new().route("/metrics", get(metrics))
}

async fn metrics(State(state): State<AppState>) -> Result<Response, ApiError> {
    let mut out = String::new();
    out.push_str("# HELP husly_applications Applications stored, by status and municipality.\n");
    out.push_str("# TYPE husly_applications gauge\n");
    for (status, municipality, count) in state.storage.counts_by_status_and_municipality().await? {
        let _ = writeln!(
            out,
            "husly_applications{{status=\"{status}\",municipality=\"{municipality}\"}} {count}"
        );
    }
    let (decided, seconds) = state.storage.decision_times().await?;
    out.push_str("# HELP husly_decision_seconds Time from submission to decision.\n");
    out.push_str("# TYPE husly_decision_seconds summary\n");
    let _ = writeln!(out, "husly_decision_seconds_sum {seconds}");
    let _ = writeln!(out, "husly_decision_seconds_count {decided}");
    state.metrics.render(&mut out);
    if let Some(bytes) = resident_memory() {
        out.push_str("# HELP process_resident_memory_bytes Resident memory of the server.\n");
        out.push_str("# TYPE process_resident_memory_bytes gauge\n");
        let _ = writeln!(out, "process_resident_memory_bytes {bytes}");
    }
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
        )],
        out,
    )
        .into_response())
}

/// The resident set size from /proc (Linux); None elsewhere.
fn resident_memory() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    // 4 KiB pages: the page size on the x86-64 and common arm64 Linux this runs on.
    Some(pages * 4096)
}
