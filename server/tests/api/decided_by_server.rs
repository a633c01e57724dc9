//! What only the server may decide: whether an application was made at a front desk, and the
//! estimate (urgency included) staff go by. Whatever a client sends for these changes nothing
//! staff see; the client's own estimate only flags a difference. And "the same application"
//! (an idempotent retry) is the same answers, on whatever day the retry comes.

use chrono::{Days, NaiveDate, Utc};
use rules::{application::Application, needs::Urgency, wire};
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const PASSWORD: &str = "a long enough password";

/// A resident renting privately: by the rules, no emergency.
fn application() -> Value {
    json!({
        "municipality": "0301",
        "person": { "name": "Olena Kovalenko", "national_id": "55038500030",
                    "phone": "+47 900 00 000", "preferred_language": "uk" },
        "household": { "adults": 1, "children_ages": [6, 9] },
        "income": { "amount": "280000" },
        "housing": { "kind": "rented", "monthly_cost": "12500" },
        "needs": { "sleeping_tonight": "rents_private" },
        "help_wanted": ["municipal_rental_home", "bostotte"],
        "consent": true
    })
}

/// The server's estimate of `body`'s answers for `date`, as the rules give it.
fn honest(body: &Value, date: NaiveDate) -> rules::application::EstimateSummary {
    crate::helpers::recomputed(
        &serde_json::from_value::<Application>(body.clone()).expect("the fixture parses"),
        date,
    )
}

impl TestApp {
    async fn send(&self, key: &str, body: &Value, cookie: Option<&str>) -> reqwest::Response {
        let mut request = self
            .client
            .post(format!("{}/api/applications", self.address))
            .header("Idempotency-Key", key)
            .json(body);
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        request.send().await.expect("answers")
    }

    /// A new account of `role` in Oslo, signed in: its session cookie.
    async fn signed_in(&self, username: &str, role: &str) -> String {
        husly_server::auth::create_account(&self.storage().await, username, PASSWORD, role, "0301")
            .await
            .expect("account");
        let response = self
            .client
            .post(format!("{}/api/staff/login", self.address))
            .json(&json!({ "username": username, "password": PASSWORD }))
            .send()
            .await
            .expect("answers");
        assert_eq!(response.status(), 200);
        response.headers()["set-cookie"]
            .to_str()
            .expect("text")
            .split(';')
            .next()
            .expect("name=value")
            .to_string()
    }

    /// The first page of the inbox, read as the shared type.
    async fn inbox_lines(&self, cookie: &str) -> Vec<wire::InboxLine> {
        let page: wire::InboxPage = self
            .get_with("/api/staff/applications", "cookie", cookie)
            .await
            .json()
            .await
            .expect("the inbox reads as the shared type");
        page.lines
    }

    async fn full(&self, cookie: &str, reference: &str) -> wire::FullApplication {
        self.get_with(
            &format!("/api/staff/applications/{reference}"),
            "cookie",
            cookie,
        )
        .await
        .json()
        .await
        .expect("the application reads as the shared type")
    }
}

async fn reference(response: reqwest::Response) -> String {
    response
        .json::<wire::Receipt>()
        .await
        .expect("a receipt")
        .reference
}

#[tokio::test]
async fn a_resident_saying_on_behalf_is_not_shown_as_made_at_the_front_desk() {
    let app = spawn_app().await;
    let kari = app.signed_in("kari", "caseworker").await;
    let desk = app.signed_in("desk", "front_desk").await;
    let mut body = application();
    body["on_behalf"] = json!(true);

    let response = app.send("resident-says-desk", &body, None).await;
    assert_eq!(response.status(), 201);
    let by_resident = reference(response).await;
    let stored = app
        .storage()
        .await
        .application(&by_resident)
        .await
        .expect("reads")
        .expect("stored");
    assert_eq!(
        stored.payload["on_behalf"], false,
        "stored as the server decided"
    );
    assert_eq!(stored.created_by_staff, None);

    // The front desk's own, for contrast: the same body, through its session.
    body["on_behalf"] = json!(false);
    let response = app.send("desk-makes-it", &body, Some(&desk)).await;
    assert_eq!(response.status(), 201);
    let by_desk = reference(response).await;

    let inbox = app.inbox_lines(&kari).await;
    let line = |r: &str| inbox.iter().find(|l| l.reference == r).expect("listed");
    assert!(!line(&by_resident).on_behalf);
    assert!(line(&by_desk).on_behalf);
    assert!(!app.full(&kari, &by_resident).await.application.on_behalf);
    assert!(app.full(&kari, &by_desk).await.application.on_behalf);
    // A front desk sees only what it made: the resident's claim gives it nothing.
    let desk_inbox = app.inbox_lines(&desk).await;
    assert_eq!(desk_inbox.len(), 1);
    assert_eq!(desk_inbox[0].reference, by_desk);
}

