//! `cargo xtask <command>`: Husly's build script.
//!
//! - `run`  installs what is missing, builds the app in release mode and starts the portal on
//!   http://127.0.0.1:8080 (extra arguments go to the server: `cargo xtask run -- --help`).
//! - `test` installs what is missing and runs every check and test, as CI does.
//! - `dist` builds the app into dist/ (release, wasm-opt, brotli and gzip beside each file).
//! - `size` prints the bytes of the built app, and what a phone downloads for the start page and
//!   each journey (measured in Chromium against the server).
//! - `lighthouse` builds the app and runs Lighthouse (mobile) on it, as `test` does at its end.

mod cmd;
mod dist;
mod e2e;
mod locales;
mod pins;
mod postgres;
mod prerender;
mod size;
mod test;
mod tools;

use std::{path::PathBuf, process::ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test::all(),
        Some("dist") => dist(),
        Some("size") => size(),
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

/// The server, built first: the entry pages are prerendered with it.
fn build_server(release: bool) -> anyhow::Result<PathBuf> {
    cmd::step("building the server");
    let mut command = cmd::cargo();
    command.args(["build", "--package", "husly-server"]);
    if release {
        command.arg("--release");
    }
    cmd::run(&mut command)?;
    let profile = if release { "release" } else { "debug" };
    Ok(root().join("target").join(profile).join("husly-server"))
}

fn dist() -> anyhow::Result<()> {
    let tools = tools::ensure_build_tools()?;
    let server = build_server(false)?;
    dist::build(&tools, Some(&server))
}

fn run(server_args: &[String]) -> anyhow::Result<()> {
    // Chromium prerenders the entry pages; where it cannot be installed the portal still works,
    // each page painted when the app starts.
    let tools = tools::ensure_test_tools().or_else(|error| {
        eprintln!("==> {error:#}: the entry pages will not be prerendered");
        tools::ensure_build_tools()
    })?;
    let server = build_server(true)?;
    dist::build(&tools, Some(&server))?;
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

/// The built app's files, then what a phone downloads for each page (which needs the server
/// and Chromium: `cargo xtask test` installs it).
fn size() -> anyhow::Result<()> {
    let dist = root().join("dist");
    let app = size::report(&dist)?;
    let tools = tools::ensure_build_tools()?;
    size::beside_counter(&app, &dist::build_counter(&tools)?)?;
    if !prerender::possible() {
        eprintln!(
            "==> Chromium is missing: the per-page figures need it (`cargo xtask test` installs it)"
        );
        return Ok(());
    }
    let server = build_server(false)?;
    e2e::first_load(&server, &dist)
}

fn lighthouse() -> anyhow::Result<()> {
    let tools = tools::ensure_test_tools()?;
    let server = build_server(false)?;
    dist::build(&tools, Some(&server))?;
    e2e::lighthouse(&server, &root().join("dist"))
}

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}
