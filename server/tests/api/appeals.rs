//! The appeal (klage) over real HTTP: the applicant appeals once with the receipt's secret, in
//! their own words; a late appeal needs its reason (forvaltningsloven § 31) and is marked late
//! by the server; the caseworker sees open appeals, the one due first at the top, and gives the
//! municipality's review once; the applicant reads what came of it; everything audited.

use serde_json::{Value, json};

use crate::{
    decisions::decision,
    helpers::TestApp,
    helpers::spawn_app,
    staff::{SignedIn, application},
};

impl TestApp {
    pub(crate) async fn appeal(
        &self,
        reference: &str,
        secret: &str,
        body: &Value,
    ) -> reqwest::Response {
        self.client
            .post(format!(
                "{}/api/applications/{reference}/appeal",
                self.address
            ))
            .header("authorization", format!("Bearer {secret}"))
            .json(body)
            .send()
            .await
            .expect("answers")
    }

    pub(crate) async fn appeal_outcome(
        &self,
        who: &SignedIn,
        reference: &str,
        body: &Value,
    ) -> reqwest::Response {
        self.client
            .post(format!(
                "{}/api/staff/applications/{reference}/appeal/outcome",
                self.address
            ))
            .header("cookie", &who.cookie)
            .header("x-csrf-token", &who.csrf)
            .json(body)
            .send()
            .await
            .expect("answers")
    }

    /// An application to Oslo with a decision on it: (reference, secret).
    pub(crate) async fn decided(&self, key: &str, name: &str, by: &SignedIn) -> (String, String) {
        let receipt = self.submit_as(key, &application("0301", name), None).await;
        let reference = receipt["reference"]
            .as_str()
            .expect("reference")
            .to_string();
        let secret = receipt["secret"].as_str().expect("secret").to_string();
        assert_eq!(self.decide(by, &reference, &decision()).await.status(), 201);
        (reference, secret)
    }

    /// Moves the day the decision reached the applicant `days` back.
    async fn notified_days_ago(&self, reference: &str, days: i64) {
        let at = chrono::Utc::now() - chrono::Duration::days(days);
        match &self.storage().await {
            husly_server::storage::Storage::Sqlite(pool, _) => {
                sqlx::query("UPDATE decisions SET notified_at = ? WHERE reference = ?")
                    .bind(at)
                    .bind(reference)
                    .execute(pool)
                    .await
                    .map(drop)
            }
            husly_server::storage::Storage::Postgres(pool) => {
                sqlx::query("UPDATE decisions SET notified_at = $1 WHERE reference = $2")
                    .bind(at)
                    .bind(reference)
                    .execute(pool)
                    .await
                    .map(drop)
            }
        }
        .expect("backdated");
    }
}

