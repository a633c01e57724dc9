//! The real server binary as a separate process, for what must kill it or measure it from the
//! outside (tests/crash.rs, benches/load.rs): on a free port, without rate limits, logging only
//! warnings. Included with `#[path]`; not a test target of its own.

use std::{
    io::{BufRead, BufReader},
    path::Path,
    process::{Child, Command, Stdio},
};

/// Starts the server over `data_dir` serving `dist_dir`; returns it and its base URL.
pub fn start(data_dir: &Path, dist_dir: &Path) -> (Child, String) {
    start_with(data_dir, dist_dir, &[])
}

/// `start`, with more flags.
pub fn start_with(data_dir: &Path, dist_dir: &Path, flags: &[&str]) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_husly-server"))
        .args(["--bind", "127.0.0.1:0", "--submissions-per-minute", "0"])
        .arg("--create-data-dir")
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--dist-dir")
        .arg(dist_dir)
        .args(flags)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the server starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("the server prints its address");
    let address = line
        .trim()
        .strip_prefix("husly-server listening on ")
        .unwrap_or_else(|| panic!("unexpected first line: {line:?}"))
        .to_string();
    (child, address)
}
