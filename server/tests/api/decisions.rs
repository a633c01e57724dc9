//! The written decision (enkeltvedtak) over real HTTP: a caseworker decides once, the server
//! adds what only it may decide, the applicant reads it with the receipt's secret (and only
//! with it), the first reading starts the appeal deadline, and everything is audited.

use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, spawn_app},
    staff::{SignedIn, application},
};

pub(crate) fn decision() -> Value {
    json!({
        "vanskeligstilt": true,
        "facts": "Familien på tre bor hos venner. Leieavtalen ble sagt opp 1. oktober.",
        "heard": "Samtale med tolk 28. november: ønsker å bo nær barnehagen.",
        "items": [
            { "help": "municipal_rental_home", "verdict": "granted" },
            { "help": "deposit_guarantee", "verdict": "forwarded", "reason": "NAV avgjør depositumsgaranti." }
        ]
    })
}

impl TestApp {
    pub(crate) async fn decide(
        &self,
        who: &SignedIn,
        reference: &str,
        body: &Value,
    ) -> reqwest::Response {
        self.client
            .post(format!(
                "{}/api/staff/applications/{reference}/decision",
                self.address
            ))
            .header("cookie", &who.cookie)
            .header("x-csrf-token", &who.csrf)
            .json(body)
            .send()
            .await
            .expect("answers")
    }

    pub(crate) async fn status_with_receipt(&self, reference: &str, secret: &str) -> Value {
        self.get_with(
            &format!("/api/applications/{reference}"),
            "authorization",
            &format!("Bearer {secret}"),
        )
        .await
        .json()
        .await
        .expect("json")
    }

    pub(crate) async fn read_decision(&self, reference: &str, secret: &str) -> reqwest::Response {
        self.get_with(
            &format!("/api/applications/{reference}/decision"),
            "authorization",
            &format!("Bearer {secret}"),
        )
        .await
    }
}

#[tokio::test]
async fn a_caseworker_decides_once_and_the_applicant_reads_it_with_the_receipt() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    app.add_staff("desk", "front_desk", "0301").await;
    let kari = app.sign_in("kari").await;
    let receipt = app
        .submit_as("decision-key-1", &application("0301", "Amina Yusuf"), None)
        .await;
    let reference = receipt["reference"].as_str().expect("reference");
    let secret = receipt["secret"].as_str().expect("secret");

    // Not decided yet: the applicant is told so, and the status says there is nothing to read.
    assert_eq!(app.read_decision(reference, secret).await.status(), 404);
    let status = app.status_with_receipt(reference, secret).await;
    assert_eq!(status["has_decision"], false);

    // A front desk may not decide.
    let desk = app.sign_in("desk").await;
    assert_eq!(
        app.decide(&desk, reference, &decision()).await.status(),
        403
    );

    let made = app.decide(&kari, reference, &decision()).await;
    assert_eq!(made.status(), 201);
    let made: Value = made.json().await.expect("json");
    // What only the server decides: the day, the appeal instance, who takes forwarded help,
    // the housing office and the applicant's name and language from the application.
    assert_eq!(made["decided_by"], "kari");
    assert_eq!(made["applicant"], "Amina Yusuf");
    assert_eq!(made["language"], "ar");
    assert_eq!(made["municipality_name"], "Oslo");
    assert_eq!(
        made["appeal_instance"],
        "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus"
    );
    assert_eq!(made["items"][1]["forwarded_to"], "nav");
    assert!(made["items"][0].get("forwarded_to").is_none());
    assert!(made.get("notified_on").is_none());
    assert_eq!(
        made["decided_on"],
        chrono::Utc::now().date_naive().to_string()
    );

    // Never replaced: a second decision is a conflict, and the first stands.
    let mut other = decision();
    other["vanskeligstilt"] = json!(false);
    assert_eq!(app.decide(&kari, reference, &other).await.status(), 409);

    // Staff see it within the application, decided, with the history row.
    let full: Value = app
        .staff_get(&kari, &format!("/api/staff/applications/{reference}"))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(full["status"], "decided");
    assert_eq!(full["decision"]["vanskeligstilt"], true);
    assert!(full["decision"].get("notified_on").is_none());
    assert_eq!(full["status_changes"][0]["status"], "decided");

    // The applicant: only with the secret; the first reading is the day it reached them.
    assert_eq!(app.read_decision(reference, "wrong").await.status(), 404);
    let read = app.read_decision(reference, secret).await;
    assert_eq!(read.status(), 200);
    let read: Value = read.json().await.expect("json");
    let today = chrono::Utc::now().date_naive();
    assert_eq!(read["notified_on"], today.to_string());
    assert_eq!(read["facts"], made["facts"]);
    let status = app.status_with_receipt(reference, secret).await;
    assert_eq!(status["has_decision"], true);
    assert_eq!(status["status"], "decided");

    let audit = app.storage().await.audit_log().await.expect("audit");
    let actions: Vec<&str> = audit
        .iter()
        .filter(|l| l.reference.as_deref() == Some(reference))
        .map(|l| l.action.as_str())
        .collect();
    assert!(actions.contains(&"decision"), "{actions:?}");
    assert!(actions.contains(&"decision-read"), "{actions:?}");

    // Deleted with the application.
    let deleted = app.staff_delete(&kari, reference, "Trukket.").await;
    assert_eq!(deleted.status(), 204);
    assert!(
        app.storage()
            .await
            .decision(reference)
            .await
            .expect("reads")
            .is_none()
    );
}

#[tokio::test]
async fn a_decision_that_leaves_out_help_asked_for_or_reasons_is_refused_and_nothing_kept() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    app.add_staff("ola", "caseworker", "4601").await;
    let kari = app.sign_in("kari").await;
    let receipt = app
        .submit_as("decision-key-2", &application("0301", "Ali Hassan"), None)
        .await;
    let reference = receipt["reference"].as_str().expect("reference");

    let mut missing = decision();
    missing["items"] = json!([{ "help": "municipal_rental_home", "verdict": "granted" }]);
    let answer = app.decide(&kari, reference, &missing).await;
    assert_eq!(answer.status(), 422);
    let body: Value = answer.json().await.expect("json");
    assert_eq!(body["field"], "reason.deposit_guarantee");

    let mut unreasoned = decision();
    unreasoned["items"][0] = json!({ "help": "municipal_rental_home", "verdict": "refused" });
    let body: Value = app
        .decide(&kari, reference, &unreasoned)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(body["field"], "reason.municipal_rental_home");

    let mut unknown = decision();
    unknown["decided_on"] = json!("2020-01-01");
    assert_eq!(app.decide(&kari, reference, &unknown).await.status(), 422);

    // Another municipality's caseworker cannot see it, let alone decide it.
    let ola = app.sign_in("ola").await;
    assert_eq!(app.decide(&ola, reference, &decision()).await.status(), 404);

    // Nothing was kept by any of these.
    assert!(
        app.storage()
            .await
            .decision(reference)
            .await
            .expect("reads")
            .is_none()
    );
    assert_eq!(
        app.decide(&kari, reference, &decision()).await.status(),
        201
    );
}
