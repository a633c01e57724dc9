//! `GET /metrics` in Prometheus' text format: applications by status and municipality (read
//! from the database at each scrape), request counts and latencies by route, and the process's
//! resident memory. Labels are route templates, never paths or values, so nothing personal and
//! no unbounded label sets.

use std::{
    collections::BTreeMap,
    fmt::Write,
    sync::{Arc, Mutex},
    time::Instant,
};

use axum::{
    Router,
    extract::{MatchedPath, Request, State},
    http::{HeaderValue, header},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::get,
};

use super::ApiError;
use crate::startup::AppState;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 11] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

#[derive(Debug, Default, Clone)]
struct Latencies {
    count: u64,
    sum: f64,
    /// How many took at most each bound (not cumulative here; summed when rendered).
    buckets: [u64; BUCKETS.len()],
}

/// (route template, method, status code).
type Key = (String, String, u16);

/// Request counts and latencies by (route, method, status), shared by every request.
#[derive(Debug, Default, Clone)]
pub struct Metrics(Arc<Mutex<BTreeMap<Key, Latencies>>>);

impl Metrics {
    fn observe(&self, route: String, method: String, status: u16, seconds: f64) {
        let Ok(mut map) = self.0.lock() else { return };
        let entry = map.entry((route, method, status)).or_default();
        entry.count += 1;
        entry.sum += seconds;
        if let Some(i) = BUCKETS.iter().position(|b| seconds <= *b) {
            entry.buckets[i] += 1;
        }
    }

    fn render(&self, out: &mut String) {
        let Ok(map) = self.0.lock() else { return };
        out.push_str("# HELP husly_http_request_duration_seconds Time to answer a request, by route template.\n");
        out.push_str("# TYPE husly_http_request_duration_seconds histogram\n");
        for ((route, method, status), l) in map.iter() {
            let labels = format!("route=\"{route}\",method=\"{method}\",status=\"{status}\"");
            let mut cumulative = 0;
            for (bound, n) in BUCKETS.iter().zip(l.buckets) {
                cumulative += n;
                let _ = writeln!(
                    out,
                    "husly_http_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {cumulative}"
                );
            }
            let _ = writeln!(
                out,
                "husly_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}",
                l.count
            );
            let _ = writeln!(
                out,
                "husly_http_request_duration_seconds_sum{{{labels}}} {}",
                l.sum
            );
            let _ = writeln!(
                out,
                "husly_http_request_duration_seconds_count{{{labels}}} {}",
                l.count
            );
        }
    }
}

/// Middleware: times each request and counts it under its route template.
pub async fn record(State(metrics): State<Metrics>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |p| p.as_str().to_string());
    let method = request.method().to_string();
    let response = next.run(request).await;
    metrics.observe(
        route,
        method,
        response.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    response
}

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
