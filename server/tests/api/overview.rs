//! The municipality's overview of need (issue 19) over real HTTP: a caseworker's own
//! municipality only, small counts suppressed, the same figures as CSV, every reading audited,
//! and a period it cannot use refused with the parameter named.

use chrono::Utc;
use serde_json::{Value, json};

use crate::{decisions::decision, helpers::spawn_app, staff::application};

#[tokio::test]
async fn a_caseworker_sees_their_municipality_s_need_with_small_counts_hidden() {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    app.add_staff("desk", "front_desk", "0301").await;
    let kari = app.sign_in("kari").await;
    let desk = app.sign_in("desk").await;
    let mut references = Vec::new();
    for (i, name) in ["Amal", "Berit", "Chen", "Dawit", "Eva", "Farah"]
        .iter()
        .enumerate()
    {
        let receipt = app
            .submit_as(&format!("overview-{i}"), &application("0301", name), None)
            .await;
        references.push(
            receipt["reference"]
                .as_str()
                .expect("reference")
                .to_string(),
        );
    }
    // Another municipality's application is not counted.
    app.submit_as("overview-moss", &application("3103", "Gunnar"), None)
        .await;
    let decided = app.decide(&kari, &references[0], &decision()).await;
    assert_eq!(decided.status(), 201);

    let response = app.staff_get(&kari, "/api/staff/overview").await;
    assert_eq!(response.status(), 200);
    let overview: Value = response.json().await.expect("json");
    let this_month = Utc::now().format("%Y-%m").to_string();
    assert_eq!(overview["municipality"], "0301");
    assert_eq!(overview["months"].as_array().expect("months").len(), 12);
    assert_eq!(overview["months"][11], this_month.as_str());
    assert_eq!(overview["applications"][11], 6);
    assert_eq!(overview["applications_total"], 6);
    // Every one asks for a municipal home (first of the kinds) and a deposit guarantee.
    assert_eq!(overview["by_help"][0]["key"], "municipal_rental_home");
    assert_eq!(overview["by_help"][0]["total"], 6);
    // Five still wait, all a couple with a child: a family.
    assert_eq!(overview["waiting_total"], 5);
    assert_eq!(
        overview["waiting_list"],
        json!([
            ["families_with_children", 5],
            ["adapted_home", 0],
            ["mental_health_or_substance_use", 0],
            ["other", 0]
        ])
    );
    // One decision: too few for a count or a median.
    assert_eq!(overview["decision_times"]["decided"], Value::Null);
    assert_eq!(overview["decision_times"]["median_days"], Value::Null);
    // The municipality's targets beside the figures, and its guarantee: one decision on a
    // municipal home, too few to count.
    assert_eq!(overview["targets"]["waiting_list_below"]["value"], 3);
    assert_eq!(overview["guarantee"]["months"], 6);
    assert_eq!(overview["guarantee"]["decided"], Value::Null);
    let text = overview.to_string();
    for name in ["Amal", "Berit", "15038500047", "912 34 567"] {
        assert!(!text.contains(name), "{name} in the overview");
    }

    let csv = app.staff_get(&kari, "/api/staff/overview?format=csv").await;
    assert_eq!(csv.status(), 200);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .expect("text")
            .starts_with("text/csv")
    );
    let csv = csv.text().await.expect("text");
    assert!(
        csv.starts_with("\u{FEFF}Tall,Gruppe,Måned eller periode,Verdi"),
        "{csv}"
    );
    assert!(csv.contains(&format!("Søknader,,{this_month},6")), "{csv}");
    assert!(
        csv.contains("Venteliste for kommunal utleiebolig,Barnefamilier,"),
        "{csv}"
    );
    let period = format!(
        "{}..{this_month}",
        overview["months"][0].as_str().expect("month")
    );
    assert!(
        csv.contains(&format!("Vedtak i perioden,,{period},<5")),
        "{csv}"
    );
    assert!(
        csv.contains("Mål: færre på ventelisten enn,,2020-01-01,3"),
        "{csv}"
    );
    assert!(!csv.contains("Amal"));

    let log = app.storage().await.audit_log().await.expect("log");
    assert_eq!(log.iter().filter(|l| l.action == "overview").count(), 2);

    // Only a caseworker; a period it cannot use is refused, naming the parameter.
    assert_eq!(
        app.staff_get(&desk, "/api/staff/overview").await.status(),
        403
    );
    for (query, field) in [
        ("from=2026-13", "from"),
        ("until=26-01", "until"),
        ("from=2026-05&until=2026-01", "from"),
        ("from=2020-01&until=2026-01", "from"),
        ("format=xlsx", "format"),
    ] {
        let response = app
            .staff_get(&kari, &format!("/api/staff/overview?{query}"))
            .await;
        assert_eq!(response.status(), 400, "{query}");
        let body: Value = response.json().await.expect("json");
        assert_eq!(body["field"], field, "{query}");
    }
    let chosen: Value = app
        .staff_get(&kari, "/api/staff/overview?from=2026-01&until=2026-03")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(chosen["months"], json!(["2026-01", "2026-02", "2026-03"]));
}
