//! Edges that hold: one client address holding 2 000 idle or half-sent connections does not stop
//! the server from answering `/healthz` and a submission; the held connections are closed by the
//! header timeout; and SIGTERM stops the server within its shutdown deadline even while clients
//! are still slowly sending bodies.

use std::{
    net::{IpAddr, SocketAddr},
    process::Child,
    time::{Duration, Instant},
};

use serde_json::{Value, json};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpSocket, TcpStream},
};

#[path = "support/server_process.rs"]
#[allow(dead_code)] // `start`, for the other process-level tests
mod server_process;

const INDEX_HTML: &str = "<!DOCTYPE html><html><head></head><body></body></html>";
const HELD: usize = 2_000;
const PER_ADDRESS: usize = 100;

fn application() -> Value {
    json!({
        "municipality": "0301",
        "person": {
            "name": "Kari Nordmann",
            "national_id": "15038500047",
            "phone": "912 34 567",
            "preferred_language": "nb"
        },
        "household": { "adults": 1, "children_ages": [] },
        "income": { "amount": "250000" },
        "housing": { "kind": "rented", "monthly_cost": "11000" },
        "help_wanted": ["municipal_rental_home"],
        "own_words": "",
        "consent": true
    })
}

/// A connection from `from` (any 127.0.0.0/8 address reaches the loopback listener).
async fn connect_from(from: &str, to: SocketAddr) -> std::io::Result<TcpStream> {
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(from.parse().expect("ip"), 0))?;
    socket.connect(to).await
}

/// How many of `streams` the server has not closed (a read neither ends nor fails at once).
async fn still_open(streams: &mut [TcpStream]) -> usize {
    let reads = streams.iter_mut().map(|s| async move {
        let mut buf = [0u8; 64];
        tokio::time::timeout(Duration::from_millis(200), s.read(&mut buf))
            .await
            .is_err()
    });
    futures::future::join_all(reads)
        .await
        .into_iter()
        .filter(|open| *open)
        .count()
}

fn client_from(from: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(from.parse::<IpAddr>().expect("ip"))
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client")
}

fn terminate(server: &mut Child) -> (std::process::ExitStatus, Duration) {
    let started = Instant::now();
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success());
    loop {
        if let Some(status) = server.try_wait().expect("wait") {
            return (status, started.elapsed());
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = server.kill();
            panic!("the server was still running 20 s after SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn slow_connections_from_one_address_do_not_stop_the_server() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (data, dist) = (dir.path().join("data"), dir.path().join("dist"));
    std::fs::create_dir_all(&dist).expect("dist");
    std::fs::write(dist.join("index.html"), INDEX_HTML).expect("index");
    let per_address = PER_ADDRESS.to_string();
    let mut server = server_process::start_with(
        &data,
        &dist,
        &server_process::Shared::default(),
        &[
            "--max-connections-per-address",
            &per_address,
            "--header-timeout-secs",
            "2",
            "--shutdown-deadline-secs",
            "3",
        ],
    );
    let address = server.address.clone();
    let to: SocketAddr = address
        .trim_start_matches("http://")
        .parse()
        .expect("address");

    // One address opens 2 000 connections: every other one sends half a request and stops.
    let mut held = Vec::with_capacity(HELD);
    for i in 0..HELD {
        let Ok(mut stream) = connect_from("127.0.0.1", to).await else {
            continue;
        };
        if i % 2 == 0 {
            let _ = stream
                .write_all(b"POST /api/applications HTTP/1.1\r\nHost: husly\r\nContent-")
                .await;
        }
        held.push(stream);
    }
    assert!(held.len() > HELD / 2, "only {} connected", held.len());

    // Another client still gets answers, at once.
    let other = client_from("127.0.0.2");
    let started = Instant::now();
    let health = other
        .get(format!("{address}/healthz"))
        .send()
        .await
        .expect("/healthz answers while one address holds 2 000 connections");
    assert_eq!(health.status(), 200);
    let submitted = other
        .post(format!("{address}/api/applications"))
        .header("Idempotency-Key", "edges-test-0001")
        .json(&application())
        .send()
        .await
        .expect("a submission is answered");
    assert_eq!(submitted.status(), 201);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "took {:?}",
        started.elapsed()
    );
    let open = still_open(&mut held).await;
    assert!(
        open <= PER_ADDRESS,
        "{open} connections held from one address, over its bound of {PER_ADDRESS}"
    );

    // The header timeout (2 s) closes the idle and half-sent ones; the address is served again.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        still_open(&mut held).await,
        0,
        "the header timeout closes them"
    );
    drop(held);
    let again = client_from("127.0.0.1")
        .get(format!("{address}/healthz"))
        .send()
        .await
        .expect("answers");
    assert_eq!(again.status(), 200);

    // Clients slowly sending bodies (a byte every half second: never silent for the 2 s body
    // timeout) do not keep the server from stopping: SIGTERM ends it at the 3 s deadline.
    let mut senders = Vec::new();
    for _ in 0..20 {
        let mut stream = connect_from("127.0.0.3", to).await.expect("connects");
        stream
            .write_all(
                b"POST /api/applications HTTP/1.1\r\nHost: husly\r\nIdempotency-Key: slow-body-1\r\n\
                  Content-Type: application/json\r\nContent-Length: 20000\r\n\r\n{",
            )
            .await
            .expect("headers sent");
        senders.push(tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_millis(500)).await;
                if stream.write_all(b" ").await.is_err() {
                    return;
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (status, took) = tokio::task::spawn_blocking(move || terminate(&mut server.child))
        .await
        .expect("joins");
    assert!(status.success(), "a clean exit, not {status}");
    assert!(
        took < Duration::from_secs(6),
        "SIGTERM took {took:?}, over the 3 s deadline"
    );
    for sender in senders {
        sender.abort();
    }
}
