//! The startlån screening of municipal tenants (issue 19) over real HTTP: a caseworker imports a
//! tenant list, every household is screened and the run kept; a second run is compared with the
//! first household by household; a list that cannot be used keeps nothing and says each problem
//! with its line; another municipality's run is not found; reads and deletions are audited.

use serde_json::Value;

use crate::{helpers::TestApp, helpers::spawn_app, staff::SignedIn};

const HEADER: &str = "husstand;voksne;par;barn;inntekter;gjeld_per_maned;gjeld;husleie;egenkapital;fast_inntekt;samtykke";

impl TestApp {
    /// A caseworker's upload of `list` as the body, as the page sends the file (its bytes as
    /// chosen).
    async fn upload_list(&self, who: &SignedIn, list: impl AsRef<[u8]>) -> reqwest::Response {
        self.client
            .post(format!("{}/api/staff/screenings", self.address))
            .header("cookie", &who.cookie)
            .header("x-csrf-token", &who.csrf)
            .header("content-type", "text/csv")
            .body(list.as_ref().to_vec())
            .send()
            .await
            .expect("answers")
    }
}

fn keys(run: &Value) -> Vec<&str> {
    run["households"]
        .as_array()
        .expect("households")
        .iter()
        .map(|h| h["key"].as_str().expect("key"))
        .collect()
}

#[tokio::test]
async fn a_caseworker_screens_the_tenants_and_compares_the_year_after() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    app.add_staff("ola", "caseworker", "3103").await;
    app.add_staff("desk", "front_desk", "0301").await;
    let kari = app.sign_in("kari").await;

    let first = format!(
        "\u{FEFF}{HEADER}\r\nB-1043;2;ja;4 9;520 000 + 310 000;0;0;14 000;60 000;ja;02.11.2026\r\nB-2001;1;nei;3;;0;0;10 500;0;ja;2026-10-30\r\nB-3300;1;nei;;560000;6000;250000;9800;20000;ja;2026-10-30\r\n"
    );
    let response = app.upload_list(&kari, &first).await;
    assert_eq!(response.status(), 201);
    let run: Value = response.json().await.expect("json");
    assert_eq!(run["municipality"], "0301");
    assert_eq!(run["line"]["households"], 3);
    assert_eq!(run["line"]["carries_a_loan"], 2);
    assert_eq!(run["line"]["not_now"], 1);
    assert!(run.get("compared_with").is_none());
    // Those who carry a loan first, the largest reach first; the one with no income last.
    assert_eq!(keys(&run), ["B-1043", "B-3300", "B-2001"]);
    let family = &run["households"][0]["screening"];
    assert_eq!(family["outlook"], "carries_a_loan");
    assert!(
        family["max_loan"]
            .as_str()
            .expect("kroner")
            .parse::<f64>()
            .expect("a number")
            > 1_000_000.0
    );
    // A fact with a figure is an object named by it.
    assert!(
        run["households"][1]["screening"]["obstacles"][0]["debts"]["lowers_loan_by"].is_string()
    );
    assert_eq!(
        run["households"][2]["screening"]["obstacles"][0],
        "no_room_for_a_loan"
    );
    let first_id = run["line"]["id"].as_i64().expect("id");

    // A year on (as far as the list is concerned): one household gone, one new, one changed.
    let second = format!(
        "{HEADER}\nB-1043;2;ja;5 10;520000+310000;0;0;14000;90000;nei;2026-11-20\nB-2001;1;nei;3;380000;0;0;10500;0;ja;2026-11-20\nB-4000;1;nei;;0;0;0;9000;0;ja;2026-11-20\n"
    );
    let response = app.upload_list(&kari, &second).await;
    assert_eq!(response.status(), 201);
    let run: Value = response.json().await.expect("json");
    assert_eq!(run["compared_with"]["id"], first_id);
    // B-3300 was in the first list and is not in this one.
    assert_eq!(run["gone"], serde_json::json!(["B-3300"]));
    let household = |key: &str| {
        run["households"]
            .as_array()
            .expect("households")
            .iter()
            .find(|h| h["key"] == key)
            .cloned()
            .expect(key)
    };
    assert_eq!(household("B-2001")["before"]["outlook"], "not_now");
    assert_eq!(
        household("B-2001")["screening"]["outlook"],
        "carries_a_loan"
    );
    assert_eq!(household("B-1043")["before"]["outlook"], "carries_a_loan");
    assert_eq!(
        household("B-1043")["screening"]["obstacles"][0],
        "income_not_stable"
    );
    assert!(household("B-4000").get("before").is_none());
    let second_id = run["line"]["id"].as_i64().expect("id");

    // The runs, newest first; each read again the same, and audited.
    let runs: Value = app.staff_json(&kari, "/api/staff/screenings").await;
    assert_eq!(runs[0]["id"], second_id);
    assert_eq!(runs[1]["id"], first_id);
    let again: Value = app
        .staff_json(&kari, &format!("/api/staff/screenings/{second_id}"))
        .await;
    assert_eq!(again, run);

    // Another municipality's caseworker sees none of it; a front desk may not screen.
    let ola = app.sign_in("ola").await;
    let theirs = app
        .staff_get(&ola, &format!("/api/staff/screenings/{first_id}"))
        .await;
    assert_eq!(theirs.status(), 404);
    let none: Value = app.staff_json(&ola, "/api/staff/screenings").await;
    assert_eq!(none, serde_json::json!([]));
    let desk = app.sign_in("desk").await;
    assert_eq!(app.upload_list(&desk, &first).await.status(), 403);
    assert_eq!(
        app.staff_get(&desk, "/api/staff/screenings").await.status(),
        403
    );

    // Deleted: gone, and the second run is compared with nothing.
    let deleted = app
        .client
        .delete(format!("{}/api/staff/screenings/{first_id}", app.address))
        .header("cookie", &kari.cookie)
        .header("x-csrf-token", &kari.csrf)
        .send()
        .await
        .expect("answers");
    assert_eq!(deleted.status(), 204);
    let gone = app
        .staff_get(&kari, &format!("/api/staff/screenings/{first_id}"))
        .await;
    assert_eq!(gone.status(), 404);
    let alone: Value = app
        .staff_json(&kari, &format!("/api/staff/screenings/{second_id}"))
        .await;
    assert!(alone.get("compared_with").is_none());

    let log = app.storage().await.audit_log().await.expect("log");
    let actions: Vec<(&str, Option<&str>)> = log
        .iter()
        .filter(|l| l.action.starts_with("screening"))
        .map(|l| (l.action.as_str(), l.reference.as_deref()))
        .collect();
    let first_ref = format!("screening-{first_id}");
    let second_ref = format!("screening-{second_id}");
    assert_eq!(
        actions,
        [
            ("screening", Some(first_ref.as_str())),
            ("screening", Some(second_ref.as_str())),
            ("screening-read", Some(second_ref.as_str())),
            ("screening-delete", Some(first_ref.as_str())),
            ("screening-read", Some(second_ref.as_str())),
        ]
    );
    // Nobody's name or national id in a list that has none, nor in the log.
    for line in &log {
        assert!(!line.detail.contains("B-1043"), "{line:?}");
    }
}

