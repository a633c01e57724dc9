//! The municipality profiles as files, with the real binary: a faulty one stops the server from
//! starting, with one line naming the file, the edition and the field; `profiles check` lists
//! every file's faults or "ok" and fails on any fault; the repository's own profiles pass.

use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

const BINARY: &str = env!("CARGO_BIN_EXE_husly-server");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/municipalities");

/// A copy of the test profiles, and a built app, in a temporary directory.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("dist")).expect("dist");
        std::fs::write(dir.path().join("dist/index.html"), "<!DOCTYPE html>").expect("index");
        std::fs::create_dir_all(dir.path().join("profiles")).expect("profiles");
        for entry in std::fs::read_dir(FIXTURES).expect("fixtures") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                continue;
            }
            let name = path.file_name().expect("a file name");
            std::fs::copy(&path, dir.path().join("profiles").join(name)).expect("copy");
        }
        Self { dir }
    }

    fn profile(&self, name: &str) -> PathBuf {
        self.dir.path().join("profiles").join(name)
    }

    /// Changes `from` to `to` in the profile `name`, which must hold it.
    fn edit(&self, name: &str, from: &str, to: &str) {
        let path = self.profile(name);
        let text = std::fs::read_to_string(&path).expect("reads");
        assert!(text.contains(from), "{from:?} in {name}");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("writes");
    }

    /// Starts the server; it must refuse, with one line on stderr, which is returned.
    fn refusal(&self) -> String {
        let output = Command::new(BINARY)
            .args(["--bind", "127.0.0.1:0", "--create-data-dir", "--data-dir"])
            .arg(self.dir.path().join("data"))
            .arg("--dist-dir")
            .arg(self.dir.path().join("dist"))
            .arg("--profiles-dir")
            .arg(self.dir.path().join("profiles"))
            .env("RUST_LOG", "off")
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(!output.status.success(), "started: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
        assert!(
            !self.dir.path().join("data").exists(),
            "nothing is opened before the profiles are checked"
        );
        stderr
    }

    fn check(&self) -> Output {
        check(&self.dir.path().join("profiles"))
    }
}

fn check(dir: &Path) -> Output {
    Command::new(BINARY)
        .args(["profiles", "check", "--profiles-dir"])
        .arg(dir)
        .env("RUST_LOG", "off")
        .output()
        .expect("runs")
}

fn says(line: &str, parts: &[&str]) {
    for part in parts {
        assert!(line.contains(part), "{part:?} not in {line}");
    }
}

#[test]
fn a_value_out_of_range_stops_the_start_naming_file_edition_and_field() {
    let site = Site::new();
    site.edit(
        "0301-oslo.toml",
        "lease_ending_months = { value = 6,",
        "lease_ending_months = { value = 60,",
    );
    says(
        &site.refusal(),
        &[
            "0301-oslo.toml",
            "edition from 2024-01-01",
            "rental_home.lease_ending_months",
            "60 is outside 1..=24",
        ],
    );
}

#[test]
fn a_misspelt_field_stops_the_start_naming_file_edition_and_field() {
    let site = Site::new();
    site.edit("4601-bergen.toml", "min_age =", "minimum_age =");
    says(
        &site.refusal(),
        &[
            "4601-bergen.toml",
            "edition from 2024-01-01",
            "rental_home.minimum_age",
            "unknown field",
        ],
    );
}

#[test]
fn without_the_national_default_the_server_does_not_start() {
    let site = Site::new();
    std::fs::remove_file(site.profile("national.toml")).expect("removed");
    says(&site.refusal(), &["no national default profile"]);
}

