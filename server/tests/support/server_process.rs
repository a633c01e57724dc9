//! The real server binary as a separate process, for what must kill it, run two of it or measure
//! it from the outside (tests/crash.rs, tests/api/replicas.rs, benches/load.rs): on a free port,
//! without rate limits, logging only warnings. Included with `#[path]`; not a test target of its
//! own.

use std::{
    io::{BufRead, BufReader},
    path::Path,
    process::{Child, Command, Stdio},
};

/// The test's municipality profiles (made-up values: tests/fixtures/municipalities).
pub const PROFILES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/municipalities");

/// What replicas share: the database (default: the SQLite file in the process's data dir) and
/// the secret key (default: the key file in its data dir).
#[derive(Debug, Default, Clone)]
pub struct Shared {
    pub database_url: Option<String>,
    pub secret_key: Option<String>,
}

/// A running server process, killed when dropped (so a failed assertion leaves none behind).
pub struct Server {
    pub child: Child,
    pub address: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the server over `data_dir` (made if missing) serving `dist_dir`, on `shared`'s
/// database and key; returns once it listens.
pub fn start(data_dir: &Path, dist_dir: &Path, shared: &Shared) -> Server {
    start_with(data_dir, dist_dir, shared, &[])
}

/// `start`, with more flags.
pub fn start_with(data_dir: &Path, dist_dir: &Path, shared: &Shared, flags: &[&str]) -> Server {
    let mut command = Command::new(env!("CARGO_BIN_EXE_husly-server"));
    command
        .args(["--bind", "127.0.0.1:0"])
        .args(["--submissions-per-minute", "0", "--logins-per-minute", "0"])
        .arg("--create-data-dir")
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--dist-dir")
        .arg(dist_dir)
        .args(["--profiles-dir", PROFILES])
        .args(flags)
        .env("RUST_LOG", "warn")
        .env_remove("HUSLY_DATABASE_URL")
        .env_remove("HUSLY_SECRET_KEY")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    if let Some(url) = &shared.database_url {
        command.env("HUSLY_DATABASE_URL", url);
    }
    if let Some(key) = &shared.secret_key {
        command.env("HUSLY_SECRET_KEY", key);
    }
    let mut child = command.spawn().expect("the server starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("the server prints its address");
    let address = line
        .trim()
        .strip_prefix("husly-server listening on ")
        .map(str::to_string);
    let Some(address) = address else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("unexpected first line: {line:?}");
    };
    Server { child, address }
}
