//! The invitation to a meeting over real HTTP: a caseworker invites, with an interpreter; the
//! applicant reads it in the status with the receipt's secret and confirms or asks for another
//! time (saying which times suit); a new invitation replaces the old one and its reply; only a
//! caseworker of the municipality can invite; the audit log says what was arranged, never where.

use chrono::Days;
use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, spawn_app},
    staff::application,
};

impl TestApp {
    async fn reply(&self, reference: &str, secret: &str, body: &Value) -> reqwest::Response {
        self.client
            .post(format!(
                "{}/api/applications/{reference}/interview/reply",
                self.address
            ))
            .header("authorization", format!("Bearer {secret}"))
            .json(body)
            .send()
            .await
            .expect("answers")
    }

    async fn status_of(&self, reference: &str, secret: &str) -> Value {
        let response = self
            .client
            .get(format!("{}/api/applications/{reference}", self.address))
            .header("authorization", format!("Bearer {secret}"))
            .send()
            .await
            .expect("answers");
        assert_eq!(response.status(), 200);
        response.json().await.expect("json")
    }
}

fn in_days(days: u64) -> String {
    chrono::Utc::now()
        .date_naive()
        .checked_add_days(Days::new(days))
        .expect("a day")
        .to_string()
}

#[tokio::test]
async fn a_caseworker_invites_with_an_interpreter_and_the_applicant_asks_for_another_time() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    app.add_staff("ola", "caseworker", "4601").await;
    app.add_staff("desk", "front_desk", "0301").await;
    let kari = app.sign_in("kari").await;
    let receipt = app
        .submit_as("interview-key-1", &application("0301", "Amina Yusuf"), None)
        .await;
    let reference = receipt["reference"]
        .as_str()
        .expect("reference")
        .to_string();
    let secret = receipt["secret"].as_str().expect("secret").to_string();
    let path = format!("/api/staff/applications/{reference}/interview");

    // Nothing to reply to before an invitation; the status has none.
    let early = app
        .reply(&reference, &secret, &json!({ "answer": "confirmed" }))
        .await;
    assert_eq!(early.status(), 404);
    assert!(
        app.status_of(&reference, &secret)
            .await
            .get("interview")
            .is_none()
    );

    let invitation = json!({
        "date": in_days(7), "time": "9.30",
        "place": { "in_person": { "address": "Servicetorget, Rådhuset, 1. etasje" } },
        "interpreter": "ar"
    });
    // Only a caseworker of the municipality; a day gone, or a field only the server sets, is refused.
    let desk = app.sign_in("desk").await;
    assert_eq!(
        app.staff_post(&desk, &path, &invitation).await.status(),
        403
    );
    let ola = app.sign_in("ola").await;
    assert_eq!(app.staff_post(&ola, &path, &invitation).await.status(), 404);
    let mut past = invitation.clone();
    past["date"] = json!("2020-01-01");
    let refused = app.staff_post(&kari, &path, &past).await;
    assert_eq!(refused.status(), 422);
    let body: Value = refused.json().await.expect("json");
    assert_eq!(body["field"], "interview_date");
    let mut forged = invitation.clone();
    forged["invited_on"] = json!("2020-01-01");
    assert_eq!(app.staff_post(&kari, &path, &forged).await.status(), 422);

    let sent = app.staff_post(&kari, &path, &invitation).await;
    assert_eq!(sent.status(), 201);
    let sent: Value = sent.json().await.expect("json");
    assert_eq!(sent["time"], "09:30", "the time written one way");

    // The applicant reads it with the secret only.
    let status = app.status_of(&reference, &secret).await;
    assert_eq!(status["interview"]["date"], in_days(7));
    assert_eq!(status["interview"]["interpreter"], "ar");
    assert_eq!(
        status["interview"]["place"]["in_person"]["address"],
        "Servicetorget, Rådhuset, 1. etasje"
    );
    let another = json!({ "answer": "another_time", "note": "بعد الساعة ١٢ كل يوم" });
    assert_eq!(app.reply(&reference, "wrong", &another).await.status(), 404);

    // Another time needs which times suit.
    let bare = app
        .reply(&reference, &secret, &json!({ "answer": "another_time" }))
        .await;
    assert_eq!(bare.status(), 422);
    let body: Value = bare.json().await.expect("json");
    assert_eq!(body["field"], "interview_note");
    let replied = app.reply(&reference, &secret, &another).await;
    assert_eq!(replied.status(), 200);
    let replied: Value = replied.json().await.expect("json");
    assert_eq!(replied["reply"]["answer"], "another_time");

    // The caseworker reads the reply, and invites again: the new time replaces the old, and
    // its reply with it.
    let full: Value = app
        .staff_get(&kari, &format!("/api/staff/applications/{reference}"))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(full["interview"]["reply"]["note"], "بعد الساعة ١٢ كل يوم");
    // Invited: the application is being worked on, and the history says when and how.
    assert_eq!(full["status"], "in_progress");
    let date = chrono::Utc::now()
        .date_naive()
        .checked_add_days(Days::new(7))
        .expect("a day")
        .format("%d.%m.%Y")
        .to_string();
    let notes: Vec<&str> = full["status_changes"]
        .as_array()
        .expect("history")
        .iter()
        .filter_map(|c| c["note"].as_str())
        .collect();
    assert!(
        notes.contains(
            &format!("Innkalt til samtale {date} kl. 09:30 (oppmøte, tolk: ar).").as_str()
        ),
        "{notes:?}"
    );
    assert_eq!(status["status"], "in_progress");
    let video = json!({
        "date": in_days(9), "time": "13:00",
        "place": { "video": { "link": "https://video.example.no/rom/42" } },
        "interpreter": "ar"
    });
    assert_eq!(app.staff_post(&kari, &path, &video).await.status(), 201);
    let status = app.status_of(&reference, &secret).await;
    assert_eq!(status["interview"]["time"], "13:00");
    assert!(status["interview"].get("reply").is_none());
    let confirmed = app
        .reply(&reference, &secret, &json!({ "answer": "confirmed" }))
        .await;
    assert_eq!(confirmed.status(), 200);
    assert_eq!(
        app.status_of(&reference, &secret).await["interview"]["reply"]["answer"],
        "confirmed"
    );

    // Audited: what was arranged, never where, when or what the applicant wrote.
    let audit = app.storage().await.audit_log().await.expect("audit");
    let mine: Vec<_> = audit
        .iter()
        .filter(|l| l.reference.as_deref() == Some(reference.as_str()))
        .collect();
    assert!(
        mine.iter()
            .any(|l| l.action == "interview" && l.detail == "in person, interpreter ar")
    );
    assert!(
        mine.iter()
            .any(|l| l.action == "interview" && l.detail == "video, interpreter ar")
    );
    assert!(mine.iter().any(|l| l.action == "interview-reply"
        && l.detail == "another_time"
        && l.staff_id.is_none()));
    assert!(
        !audit
            .iter()
            .any(|l| l.detail.contains("Rådhuset") || l.detail.contains("١٢"))
    );

    // Deleted with the application.
    let deleted = app.staff_delete(&kari, &reference, "Trukket.").await;
    assert_eq!(deleted.status(), 204);
    assert!(
        app.storage()
            .await
            .interview(&reference)
            .await
            .expect("reads")
            .is_none()
    );
}
