//! Issue 14, words people use: the housing answers people give are accepted (and the answers of
//! applications sent before still are), and a municipality number that was divided is refused
//! with its own message instead of being sent to one of the new municipalities.

use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

async fn send(app: &TestApp, key: &str, body: &Value) -> reqwest::Response {
    app.client
        .post(format!("{}/api/applications", app.address))
        .header("Idempotency-Key", key)
        .json(body)
        .send()
        .await
        .expect("request reaches the server")
}

fn application(sleeping_tonight: &str, municipality: &str) -> Value {
    json!({
        "municipality": municipality,
        "person": {
            "name": "Amina Yusuf",
            "national_id": "55038500030",
            "phone": "+47 900 00 000",
            "email": "",
            "preferred_language": "so",
            "needs_interpreter": false
        },
        "household": { "adults": 1 },
        "income": { "amount": "240000" },
        "housing": { "kind": "rented", "monthly_cost": "9000" },
        "needs": { "sleeping_tonight": sleeping_tonight },
        "help_wanted": ["bostotte"],
        "own_words": "",
        "consent": true
    })
}

#[tokio::test]
async fn every_housing_answer_new_and_old_is_accepted_and_kept_as_sent() {
    let app = spawn_app().await;
    let answers = [
        "owns",
        "rents_municipal",
        "rents_private",
        "sublets",
        "lodging",
        "with_family",
        "with_friends",
        "temporary_accommodation",
        "reception_centre",
        "institution",
        "nowhere",
        // Sent before the answers were asked apart: still read.
        "own_home",
        "with_friends_or_family",
    ];
    for (i, answer) in answers.into_iter().enumerate() {
        let key = format!("words-key-{i:04}-abcdef");
        let response = send(&app, &key, &application(answer, "3105")).await;
        assert_eq!(response.status(), 201, "{answer}");
        let reference = response.json::<Value>().await.expect("json")["reference"]
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
        assert_eq!(stored.payload["needs"]["sleeping_tonight"], answer);
    }
}

#[tokio::test]
async fn an_unknown_housing_answer_is_refused() {
    let app = spawn_app().await;
    let response = send(
        &app,
        "words-key-bad-abcdef",
        &application("in_a_castle", "3105"),
    )
    .await;
    assert_eq!(response.status(), 422);
}

#[tokio::test]
async fn a_divided_municipality_number_is_refused_with_its_own_message() {
    let app = spawn_app().await;
    // Ålesund 1507 was divided into Ålesund 1508 and Haram 1580 on 1 January 2024.
    let response = send(
        &app,
        "words-key-1507-abcdef",
        &application("rents_private", "1507"),
    )
    .await;
    assert_eq!(response.status(), 422);
    let error: Value = response.json().await.expect("json");
    assert_eq!(error["message_id"], "error-municipality-divided");
    assert_eq!(error["field"], "municipality");
}
