//! The staff pages' calls to `/api/staff`: the session cookie goes along by itself (same
//! origin); every change carries the session's CSRF token.

use gloo_net::http::{Request, Response};
use serde::{Deserialize, Serialize, de::DeserializeOwned};

/// Who is signed in.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Me {
    pub username: String,
    pub role: String,
    pub municipality: String,
    pub csrf_token: String,
}

/// One line of the inbox.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct InboxLine {
    pub reference: String,
    pub received_at: String,
    pub status: String,
    pub municipality: String,
    pub name: String,
    #[serde(default)]
    pub help_wanted: Vec<rules::needs::HelpKind>,
    #[serde(default)]
    pub urgency: Option<rules::needs::Urgency>,
    pub on_behalf: bool,
    pub estimate_differs: bool,
}

/// One page of the inbox: its lines, how many applications the filters cover in all, and where
/// the next page starts (none on the last).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct InboxPage {
    pub lines: Vec<InboxLine>,
    pub total: u64,
    pub next: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StatusChange {
    pub at: String,
    pub status: String,
    pub note: String,
}

/// One application in full.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Full {
    pub reference: String,
    pub received_at: String,
    pub status: String,
    pub application: rules::application::Application,
    pub recomputed_estimate: Option<rules::application::EstimateSummary>,
    pub estimate_differs: bool,
    pub status_changes: Vec<StatusChange>,
}

/// A failed call: the server's message id, or "no answer".
#[derive(Debug, Clone, PartialEq)]
pub struct Failed(pub String);

#[derive(Deserialize)]
struct ApiError {
    message_id: String,
}

/// The server's answer, or why there is none: no contact, or the message id it sent.
async fn ok(response: Result<Response, gloo_net::Error>) -> Result<Response, Failed> {
    let response = response.map_err(|_| Failed("staff-error-unreachable".into()))?;
    if response.ok() {
        return Ok(response);
    }
    Err(Failed(response.json::<ApiError>().await.map_or_else(
        |_| "staff-error-server".into(),
        |e| e.message_id,
    )))
}

/// A successful answer's JSON body.
async fn answer<T: DeserializeOwned>(
    response: Result<Response, gloo_net::Error>,
) -> Result<T, Failed> {
    ok(response)
        .await?
        .json()
        .await
        .map_err(|_| Failed("staff-error-server".into()))
}

/// A successful answer without a body.
async fn done(response: Result<Response, gloo_net::Error>) -> Result<(), Failed> {
    ok(response).await.map(drop)
}

fn send_json<B: Serialize>(
    request: gloo_net::http::RequestBuilder,
    body: &B,
) -> Result<Request, Failed> {
    request
        .json(body)
        .map_err(|_| Failed("staff-error-server".into()))
}

pub async fn me() -> Result<Me, Failed> {
    answer(Request::get("/api/staff/me").send().await).await
}

pub async fn login(username: &str, password: &str) -> Result<Me, Failed> {
    let body = serde_json::json!({ "username": username, "password": password });
    answer(
        send_json(Request::post("/api/staff/login"), &body)?
            .send()
            .await,
    )
    .await
}

pub async fn logout(csrf: &str) -> Result<(), Failed> {
    done(
        Request::post("/api/staff/logout")
            .header("X-CSRF-Token", csrf)
            .send()
            .await,
    )
    .await
}

pub async fn list(query: &str) -> Result<InboxPage, Failed> {
    answer(
        Request::get(&format!("/api/staff/applications{query}"))
            .send()
            .await,
    )
    .await
}

pub async fn read(reference: &str) -> Result<Full, Failed> {
    answer(
        Request::get(&format!("/api/staff/applications/{reference}"))
            .send()
            .await,
    )
    .await
}

pub async fn change_status(
    reference: &str,
    status: &str,
    note: &str,
    csrf: &str,
) -> Result<(), Failed> {
    let body = serde_json::json!({ "status": status, "note": note });
    done(
        send_json(
            Request::post(&format!("/api/staff/applications/{reference}/status"))
                .header("X-CSRF-Token", csrf),
            &body,
        )?
        .send()
        .await,
    )
    .await
}

pub async fn delete(reference: &str, reason: &str, csrf: &str) -> Result<(), Failed> {
    let body = serde_json::json!({ "reason": reason });
    done(
        send_json(
            Request::delete(&format!("/api/staff/applications/{reference}"))
                .header("X-CSRF-Token", csrf),
            &body,
        )?
        .send()
        .await,
    )
    .await
}