#[test]
fn a_municipality_twice_or_under_another_number_stops_the_start() {
    let site = Site::new();
    std::fs::copy(
        site.profile("0301-oslo.toml"),
        site.profile("0301-oslo-again.toml"),
    )
    .expect("copy");
    says(
        &site.refusal(),
        &[
            "0301-oslo.toml",
            "0301-oslo-again.toml",
            "already has a profile",
        ],
    );

    let site = Site::new();
    std::fs::rename(
        site.profile("4601-bergen.toml"),
        site.profile("0301-bergen.toml"),
    )
    .expect("rename");
    says(
        &site.refusal(),
        &[
            "0301-bergen.toml",
            "municipality",
            "does not match the file name",
        ],
    );
}

#[test]
fn profiles_check_lists_each_file_and_fails_on_a_fault() {
    let site = Site::new();
    let good = site.check();
    let stdout = String::from_utf8_lossy(&good.stdout);
    assert!(good.status.success(), "{stdout}");
    assert_eq!(
        stdout.lines().filter(|l| l.ends_with(": ok")).count(),
        3,
        "{stdout}"
    );

    site.edit(
        "4601-bergen.toml",
        "web = { value = \"https://",
        "web = { value = \"http://",
    );
    site.edit(
        "0301-oslo.toml",
        "min_age = { value = 18",
        "min_age = { value = 12",
    );
    let bad = site.check();
    let stdout = String::from_utf8_lossy(&bad.stdout);
    assert_eq!(bad.status.code(), Some(1), "{stdout}");
    says(
        &stdout,
        &[
            "national.toml: ok",
            "0301-oslo.toml: edition from 2024-01-01: rental_home.min_age",
            "4601-bergen.toml: edition from 2024-01-01: contact.web",
        ],
    );
}

/// The repository's own profiles (`municipalities/`), which `cargo xtask run` and the
/// end-to-end tests serve, pass the same checks.
#[test]
fn the_repositorys_profiles_pass_the_check() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../municipalities");
    if !dir.exists() {
        eprintln!("no municipalities/ in this checkout: nothing to check");
        return;
    }
    let output = check(&dir);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("national.toml: ok"), "{stdout}");
}

#[test]
fn a_municipality_s_targets_named_for_another_stop_the_start() {
    let site = Site::new();
    let targets = site.dir.path().join("profiles/targets");
    std::fs::create_dir_all(&targets).expect("targets dir");
    std::fs::write(
        targets.join("3103-moss.toml"),
        "municipality = \"3224\"\n\n[[edition]]\nfrom = \"2024-01-01\"\ndecided = \"a plan\"\n",
    )
    .expect("writes");
    says(
        &site.refusal(),
        &["3103-moss.toml", "\"3224\" does not match the file name"],
    );
    // A misspelt target is refused too, not left out.
    std::fs::write(
        targets.join("3103-moss.toml"),
        "municipality = \"3103\"\n\n[[edition]]\nfrom = \"2024-01-01\"\ndecided = \"a plan\"\n\n\
         [edition.waiting_list_under]\nvalue = 100\nsource = \"a plan\"\nstatus = \"from_seed\"\n",
    )
    .expect("writes");
    says(&site.refusal(), &["3103-moss.toml", "waiting_list_under"]);
}

#[test]
fn the_repositorys_targets_are_read_for_the_overview() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../municipalities");
    let profiles = husly_server::profiles::Profiles::load(&dir).expect("the repository's files");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
    let moss = profiles.targets_at("3103", day).expect("Moss's targets");
    assert_eq!(
        moss.startlan_families_with_children_percent
            .as_ref()
            .map(|t| t.value),
        Some(60)
    );
    assert_eq!(moss.waiting_list_below.as_ref().map(|t| t.value), Some(100));
    let raelingen = profiles.targets_at("3224", day).expect("Rælingen's");
    assert_eq!(
        raelingen
            .allocation_guarantee_months
            .as_ref()
            .map(|t| t.value),
        Some(6)
    );
    assert!(
        profiles.targets_at("0301", day).is_none(),
        "Oslo has set none in Husly"
    );
    // Not in what every resident's phone fetches.
    assert!(!String::from_utf8_lossy(&profiles.json).contains("waiting_list_below"));
}