#[tokio::test]
async fn the_applicant_appeals_once_and_the_caseworker_forwards_it_to_statsforvalteren() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    app.add_staff("ola", "caseworker", "4601").await;
    app.add_staff("desk", "front_desk", "0301").await;
    let kari = app.sign_in("kari").await;
    let (reference, secret) = app.decided("appeal-key-1", "Amina Yusuf", &kari).await;
    let words = json!({ "text": "أحتاج إلى بيت قريب من مدرسة أطفالي." });

    // Only with the secret; nothing kept without it.
    assert_eq!(app.appeal(&reference, "wrong", &words).await.status(), 404);
    // Empty words, or a field only the server sets, are refused.
    let empty = app
        .appeal(&reference, &secret, &json!({ "text": "  " }))
        .await;
    assert_eq!(empty.status(), 422);
    let body: Value = empty.json().await.expect("json");
    assert_eq!(body["field"], "appeal_text");
    let forged = json!({ "text": "Klage.", "late": false });
    assert_eq!(app.appeal(&reference, &secret, &forged).await.status(), 422);

    let sent = app.appeal(&reference, &secret, &words).await;
    assert_eq!(sent.status(), 201);
    let sent: Value = sent.json().await.expect("json");
    let today = chrono::Utc::now().date_naive();
    assert_eq!(sent["received_on"], today.to_string());
    assert_eq!(sent["late"], false);
    assert_eq!(sent["language"], "ar");
    // Appealing before opening the decision here: the day it reached the applicant is today.
    let read: Value = app
        .read_decision(&reference, &secret)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(read["notified_on"], today.to_string());
    assert_eq!(read["appeal"]["text"], words["text"]);
    assert!(read["appeal"].get("outcome").is_none());

    // Once: a second appeal is a conflict and the first stands.
    let again = app
        .appeal(&reference, &secret, &json!({ "text": "Noe annet." }))
        .await;
    assert_eq!(again.status(), 409);

    // The caseworker's list: open appeals of their municipality only, with the review's day.
    let open: Value = app
        .staff_get(&kari, "/api/staff/appeals")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(open.as_array().map(Vec::len), Some(1));
    assert_eq!(open[0]["reference"], reference.as_str());
    assert_eq!(open[0]["name"], "Amina Yusuf");
    let month_on = today
        .checked_add_months(chrono::Months::new(1))
        .expect("a day");
    assert_eq!(open[0]["review_by"], month_on.to_string());
    let ola = app.sign_in("ola").await;
    let theirs: Value = app
        .staff_get(&ola, "/api/staff/appeals")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(theirs, json!([]));
    let desk = app.sign_in("desk").await;
    assert_eq!(
        app.staff_get(&desk, "/api/staff/appeals").await.status(),
        403
    );

    // The review: its reasons required, another municipality cannot, a front desk may not.
    let forward = json!({ "result": "forwarded", "reason": "Kommunen mener vilkårene ikke er oppfylt, se vedtaket." });
    let unreasoned = json!({ "result": "forwarded", "reason": "" });
    assert_eq!(
        app.appeal_outcome(&kari, &reference, &unreasoned)
            .await
            .status(),
        422
    );
    assert_eq!(
        app.appeal_outcome(&ola, &reference, &forward)
            .await
            .status(),
        404
    );
    assert_eq!(
        app.appeal_outcome(&desk, &reference, &forward)
            .await
            .status(),
        403
    );
    let done = app.appeal_outcome(&kari, &reference, &forward).await;
    assert_eq!(done.status(), 201);
    let done: Value = done.json().await.expect("json");
    assert_eq!(
        done["appeal_instance"],
        "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus"
    );
    assert_eq!(done["by"], "kari");
    // Once: the review is not given again, and the appeal is listed as at Statsforvalteren
    // (until its decision is recorded: instance_decisions.rs).
    let reverse = json!({ "result": "reversed", "reason": "Omgjort." });
    assert_eq!(
        app.appeal_outcome(&kari, &reference, &reverse)
            .await
            .status(),
        409
    );
    let open: Value = app
        .staff_get(&kari, "/api/staff/appeals")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(open.as_array().map(Vec::len), Some(1));
    assert_eq!(open[0]["forwarded_on"], today.to_string());

    // The applicant and the caseworker read what came of it.
    let read: Value = app
        .read_decision(&reference, &secret)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(read["appeal"]["outcome"]["result"], "forwarded");
    let full: Value = app
        .staff_get(&kari, &format!("/api/staff/applications/{reference}"))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(full["appeal"]["outcome"]["result"], "forwarded");
    let notes: Vec<&str> = full["status_changes"]
        .as_array()
        .expect("history")
        .iter()
        .filter_map(|c| c["note"].as_str())
        .collect();
    assert!(
        notes.contains(&"Klage: sendt til Statsforvalteren."),
        "{notes:?}"
    );

    let audit = app.storage().await.audit_log().await.expect("audit");
    let mine: Vec<_> = audit
        .iter()
        .filter(|l| l.reference.as_deref() == Some(reference.as_str()))
        .collect();
    assert!(
        mine.iter()
            .any(|l| l.action == "appeal" && l.staff_id.is_none())
    );
    assert!(
        mine.iter()
            .any(|l| l.action == "appeal-outcome" && l.detail == "forwarded")
    );
    // The applicant's words are never in the log.
    assert!(!audit.iter().any(|l| l.detail.contains("مدرسة")));

    // Deleted with the application.
    let deleted = app.staff_delete(&kari, &reference, "Trukket.").await;
    assert_eq!(deleted.status(), 204);
    assert!(
        app.storage()
            .await
            .appeal(&reference)
            .await
            .expect("reads")
            .is_none()
    );
}

