//! Installs what the build and the tests need, only when missing, from crates.io, npm and Debian
//! (never GitHub). A second run installs nothing and says so in one line.

use std::{
    ffi::OsString,
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{Context, bail};

use crate::{cmd, pins::Pins};

/// Where the tools are, for the commands that need them.
#[derive(Debug, Clone)]
pub struct Tools {
    /// PATH with wasm-opt's and cargo's bin directories first.
    pub path: OsString,
}

/// Everything `trunk build` needs: the wasm target, trunk, wasm-bindgen-cli and wasm-opt.
pub fn ensure_build_tools() -> anyhow::Result<Tools> {
    let pins = Pins::read(&crate::root())?;
    let mut installed = Vec::new();
    let cargo_bin = cargo_home().join("bin");
    let binaryen_bin = tools_dir()
        .join(format!("binaryen-{}", pins.wasm_opt))
        .join("node_modules/.bin");
    let path = prepend_path(&[binaryen_bin.clone(), cargo_bin.clone()]);

    if !has_wasm_target() {
        cmd::step("adding the Rust target wasm32-unknown-unknown");
        cmd::run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
        installed.push("wasm32 target");
    }
    if !has_version(
        &cargo_bin.join("trunk"),
        &path,
        &format!("trunk {}", pins.trunk),
    ) {
        cmd::step(&format!(
            "installing trunk {} from crates.io (about 7 minutes on 2 cores)",
            pins.trunk
        ));
        cmd::run(cmd::cargo().args([
            "install",
            "--locked",
            "--force",
            &format!("trunk@{}", pins.trunk),
        ]))?;
        installed.push("trunk");
    }
    let want_bindgen = format!("wasm-bindgen {}", pins.wasm_bindgen);
    if !has_version(&cargo_bin.join("wasm-bindgen"), &path, &want_bindgen) {
        cmd::step(&format!(
            "installing wasm-bindgen-cli {} from crates.io (about 2 minutes)",
            pins.wasm_bindgen
        ));
        // Not --locked: the crates.io index here can lag behind the CLI's own lock file.
        cmd::run(cmd::cargo().args([
            "install",
            "--force",
            "wasm-bindgen-cli",
            "--version",
            &pins.wasm_bindgen,
        ]))?;
        installed.push("wasm-bindgen-cli");
    }
    let want_opt = format!("wasm-opt version {}", pins.wasm_opt);
    if !has_version(&binaryen_bin.join("wasm-opt"), &path, &want_opt) {
        cmd::step(&format!(
            "installing wasm-opt (binaryen {}) from npm",
            pins.wasm_opt
        ));
        let prefix = binaryen_bin
            .parent()
            .and_then(Path::parent)
            .context("binaryen dir")?;
        std::fs::create_dir_all(prefix)?;
        cmd::run(
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--prefix"])
                .arg(prefix)
                .arg(format!("binaryen@{}.0.0", pins.wasm_opt)),
        )?;
        installed.push("wasm-opt");
    }
    report(
        &installed,
        &format!(
            "build tools present: wasm32 target, trunk {}, wasm-bindgen {}, wasm-opt {}",
            pins.trunk, pins.wasm_bindgen, pins.wasm_opt
        ),
    );
    Ok(Tools { path })
}

/// The build tools plus Chromium, chromedriver and the end-to-end tests' npm packages.
pub fn ensure_test_tools() -> anyhow::Result<Tools> {
    let tools = ensure_build_tools()?;
    let mut installed = Vec::new();
    if !(Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists()) {
        cmd::step("installing Chromium and chromedriver from Debian");
        apt_get(&["update"])?;
        apt_get(&[
            "install",
            "-y",
            "--no-install-recommends",
            "chromium",
            "chromium-driver",
        ])?;
        installed.push("chromium");
    }
    let e2e = crate::root().join("tests/e2e");
    let lock = std::fs::read(e2e.join("package-lock.json"))
        .context("reading tests/e2e/package-lock.json")?;
    let stamp_path = e2e.join("node_modules/.husly-installed-from");
    let stamp = format!("{:016x}", fnv1a(&lock));
    if std::fs::read_to_string(&stamp_path).ok().as_deref() != Some(stamp.as_str()) {
        cmd::step("installing the end-to-end tests' npm packages (npm ci)");
        cmd::run(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&e2e),
        )?;
        std::fs::write(&stamp_path, stamp)?;
        installed.push("npm packages");
    }
    report(
        &installed,
        "test tools present: chromium, chromedriver, npm packages",
    );
    Ok(tools)
}

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

fn report(installed: &[&str], all_present: &str) {
    if installed.is_empty() {
        eprintln!("==> {all_present}; nothing to install");
    } else {
        eprintln!("==> installed: {}", installed.join(", "));
    }
}

pub fn apt_get(args: &[&str]) -> anyhow::Result<()> {
    let is_root = cmd::output(Command::new("id").arg("-u")).is_some_and(|uid| uid.trim() == "0");
    let mut command = if is_root {
        Command::new("apt-get")
    } else if cmd::output(Command::new("sudo").arg("-n").arg("true")).is_some() {
        let mut sudo = Command::new("sudo");
        sudo.arg("apt-get");
        sudo
    } else {
        bail!(
            "Chromium is missing and apt-get needs root: run `sudo apt-get install chromium chromium-driver`"
        );
    };
    command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    cmd::run(&mut command)
}

fn has_wasm_target() -> bool {
    cmd::output(Command::new("rustup").args(["target", "list", "--installed"]))
        .is_some_and(|list| list.lines().any(|l| l.trim() == "wasm32-unknown-unknown"))
}

/// True when the first line of `program --version` starts with `expected` ("trunk 0.21.14").
fn has_version(program: &Path, path: &OsString, expected: &str) -> bool {
    cmd::output(Command::new(program).arg("--version").env("PATH", path)).is_some_and(|out| {
        out.lines()
            .next()
            .is_some_and(|l| l.trim().starts_with(expected))
    })
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".cargo"))
}

/// Tools that do not come from cargo live here, outside the work tree, so a fresh clone reuses them.
fn tools_dir() -> PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".cache"))
        .join("husly-tools")
}

fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn prepend_path(dirs: &[PathBuf]) -> OsString {
    let current = std::env::var_os("PATH").unwrap_or_default();
    let all = dirs.iter().cloned().chain(std::env::split_paths(&current));
    std::env::join_paths(all).unwrap_or(current)
}

/// A small stable hash (FNV-1a), enough to notice that a lock file changed.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
