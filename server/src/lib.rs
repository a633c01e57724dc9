//! Husly's backend as a library, so tests can start the real application on a free port.

pub mod auth;
pub mod config;
pub mod cookies;
pub mod data_guard;
pub mod documents_sealed;
pub mod error;
pub mod listener;
pub mod metrics;
pub mod ops;
pub mod prerendered;
pub mod profiles;
pub mod rate_limit;
pub mod routes;
pub mod secrets;
pub mod security_headers;
pub mod startup;
pub mod state;
pub mod static_files;
pub mod storage;
pub mod telemetry;
pub mod tenant_list;
