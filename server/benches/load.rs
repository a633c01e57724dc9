//! Load: durable submissions per second against the real server binary (SQLite, WAL,
//! synchronous=FULL), beside its no-op `/healthz` in the same run, at 64 concurrent clients;
//! p50/p99 latency and the server's peak resident memory (VmHWM).
//!
//! `cargo bench -p husly-server --bench load` (optionally `-- SECONDS`). The client runs on the
//! same machine and shares its cores with the server: on 2 cores the figures are a floor.

use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use serde_json::{Value, json};

#[path = "../tests/support/server_process.rs"]
mod server_process;

const CLIENTS: usize = 64;

fn application(i: usize) -> Value {
    json!({
        "municipality": "3105",
        "person": { "name": "Olena Kovalenko", "national_id": "55038500030",
                    "phone": "+47 900 00 000", "preferred_language": "uk" },
        "household": { "adults": 1, "children_ages": [6, 9] },
        "income": { "amount": format!("{}", 280_000 + i % 1000) },
        "housing": { "kind": "rented", "monthly_cost": "12500" },
        "help_wanted": ["municipal_rental_home", "bostotte"],
        "own_words": "Leiekontrakten går ut i mars. Barna går på skole her.",
        "consent": true
    })
}

struct Run {
    name: &'static str,
    errors: usize,
    seconds: f64,
    latencies: Vec<Duration>,
}

impl Run {
    fn percentile_ms(&self, p: f64) -> f64 {
        if self.latencies.is_empty() {
            return f64::NAN;
        }
        let i = ((self.latencies.len() as f64 - 1.0) * p).round() as usize;
        self.latencies[i].as_secs_f64() * 1000.0
    }
}

async fn run(name: &'static str, address: &str, seconds: u64, submit: bool) -> Run {
    // A prefix of its own per run: every submission is a new application, never a replay.
    let tag: String = name.chars().filter(char::is_ascii_alphanumeric).collect();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(CLIENTS)
        .build()
        .expect("client");
    let counter = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..CLIENTS {
        let (client, counter, errors, address, tag) = (
            client.clone(),
            counter.clone(),
            errors.clone(),
            address.to_string(),
            tag.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let i = counter.fetch_add(1, Ordering::Relaxed);
                let began = Instant::now();
                let response = if submit {
                    client
                        .post(format!("{address}/api/applications"))
                        .header("Idempotency-Key", format!("load-{tag}-{i:010}"))
                        .json(&application(i))
                        .send()
                        .await
                } else {
                    client.get(format!("{address}/healthz")).send().await
                };
                let ok = match response {
                    Ok(r) => {
                        // 201: stored now. (200 would be a replay, not a durable write.)
                        let expected = if submit { 201 } else { 200 };
                        let status = r.status().as_u16();
                        r.bytes().await.is_ok() && status == expected
                    }
                    Err(_) => false,
                };
                latencies.push(began.elapsed());
                if !ok {
                    errors.fetch_add(1, Ordering::Relaxed);
                }
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("client task"));
    }
    let seconds = started.elapsed().as_secs_f64();
    latencies.sort();
    Run {
        name,
        errors: errors.load(Ordering::Relaxed),
        seconds,
        latencies,
    }
}

/// The server's peak resident memory in MiB, from /proc (Linux).
fn peak_memory_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kib / 1024.0)
}

#[tokio::main]
async fn main() {
    let seconds: u64 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10);
    let dir = tempfile::tempdir().expect("temp dir");
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).expect("dist");
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><html></html>").expect("index");
    let (mut server, address) = server_process::start(&dir.path().join("data"), &dist);

    run("warm-up", &address, 2, true).await;
    let runs = [
        run("GET /healthz (no-op)", &address, seconds, false).await,
        run("POST /api/applications (durable)", &address, seconds, true).await,
    ];
    let memory = peak_memory_mib(server.id());
    let _ = server.kill();
    let _ = server.wait();

    println!("{CLIENTS} concurrent clients, {seconds} s each, same machine as the server:\n");
    println!("| endpoint | requests/s | p50 ms | p99 ms | max ms | errors |");
    println!("|---|---:|---:|---:|---:|---:|");
    for r in &runs {
        println!(
            "| {} | {:.0} | {:.2} | {:.2} | {:.2} | {} |",
            r.name,
            r.latencies.len() as f64 / r.seconds,
            r.percentile_ms(0.50),
            r.percentile_ms(0.99),
            r.latencies
                .last()
                .map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0),
            r.errors
        );
    }
    match memory {
        Some(mib) => println!("\nserver peak resident memory (VmHWM): {mib:.1} MiB"),
        None => println!("\nserver peak resident memory: not available"),
    }
}