#[tokio::test]
async fn a_list_that_cannot_be_used_keeps_nothing_and_says_each_problem_by_line() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    let kari = app.sign_in("kari").await;
    let list = format!(
        "{HEADER}\nB-1;1;nei;;400000;0;0;11,500;0;ja;2026-01-15\nB-2;1;nei;;400000;0;0;9000;0;ja;\n12345678901;1;nei;;1;0;0;1;0;ja;2026-01-01\n"
    );
    let response = app.upload_list(&kari, &list).await;
    assert_eq!(response.status(), 422);
    let refused: Value = response.json().await.expect("json");
    assert_eq!(refused["message_id"], "error-tenants-invalid");
    assert_eq!(
        refused["problems"],
        serde_json::json!([
            { "line": 2, "column": "husleie", "message_id": "error-tenants-amount-ambiguous" },
            { "line": 3, "column": "samtykke", "message_id": "error-tenants-consent-missing" },
            { "line": 4, "column": "husstand", "message_id": "error-tenants-key-national-id" }
        ])
    );
    // More incomes than adults: the rules' own refusal, by its line.
    let rules = format!("{HEADER}\nB-1;1;nei;;400000 + 100000;0;0;9000;0;ja;2026-01-15\n");
    let refused: Value = app
        .upload_list(&kari, &rules)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        refused["problems"],
        serde_json::json!([{ "line": 2, "column": "inntekter", "message_id": "error-more-incomes-than-adults" }])
    );
    // A file saved in a legacy code page ("Bjørn" in Windows-1252) is said, not guessed at.
    let legacy = app.upload_list(&kari, b"husstand;Bj\xf8rn\n").await;
    assert_eq!(legacy.status(), 422);
    let refused: Value = legacy.json().await.expect("json");
    assert_eq!(
        refused["problems"],
        serde_json::json!([{ "line": 0, "message_id": "error-tenants-encoding" }])
    );
    // An Excel workbook instead of its CSV: said as such.
    let workbook = app.upload_list(&kari, b"PK\x03\x04\x14\x00\x06\x00").await;
    let refused: Value = workbook.json().await.expect("json");
    assert_eq!(
        refused["problems"][0]["message_id"],
        "error-tenants-workbook"
    );
    // Without the CSRF token: refused before anything is read.
    let forged = app
        .client
        .post(format!("{}/api/staff/screenings", app.address))
        .header("cookie", &kari.cookie)
        .body(list)
        .send()
        .await
        .expect("answers");
    assert_eq!(forged.status(), 403);
    let runs: Value = app.staff_json(&kari, "/api/staff/screenings").await;
    assert_eq!(runs, serde_json::json!([]));
}
