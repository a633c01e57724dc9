//! A PostgreSQL for the server's integration tests: the one on 127.0.0.1:5432 if it answers,
//! otherwise Debian's, installed and started here. `HUSLY_POSTGRES_ADMIN_URL` overrides both.

use std::{
    net::{SocketAddr, TcpStream},
    process::Command,
    time::Duration,
};

use anyhow::Context;

use crate::cmd;

const ADDRESS: &str = "127.0.0.1:5432";
/// The password set on a PostgreSQL this script installs itself (local tests only).
const LOCAL_PASSWORD: &str = "husly-tests";

fn answers() -> bool {
    ADDRESS
        .parse::<SocketAddr>()
        .is_ok_and(|a| TcpStream::connect_timeout(&a, Duration::from_secs(2)).is_ok())
}

/// The admin URL of a running PostgreSQL (without a database name).
pub fn ensure() -> anyhow::Result<String> {
    if let Ok(url) = std::env::var("HUSLY_POSTGRES_ADMIN_URL") {
        return Ok(url);
    }
    if answers() {
        eprintln!("==> PostgreSQL answers on {ADDRESS}");
        return Ok(format!("postgres://postgres@{ADDRESS}"));
    }
    cmd::step("installing and starting PostgreSQL from Debian");
    crate::tools::apt_get(&["update"])?;
    crate::tools::apt_get(&["install", "-y", "--no-install-recommends", "postgresql"])?;
    let version = std::fs::read_dir("/etc/postgresql")
        .context("no /etc/postgresql after installing")?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .max()
        .context("no PostgreSQL cluster")?;
    cmd::run(Command::new("pg_ctlcluster").args([&version, "main", "start"]))?;
    cmd::run(Command::new("runuser").args([
        "-u",
        "postgres",
        "--",
        "psql",
        "-c",
        &format!("ALTER USER postgres PASSWORD '{LOCAL_PASSWORD}'"),
    ]))?;
    Ok(format!("postgres://postgres:{LOCAL_PASSWORD}@{ADDRESS}"))
}

/// A fresh, empty `husly_test` database; returns its URL.
pub fn fresh_test_database(admin: &str) -> anyhow::Result<String> {
    cmd::run(Command::new("psql").args([
        &format!("{admin}/postgres"),
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        "-c",
        "DROP DATABASE IF EXISTS husly_test WITH (FORCE)",
        "-c",
        "CREATE DATABASE husly_test",
    ]))?;
    Ok(format!("{admin}/husly_test"))
}
