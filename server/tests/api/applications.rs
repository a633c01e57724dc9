//! POST /api/applications: stored once, validated by the rules crate, retried safely.

use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

fn application() -> Value {
    json!({
        "municipality": "3105",
        "person": {
            "name": "Olena Kovalenko",
            "national_id": "55038500030",
            "phone": "+47 900 00 000",
            "email": "",
            "preferred_language": "uk",
            "needs_interpreter": true
        },
        "household": { "adults": 1, "children_ages": [6, 9] },
        "income": { "amount": "280000" },
        "housing": { "kind": "rented", "monthly_cost": "12500" },
        "help_wanted": ["municipal_rental_home", "bostotte"],
        "own_words": "Leiekontrakten går ut i mars. Barna går på skole her, vi vil gjerne bli i nærheten.",
        "consent": true
    })
}

impl TestApp {
    /// The row stored for a 201 answer's reference.
    async fn stored(
        &self,
        response: reqwest::Response,
    ) -> husly_server::storage::StoredApplication {
        let reference = response.json::<Value>().await.expect("json")["reference"]
            .as_str()
            .expect("reference")
            .to_string();
        self.storage()
            .await
            .application(&reference)
            .await
            .expect("reads")
            .expect("stored")
    }

    async fn submit(&self, key: Option<&str>, body: &Value) -> reqwest::Response {
        let mut request = self
            .client
            .post(format!("{}/api/applications", self.address))
            .json(body);
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        request.send().await.expect("request reaches the server")
    }
}

#[tokio::test]
async fn a_valid_application_is_stored_and_gets_a_reference() {
    let app = spawn_app().await;
    let response = app.submit(Some("key-0001-abcdef"), &application()).await;
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body: Value = response.json().await.expect("json");
    let reference = body["reference"].as_str().expect("a reference");
    assert!(
        reference.starts_with("HUS-") && reference.len() == 15,
        "{reference}"
    );
    assert_eq!(body["status"], "received");
    let storage = app.storage().await;
    assert_eq!(storage.application_count().await.expect("count"), 1);

    // The row: everything but the national id in the payload; the national id sealed apart,
    // opening to the number sent only with the server's key.
    let stored = storage
        .application(reference)
        .await
        .expect("reads")
        .expect("stored");
    assert_eq!(stored.status, rules::wire::ApplicationStatus::Received);
    assert_eq!(stored.municipality, "3105");
    assert_eq!(stored.payload["person"]["name"], "Olena Kovalenko");
    assert_eq!(stored.payload["person"]["national_id"], "");
    assert!(!stored.payload.to_string().contains("55038500030"));
    let sealed = stored.national_id_sealed.expect("sealed");
    assert!(!sealed.windows(11).any(|w| w == b"55038500030"));
    assert_eq!(
        app.secrets().open_national_id(&sealed).expect("opens"),
        "55038500030"
    );
}

#[tokio::test]
async fn the_receipt_secret_reads_the_status_and_nothing_else_does() {
    let app = spawn_app().await;
    let receipt: Value = app
        .submit(Some("status-key-0001"), &application())
        .await
        .json()
        .await
        .expect("json");
    let reference = receipt["reference"].as_str().expect("reference");
    let secret = receipt["secret"].as_str().expect("secret");
    assert_eq!(secret.len(), 27);
    let path = format!("/api/applications/{reference}");

    let response = app
        .get_with(&path, "authorization", &format!("Bearer {secret}"))
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let status: Value = response.json().await.expect("json");
    assert_eq!(status["reference"], reference);
    assert_eq!(status["status"], "received");
    assert_eq!(
        status["received_on"],
        chrono::Utc::now().date_naive().to_string()
    );
    assert!(
        status.get("person").is_none(),
        "the status says nothing personal"
    );

    // No secret, a wrong one, or another reference: the same 404, so nothing can be probed.
    let other = app
        .submit(Some("status-key-0002"), &application())
        .await
        .json::<Value>()
        .await
        .expect("json");
    for (path, header) in [
        (path.clone(), None),
        (
            path.clone(),
            Some("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAA".to_string()),
        ),
        (path.clone(), Some(secret.to_string())),
        (
            format!(
                "/api/applications/{}",
                other["reference"].as_str().expect("reference")
            ),
            Some(format!("Bearer {secret}")),
        ),
        (
            "/api/applications/HUS-00000-00000".to_string(),
            Some(format!("Bearer {secret}")),
        ),
    ] {
        let response = match &header {
            Some(value) => app.get_with(&path, "authorization", value).await,
            None => app.get(&path).await,
        };
        assert_eq!(response.status(), 404, "{path} {header:?}");
        let body: Value = response.json().await.expect("json");
        assert_eq!(body["message_id"], "error-application-not-found");
    }
}

