//! Durability: a burst of concurrent submissions while the server process is killed with
//! SIGKILL (no shutdown, no checkpoint), then a restart on the same data. Every application the
//! server acknowledged must be there, complete: a retry with its key and body gets the same
//! reference back (the stored fingerprint covers the whole application) and its receipt secret
//! reads its status.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use serde_json::{Value, json};

const INDEX_HTML: &str = "<!DOCTYPE html><html><head></head><body></body></html>";

#[path = "support/server_process.rs"]
mod server_process;
use server_process::{Shared, start};

fn application(i: usize) -> Value {
    json!({
        "municipality": "0301",
        "person": {
            "name": format!("Søker nummer {i}"),
            "national_id": "15038500047",
            "phone": "912 34 567",
            "preferred_language": "nb"
        },
        "household": { "adults": 1, "children_ages": [i % 18] },
        "income": { "amount": format!("{}", 200_000 + i) },
        "housing": { "kind": "rented", "monthly_cost": "11000" },
        "help_wanted": ["municipal_rental_home"],
        "own_words": format!("Søknad {i} i en storm av søknader."),
        "consent": true
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_application_survives_a_sigkill() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (data, dist) = (dir.path().join("data"), dir.path().join("dist"));
    std::fs::create_dir_all(&dist).expect("dist");
    std::fs::write(dist.join("index.html"), INDEX_HTML).expect("index");
    let mut server = start(&data, &dist, &Shared::default());
    let address = server.address.clone();

    // 32 clients submit as fast as they can; each acknowledgement is recorded.
    let acknowledged: Arc<Mutex<HashMap<usize, (String, String)>>> = Arc::default();
    let client = reqwest::Client::new();
    let mut tasks = Vec::new();
    for worker in 0..32 {
        let (client, address, acknowledged) =
            (client.clone(), address.clone(), acknowledged.clone());
        tasks.push(tokio::spawn(async move {
            for n in 0.. {
                let i = worker * 1_000_000 + n;
                let sent = client
                    .post(format!("{address}/api/applications"))
                    .header("Idempotency-Key", format!("crash-test-{i:08}"))
                    .json(&application(i))
                    .send()
                    .await;
                let Ok(response) = sent else { return };
                if response.status() != 201 {
                    return;
                }
                let Ok(receipt) = response.json::<Value>().await else {
                    return;
                };
                let (Some(reference), Some(secret)) =
                    (receipt["reference"].as_str(), receipt["secret"].as_str())
                else {
                    return;
                };
                acknowledged
                    .lock()
                    .expect("lock")
                    .insert(i, (reference.to_string(), secret.to_string()));
            }
        }));
    }
    // Let the burst build up, then kill the process outright.
    while acknowledged.lock().expect("lock").len() < 200 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.child.kill().expect("SIGKILL");
    server.child.wait().expect("reaped");
    for task in tasks {
        task.await
            .expect("the clients stop when the server is gone");
    }
    let acknowledged = acknowledged.lock().expect("lock").clone();
    assert!(acknowledged.len() >= 200);

    let server = start(&data, &dist, &Shared::default());
    let address = server.address.clone();
    for (i, (reference, secret)) in &acknowledged {
        let again = client
            .post(format!("{address}/api/applications"))
            .header("Idempotency-Key", format!("crash-test-{i:08}"))
            .json(&application(*i))
            .send()
            .await
            .expect("the restarted server answers");
        assert_eq!(
            again.status(),
            200,
            "application {i} was acknowledged but is gone or changed"
        );
        let again: Value = again.json().await.expect("json");
        assert_eq!(again["reference"], reference.as_str());
        let status = client
            .get(format!("{address}/api/applications/{reference}"))
            .bearer_auth(secret)
            .send()
            .await
            .expect("answers");
        assert_eq!(status.status(), 200);
    }
    let metrics = client
        .get(format!("{address}/metrics"))
        .send()
        .await
        .expect("answers")
        .text()
        .await
        .expect("text");
    let stored: usize = metrics
        .lines()
        .find_map(|l| {
            l.strip_prefix("husly_applications{status=\"received\",municipality=\"0301\"} ")
        })
        .and_then(|n| n.parse().ok())
        .expect("a count");
    // Some requests in flight at the kill may be stored without having been acknowledged.
    assert!(
        stored >= acknowledged.len() && stored <= acknowledged.len() + 32,
        "{stored} stored, {} acknowledged",
        acknowledged.len()
    );
    drop(server);
}
