//! The municipality profiles as the server serves and uses them (tests/fixtures/municipalities:
//! the national default, Oslo and Bergen, made-up values): every profile in one cacheable answer
//! with a strong ETag; the receipt saying who handles which help by the profile's routing and
//! contact; the server's recomputation resting on its own copy; and the staff member's
//! municipality's profile for the staff pages.

use rules::{
    needs::HelpKind,
    profile::{ProfileSet, Recipient},
    wire::{ApplicationStatusView, Handler, Receipt, StaffProfile},
};
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const PASSWORD: &str = "a long enough password";

/// An application to `municipality` asking for `help`, with no bed tonight when `nowhere`.
fn application(municipality: &str, help: &[&str], nowhere: bool) -> Value {
    let sleeping = if nowhere { "nowhere" } else { "rents_private" };
    json!({
        "municipality": municipality,
        "person": { "name": "Olena Kovalenko", "national_id": "55038500030",
            "phone": "912 34 567", "preferred_language": "uk" },
        "household": { "adults": 1, "children_ages": [6, 9] },
        "income": { "amount": "280000" },
        "housing": { "kind": "rented", "monthly_cost": "12500" },
        "needs": { "sleeping_tonight": sleeping },
        "help_wanted": help,
        "consent": true
    })
}

impl TestApp {
    async fn submit_for_receipt(&self, key: &str, body: &Value) -> Receipt {
        let response = self
            .client
            .post(format!("{}/api/applications", self.address))
            .header("Idempotency-Key", key)
            .json(body)
            .send()
            .await
            .expect("answers");
        let status = response.status();
        let text = response.text().await.expect("a body");
        assert_eq!(status, 201, "{text}");
        serde_json::from_str(&text).expect("a receipt")
    }

    /// A new staff account in `municipality`, signed in: its session cookie.
    async fn staff_cookie(&self, username: &str, role: &str, municipality: &str) -> String {
        husly_server::auth::create_account(
            &self.storage().await,
            username,
            PASSWORD,
            role,
            municipality,
        )
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
        let cookie = response.headers()["set-cookie"].to_str().expect("text");
        cookie.split(';').next().expect("name=value").to_string()
    }
}

/// The handler for `recipient` on a receipt.
fn handler(handled_by: &[Handler], recipient: Recipient) -> &Handler {
    handled_by
        .iter()
        .find(|h| h.recipient == recipient)
        .unwrap_or_else(|| panic!("{recipient:?} in {handled_by:?}"))
}

#[tokio::test]
async fn every_profile_comes_in_one_answer_that_a_browser_revalidates_with_its_etag() {
    let app = spawn_app().await;
    let response = app.get("/api/municipality-profiles").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-cache");
    let etag = response.headers()["etag"]
        .to_str()
        .expect("text")
        .to_string();
    assert!(
        etag.starts_with('"') && etag.ends_with('"') && etag.len() > 10,
        "a strong ETag: {etag}"
    );
    let set: ProfileSet = response.json().await.expect("a profile set");
    let mut numbers: Vec<_> = set
        .profiles
        .iter()
        .map(|p| p.municipality.as_str())
        .collect();
    numbers.sort_unstable();
    assert_eq!(numbers, ["0301", "4601", "national"]);

    let again = app
        .get_with("/api/municipality-profiles", "if-none-match", &etag)
        .await;
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"], etag.as_str());
    assert_eq!(again.headers()["cache-control"], "no-cache");
    assert!(again.bytes().await.expect("body").is_empty());

    let stale = app
        .get_with(
            "/api/municipality-profiles",
            "if-none-match",
            "\"not-this-one\"",
        )
        .await;
    assert_eq!(stale.status(), 200);
    // Everything else under /api stays out of every cache.
    assert_eq!(
        app.get("/api/version").await.headers()["cache-control"],
        "no-store"
    );
}

#[tokio::test]
async fn the_receipt_says_who_handles_each_kind_of_help_with_the_housing_office_contact() {
    let app = spawn_app().await;
    let help = ["municipal_rental_home", "deposit_guarantee", "bostotte"];
    let receipt = app
        .submit_for_receipt("oslo-routing", &application("0301", &help, false))
        .await;

    let nav = handler(&receipt.handled_by, Recipient::Nav);
    assert_eq!(nav.help, [HelpKind::DepositGuarantee]);
    assert!(nav.contact.is_none(), "the app names NAV's own contact");
    let husbanken = handler(&receipt.handled_by, Recipient::Husbanken);
    assert_eq!(husbanken.help, [HelpKind::Bostotte]);
    let office = handler(&receipt.handled_by, Recipient::HousingOffice);
    assert_eq!(office.help, [HelpKind::MunicipalRentalHome]);
    let contact = office.contact.as_ref().expect("Oslo's contact");
    assert_eq!(contact.office.value, "Boligkontoret i testbydelen");
    assert_eq!(
        contact.phone.as_ref().map(|p| p.value.as_str()),
        Some("+47 00 00 00 01")
    );
    assert_eq!(receipt.handled_by.len(), 3);

    // Read back later with the receipt: the same.
    let status: ApplicationStatusView = app
        .client
        .get(format!(
            "{}/api/applications/{}",
            app.address, receipt.reference
        ))
        .bearer_auth(&receipt.secret)
        .send()
        .await
        .expect("answers")
        .json()
        .await
        .expect("a status");
    assert_eq!(status.handled_by, receipt.handled_by);
}

