//! End-to-end tests: the real server on a free port with a throw-away database, driven by
//! Playwright in Debian's Chromium.

use std::{
    io::{BufRead, BufReader, Write},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use anyhow::{Context, bail};

use crate::{cmd, tools};

/// The staff the end-to-end tests sign in as (in their throw-away database only).
const STAFF_USER: &str = "e2e-caseworker";
const DESK_USER: &str = "e2e-front-desk";
const STAFF_PASSWORD: &str = "end-to-end test password";

/// A running `husly-server`, stopped with SIGTERM when dropped.
pub struct Server {
    child: Child,
    pub url: String,
    data_dir: PathBuf,
}

impl Server {
    /// Starts `binary` on 127.0.0.1:0 serving `dist`, and waits for the address it prints.
    pub fn start(binary: &Path, dist: &Path) -> anyhow::Result<Self> {
        let data_dir = std::env::temp_dir().join(format!("husly-e2e-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&data_dir);
        // A caseworker and a front desk for Oslo, made as an operator would: the server's own
        // command, with the password on standard input.
        for (user, role) in [(STAFF_USER, "caseworker"), (DESK_USER, "front_desk")] {
            let mut add = Command::new(binary)
                .args(["--create-data-dir", "--data-dir"])
                .arg(&data_dir)
                .args(["staff", "add", "--username", user, "--role", role])
                .args(["--municipality", "0301"])
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .spawn()
                .context("creating a test staff account")?;
            writeln!(add.stdin.take().context("stdin")?, "{STAFF_PASSWORD}")?;
            if !add.wait()?.success() {
                bail!("could not create the test account {user}");
            }
        }
        let mut child = Command::new(binary)
            .args(["--bind", "127.0.0.1:0", "--data-dir"])
            .arg(&data_dir)
            .arg("--dist-dir")
            .arg(dist)
            // The repository's municipality profiles: the pages show them.
            .arg("--profiles-dir")
            .arg(crate::root().join("municipalities"))
            .stdout(Stdio::piped())
            .spawn()
            .with_context(|| format!("starting {}", binary.display()))?;
        let stdout = child.stdout.take().context("server stdout")?;
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line)?;
        let Some(url) = line.trim().strip_prefix("husly-server listening on ") else {
            let _ = child.kill();
            bail!("the server did not start (it printed {line:?})");
        };
        Ok(Self {
            url: url.to_string(),
            child,
            data_dir,
        })
    }

    /// Sends SIGTERM and waits for a clean exit: the graceful shutdown is part of what is tested.
    pub fn stop(mut self) -> anyhow::Result<()> {
        let status = self.terminate()?;
        if !status.success() {
            bail!("the server did not shut down cleanly on SIGTERM ({status})");
        }
        Ok(())
    }

    fn terminate(&mut self) -> anyhow::Result<std::process::ExitStatus> {
        if let Some(status) = self.child.try_wait()? {
            return Ok(status);
        }
        cmd::run(Command::new("kill").args(["-TERM", &self.child.id().to_string()]))?;
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait()? {
                return Ok(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.child.kill()?;
        bail!("the server was still running 10 s after SIGTERM")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.terminate();
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

/// Runs the Playwright suite, then Lighthouse, against a fresh server; screenshots and the
/// Lighthouse figures go to tests/e2e/artifacts/.
pub fn run(server_binary: &Path, dist: &Path) -> anyhow::Result<()> {
    let server = Server::start(server_binary, dist)?;
    eprintln!("==> server for the end-to-end tests at {}", server.url);
    let e2e = crate::root().join("tests/e2e");
    let result = cmd::run(
        Command::new("npx")
            .args(["--no-install", "playwright", "test"])
            .current_dir(&e2e)
            .env("HUSLY_URL", &server.url)
            .env("HUSLY_STAFF_USER", STAFF_USER)
            .env("HUSLY_STAFF_PASSWORD", STAFF_PASSWORD)
            .env("HUSLY_DESK_USER", DESK_USER)
            .env("CHROMIUM_PATH", tools::CHROMIUM),
    )
    .and_then(|()| first_load_against(&server))
    .and_then(|()| lighthouse_against(&server));
    let stopped = server.stop();
    result.and(stopped)
}

/// What a phone downloads for the start page and for each journey opened from it, measured in
/// Chromium, each within its budget (tests/e2e/first-load.mjs).
pub fn first_load(server_binary: &Path, dist: &Path) -> anyhow::Result<()> {
    on_a_fresh_server(server_binary, dist, first_load_against)
}

fn first_load_against(server: &Server) -> anyhow::Result<()> {
    cmd::step("what a phone downloads: the start page, and each journey opened from it");
    node_against(server, "first-load.mjs")
}

/// Lighthouse (mobile) on the entry pages in nb and ar, failing below its thresholds
/// (tests/e2e/lighthouse.mjs); the figures go to tests/e2e/artifacts/lighthouse.json.
pub fn lighthouse(server_binary: &Path, dist: &Path) -> anyhow::Result<()> {
    on_a_fresh_server(server_binary, dist, lighthouse_against)
}

fn lighthouse_against(server: &Server) -> anyhow::Result<()> {
    cmd::step(
        "Lighthouse, mobile: the start page, the first question and the estimates, nb and ar, three runs each",
    );
    node_against(server, "lighthouse.mjs")
}

/// Runs `check` against a server started for it, and stops the server cleanly either way.
pub fn on_a_fresh_server<T>(
    server_binary: &Path,
    dist: &Path,
    check: impl FnOnce(&Server) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let server = Server::start(server_binary, dist)?;
    let result = check(&server);
    let stopped = server.stop();
    result.and_then(|value| stopped.map(|()| value))
}

/// One of tests/e2e's Node scripts, pointed at `server` and Debian's Chromium.
pub fn node_script(server: &Server, script: &str) -> Command {
    let mut command = Command::new("node");
    command
        .arg(script)
        .current_dir(crate::root().join("tests/e2e"))
        .env("HUSLY_URL", &server.url)
        .env("CHROMIUM_PATH", tools::CHROMIUM);
    command
}

fn node_against(server: &Server, script: &str) -> anyhow::Result<()> {
    cmd::run(&mut node_script(server, script))
}
