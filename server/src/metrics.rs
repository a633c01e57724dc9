//! Request counts and latencies by route template, shared by every request (the `record`
//! middleware adds to them; `GET /metrics` renders them). Labels are route templates, never
//! paths or values, so nothing personal and no unbounded label sets.

use std::{
    collections::BTreeMap,
    fmt::Write,
    sync::{Arc, Mutex},
    time::Instant,
};

use axum::{
    extract::{MatchedPath, Request, State},
    middleware::Next,
    response::Response,
};

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

    pub fn render(&self, out: &mut String) {
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
