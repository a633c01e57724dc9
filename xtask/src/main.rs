//! `cargo xtask <command>`: Husly's build script.
//!
//! - `run`  installs what is missing, builds the app in release mode and starts the portal on
//!   http://127.0.0.1:8080 (extra arguments go to the server: `cargo xtask run -- --help`).
//! - `test` installs what is missing and runs every check and test, as CI does.
//! - `dist` builds the app into dist/ (release, wasm-opt, brotli and gzip beside each file).
//! - `size` prints the first-load bytes of the built app.
//! - `lighthouse` builds the app and runs Lighthouse (mobile) on it, as `test` does at its end.

mod cmd;
mod dist;
mod e2e;
mod locales;
mod pins;
mod postgres;
mod size;
mod test;
mod tools;

use std::{path::PathBuf, process::ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test::all(),
        Some("dist") => tools::ensure_build_tools().and_then(|tools| dist::build(&tools)),
        Some("size") => size::report(&root().join("dist")).map(|_| ()),
        Some("lighthouse") => lighthouse(),
        _ => {
            eprintln!("usage: cargo xtask run [-- SERVER ARGS] | test | dist | size | lighthouse");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(server_args: &[String]) -> anyhow::Result<()> {
    let tools = tools::ensure_build_tools()?;
    dist::build(&tools)?;
    let server_args = server_args
        .strip_prefix(&["--".to_string()])
        .unwrap_or(server_args);
    cmd::step("starting the portal on http://127.0.0.1:8080 (Ctrl-C stops it)");
    let mut command = cmd::cargo();
    command
        .args(["run", "--release", "--package", "husly-server", "--"])
        // The first run makes ./data; the server itself refuses a missing data directory.
        .arg("--create-data-dir");
    // The repository's municipality profiles, unless the caller names others.
    if !server_args.iter().any(|a| a.starts_with("--profiles-dir")) {
        command
            .arg("--profiles-dir")
            .arg(root().join("municipalities"));
    }
    cmd::exec(command.args(server_args))
}

fn lighthouse() -> anyhow::Result<()> {
    let tools = tools::ensure_test_tools()?;
    dist::build(&tools)?;
    cmd::step("building the server");
    cmd::run(cmd::cargo().args(["build", "--package", "husly-server"]))?;
    e2e::lighthouse(
        &root().join("target/debug/husly-server"),
        &root().join("dist"),
    )
}

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}
