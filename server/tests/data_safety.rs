//! Data that cannot be lost by accident, with the real binary: a lost or wrong key, a lost
//! database, a missing data directory and a read-only database are refused with one line; the
//! files are private; a backup restored into an empty data directory brings back applications
//! whose receipts work; a key rotation keeps receipts and retries working.

use std::{
    path::Path,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use serde_json::{Value, json};

#[path = "support/server_process.rs"]
mod server_process;
use server_process::{Server, Shared, start};

const INDEX_HTML: &str = "<!DOCTYPE html><html><head></head><body></body></html>";
const BINARY: &str = env!("CARGO_BIN_EXE_husly-server");

fn application(name: &str) -> Value {
    json!({
        "municipality": "0301",
        "person": {
            "name": name,
            "national_id": "15038500047",
            "phone": "912 34 567",
            "preferred_language": "nb"
        },
        "household": { "adults": 1, "children_ages": [4] },
        "income": { "amount": "250000" },
        "housing": { "kind": "rented", "monthly_cost": "11000" },
        "help_wanted": ["municipal_rental_home"],
        "own_words": "Vi må flytte før jul.",
        "consent": true
    })
}

/// A data directory and a built app in a temporary directory.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("dist")).expect("dist");
        std::fs::write(dir.path().join("dist/index.html"), INDEX_HTML).expect("index");
        Self { dir }
    }
    fn data(&self) -> std::path::PathBuf {
        self.dir.path().join("data")
    }
    fn start(&self) -> Server {
        start(
            &self.data(),
            &self.dir.path().join("dist"),
            &Shared::default(),
        )
    }

    /// Runs the server binary (with `--data-dir` and `--dist-dir`, no `--create-data-dir`),
    /// `input` on its standard input; gives whether it succeeded, its stdout and stderr.
    fn run(&self, args: &[&str], input: &str) -> (bool, String, String) {
        let mut child = Command::new(BINARY)
            .args(["--bind", "127.0.0.1:0", "--data-dir"])
            .arg(self.data())
            .arg("--dist-dir")
            .arg(self.dir.path().join("dist"))
            .args(["--profiles-dir", server_process::PROFILES])
            .args(args)
            .env("RUST_LOG", "off")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("runs");
        use std::io::Write;
        let _ = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes());
        let started = Instant::now();
        while child.try_wait().expect("wait").is_none() {
            if started.elapsed() > Duration::from_secs(20) {
                let _ = child.kill();
                panic!("husly-server {args:?} did not exit (it should have refused to start)");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let output = child.wait_with_output().expect("output");
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// The server refuses to start, with one line naming the problem.
    fn refuses(&self, args: &[&str], says: &str) {
        let (ok, _, stderr) = self.run(args, "");
        assert!(!ok, "started although {says:?} was expected");
        assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
        assert!(stderr.contains(says), "{says:?} not in {stderr}");
    }
}

fn stop(mut server: Server) {
    let sent = Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .expect("kill");
    assert!(sent.success());
    assert!(server.child.wait().expect("exits").success());
}

/// Submits `body` under `key`; gives the status and the receipt.
async fn submit(address: &str, key: &str, body: &Value) -> (u16, Value) {
    let response = reqwest::Client::new()
        .post(format!("{address}/api/applications"))
        .header("Idempotency-Key", key)
        .json(body)
        .send()
        .await
        .expect("answers");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Attaches `content` (one part) to `reference` as the holder of `secret`: the document's id.
async fn attach(address: &str, reference: &str, secret: &str, content: &[u8]) -> String {
    let client = reqwest::Client::new();
    let started: Value = client
        .post(format!("{address}/api/applications/{reference}/documents"))
        .bearer_auth(secret)
        .json(&json!({ "kind": "lease", "size": content.len() }))
        .send()
        .await
        .expect("answers")
        .json()
        .await
        .expect("json");
    let id = started["id"].as_str().expect("id").to_string();
    let sent = client
        .put(format!(
            "{address}/api/applications/{reference}/documents/{id}/parts/0"
        ))
        .bearer_auth(secret)
        .body(content.to_vec())
        .send()
        .await
        .expect("answers");
    assert_eq!(sent.status(), 200);
    id
}

/// The status code of reading `reference` with `secret`.
async fn read_status(address: &str, reference: &str, secret: &str) -> u16 {
    reqwest::Client::new()
        .get(format!("{address}/api/applications/{reference}"))
        .bearer_auth(secret)
        .send()
        .await
        .expect("answers")
        .status()
        .as_u16()
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("exists")
        .permissions()
        .mode()
        & 0o777
}

fn move_away(from: &Path, to: &Path) {
    std::fs::rename(from, to).expect("moved");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_and_key_that_do_not_belong_together_are_refused() {
    let site = Site::new();
    site.refuses(&[], "does not exist: on the first start");
    let server = site.start();
    let address = server.address.clone();
    let (status, receipt) = submit(&address, "data-safety-0001", &application("Kari")).await;
    assert_eq!(status, 201);
    stop(server);

    let data = site.data();
    assert_eq!(mode(&data), 0o700, "the data directory");
    assert_eq!(mode(&data.join("secret.key")), 0o600);
    for name in ["husly.sqlite3", "husly.sqlite3-wal", "husly.sqlite3-shm"] {
        if data.join(name).exists() {
            assert_eq!(mode(&data.join(name)), 0o600, "{name}");
        }
    }

    let aside = site.dir.path().join("aside");
    std::fs::create_dir_all(&aside).expect("aside");
    move_away(&data.join("secret.key"), &aside.join("secret.key"));
    site.refuses(
        &[],
        "secret.key is missing but the database holds data sealed with it",
    );
    assert!(!data.join("secret.key").exists(), "no new key was made");

    std::fs::write(
        data.join("secret.key"),
        "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    )
    .expect("another key");
    site.refuses(
        &[],
        "the secret key does not open this database's sealed data",
    );
    move_away(&aside.join("secret.key"), &data.join("secret.key"));

    move_away(&data.join("husly.sqlite3"), &aside.join("husly.sqlite3"));
    site.refuses(&[], "is missing but its key");
    move_away(&aside.join("husly.sqlite3"), &data.join("husly.sqlite3"));

    let read_only = format!("sqlite://{}?mode=ro", data.join("husly.sqlite3").display());
    site.refuses(&["--database-url", &read_only], "not writable");

    // Put right, it starts and the receipt works.
    let server = site.start();
    let address = server.address.clone();
    let reference = receipt["reference"].as_str().expect("reference");
    let secret = receipt["secret"].as_str().expect("secret");
    assert_eq!(read_status(&address, reference, secret).await, 200);
    stop(server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_restored_into_an_empty_data_dir_brings_the_applications_back() {
    let site = Site::new();
    let server = site.start();
    let address = server.address.clone();
    let body = application("Ola");
    let (status, receipt) = submit(&address, "data-safety-0002", &body).await;
    assert_eq!(status, 201);

    // Taken while the server runs.
    let backup = site.dir.path().join("backup-1");
    let backup_arg = backup.to_string_lossy().into_owned();
    let (ok, stdout, stderr) = site.run(&["backup", "--to", &backup_arg], "");
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains("backed up the database and its key"),
        "{stdout}"
    );
    assert_eq!(mode(&backup), 0o700);
    assert_eq!(mode(&backup.join("husly.sqlite3")), 0o600);
    assert_eq!(mode(&backup.join("secret.key")), 0o600);
    let (ok, _, stderr) = site.run(&["backup", "--to", &backup_arg], "");
    assert!(!ok && stderr.contains("exists already"), "{stderr}");
    stop(server);

    // The data directory is lost; restore is a copy of both files into a new one.
    std::fs::remove_dir_all(site.data()).expect("wiped");
    site.refuses(&[], "does not exist");
    std::fs::create_dir(site.data()).expect("new data dir");
    for name in ["husly.sqlite3", "secret.key"] {
        std::fs::copy(backup.join(name), site.data().join(name)).expect("restored");
    }
    let server = site.start();
    let address = server.address.clone();
    let reference = receipt["reference"].as_str().expect("reference");
    let secret = receipt["secret"].as_str().expect("secret");
    assert_eq!(read_status(&address, reference, secret).await, 200);
    let (status, again) = submit(&address, "data-safety-0002", &body).await;
    assert_eq!(status, 200, "the retry is recognised after the restore");
    assert_eq!(again["reference"], reference);
    stop(server);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_rotation_keeps_receipts_and_retries_working() {
    let site = Site::new();
    let server = site.start();
    let address = server.address.clone();
    let body = application("Nina");
    let (status, receipt) = submit(&address, "data-safety-0003", &body).await;
    assert_eq!(status, 201);
    let reference = receipt["reference"]
        .as_str()
        .expect("reference")
        .to_string();
    let secret = receipt["secret"].as_str().expect("secret").to_string();
    let lease = b"%PDF-1.7\nthe lease".to_vec();
    let document = attach(&address, &reference, &secret, &lease).await;
    stop(server);

    let old_key = std::fs::read_to_string(site.data().join("secret.key")).expect("key");
    let new_key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    let (ok, _, stderr) = site.run(&["keys", "rotate"], "not a key\n");
    assert!(!ok && stderr.contains("32 bytes in base64"), "{stderr}");
    let (ok, stdout, stderr) = site.run(&["keys", "rotate"], &format!("{new_key}\n"));
    assert!(ok, "{stderr}");
    assert!(stdout.contains("re-sealed 1 applications"), "{stdout}");
    let key = std::fs::read_to_string(site.data().join("secret.key")).expect("key");
    assert_eq!(key.trim(), new_key);
    assert_ne!(key, old_key);
    assert_eq!(mode(&site.data().join("secret.key")), 0o600);

    // The national id is sealed under the new key only.
    let storage = husly_server::storage::Storage::connect(&format!(
        "sqlite://{}",
        site.data().join("husly.sqlite3").display()
    ))
    .await
    .expect("opens");
    let sealed = storage
        .application(&reference)
        .await
        .expect("reads")
        .expect("stored")
        .national_id_sealed
        .expect("sealed");
    let new = husly_server::secrets::Secrets::load(Some(new_key), &site.data()).expect("key");
    let old = husly_server::secrets::Secrets::load(Some(&old_key), &site.data()).expect("key");
    assert_eq!(new.open_national_id(&sealed).expect("opens"), "15038500047");
    assert!(old.open_national_id(&sealed).is_err());
    // The document's key is wrapped under the new key only; its content, untouched, opens with it.
    let wrapped = storage
        .document(&reference, &document)
        .await
        .expect("reads")
        .expect("kept")
        .key_wrapped;
    let parts = storage.document_parts(&document).await.expect("parts");
    storage.close().await;
    use husly_server::documents_sealed::DocumentKey;
    assert!(DocumentKey::open(&old, &document, &wrapped).is_err());
    let key = DocumentKey::open(&new, &document, &wrapped).expect("unwraps");
    assert_eq!(
        key.open_part(&document, 0, &parts[0].1).expect("opens"),
        lease
    );

    // Rotated twice, the first receipt still reads its status, a wrong one does not.
    let (ok, _, stderr) = site.run(
        &["keys", "rotate"],
        "HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4=\n",
    );
    assert!(ok, "{stderr}");
    let server = site.start();
    let address = server.address.clone();
    assert_eq!(read_status(&address, &reference, &secret).await, 200);
    assert_eq!(
        read_status(&address, &reference, &new.receipt_secret(&reference)).await,
        200,
        "the receipt of the middle key too"
    );
    assert_eq!(
        read_status(&address, &reference, "AAAAAAAAAAAAAAAAAAAAAAAAAAA").await,
        404
    );
    let (status, again) = submit(&address, "data-safety-0003", &body).await;
    assert_eq!(status, 200, "the retry is recognised after the rotation");
    assert_eq!(again["reference"], reference.as_str());
    let (status, other) = submit(&address, "data-safety-0004", &application("Per")).await;
    assert_eq!(status, 201);
    let (r, s) = (
        other["reference"].as_str().expect("reference"),
        other["secret"].as_str().expect("secret"),
    );
    assert_eq!(read_status(&address, r, s).await, 200);
    stop(server);
}
