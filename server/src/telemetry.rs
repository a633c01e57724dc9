//! Structured logs through `tracing`. Filter with `RUST_LOG` (default: info). Never log personal data.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber once; later calls (from tests) are ignored.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
