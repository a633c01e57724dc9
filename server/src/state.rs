//! What every handler can reach.

use crate::{
    metrics::Metrics, profiles::Profiles, rate_limit::Limits, secrets::Secrets, storage::Storage,
};

/// What every handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    pub storage: Storage,
    pub secrets: Secrets,
    pub metrics: Metrics,
    pub limits: Limits,
    /// The municipality profiles, read and checked at start.
    pub profiles: Profiles,
}
