//! Documents over real HTTP: the applicant (with the receipt's secret) reads the checklist,
//! starts a document and sends it in parts, resumes after a lost part from where the server
//! says, is refused what is not a PDF, JPEG or PNG by its content (a HEIC photo with its own
//! message), and removes one; the bytes are sealed at rest; staff who may see the application
//! download it (audited, never runnable in the page) and others cannot; the limits hold; all of
//! it goes with the application.

use rules::documents::{MAX_BYTES, MAX_DOCUMENTS, PART_BYTES};
use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, spawn_app},
    staff::application,
};

struct Holder {
    reference: String,
    secret: String,
}

impl TestApp {
    async fn documents_call(
        &self,
        method: reqwest::Method,
        holder: &Holder,
        tail: &str,
    ) -> reqwest::RequestBuilder {
        self.client
            .request(
                method,
                format!(
                    "{}/api/applications/{}/documents{tail}",
                    self.address, holder.reference
                ),
            )
            .header("authorization", format!("Bearer {}", holder.secret))
    }

    async fn start_document(&self, holder: &Holder, kind: &str, size: u64) -> reqwest::Response {
        self.documents_call(reqwest::Method::POST, holder, "")
            .await
            .json(&json!({ "kind": kind, "size": size }))
            .send()
            .await
            .expect("answers")
    }

    async fn send_part(
        &self,
        holder: &Holder,
        id: &str,
        start: usize,
        bytes: &[u8],
    ) -> reqwest::Response {
        self.documents_call(
            reqwest::Method::PUT,
            holder,
            &format!("/{id}/parts/{start}"),
        )
        .await
        .header("content-type", "application/octet-stream")
        .body(bytes.to_vec())
        .send()
        .await
        .expect("answers")
    }

    async fn list_documents(&self, holder: &Holder) -> Value {
        let response = self
            .documents_call(reqwest::Method::GET, holder, "")
            .await
            .send()
            .await
            .expect("answers");
        assert_eq!(response.status(), 200);
        response.json().await.expect("json")
    }
}

/// A PDF of `len` bytes: its magic, then filler.
fn pdf(len: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    bytes.extend((0..len - bytes.len()).map(|i| (i % 251) as u8));
    bytes
}

async fn applied(app: &TestApp, key: &str) -> Holder {
    let receipt = app
        .submit_as(key, &application("0301", "Amina Yusuf"), None)
        .await;
    Holder {
        reference: receipt["reference"].as_str().expect("reference").into(),
        secret: receipt["secret"].as_str().expect("secret").into(),
    }
}

