//! Configuration from flags and environment variables (`husly-server --help` lists them).

use std::{net::SocketAddr, path::PathBuf, process::ExitCode};

use clap::{Parser, Subcommand};

/// How the server runs. Every flag has an environment variable, so a service manager can set it.
#[derive(Debug, Clone, Parser)]
#[command(
    name = "husly-server",
    version,
    about = "Husly: the API and the web app"
)]
pub struct Config {
    /// Address and port to listen on; port 0 lets the OS choose a free one.
    #[arg(long, env = "HUSLY_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// Directory for the server's own files, such as the default SQLite database.
    #[arg(long, env = "HUSLY_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,

    /// Database URL: sqlite://PATH or postgres://… [default: sqlite file husly.sqlite3 in the data dir]
    #[arg(long, env = "HUSLY_DATABASE_URL")]
    pub database_url: Option<String>,

    /// The secret key, 32 bytes in base64, that protects receipt secrets and national ids at
    /// rest [default: secret.key in the data dir, created on first run]
    #[arg(long, env = "HUSLY_SECRET_KEY", hide_env_values = true)]
    pub secret_key: Option<String>,

    /// Applications one client address may submit per minute (0: no limit).
    #[arg(long, env = "HUSLY_SUBMISSIONS_PER_MINUTE", default_value_t = 30)]
    pub submissions_per_minute: u32,

    /// Staff login attempts one client address may make per minute (0: no limit).
    #[arg(long, env = "HUSLY_LOGINS_PER_MINUTE", default_value_t = 10)]
    pub logins_per_minute: u32,

    /// The built web app (trunk's output, with .br and .gz beside each file).
    #[arg(long, env = "HUSLY_DIST_DIR", default_value = "dist")]
    pub dist_dir: PathBuf,

    /// The municipality profiles, one `<number>-<name>.toml` per municipality and
    /// `national.toml` (the repository's `municipalities/`), read and checked at start.
    #[arg(
        long,
        env = "HUSLY_PROFILES_DIR",
        default_value = "municipalities",
        global = true
    )]
    pub profiles_dir: PathBuf,

    /// Create the data directory if it is missing (the first start); without it, a missing data
    /// directory is an error, so a lost or unmounted one never silently starts empty.
    #[arg(long, env = "HUSLY_CREATE_DATA_DIR")]
    pub create_data_dir: bool,

    /// Timeouts, connection bounds and the shutdown deadline.
    #[command(flatten)]
    pub edges: Edges,

    /// Trust the proxy in front to say, with `X-Forwarded-Proto: https`, that a request came over
    /// TLS, and then send Strict-Transport-Security. Only behind a proxy that sets that header.
    #[arg(long, env = "HUSLY_HSTS")]
    pub hsts: bool,

    /// Without a command, the server runs.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// How long clients may take and how many connections they may hold.
#[derive(Debug, Clone, clap::Args)]
pub struct Edges {
    /// Seconds a client has to send a request's headers; also how long an idle connection stays
    /// open, and the longest silence while sending a body.
    #[arg(long, env = "HUSLY_HEADER_TIMEOUT_SECS", default_value_t = 10)]
    pub header_timeout_secs: u64,

    /// Seconds a request may take, from its headers to the start of the answer (408 after).
    #[arg(long, env = "HUSLY_REQUEST_TIMEOUT_SECS", default_value_t = 30)]
    pub request_timeout_secs: u64,

    /// Connections open at once, all clients together (kept below the open-file limit).
    #[arg(long, env = "HUSLY_MAX_CONNECTIONS", default_value_t = 4096)]
    pub max_connections: usize,

    /// Connections one client address may hold open at once (0: no bound; behind a reverse
    /// proxy, every client has the proxy's address).
    #[arg(long, env = "HUSLY_MAX_CONNECTIONS_PER_ADDRESS", default_value_t = 256)]
    pub max_connections_per_address: usize,

    /// Seconds requests in flight get to finish after SIGTERM or Ctrl-C before the server stops.
    #[arg(long, env = "HUSLY_SHUTDOWN_DEADLINE_SECS", default_value_t = 10)]
    pub shutdown_deadline_secs: u64,
}

impl Edges {
    /// How long a client may take to send a request's headers, or pause in its body.
    pub fn header_timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.header_timeout_secs.max(1))
    }

    /// The listener's bounds, the total kept below the open-file limit.
    pub fn bounds(&self) -> crate::listener::Bounds {
        crate::listener::Bounds {
            total: crate::listener::connections_within_file_limit(self.max_connections.max(1)),
            per_address: self.max_connections_per_address,
            header_timeout: self.header_timeout(),
            shutdown_deadline: std::time::Duration::from_secs(self.shutdown_deadline_secs),
        }
    }
}

impl Default for Edges {
    fn default() -> Self {
        Self {
            header_timeout_secs: 10,
            request_timeout_secs: 30,
            max_connections: 4096,
            max_connections_per_address: 256,
            shutdown_deadline_secs: 10,
        }
    }
}