#[tokio::test]
async fn a_forged_urgency_and_figures_change_nothing_staff_see() {
    let app = spawn_app().await;
    let kari = app.signed_in("kari", "caseworker").await;
    let today = Utc::now().date_naive();
    let body = application();
    let honest = honest(&body, today);
    assert_ne!(honest.urgency, Some(Urgency::Emergency), "{honest:?}");

    let mut forged = honest.clone();
    forged.urgency = Some(Urgency::Emergency);
    forged.bostotte_monthly += rust_decimal::Decimal::from(5000);
    let mut sent = body.clone();
    sent["estimate"] = serde_json::to_value(&forged).expect("json");
    let reference = reference(app.send("forged-estimate", &sent, None).await).await;

    let inbox = app.inbox_lines(&kari).await;
    assert_eq!(inbox[0].reference, reference);
    assert_eq!(inbox[0].urgency, honest.urgency, "the server's urgency");
    assert!(inbox[0].estimate_differs);
    let full = app.full(&kari, &reference).await;
    assert_eq!(full.recomputed_estimate, Some(honest));
    assert!(full.estimate_differs);
    // Kept only to explain the difference.
    assert_eq!(full.application.estimate, Some(forged));
}

#[tokio::test]
async fn an_estimate_dated_long_ago_is_not_taken_as_current() {
    let app = spawn_app().await;
    let kari = app.signed_in("kari", "caseworker").await;
    let today = Utc::now().date_naive();
    let body = application();
    let honest = honest(&body, today);
    // Today's figures, but for a day in 2024, and an urgency the answers do not give.
    let mut old = honest.clone();
    old.date = NaiveDate::from_ymd_opt(2024, 3, 1).expect("a date");
    old.urgency = Some(Urgency::High);
    let mut sent = body.clone();
    sent["estimate"] = serde_json::to_value(&old).expect("json");
    let reference = reference(app.send("old-estimate", &sent, None).await).await;

    let full = app.full(&kari, &reference).await;
    let recomputed = full.recomputed_estimate.expect("the server's estimate");
    assert_eq!(recomputed.date, today, "computed for today, not for 2024");
    assert_eq!(recomputed, honest);
    assert!(full.estimate_differs);
    assert_eq!(app.inbox_lines(&kari).await[0].urgency, honest.urgency);
}

#[tokio::test]
async fn a_retry_the_next_day_is_still_one_application() {
    let app = spawn_app().await;
    let today = Utc::now().date_naive();
    let yesterday = today.checked_sub_days(Days::new(1)).expect("a date");
    let body = application();

    // Sent late one evening; the answer was lost. The device retries after midnight with the
    // same key and answers, its estimate now dated the new day (and, tampered or not, another
    // word on "on behalf", which is not the resident's to say).
    let mut first = body.clone();
    first["estimate"] = serde_json::to_value(honest(&body, yesterday)).expect("json");
    let response = app.send("late-evening-key", &first, None).await;
    assert_eq!(response.status(), 201);
    let made = reference(response).await;

    let mut retry = body.clone();
    retry["estimate"] = serde_json::to_value(honest(&body, today)).expect("json");
    retry["on_behalf"] = json!(true);
    let response = app.send("late-evening-key", &retry, None).await;
    assert_eq!(response.status(), 200);
    assert_eq!(reference(response).await, made);
    assert_eq!(app.application_count().await, 1);

    // Other answers under the same key are still another application: refused.
    let mut changed = retry.clone();
    changed["own_words"] = json!("Noe mer å si.");
    assert_eq!(
        app.send("late-evening-key", &changed, None).await.status(),
        409
    );
    assert_eq!(app.application_count().await, 1);
}
