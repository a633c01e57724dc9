//! Load: durable submissions per second against the real server binary, beside its no-op
//! `/healthz` in the same run; p50/p99 latency and each server's peak resident memory (VmHWM).
//! In one run: SQLite (WAL, synchronous=FULL) with one process, and, given a PostgreSQL
//! database, one replica and two replicas on it (the clients' requests alternate between the
//! two, as a round-robin balancer would send them).
//!
//! `cargo bench -p husly-server --bench load -- [SECONDS] [--clients N] [--postgres URL]`
//! (10 s per endpoint and 64 clients unless told; URL: a database in which the bench makes a
//! schema of its own per setup and drops it after, e.g. postgres://postgres@127.0.0.1/husly_bench;
//! also from `HUSLY_BENCH_POSTGRES_URL`). The clients run on the same machine and share its
//! cores with the servers (and PostgreSQL): on 2 cores the figures are a floor, and two replicas
//! cannot show scaling.

use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use base64::{Engine, engine::general_purpose::STANDARD};
use serde_json::{Value, json};

#[path = "../tests/support/server_process.rs"]
mod server_process;
use server_process::{Server, Shared, start};

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

/// The command line: seconds per endpoint, concurrent clients, the PostgreSQL database.
struct Args {
    seconds: u64,
    clients: usize,
    postgres: Option<String>,
}

impl Args {
    fn parse() -> Self {
        let mut args = Self {
            seconds: 10,
            clients: 64,
            postgres: std::env::var("HUSLY_BENCH_POSTGRES_URL").ok(),
        };
        let mut given = std::env::args().skip(1);
        while let Some(arg) = given.next() {
            match arg.as_str() {
                "--clients" => {
                    args.clients = given
                        .next()
                        .and_then(|n| n.parse().ok())
                        .filter(|n| *n > 0)
                        .expect("--clients takes a number above 0");
                }
                "--postgres" => args.postgres = Some(given.next().expect("--postgres takes a URL")),
                // `cargo bench` adds --bench; a bare number is the seconds.
                other => {
                    if let Ok(seconds) = other.parse() {
                        args.seconds = seconds;
                    }
                }
            }
        }
        args
    }
}

struct Run {
    setup: String,
    endpoint: &'static str,
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

/// `clients` concurrent clients for `seconds`; request i goes to `addresses[i % n]`.
async fn run(
    (setup, endpoint): (&str, &'static str),
    addresses: &[String],
    clients: usize,
    seconds: u64,
) -> Run {
    let submit = endpoint.starts_with("POST");
    // A prefix of its own per run: every submission is a new application, never a replay.
    let tag: String = format!("{setup}{endpoint}{}", std::process::id())
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .build()
        .expect("client");
    let counter = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (client, counter, errors, addresses, tag) = (
            client.clone(),
            counter.clone(),
            errors.clone(),
            addresses.to_vec(),
            tag.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let i = counter.fetch_add(1, Ordering::Relaxed);
                let address = &addresses[i % addresses.len()];
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
        setup: setup.to_string(),
        endpoint,
        errors: errors.load(Ordering::Relaxed),
        seconds,
        latencies,
    }
}

/// A server's peak resident memory in MiB, from /proc (Linux).
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

/// A schema of its own in the PostgreSQL database at `url`: its name and the URL that uses it.
async fn fresh_schema(url: &str) -> (String, String) {
    let mut bytes = [0u8; 6];
    getrandom::fill(&mut bytes).expect("randomness");
    let schema: String = std::iter::once("bench_".to_string())
        .chain(bytes.iter().map(|b| format!("{b:02x}")))
        .collect();
    let admin = sqlx::PgPool::connect(url)
        .await
        .expect("PostgreSQL answers");
    sqlx::query(&format!("CREATE SCHEMA {schema}"))
        .execute(&admin)
        .await
        .expect("create schema");
    admin.close().await;
    let separator = if url.contains('?') { '&' } else { '?' };
    let with_path = format!("{url}{separator}options=-c%20search_path%3D{schema}");
    (schema, with_path)
}

async fn drop_schema(url: &str, schema: &str) {
    if let Ok(admin) = sqlx::PgPool::connect(url).await {
        let _ = sqlx::query(&format!("DROP SCHEMA {schema} CASCADE"))
            .execute(&admin)
            .await;
        admin.close().await;
    }
}

/// Starts `replicas` servers on `shared`, measures /healthz then submissions, stops them.
async fn measure(setup: &str, replicas: usize, shared: &Shared, args: &Args) -> Vec<Run> {
    let dir = tempfile::tempdir().expect("temp dir");
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).expect("dist");
    std::fs::write(dist.join("index.html"), "<!DOCTYPE html><html></html>").expect("index");
    let servers: Vec<Server> = (0..replicas)
        .map(|n| start(&dir.path().join(format!("data{n}")), &dist, shared))
        .collect();
    let addresses: Vec<String> = servers.iter().map(|s| s.address.clone()).collect();
    let (clients, seconds) = (args.clients, args.seconds);
    run((setup, "warm-up"), &addresses, clients, 2).await;
    let runs = vec![
        run(
            (setup, "GET /healthz (no-op)"),
            &addresses,
            clients,
            seconds,
        )
        .await,
        run(
            (setup, "POST /api/applications"),
            &addresses,
            clients,
            seconds,
        )
        .await,
    ];
    let memory: Vec<String> = servers
        .iter()
        .map(|s| peak_memory_mib(s.child.id()).map_or("?".into(), |m| format!("{m:.1}")))
        .collect();
    println!("{setup}: peak resident memory per process (VmHWM, MiB): {memory:?}");
    runs
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "not available".into(),
        |l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "),
    )
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    println!("load average before: {}", load_average());
    let mut runs = measure("SQLite, 1 process", 1, &Shared::default(), &args).await;
    match &args.postgres {
        Some(url) => {
            let mut key = [0u8; 32];
            getrandom::fill(&mut key).expect("randomness");
            let secret_key = Some(STANDARD.encode(key));
            for (setup, replicas) in [("PostgreSQL, 1 replica", 1), ("PostgreSQL, 2 replicas", 2)] {
                let (schema, database_url) = fresh_schema(url).await;
                let shared = Shared {
                    database_url: Some(database_url),
                    secret_key: secret_key.clone(),
                };
                runs.extend(measure(setup, replicas, &shared, &args).await);
                drop_schema(url, &schema).await;
            }
        }
        None => println!("PostgreSQL: skipped (no --postgres URL or HUSLY_BENCH_POSTGRES_URL)"),
    }
    println!("load average after: {}\n", load_average());
    println!(
        "{} concurrent clients, {} s each, same machine as the servers:\n",
        args.clients, args.seconds
    );
    println!("| setup | endpoint | requests/s | p50 ms | p99 ms | max ms | errors |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    for r in &runs {
        println!(
            "| {} | {} | {:.0} | {:.2} | {:.2} | {:.2} | {} |",
            r.setup,
            r.endpoint,
            r.latencies.len() as f64 / r.seconds,
            r.percentile_ms(0.50),
            r.percentile_ms(0.99),
            r.latencies
                .last()
                .map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0),
            r.errors
        );
    }
}