#[tokio::test]
async fn a_document_goes_in_parts_resumes_where_the_server_says_and_staff_download_it_sealed_at_rest()
 {
    let app = spawn_app().await;
    app.add_staff("kari", "caseworker", "0301").await;
    app.add_staff("ola", "caseworker", "4601").await;
    let kari = app.sign_in("kari").await;
    let ola = app.sign_in("ola").await;
    let holder = applied(&app, "documents-key-1").await;

    // The checklist is what the help applied for asks for; nothing attached yet.
    let listed = app.list_documents(&holder).await;
    assert_eq!(
        listed["checklist"],
        json!(["id", "income", "lease", "lease_offer"])
    );
    assert_eq!(listed["documents"], json!([]));

    // A wrong secret reads nothing and starts nothing.
    let stranger = Holder {
        reference: holder.reference.clone(),
        secret: "AAAAAAAAAAAAAAAAAAAAAAAAAAA".into(),
    };
    let response = app
        .documents_call(reqwest::Method::GET, &stranger, "")
        .await
        .send()
        .await
        .expect("answers");
    assert_eq!(response.status(), 404);
    assert_eq!(
        app.start_document(&stranger, "lease", 10).await.status(),
        404
    );

    // Three parts: two whole, one short.
    let content = pdf(2 * PART_BYTES + 1000);
    let started = app
        .start_document(&holder, "lease", content.len() as u64)
        .await;
    assert_eq!(started.status(), 201);
    let started: Value = started.json().await.expect("json");
    let id = started["id"].as_str().expect("id").to_string();
    assert_eq!(started["received"], 0);

    let first = app.send_part(&holder, &id, 0, &content[..PART_BYTES]).await;
    assert_eq!(first.status(), 200);
    let first: Value = first.json().await.expect("json");
    assert_eq!(first["received"], PART_BYTES);
    assert_eq!(first["media_type"], "application/pdf");

    // The connection dropped after the second part reached the server: the retry of it is
    // refused, and the list says where to go on.
    let second = &content[PART_BYTES..2 * PART_BYTES];
    assert_eq!(
        app.send_part(&holder, &id, PART_BYTES, second)
            .await
            .status(),
        200
    );
    assert_eq!(
        app.send_part(&holder, &id, PART_BYTES, second)
            .await
            .status(),
        409
    );
    let listed = app.list_documents(&holder).await;
    assert_eq!(listed["documents"][0]["received"], 2 * PART_BYTES);
    // A part larger than a part, or past the size, is refused.
    assert_eq!(
        app.send_part(&holder, &id, 2 * PART_BYTES, &vec![0; PART_BYTES + 1])
            .await
            .status(),
        413
    );
    assert_eq!(
        app.send_part(&holder, &id, 2 * PART_BYTES, &vec![0; 1001])
            .await
            .status(),
        400
    );
    let last = app
        .send_part(&holder, &id, 2 * PART_BYTES, &content[2 * PART_BYTES..])
        .await;
    assert_eq!(last.status(), 200);
    let last: Value = last.json().await.expect("json");
    assert_eq!(last["received"], content.len());

    // At rest, nothing of the content is in clear.
    let storage = app.storage().await;
    let parts = storage.document_parts(&id).await.expect("parts");
    assert_eq!(parts.len(), 3);
    let samples = [
        &content[..9],
        &content[1000..1032],
        &content[PART_BYTES + 5..PART_BYTES + 37],
    ];
    assert!(parts.iter().all(|(_, sealed)| {
        samples
            .iter()
            .all(|sample| !sealed.windows(sample.len()).any(|w| w == *sample))
    }));

    // A caseworker of the municipality sees it on the application and downloads it whole, as a
    // file to save, never a page to run.
    let full: Value = app
        .staff_get(
            &kari,
            &format!("/api/staff/applications/{}", holder.reference),
        )
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(full["documents"][0]["id"], id.as_str());
    let path = format!(
        "/api/staff/applications/{}/documents/{id}",
        holder.reference
    );
    let download = app.staff_get(&kari, &path).await;
    assert_eq!(download.status(), 200);
    let headers = download.headers().clone();
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    let disposition = headers["content-disposition"].to_str().expect("text");
    assert!(
        disposition.starts_with(&format!(
            "attachment; filename=\"{}-lease-",
            holder.reference
        )),
        "{disposition}"
    );
    assert!(
        headers["content-security-policy"]
            .to_str()
            .expect("text")
            .contains("sandbox")
    );
    assert_eq!(download.bytes().await.expect("bytes").as_ref(), content);

    // Another municipality's caseworker gets "not found"; the reading is audited by kind only.
    assert_eq!(app.staff_get(&ola, &path).await.status(), 404);
    let audit = storage.audit_log().await.expect("audit");
    let mine: Vec<_> = audit
        .iter()
        .filter(|l| l.reference.as_deref() == Some(holder.reference.as_str()))
        .collect();
    assert!(
        mine.iter()
            .any(|l| l.action == "document" && l.detail == "lease application/pdf")
    );
    assert!(
        mine.iter()
            .any(|l| l.action == "document-read" && l.detail == "lease")
    );

    // Deleted with the application: the document and every part.
    let deleted = app.staff_delete(&kari, &holder.reference, "Trukket.").await;
    assert_eq!(deleted.status(), 204);
    assert!(
        storage
            .document(&holder.reference, &id)
            .await
            .expect("reads")
            .is_none()
    );
    assert!(storage.document_parts(&id).await.expect("parts").is_empty());
}

#[tokio::test]
async fn a_file_is_taken_for_its_content_and_the_limits_hold() {
    let app = spawn_app().await;
    let holder = applied(&app, "documents-key-2").await;
    let refusal = |response: reqwest::Response| async move {
        assert_eq!(response.status(), 422);
        let body: Value = response.json().await.expect("json");
        assert_eq!(body["field"], "document");
        body["message_id"].as_str().expect("id").to_string()
    };

    // Sizes: none, and over the limit.
    assert_eq!(
        refusal(app.start_document(&holder, "income", 0).await).await,
        "error-document-empty"
    );
    assert_eq!(
        refusal(app.start_document(&holder, "income", MAX_BYTES + 1).await).await,
        "error-document-too-large"
    );
    // An unknown kind is named.
    let unknown = app.start_document(&holder, "passport_scan", 10).await;
    assert_eq!(unknown.status(), 422);

    // A text named whatever, an HTML page, a HEIC photo: refused at the first part.
    for (bytes, message) in [
        (
            b"Dear municipality, here is my lease".to_vec(),
            "error-document-type",
        ),
        (
            b"<html><script>alert(1)</script></html>".to_vec(),
            "error-document-type",
        ),
        (
            b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec(),
            "error-document-heic",
        ),
    ] {
        let started: Value = app
            .start_document(&holder, "income", bytes.len() as u64)
            .await
            .json()
            .await
            .expect("json");
        let id = started["id"].as_str().expect("id");
        assert_eq!(
            refusal(app.send_part(&holder, id, 0, &bytes).await).await,
            message
        );
        // Nothing kept of it, and it can be removed.
        assert!(
            app.storage()
                .await
                .document_parts(id)
                .await
                .expect("parts")
                .is_empty()
        );
        let removed = app
            .documents_call(reqwest::Method::DELETE, &holder, &format!("/{id}"))
            .await
            .send()
            .await
            .expect("answers");
        assert_eq!(removed.status(), 204);
    }
    assert_eq!(app.list_documents(&holder).await["documents"], json!([]));

    // A PNG and a JPEG are taken.
    for (bytes, media) in [
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "image/png"),
        (
            vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F'],
            "image/jpeg",
        ),
    ] {
        let started: Value = app
            .start_document(&holder, "id", bytes.len() as u64)
            .await
            .json()
            .await
            .expect("json");
        let id = started["id"].as_str().expect("id");
        let kept: Value = app
            .send_part(&holder, id, 0, &bytes)
            .await
            .json()
            .await
            .expect("json");
        assert_eq!(kept["media_type"], media);
    }

    // At most MAX_DOCUMENTS on one application.
    for _ in 2..MAX_DOCUMENTS {
        assert_eq!(app.start_document(&holder, "other", 10).await.status(), 201);
    }
    assert_eq!(
        refusal(app.start_document(&holder, "other", 10).await).await,
        "error-document-too-many"
    );
    // Another holder's document is not found under this receipt.
    let other = applied(&app, "documents-key-3").await;
    let theirs: Value = app
        .start_document(&other, "id", 10)
        .await
        .json()
        .await
        .expect("json");
    let theirs = theirs["id"].as_str().expect("id");
    assert_eq!(
        app.send_part(&holder, theirs, 0, &pdf(10)).await.status(),
        404
    );
}

