//! What Statsforvalteren decided on a forwarded appeal, over real HTTP: recorded by a caseworker
//! of the municipality once, only on an appeal that was forwarded, with a day between the
//! forwarding and today and a summary; read by the applicant with the decision; in the history
//! and the audit log without the summary.

use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, spawn_app},
    staff::SignedIn,
};

impl TestApp {
    async fn instance_decision(
        &self,
        who: &SignedIn,
        reference: &str,
        body: &Value,
    ) -> reqwest::Response {
        self.staff_post(
            who,
            &format!("/api/staff/applications/{reference}/appeal/instance-decision"),
            body,
        )
        .await
    }
}

#[tokio::test]
async fn statsforvalterens_decision_is_recorded_once_on_a_forwarded_appeal_and_read_by_the_applicant()
 {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    app.add_staff("ola", "caseworker", "4601").await;
    app.add_staff("desk", "front_desk", "0301").await;
    let kari = app.sign_in("kari").await;
    let (reference, secret) = app.decided("instance-key-1", "Amina Yusuf", &kari).await;
    let today = chrono::Utc::now().date_naive();
    let repealed = json!({
        "result": "repealed",
        "decided_on": today.to_string(),
        "summary": "Statsforvalteren mener kommunen ikke har vurdert barnas skolevei. Saken sendes tilbake.",
    });

    // No appeal yet: nothing to record.
    assert_eq!(
        app.instance_decision(&kari, &reference, &repealed)
            .await
            .status(),
        404
    );
    let words = json!({ "text": "Jeg trenger en bolig nær skolen." });
    assert_eq!(app.appeal(&reference, &secret, &words).await.status(), 201);
    // Appealed but not forwarded: Statsforvalteren has not got it.
    assert_eq!(
        app.instance_decision(&kari, &reference, &repealed)
            .await
            .status(),
        409
    );
    let forward = json!({ "result": "forwarded", "reason": "Vilkårene er ikke oppfylt." });
    assert_eq!(
        app.appeal_outcome(&kari, &reference, &forward)
            .await
            .status(),
        201
    );

    // A day before the forwarding or after today, no summary, a field only the server sets,
    // another municipality's caseworker and a front desk: all refused.
    let yesterday = today.pred_opt().expect("a day").to_string();
    let tomorrow = today.succ_opt().expect("a day").to_string();
    for day in [yesterday, tomorrow] {
        let early = json!({ "result": "upheld", "decided_on": day, "summary": "Stadfestet." });
        let refused = app.instance_decision(&kari, &reference, &early).await;
        assert_eq!(refused.status(), 422);
        let body: Value = refused.json().await.expect("json");
        assert_eq!(body["field"], "instance_decided_on");
    }
    let unsummarised =
        json!({ "result": "upheld", "decided_on": today.to_string(), "summary": " " });
    let refused = app
        .instance_decision(&kari, &reference, &unsummarised)
        .await;
    assert_eq!(refused.status(), 422);
    let body: Value = refused.json().await.expect("json");
    assert_eq!(body["field"], "instance_summary");
    let forged =
        json!({ "result": "upheld", "decided_on": today.to_string(), "summary": "S.", "by": "x" });
    assert_eq!(
        app.instance_decision(&kari, &reference, &forged)
            .await
            .status(),
        422
    );
    let ola = app.sign_in("ola").await;
    assert_eq!(
        app.instance_decision(&ola, &reference, &repealed)
            .await
            .status(),
        404
    );
    let desk = app.sign_in("desk").await;
    assert_eq!(
        app.instance_decision(&desk, &reference, &repealed)
            .await
            .status(),
        403
    );

    // Until it is recorded, the appeal is listed above the inbox as at Statsforvalteren, after
    // any the municipality has still to review.
    let (other, other_secret) = app.decided("instance-key-3", "Ali Hassan", &kari).await;
    let words = json!({ "text": "Jeg klager." });
    assert_eq!(
        app.appeal(&other, &other_secret, &words).await.status(),
        201
    );
    let open: Value = app.staff_json(&kari, "/api/staff/appeals").await;
    assert_eq!(open[0]["reference"], other.as_str());
    assert!(open[0].get("forwarded_on").is_none());
    assert_eq!(open[1]["reference"], reference.as_str());
    assert_eq!(open[1]["forwarded_on"], today.to_string());

    let kept = app.instance_decision(&kari, &reference, &repealed).await;
    assert_eq!(kept.status(), 201);
    let open: Value = app.staff_json(&kari, "/api/staff/appeals").await;
    assert_eq!(open.as_array().map(Vec::len), Some(1), "{open}");
    assert_eq!(open[0]["reference"], other.as_str());
    let kept: Value = kept.json().await.expect("json");
    assert_eq!(kept["result"], "repealed");
    assert_eq!(kept["recorded_on"], today.to_string());
    assert_eq!(kept["by"], "kari");
    // Once: it is never replaced.
    let upheld =
        json!({ "result": "upheld", "decided_on": today.to_string(), "summary": "Stadfestet." });
    let again = app.instance_decision(&kari, &reference, &upheld).await;
    assert_eq!(again.status(), 409);

    // The applicant reads it with the decision; the caseworker with the application.
    let read: Value = app
        .read_decision(&reference, &secret)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(read["appeal"]["instance_decision"]["result"], "repealed");
    assert_eq!(
        read["appeal"]["instance_decision"]["summary"],
        repealed["summary"]
    );
    let full: Value = app
        .staff_json(&kari, &format!("/api/staff/applications/{reference}"))
        .await;
    assert_eq!(
        full["appeal"]["instance_decision"]["decided_on"],
        today.to_string()
    );
    let notes: Vec<&str> = full["status_changes"]
        .as_array()
        .expect("history")
        .iter()
        .filter_map(|c| c["note"].as_str())
        .collect();
    assert!(
        notes.contains(
            &"Klage: Statsforvalteren har opphevet vedtaket. Kommunen må avgjøre saken på nytt."
        ),
        "{notes:?}"
    );
    // Repealed, the case is the municipality's to decide again: in progress, for the inbox and
    // the applicant's receipt.
    assert_eq!(full["status"], "in_progress");
    let status: Value = app
        .get_with(
            &format!("/api/applications/{reference}"),
            "authorization",
            &format!("Bearer {secret}"),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(status["status"], "in_progress");
    assert_eq!(status["has_decision"], true);
    let audit = app.storage().await.audit_log().await.expect("audit");
    assert!(audit.iter().any(|l| l.action == "appeal-instance-decision"
        && l.reference.as_deref() == Some(reference.as_str())
        && l.detail == "repealed"));
    assert!(!audit.iter().any(|l| l.detail.contains("skolevei")));
}

#[tokio::test]
async fn a_reversed_appeal_never_goes_to_statsforvalteren() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    let kari = app.sign_in("kari").await;
    let (reference, secret) = app.decided("instance-key-2", "Olena Petrenko", &kari).await;
    let words = json!({ "text": "Я не згодна." });
    assert_eq!(app.appeal(&reference, &secret, &words).await.status(), 201);
    let reverse = json!({ "result": "reversed", "reason": "Kommunen gir medhold." });
    assert_eq!(
        app.appeal_outcome(&kari, &reference, &reverse)
            .await
            .status(),
        201
    );
    let upheld = json!({
        "result": "upheld",
        "decided_on": chrono::Utc::now().date_naive().to_string(),
        "summary": "Stadfestet.",
    });
    let refused = app.instance_decision(&kari, &reference, &upheld).await;
    assert_eq!(refused.status(), 409);
    let body: Value = refused.json().await.expect("json");
    assert_eq!(body["message_id"], "error-appeal-not-forwarded");
    // Reversed, it is done: not listed above the inbox.
    let open: Value = app.staff_json(&kari, "/api/staff/appeals").await;
    assert_eq!(open, json!([]));
}
