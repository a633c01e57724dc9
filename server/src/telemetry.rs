//! Structured logs through `tracing`: readable lines by default, one JSON object per line with
//! `HUSLY_LOG_FORMAT=json` (for a log collector). Filter with `RUST_LOG` (default: info). Never
//! log personal data: events carry route templates, counts and message ids, not values.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber once; later calls (from tests) are ignored.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if std::env::var("HUSLY_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}