/// What the server binary can do besides serving.
#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Staff accounts.
    #[command(subcommand)]
    Staff(StaffCommand),
    /// The secret key.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// The municipality profiles.
    #[command(subcommand)]
    Profiles(ProfilesCommand),
    /// Copies the SQLite database (a consistent snapshot, while the server runs) and the secret
    /// key into a new directory. For PostgreSQL, use pg_dump and copy the key.
    Backup {
        /// The directory to create for the copy; it must not exist yet.
        #[arg(long)]
        to: PathBuf,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum ProfilesCommand {
    /// Reads and checks every profile in the profiles directory, as the server does at start:
    /// prints each file's faults, or "ok"; exits with 1 if there is any fault.
    Check,
}

#[derive(Debug, Clone, Subcommand)]
pub enum KeysCommand {
    /// Re-seals every national id and fingerprint under a new key, read from standard input
    /// (32 bytes in base64, e.g. `openssl rand -base64 32`), in one transaction; then the new
    /// key replaces secret.key. Receipts given out before keep working. Stop the server first.
    Rotate,
}

#[derive(Debug, Clone, Subcommand)]
pub enum StaffCommand {
    /// Creates a staff account. The password is read from standard input (its first line), so it
    /// never shows in the process list or the shell's history.
    Add {
        /// The name to sign in with.
        #[arg(long)]
        username: String,
        /// front_desk (makes applications for walk-ins) or caseworker (handles the municipality's).
        #[arg(long, value_parser = ["front_desk", "caseworker"])]
        role: String,
        /// The municipality's four-digit number.
        #[arg(long)]
        municipality: String,
    },
}

/// What to do when the arguments do not make a configuration: print help, the version, or an error.
#[derive(Debug)]
pub struct ConfigExit(clap::Error);

impl ConfigExit {
    /// Help and version go to stdout in full and succeed; an error is one line on stderr.
    pub fn print_and_code(self) -> ExitCode {
        use clap::error::ErrorKind;
        match self.0.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                let _ = self.0.print();
                ExitCode::SUCCESS
            }
            _ => {
                let rendered = self.0.render().to_string();
                let first = rendered.lines().next().unwrap_or("invalid arguments");
                eprintln!("husly-server: {}", first.trim_start_matches("error: "));
                ExitCode::from(2)
            }
        }
    }
}

impl Config {
    /// Reads flags from the command line and environment.
    pub fn from_args_and_env() -> Result<Self, ConfigExit> {
        Self::try_parse().map_err(ConfigExit)
    }

    /// The database URL in effect: the explicit one, or the SQLite file in the data dir.
    pub fn effective_database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!("sqlite://{}", self.data_dir.join("husly.sqlite3").display()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Config, clap::Error> {
        Config::try_parse_from(std::iter::once("husly-server").chain(args.iter().copied()))
    }

    #[test]
    fn defaults_to_local_port_8080_and_sqlite_in_data_dir() {
        let config = parse(&[]).expect("defaults parse");
        assert_eq!(
            format!("{:?}", config.edges),
            format!("{:?}", Edges::default()),
            "Edges::default() is what clap gives"
        );
        assert!(!config.create_data_dir);
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(
            config.effective_database_url(),
            "sqlite://data/husly.sqlite3"
        );
    }

    #[test]
    fn profiles_are_read_from_municipalities_unless_told_where() {
        assert_eq!(
            parse(&[]).expect("defaults parse").profiles_dir,
            PathBuf::from("municipalities")
        );
        let config = parse(&["profiles", "check", "--profiles-dir", "/tmp/p"]).expect("parses");
        assert_eq!(config.profiles_dir, PathBuf::from("/tmp/p"));
        assert!(matches!(
            config.command,
            Some(Command::Profiles(ProfilesCommand::Check))
        ));
    }

    #[test]
    fn hsts_is_off_unless_asked_for() {
        assert!(!parse(&[]).expect("defaults parse").hsts);
        assert!(parse(&["--hsts"]).expect("parses").hsts);
    }

    #[test]
    fn explicit_database_url_wins() {
        let config = parse(&["--database-url", "postgres://localhost/test"]).expect("parses");
        assert_eq!(config.effective_database_url(), "postgres://localhost/test");
    }

    #[test]
    fn staff_add_takes_a_role_from_the_list_only() {
        let config = parse(&[
            "staff",
            "add",
            "--username",
            "kari",
            "--role",
            "caseworker",
            "--municipality",
            "0301",
        ])
        .expect("parses");
        assert!(matches!(
            config.command,
            Some(Command::Staff(StaffCommand::Add { ref role, .. })) if role == "caseworker"
        ));
        let error = parse(&[
            "staff",
            "add",
            "--username",
            "kari",
            "--role",
            "admin",
            "--municipality",
            "0301",
        ])
        .expect_err("no such role");
        assert_eq!(error.kind(), clap::error::ErrorKind::InvalidValue);
    }

    #[test]
    fn a_bad_bind_address_is_an_error_not_a_panic() {
        let error = parse(&["--bind", "not-an-address"]).expect_err("must be rejected");
        assert_eq!(error.kind(), clap::error::ErrorKind::ValueValidation);
    }
}
