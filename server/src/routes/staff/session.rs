//! Sign in and out, and who is signed in. Passwords are checked on tokio's blocking pool.

use std::net::SocketAddr;

use axum::{
    Json,
    extract::{ConnectInfo, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use chrono::Utc;
use rules::wire::{Login, Me};

use crate::{
    auth::{self, Staff},
    error::ApiError,
    state::AppState,
};

/// Who is signed in, and the token to send with every change.
fn me_of(staff: &Staff) -> Me {
    Me {
        username: staff.member.username.clone(),
        role: staff.member.role,
        municipality: staff.member.municipality.clone(),
        csrf_token: staff.csrf_token.clone(),
    }
}

pub(super) async fn login(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Json(login): Json<Login>,
) -> Result<Response, ApiError> {
    if !state.limits.logins.allow(client.ip()) {
        return Err(ApiError::TooManyRequests);
    }
    let failed = || ApiError::Unauthorized("error-login-failed");
    let member = state
        .storage
        .staff_by_username(login.username.trim())
        .await?;
    let Some(member) = member else {
        // The same work as for a real account, so timing does not tell which names exist.
        auth::verify_password_off_executor(&login.password, None).await;
        state
            .storage
            .audit(None, "login_failed", None, "unknown username")
            .await?;
        return Err(failed());
    };
    let now = Utc::now();
    let locked = member.locked_until.is_some_and(|until| until > now);
    // A lock-out that has run out starts the count again: the failures before it are spent.
    let expired = member.locked_until.is_some_and(|until| until <= now);
    let good =
        auth::verify_password_off_executor(&login.password, Some(&member.password_hash)).await;
    if locked || !good {
        let failures = if expired { 0 } else { member.failed_logins };
        let lock =
            (!locked && failures + 1 >= auth::MAX_FAILED_LOGINS).then(|| now + auth::LOCK_FOR);
        if !locked {
            state.storage.login_failed(member.id, lock, expired).await?;
        }
        let detail = match (locked, lock) {
            (true, _) => "account locked",
            (false, Some(_)) => "wrong password; account now locked",
            (false, None) => "wrong password",
        };
        state
            .storage
            .audit(Some(member.id), "login_failed", None, detail)
            .await?;
        // The same answer whether locked or wrong: nothing tells an attacker which.
        return Err(failed());
    }
    let token = auth::new_token(32)?;
    let csrf_token = auth::new_token(18)?;
    state
        .storage
        .create_session(member.id, &auth::token_hash(&token), &csrf_token)
        .await?;
    state
        .storage
        .audit(Some(member.id), "login", None, "")
        .await?;
    let staff = Staff {
        member,
        token_hash: String::new(),
        csrf_token,
    };
    let cookie = HeaderValue::from_str(&auth::cookie(&token, &headers))
        .map_err(|e| ApiError::Internal(e.into()))?;
    Ok(([(header::SET_COOKIE, cookie)], Json(me_of(&staff))).into_response())
}

pub(super) async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    staff: Staff,
) -> Result<Response, ApiError> {
    state.storage.end_session(&staff.token_hash).await?;
    state
        .storage
        .audit(Some(staff.member.id), "logout", None, "")
        .await?;
    let cookie = HeaderValue::from_str(&auth::cookie("", &headers))
        .map_err(|e| ApiError::Internal(e.into()))?;
    Ok(([(header::SET_COOKIE, cookie)], StatusCode::NO_CONTENT).into_response())
}

pub(super) async fn me(staff: Staff) -> Json<Me> {
    Json(me_of(&staff))
}
