//! Builds the application from a configuration: storage, routes, middleware, listener.

use std::{net::SocketAddr, time::Duration};

use anyhow::Context;
use axum::{Router, http::StatusCode, middleware};
use tokio::net::TcpListener;
use tower_http::{
    timeout::{RequestBodyTimeoutLayer, TimeoutLayer},
    trace::TraceLayer,
};

use crate::{
    config::Config,
    data_guard, listener,
    metrics::Metrics,
    prerendered::Prerendered,
    profiles::Profiles,
    rate_limit::{Limit, Limits},
    routes,
    security_headers::SecurityHeaders,
    state::AppState,
    static_files,
    storage::Storage,
};

/// A server bound to its port and ready to run.
pub struct Application {
    listener: TcpListener,
    router: Router,
    storage: Storage,
    bounds: listener::Bounds,
}

impl Application {
    /// Opens the database (creating and migrating it if needed), reads the built app and binds.
    pub async fn build(config: &Config) -> anyhow::Result<Self> {
        let index_path = config.dist_dir.join("index.html");
        let index_html = std::fs::read_to_string(&index_path).with_context(|| {
            format!(
                "the built app is missing ({}): build it first with `cargo xtask run`",
                index_path.display()
            )
        })?;
        // The other apps, when built (dist/staff/, dist/case/): their loader scripts need
        // their hashes in the CSP too.
        let other_apps: Vec<(&'static str, String)> = static_files::OTHER_APPS
            .into_iter()
            .filter_map(|name| {
                let html = std::fs::read_to_string(config.dist_dir.join(name).join("index.html"));
                html.ok().map(|html| (name, html))
            })
            .collect();
        let all_html = std::iter::once(index_html.as_str())
            .chain(other_apps.iter().map(|(_, html)| html.as_str()))
            .collect::<String>();
        let headers = SecurityHeaders::for_index_html(&all_html)?.with_hsts(config.hsts);
        let prerendered = Prerendered::load(&config.dist_dir);
        tracing::info!(pages = prerendered.count(), "prerendered pages found");
        // Refuses a faulty municipality profile before anything else is opened.
        let profiles = Profiles::load(&config.profiles_dir)?;
        // Refuses a database and key that do not belong together, or that cannot be written.
        let (storage, secrets) = data_guard::open(config).await?;
        let metrics = Metrics::default();
        let edges = &config.edges;
        let state = AppState {
            storage: storage.clone(),
            secrets,
            metrics: metrics.clone(),
            limits: Limits {
                submissions: Limit::per_minute(config.submissions_per_minute),
                logins: Limit::per_minute(config.logins_per_minute),
            },
            profiles,
        };

        let router = routes::api_router()
            .with_state(state)
            .merge(static_files::router(
                &config.dist_dir,
                &index_html,
                &other_apps,
                prerendered,
            ))
            .layer(middleware::from_fn_with_state(
                headers,
                crate::security_headers::add,
            ))
            .layer(middleware::from_fn_with_state(
                metrics,
                crate::metrics::record,
            ))
            .layer(TraceLayer::new_for_http())
            // A slow client cannot hold a request open: a body that stops arriving, or a
            // request that takes too long in all, gets 408.
            .layer(RequestBodyTimeoutLayer::new(edges.header_timeout()))
            .layer(TimeoutLayer::with_status_code(
                StatusCode::REQUEST_TIMEOUT,
                Duration::from_secs(config.edges.request_timeout_secs),
            ));

        let listener = TcpListener::bind(config.bind)
            .await
            .with_context(|| format!("cannot listen on {}", config.bind))?;
        let bounds = edges.bounds();
        tracing::info!(
            database = storage.kind(),
            max_connections = bounds.total,
            "husly-server ready"
        );
        Ok(Self {
            listener,
            router,
            storage,
            bounds,
        })
    }

    /// The address actually bound (the real port when the configuration asked for port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound TCP listener has a local address")
    }

    /// Serves until SIGTERM or Ctrl-C, lets requests in flight finish up to the shutdown
    /// deadline, then closes the database.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        listener::serve(self.listener, self.router, self.bounds, shutdown_signal()).await;
        self.storage.close().await;
        tracing::info!("husly-server stopped");
        Ok(())
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