#[tokio::test]
async fn an_appeal_after_the_deadline_needs_its_reason_and_is_marked_late_by_the_server() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    let kari = app.sign_in("kari").await;
    let (reference, secret) = app.decided("appeal-key-2", "Ali Hassan", &kari).await;
    // No appeal before there is a decision to appeal.
    let receipt = app
        .submit_as("appeal-key-3", &application("0301", "Sara Ali"), None)
        .await;
    let undecided = app
        .appeal(
            receipt["reference"].as_str().expect("reference"),
            receipt["secret"].as_str().expect("secret"),
            &json!({ "text": "Klage." }),
        )
        .await;
    assert_eq!(undecided.status(), 404);

    // Read 40 days ago: the three weeks (moved past days off, at most 27 days) are over.
    assert_eq!(app.read_decision(&reference, &secret).await.status(), 200);
    app.notified_days_ago(&reference, 40).await;
    let words = json!({ "text": "Jeg er uenig i vedtaket." });
    let answer = app.appeal(&reference, &secret, &words).await;
    assert_eq!(answer.status(), 422);
    let body: Value = answer.json().await.expect("json");
    assert_eq!(body["field"], "late_reason");

    let with_reason = json!({ "text": "Jeg er uenig i vedtaket.", "late_reason": "Jeg var innlagt på sykehus i fem uker." });
    let sent = app.appeal(&reference, &secret, &with_reason).await;
    assert_eq!(sent.status(), 201);
    let sent: Value = sent.json().await.expect("json");
    assert_eq!(sent["late"], true);
    assert_eq!(
        sent["late_reason"],
        "Jeg var innlagt på sykehus i fem uker."
    );

    // Reversed: the applicant reads that the municipality changed its decision.
    let reverse = json!({ "result": "reversed", "reason": "Søker fyller vilkårene likevel." });
    assert_eq!(
        app.appeal_outcome(&kari, &reference, &reverse)
            .await
            .status(),
        201
    );
    let read: Value = app
        .read_decision(&reference, &secret)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(read["appeal"]["late"], true);
    assert_eq!(read["appeal"]["outcome"]["result"], "reversed");
}

#[tokio::test]
async fn an_appeal_on_time_stays_on_time_to_its_last_day() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    let kari = app.sign_in("kari").await;
    let (reference, secret) = app.decided("appeal-key-4", "Nadia Omar", &kari).await;
    assert_eq!(app.read_decision(&reference, &secret).await.status(), 200);
    // 21 days ago: today is the last day at the earliest, so it is on time and needs no reason.
    app.notified_days_ago(&reference, 21).await;
    let sent = app
        .appeal(&reference, &secret, &json!({ "text": "Jeg klager." }))
        .await;
    assert_eq!(sent.status(), 201);
    let sent: Value = sent.json().await.expect("json");
    assert_eq!(sent["late"], false);
}

#[tokio::test]
async fn a_front_desk_sends_the_appeal_for_a_walk_in_it_applied_for_and_nobody_else_does() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    app.add_staff("desk", "front_desk", "0301").await;
    app.add_staff("other-desk", "front_desk", "0301").await;
    let kari = app.sign_in("kari").await;
    let desk = app.sign_in("desk").await;
    let receipt = app
        .submit_as(
            "appeal-key-5",
            &application("0301", "Yonas Tesfay"),
            Some(&desk),
        )
        .await;
    let reference = receipt["reference"].as_str().expect("reference");
    assert_eq!(
        app.decide(&kari, reference, &decision()).await.status(),
        201
    );
    let words = json!({ "text": "Søkeren forteller: jeg har bodd i Oslo i fire år." });
    let post = |who: &SignedIn| {
        app.client
            .post(format!(
                "{}/api/staff/applications/{reference}/appeal",
                app.address
            ))
            .header("cookie", who.cookie.clone())
            .header("x-csrf-token", who.csrf.clone())
            .json(&words)
            .send()
    };
    // A caseworker reviews appeals, and does not write them; another desk cannot see it.
    assert_eq!(post(&kari).await.expect("answers").status(), 403);
    let other = app.sign_in("other-desk").await;
    assert_eq!(post(&other).await.expect("answers").status(), 404);
    let sent = post(&desk).await.expect("answers");
    assert_eq!(sent.status(), 201);
    let sent: Value = sent.json().await.expect("json");
    assert_eq!(sent["sent_by_staff"], "desk");
    assert_eq!(sent["language"], "nb");
    assert_eq!(sent["late"], false);
    let audit = app.storage().await.audit_log().await.expect("audit");
    assert!(audit.iter().any(|l| l.action == "appeal"
        && l.reference.as_deref() == Some(reference)
        && l.staff_id.is_some()
        && l.detail == "klage, front desk"));
}