#[tokio::test]
async fn a_retry_with_the_same_key_gives_the_same_reference_and_no_second_row() {
    let app = spawn_app().await;
    let first: Value = app
        .submit(Some("retry-key-42"), &application())
        .await
        .json()
        .await
        .expect("json");
    let again = app.submit(Some("retry-key-42"), &application()).await;
    assert_eq!(again.status(), 200);
    let again: Value = again.json().await.expect("json");
    assert_eq!(first["reference"], again["reference"]);
    assert_eq!(
        first["secret"], again["secret"],
        "a retry gets the same receipt"
    );
    assert_eq!(app.application_count().await, 1);
}

#[tokio::test]
async fn a_key_reused_for_another_application_is_a_conflict() {
    let app = spawn_app().await;
    app.submit(Some("shared-key-1"), &application()).await;
    let mut other = application();
    other["own_words"] = json!("Noe helt annet.");
    let response = app.submit(Some("shared-key-1"), &other).await;
    assert_eq!(response.status(), 409);
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["message_id"], "error-idempotency-conflict");
    assert_eq!(app.application_count().await, 1);
}

#[tokio::test]
async fn invalid_applications_are_refused_with_a_message_id_and_never_stored() {
    let app = spawn_app().await;
    // (what, where in the JSON, the wrong value, the message id, the field reported)
    let cases = [
        (
            "wrong control digits",
            "/person/national_id",
            json!("55038500031"),
            "error-invalid-national-id",
            Some("person.national_id"),
        ),
        (
            "no name",
            "/person/name",
            json!("  "),
            "error-required",
            Some("person.name"),
        ),
        (
            "no consent",
            "/consent",
            json!(false),
            "error-required",
            Some("consent"),
        ),
        (
            "no help wanted",
            "/help_wanted",
            json!([]),
            "error-required",
            Some("help_wanted"),
        ),
        (
            "no way to reach them",
            "/person/phone",
            json!(""),
            "error-required",
            Some("person.contact"),
        ),
        (
            "a phone number too short to be one",
            "/person/phone",
            json!("900 00"),
            "error-invalid-phone",
            Some("person.phone"),
        ),
        (
            "an e-mail address without a domain",
            "/person/email",
            json!("olena@"),
            "error-invalid-email",
            Some("person.email"),
        ),
        (
            "negative rent",
            "/housing/monthly_cost",
            json!("-1"),
            "error-negative-amount",
            Some("monthly_cost"),
        ),
        (
            "unknown municipality",
            "/municipality",
            json!("9999"),
            "error-unknown-municipality",
            Some("municipality"),
        ),
        (
            "a wrong type",
            "/household/adults",
            json!("two"),
            "error-invalid-input",
            None,
        ),
        (
            "a control character",
            "/own_words",
            json!("a\u{0007}b"),
            "error-invalid-text",
            Some("own_words"),
        ),
    ];
    for (i, (what, pointer, wrong, message_id, field)) in cases.into_iter().enumerate() {
        let mut body = application();
        *body.pointer_mut(pointer).expect("the field exists") = wrong;
        let response = app
            .submit(Some(&format!("invalid-case-{i:04}")), &body)
            .await;
        assert_eq!(response.status(), 422, "{what}");
        let error: Value = response.json().await.expect("json");
        assert_eq!(error["message_id"], message_id, "{what}");
        assert_eq!(error["field"].as_str(), field, "{what}");
    }
    assert_eq!(app.application_count().await, 0);
}

#[tokio::test]
async fn a_body_that_is_not_json_gets_a_message_id_not_an_echo() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(format!("{}/api/applications", app.address))
        .header("Idempotency-Key", "not-json-key-1")
        .header("content-type", "application/json")
        .body("{\"person\": \"15038500047\"")
        .send()
        .await
        .expect("reaches");
    assert_eq!(response.status(), 422);
    let text = response.text().await.expect("body");
    assert!(
        !text.contains("15038500047"),
        "the input must not be echoed: {text}"
    );
    let body: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(body["message_id"], "error-invalid-input");
}

#[tokio::test]
async fn an_application_without_an_idempotency_key_is_refused() {
    let app = spawn_app().await;
    for key in [None, Some("short"), Some("has space in it")] {
        let response = app.submit(key, &application()).await;
        assert_eq!(response.status(), 400, "{key:?}");
        let body: Value = response.json().await.expect("json");
        assert_eq!(body["message_id"], "error-idempotency-key");
    }
}

#[tokio::test]
async fn an_oversized_body_is_refused_before_it_is_read() {
    let app = spawn_app().await;
    let mut body = application();
    body["own_words"] = json!("x".repeat(300 * 1024));
    let response = app.submit(Some("big-body-key-1"), &body).await;
    assert_eq!(response.status(), 413);
}