#[tokio::test]
async fn a_municipality_that_routes_the_deposit_guarantee_to_its_housing_office_says_so() {
    let app = spawn_app().await;
    let help = ["municipal_rental_home", "deposit_guarantee"];
    let receipt = app
        .submit_for_receipt("bergen-routing", &application("4601", &help, false))
        .await;
    assert_eq!(receipt.handled_by.len(), 1, "{:?}", receipt.handled_by);
    let office = handler(&receipt.handled_by, Recipient::HousingOffice);
    assert_eq!(
        office.help,
        [HelpKind::MunicipalRentalHome, HelpKind::DepositGuarantee]
    );
    assert_eq!(
        office.contact.as_ref().map(|c| c.office.value.as_str()),
        Some("Bustadkontoret")
    );
}

#[tokio::test]
async fn no_bed_tonight_puts_nav_first_for_temporary_accommodation() {
    let app = spawn_app().await;
    let receipt = app
        .submit_for_receipt(
            "oslo-nowhere",
            &application("0301", &["municipal_rental_home"], true),
        )
        .await;
    let first = &receipt.handled_by[0];
    assert_eq!(first.recipient, Recipient::Nav);
    assert_eq!(first.help, [HelpKind::TemporaryAccommodation]);
}

#[tokio::test]
async fn a_municipality_without_its_own_profile_is_handled_by_the_national_default() {
    let app = spawn_app().await;
    // Stavanger (1103) has no fixture profile.
    let receipt = app
        .submit_for_receipt(
            "stavanger",
            &application("1103", &["municipal_rental_home"], false),
        )
        .await;
    let office = handler(&receipt.handled_by, Recipient::HousingOffice);
    assert_eq!(
        office.contact.as_ref().map(|c| c.office.value.as_str()),
        Some("NAV"),
        "the national default's contact"
    );
}

/// The same household in Oslo and Bergen, whose fixture criteria differ (2 and 5 years in the
/// municipality): the server's recomputation rests on each municipality's own profile.
#[tokio::test]
async fn the_server_recomputes_with_its_own_copy_of_the_municipalitys_profile() {
    let app = spawn_app().await;
    let help = ["municipal_rental_home"];
    let mut stored_profile = Vec::new();
    for (key, number) in [
        ("recompute-oslo", "0301"),
        ("recompute-bergen", "4601"),
        ("recompute-stavanger", "1103"),
    ] {
        let mut body = application(number, &help, false);
        body["needs"]["years_in_municipality"] = json!(3);
        // Whatever the client claims its estimate rested on changes nothing.
        body["estimate"] = json!({
            "date": chrono::Utc::now().date_naive(),
            "bostotte_monthly": "0",
            "startlan_max_loan": "0",
            "profile": { "municipality": "4601", "name": "Bergen", "national": false,
                "from": "2024-01-01" }
        });
        let receipt = app.submit_for_receipt(key, &body).await;
        let stored = app
            .storage()
            .await
            .application(&receipt.reference)
            .await
            .expect("reads")
            .expect("stored");
        let profile = stored
            .recomputed_estimate
            .and_then(|e| e.profile)
            .expect("the recomputation names its profile");
        stored_profile.push((profile.municipality, profile.national));
    }
    assert_eq!(
        stored_profile,
        [
            ("0301".to_string(), false),
            ("4601".to_string(), false),
            ("national".to_string(), true)
        ]
    );
}

#[tokio::test]
async fn staff_read_their_own_municipalitys_profile_and_only_when_signed_in() {
    let app = spawn_app().await;
    assert_eq!(
        app.get("/api/staff/municipality-profile").await.status(),
        401
    );
    let kari = app.staff_cookie("kari", "caseworker", "0301").await;
    let oslo: StaffProfile = app
        .get_with("/api/staff/municipality-profile", "cookie", &kari)
        .await
        .json()
        .await
        .expect("a staff profile");
    assert_eq!(oslo.municipality, "0301");
    assert_eq!(oslo.profile.municipality, "0301");
    assert!(!oslo.national);
    assert_eq!(
        oslo.in_force_from,
        Some("2024-01-01".parse().expect("date"))
    );

    let desk = app.staff_cookie("desk", "front_desk", "1103").await;
    let stavanger: StaffProfile = app
        .get_with("/api/staff/municipality-profile", "cookie", &desk)
        .await
        .json()
        .await
        .expect("a staff profile");
    assert_eq!(stavanger.municipality, "1103");
    assert!(
        stavanger.national,
        "no profile of its own: the national one"
    );
    assert_eq!(stavanger.profile.municipality, "national");
}
