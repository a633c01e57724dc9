//! The staff pages' calls to `/api/staff`: the session cookie goes along by itself (same
//! origin); every change carries the session's CSRF token.

use gloo_net::http::{Request, Response};
use serde::{Serialize, de::DeserializeOwned};

use rules::wire::{ApplicationStatus, Deletion, ErrorBody, Login, NewStatus};
pub use rules::wire::{FullApplication, InboxLine, InboxPage, Me, StaffProfile, StatusChange};

/// A failed call: the server's message id, or "no answer".
#[derive(Debug, Clone, PartialEq)]
pub struct Failed(pub String);

/// The server's answer, or why there is none: no contact, or the message id it sent.
async fn ok(response: Result<Response, gloo_net::Error>) -> Result<Response, Failed> {
    let response = response.map_err(|_| Failed("staff-error-unreachable".into()))?;
    if response.ok() {
        return Ok(response);
    }
    Err(Failed(response.json::<ErrorBody>().await.map_or_else(
        |_| "staff-error-server".into(),
        |e| e.message_id.into_owned(),
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
    let body = Login {
        username: username.to_string(),
        password: password.to_string(),
    };
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

pub async fn read(reference: &str) -> Result<FullApplication, Failed> {
    answer(
        Request::get(&format!("/api/staff/applications/{reference}"))
            .send()
            .await,
    )
    .await
}

/// The municipality's overview of need for the months `from` to `until` ("YYYY-MM"; empty: the
/// server's default, the last twelve).
pub async fn overview(from: &str, until: &str) -> Result<rules::overview::Overview, Failed> {
    answer(
        Request::get("/api/staff/overview")
            .query([("from", from), ("until", until)])
            .send()
            .await,
    )
    .await
}

pub async fn municipality_profile() -> Result<StaffProfile, Failed> {
    answer(Request::get("/api/staff/municipality-profile").send().await).await
}

pub async fn change_status(
    reference: &str,
    status: ApplicationStatus,
    note: &str,
    csrf: &str,
) -> Result<(), Failed> {
    let body = NewStatus {
        status,
        note: note.to_string(),
    };
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
    let body = Deletion {
        reason: reason.to_string(),
    };
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

/// A caseworker's decision; the server answers with the decision as kept.
pub async fn decide(
    reference: &str,
    decision: &rules::decision::NewDecision,
    csrf: &str,
) -> Result<rules::decision::Decision, Failed> {
    answer(
        send_json(
            Request::post(&format!("/api/staff/applications/{reference}/decision"))
                .header("X-CSRF-Token", csrf),
            decision,
        )?
        .send()
        .await,
    )
    .await
}

/// The appeals the caseworker's municipality has still to review, the one due first at the top.
pub async fn open_appeals() -> Result<Vec<rules::wire::OpenAppeal>, Failed> {
    answer(Request::get("/api/staff/appeals").send().await).await
}

/// The municipality's review of an appeal; the server answers with the outcome as kept.
pub async fn appeal_outcome(
    reference: &str,
    outcome: &rules::decision::NewAppealOutcome,
    csrf: &str,
) -> Result<rules::decision::AppealOutcome, Failed> {
    answer(
        send_json(
            Request::post(&format!(
                "/api/staff/applications/{reference}/appeal/outcome"
            ))
            .header("X-CSRF-Token", csrf),
            outcome,
        )?
        .send()
        .await,
    )
    .await
}

/// What Statsforvalteren decided on a forwarded appeal, recorded from its letter; the server
/// answers with it as kept.
pub async fn instance_decision(
    reference: &str,
    decided: &rules::decision::NewInstanceDecision,
    csrf: &str,
) -> Result<rules::decision::InstanceDecision, Failed> {
    answer(
        send_json(
            Request::post(&format!(
                "/api/staff/applications/{reference}/appeal/instance-decision"
            ))
            .header("X-CSRF-Token", csrf),
            decided,
        )?
        .send()
        .await,
    )
    .await
}

/// A caseworker invites the applicant to a meeting; the server answers with the invitation as kept.
pub async fn invite(
    reference: &str,
    new: &rules::interview::NewInterview,
    csrf: &str,
) -> Result<rules::interview::Interview, Failed> {
    answer(
        send_json(
            Request::post(&format!("/api/staff/applications/{reference}/interview"))
                .header("X-CSRF-Token", csrf),
            new,
        )?
        .send()
        .await,
    )
    .await
}

/// A front desk sends the appeal for a walk-in; the server answers with the appeal as kept.
pub async fn appeal_for_applicant(
    reference: &str,
    appeal: &rules::decision::NewAppeal,
    csrf: &str,
) -> Result<rules::decision::Appeal, Failed> {
    answer(
        send_json(
            Request::post(&format!("/api/staff/applications/{reference}/appeal"))
                .header("X-CSRF-Token", csrf),
            appeal,
        )?
        .send()
        .await,
    )
    .await
}

/// The startlån screening runs of the caseworker's municipality, newest first.
pub async fn screenings() -> Result<Vec<rules::screening::RunLine>, Failed> {
    answer(Request::get("/api/staff/screenings").send().await).await
}

/// Screening run `id` in full, compared with the one before it.
pub async fn screening(id: i64) -> Result<rules::screening::ScreeningRun, Failed> {
    answer(
        Request::get(&format!("/api/staff/screenings/{id}"))
            .send()
            .await,
    )
    .await
}

/// Why a tenant list was not screened: its problems by line, or the call's failure.
#[derive(Debug, Clone, PartialEq)]
pub enum ListNotUsed {
    Problems(Vec<rules::screening::ListProblem>),
    Failed(Failed),
}

/// Screens the tenant list `bytes` (the file as chosen: the server reads its encoding).
pub async fn screen_list(
    bytes: &[u8],
    csrf: &str,
) -> Result<rules::screening::ScreeningRun, ListNotUsed> {
    let request = Request::post("/api/staff/screenings")
        .header("X-CSRF-Token", csrf)
        .header("Content-Type", "text/csv")
        .body(js_sys::Uint8Array::from(bytes))
        .map_err(|_| ListNotUsed::Failed(Failed("staff-error-server".into())))?;
    let response = request.send().await;
    if let Ok(r) = &response
        && r.status() == 422
    {
        return match r.json::<rules::screening::ListRefused>().await {
            Ok(refused) => Err(ListNotUsed::Problems(refused.problems)),
            Err(_) => Err(ListNotUsed::Failed(Failed("staff-error-server".into()))),
        };
    }
    answer(response).await.map_err(ListNotUsed::Failed)
}

pub async fn delete_screening(id: i64, csrf: &str) -> Result<(), Failed> {
    done(
        Request::delete(&format!("/api/staff/screenings/{id}"))
            .header("X-CSRF-Token", csrf)
            .send()
            .await,
    )
    .await
}