#[tokio::test]
async fn the_server_recomputes_the_estimate_and_flags_a_difference() {
    let app = spawn_app().await;
    let today = chrono::Utc::now().date_naive();
    let parsed: rules::application::Application =
        serde_json::from_value(application()).expect("the fixture parses");
    let honest = crate::helpers::recomputed(&parsed, today);
    assert!(
        honest.bostotte_monthly > rust_decimal::Decimal::ZERO,
        "{honest:?}"
    );

    let mut body = application();
    body["estimate"] = serde_json::to_value(&honest).expect("json");
    let reference = app
        .submit(Some("estimate-key-1"), &body)
        .await
        .json::<Value>()
        .await
        .expect("json")["reference"]
        .as_str()
        .expect("reference")
        .to_string();
    let stored = app
        .storage()
        .await
        .application(&reference)
        .await
        .expect("reads")
        .expect("stored");
    assert!(!stored.estimate_differs);
    assert_eq!(stored.recomputed_estimate.as_ref(), Some(&honest));
    assert_eq!(
        stored.payload["estimate"],
        serde_json::to_value(&honest).expect("json")
    );

    // A figure the rules do not give (an old app version, a tampered request): stored, flagged.
    let mut tampered = honest.clone();
    tampered.bostotte_monthly += rust_decimal::Decimal::from(1000);
    body["estimate"] = serde_json::to_value(&tampered).expect("json");
    let response = app.submit(Some("estimate-key-2"), &body).await;
    assert_eq!(response.status(), 201);
    let stored = app.stored(response).await;
    assert!(stored.estimate_differs);
    assert_eq!(stored.recomputed_estimate, Some(honest));
}

#[tokio::test]
async fn concurrent_retries_of_one_submission_make_one_row() {
    let app = spawn_app().await;
    let body = application();
    let sends = (0..16).map(|_| app.submit(Some("same-key-everywhere"), &body));
    let responses = futures::future::join_all(sends).await;
    let mut created = 0;
    let mut references = std::collections::BTreeSet::new();
    for response in responses {
        match response.status().as_u16() {
            201 => created += 1,
            200 => {}
            other => panic!("unexpected status {other}"),
        }
        let receipt: Value = response.json().await.expect("json");
        references.insert(
            receipt["reference"]
                .as_str()
                .expect("reference")
                .to_string(),
        );
    }
    assert_eq!(created, 1);
    assert_eq!(references.len(), 1);
    assert_eq!(app.application_count().await, 1);
}

#[tokio::test]
async fn a_client_sending_too_many_applications_is_told_to_wait() {
    let app = crate::helpers::spawn_app_configured(|c| c.submissions_per_minute = 3).await;
    for i in 0..3 {
        let response = app
            .submit(Some(&format!("limited-key-{i}")), &application())
            .await;
        assert_eq!(response.status(), 201);
    }
    let response = app.submit(Some("limited-key-3"), &application()).await;
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "60");
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["message_id"], "error-too-many-requests");
    assert_eq!(app.application_count().await, 3);
}

#[tokio::test]
async fn a_misspelt_field_is_refused_with_its_name_and_never_stored() {
    let app = spawn_app().await;
    for (path, value, field) in [
        ("/household/coupel", json!(true), "coupel"),
        ("/wealth", json!("10"), "wealth"),
        (
            "/income/persons",
            json!([{ "amount": "1", "soruce": "pension" }]),
            "soruce",
        ),
    ] {
        let mut body = application();
        if path == "/income/persons" {
            body["income"] = json!({ "persons": value });
        } else {
            let (parent, key) = path.rsplit_once('/').expect("a path");
            let target = if parent.is_empty() {
                &mut body
            } else {
                body.pointer_mut(parent).expect("parent exists")
            };
            target[key] = value;
        }
        let response = app.submit(Some("key-misspelt-0001"), &body).await;
        assert_eq!(response.status(), 422, "{path}");
        let answer: Value = response.json().await.expect("json");
        assert_eq!(answer["message_id"], "error-invalid-input", "{path}");
        assert_eq!(answer["field"], field, "{path}");
    }
    let storage = app.storage().await;
    assert_eq!(storage.application_count().await.expect("count"), 0);
}

#[tokio::test]
async fn two_earners_and_their_debts_are_stored_and_rerun() {
    let app = spawn_app().await;
    let mut body = application();
    body["household"] = json!({ "adults": 2, "couple": true, "children_ages": [6] });
    body["income"] = json!({ "persons": [
        { "amount": "380000" },
        { "amount": "18000", "period": "month", "basis": "net", "source": "benefit" }
    ] });
    body["fixed_costs"] =
        json!({ "student_loan": { "monthly": "1200" }, "consumer_debt": { "balance": "40000" } });
    let response = app.submit(Some("key-two-earners-01"), &body).await;
    assert_eq!(response.status(), 201);
    let stored = app.stored(response).await;
    assert_eq!(stored.payload["income"]["persons"][1]["source"], "benefit");
    assert_eq!(
        stored.payload["fixed_costs"]["student_loan"]["monthly"],
        "1200"
    );
}