#[tokio::test]
async fn a_front_desk_attaches_for_the_walk_in_it_applied_for_and_no_one_else() {
    let app = spawn_app().await;
    app.add_staff("desk", "front_desk", "0301").await;
    app.add_staff("desk2", "front_desk", "0301").await;
    app.add_staff("kari", "caseworker", "0301").await;
    let desk = app.sign_in("desk").await;
    let desk2 = app.sign_in("desk2").await;
    let kari = app.sign_in("kari").await;
    let receipt = app
        .submit_as(
            "documents-key-desk",
            &application("0301", "Amina Yusuf"),
            Some(&desk),
        )
        .await;
    let reference = receipt["reference"].as_str().expect("reference");
    let base = format!("/api/staff/applications/{reference}/documents");

    // The other front desk does not see the application, so cannot attach to it.
    let refused = app
        .staff_post(&desk2, &base, &json!({ "kind": "income", "size": 20 }))
        .await;
    assert_eq!(refused.status(), 404);
    // Without the session's CSRF token, nothing.
    let forged = app
        .client
        .post(format!("{}{base}", app.address))
        .header("cookie", &desk.cookie)
        .json(&json!({ "kind": "income", "size": 20 }))
        .send()
        .await
        .expect("answers");
    assert_eq!(forged.status(), 403);

    let started = app
        .staff_post(&desk, &base, &json!({ "kind": "income", "size": 20 }))
        .await;
    assert_eq!(started.status(), 201);
    let started: Value = started.json().await.expect("json");
    let id = started["id"].as_str().expect("id");
    let content = pdf(20);
    let sent = app
        .client
        .put(format!("{}{base}/{id}/parts/0", app.address))
        .header("cookie", &desk.cookie)
        .header("x-csrf-token", &desk.csrf)
        .body(content.clone())
        .send()
        .await
        .expect("answers");
    assert_eq!(sent.status(), 200);
    // Listed with the checklist, for the desk; the caseworker downloads it.
    let listed: Value = app
        .staff_get(&desk, &base)
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(listed["documents"][0]["received"], 20);
    assert_eq!(listed["checklist"][0], "id");
    let download = app.staff_get(&kari, &format!("{base}/{id}")).await;
    assert_eq!(download.status(), 200);
    assert_eq!(download.bytes().await.expect("bytes").as_ref(), content);
    // Audited with the front desk's id.
    let audit = app.storage().await.audit_log().await.expect("audit");
    assert!(audit.iter().any(|l| l.action == "document"
        && l.reference.as_deref() == Some(reference)
        && l.staff_id.is_some()));
}

/// Documents started at once on many applications, as phones do: each is kept. On SQLite a
/// transaction that read (the count) and then wrote was refused "database is locked" at once
/// when another had written meanwhile (seen as a 500 in a full test run); write transactions
/// now take the write lock when they begin, and wait for it.
#[tokio::test]
async fn documents_started_at_once_on_many_applications_are_all_kept() {
    let app = spawn_app().await;
    let mut holders = Vec::new();
    for i in 0..12 {
        holders.push(applied(&app, &format!("documents-at-once-{i}")).await);
    }
    for _round in 0..3 {
        let started = futures::future::join_all(
            holders
                .iter()
                .map(|holder| app.start_document(holder, "id", 1000)),
        )
        .await;
        let statuses: Vec<u16> = started.iter().map(|r| r.status().as_u16()).collect();
        assert!(statuses.iter().all(|s| *s == 201), "{statuses:?}");
    }
}
