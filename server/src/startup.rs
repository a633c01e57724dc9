//! Builds the application from a configuration: storage, routes, middleware, listener.

use std::net::SocketAddr;

use anyhow::Context;
use axum::{Router, middleware};
use tokio::net::TcpListener;
use tower_http::trace::TraceLayer;

use crate::{
    config::Config,
    rate_limit::{Limit, Limits},
    routes,
    secrets::Secrets,
    security_headers::SecurityHeaders,
    static_files,
    storage::Storage,
};

/// What every handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    pub storage: Storage,
    pub secrets: Secrets,
    pub metrics: routes::Metrics,
    pub limits: Limits,
}

/// A server bound to its port and ready to run.
pub struct Application {
    listener: TcpListener,
    router: Router,
    storage: Storage,
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
        // The staff pages, when built (dist/staff/): their loader script needs its hash in the
        // CSP too.
        let staff_html =
            std::fs::read_to_string(config.dist_dir.join("staff").join("index.html")).ok();
        let headers = SecurityHeaders::for_index_html(&format!(
            "{index_html}{}",
            staff_html.as_deref().unwrap_or_default()
        ))?
        .with_hsts(config.hsts);
        let secrets = Secrets::load(config.secret_key.as_deref(), &config.data_dir)?;
        let storage = Storage::connect(&config.effective_database_url()).await?;
        let metrics = routes::Metrics::default();
        let state = AppState {
            storage: storage.clone(),
            secrets,
            metrics: metrics.clone(),
            limits: Limits {
                submissions: Limit::per_minute(config.submissions_per_minute),
                logins: Limit::per_minute(config.logins_per_minute),
            },
        };

        let router = routes::api_router()
            .with_state(state)
            .merge(static_files::router(
                &config.dist_dir,
                &index_html,
                staff_html.as_deref(),
            ))
            .layer(middleware::from_fn_with_state(
                headers,
                crate::security_headers::add,
            ))
            .layer(middleware::from_fn_with_state(metrics, routes::record))
            .layer(TraceLayer::new_for_http());

        let listener = TcpListener::bind(config.bind)
            .await
            .with_context(|| format!("cannot listen on {}", config.bind))?;
        tracing::info!(database = storage.kind(), "husly-server ready");
        Ok(Self {
            listener,
            router,
            storage,
        })
    }

    /// The address actually bound (the real port when the configuration asked for port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound TCP listener has a local address")
    }

    /// Serves until SIGTERM or Ctrl-C, lets requests in flight finish, then closes the database.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        // The client's address reaches the handlers, for the rate limits.
        axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("the server stopped with an error")?;
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
