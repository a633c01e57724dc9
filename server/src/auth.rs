//! Staff sign-in: argon2id password hashes, session tokens kept only as their SHA-256, a CSRF
//! token per session, lock-out after repeated failures, idle and absolute expiry.
//!
//! The session cookie is HttpOnly and SameSite=Strict, and Secure when the request came over TLS
//! (a proxy says so with `X-Forwarded-Proto: https`). Every request that changes something must
//! also carry the session's CSRF token in `X-CSRF-Token`.

use argon2::{
    Argon2, PasswordHash, PasswordHasher, PasswordVerifier,
    password_hash::{SaltString, rand_core::OsRng},
};
use axum::{
    extract::FromRequestParts,
    http::{HeaderMap, Method, request::Parts},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{Duration, Utc};
use sha2::{Digest, Sha256};

use crate::{
    error::ApiError,
    state::AppState,
    storage::{Session, StaffMember},
};

/// The session cookie's name.
pub const COOKIE: &str = "husly_staff";
/// Failed logins in a row before the account is locked, and for how long.
pub const MAX_FAILED_LOGINS: i64 = 5;
pub const LOCK_FOR: Duration = Duration::minutes(15);
/// A session ends after this long without a request, and after this long in any case.
pub const IDLE_EXPIRY: Duration = Duration::minutes(30);
pub const ABSOLUTE_EXPIRY: Duration = Duration::hours(12);
/// The shortest password accepted for a staff account.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Creates a staff account after checking its password, role and municipality.
pub async fn create_account(
    storage: &crate::storage::Storage,
    username: &str,
    password: &str,
    role: &str,
    municipality: &str,
) -> anyhow::Result<()> {
    let username = username.trim();
    if username.is_empty() || username.len() > 64 || username.chars().any(char::is_whitespace) {
        anyhow::bail!("a username is 1 to 64 characters without spaces");
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        anyhow::bail!("the password must have at least {MIN_PASSWORD_CHARS} characters");
    }
    let role = rules::wire::StaffRole::parse(role)
        .ok_or_else(|| anyhow::anyhow!("the role must be front_desk or caseworker"))?;
    let resolved = rules::municipality::resolve(municipality, Utc::now().date_naive())
        .map_err(|_| anyhow::anyhow!("{municipality} is not a municipality number in force"))?;
    let hash = hash_password_off_executor(password).await?;
    if !storage
        .create_staff(username, &hash, role, resolved.municipality.number)
        .await?
    {
        anyhow::bail!("the username {username} is taken");
    }
    Ok(())
}

/// An argon2id hash of `password` (the crate's default parameters: 19 MiB, 2 passes).
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("cannot hash the password: {e}"))
}

/// Whether `password` matches `hash`.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// argon2 takes tens of milliseconds of CPU and 19 MiB by design: it runs on tokio's blocking
/// pool, never on the async workers, so a burst of sign-ins does not stall every other request.
pub async fn hash_password_off_executor(password: &str) -> anyhow::Result<String> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || hash_password(&password)).await?
}

/// `verify_password` on tokio's blocking pool (see `hash_password_off_executor`); `None` checks
/// against the dummy hash, so an unknown username costs the same time as a wrong password.
pub async fn verify_password_off_executor(password: &str, hash: Option<&str>) -> bool {
    let password = password.to_string();
    let hash = hash.map(str::to_string);
    tokio::task::spawn_blocking(move || match &hash {
        Some(hash) => verify_password(&password, hash),
        None => verify_password(&password, dummy_hash()),
    })
    .await
    .unwrap_or(false)
}

/// A hash for unknown usernames, so a wrong name takes as long as a wrong password.
pub fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password("not anybody's password").unwrap_or_default())
}

/// A new random token (32 bytes, base64url).
pub fn new_token(bytes: usize) -> anyhow::Result<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(URL_SAFE_NO_PAD.encode(buf))
}

/// What is stored for a session token: its SHA-256, so a leaked database opens no session.
pub fn token_hash(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes()))
}

/// The Set-Cookie value for a new session (or, with an empty token, one that ends it).
pub fn cookie(token: &str, headers: &HeaderMap) -> String {
    let secure = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("https"));
    let max_age = if token.is_empty() {
        0
    } else {
        ABSOLUTE_EXPIRY.num_seconds()
    };
    format!(
        "{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age}{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The session token in the request's cookie, if any.
pub fn token_from(headers: &HeaderMap) -> Option<String> {
    crate::cookies::named(headers, COOKIE)
        .next()
        .filter(|v| !v.is_empty())
        .map(String::from)
}

/// The signed-in staff member of a request. Rejects (401) a missing, unknown or expired session,
/// and (403) a changing request without the session's CSRF token.
#[derive(Debug, Clone)]
pub struct Staff {
    pub member: StaffMember,
    pub token_hash: String,
    pub csrf_token: String,
}

/// The session of `headers`, if it is valid now; touches it.
pub async fn session_of(state: &AppState, headers: &HeaderMap) -> Result<Option<Staff>, ApiError> {
    let Some(token) = token_from(headers) else {
        return Ok(None);
    };
    let hash = token_hash(&token);
    let Some(Session {
        staff,
        csrf_token,
        created_at,
        last_seen,
    }) = state.storage.session(&hash).await?
    else {
        return Ok(None);
    };
    let now = Utc::now();
    if now - last_seen > IDLE_EXPIRY || now - created_at > ABSOLUTE_EXPIRY {
        state.storage.end_session(&hash).await?;
        return Ok(None);
    }
    state.storage.touch_session(&hash).await?;
    Ok(Some(Staff {
        member: staff,
        token_hash: hash,
        csrf_token,
    }))
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let staff = session_of(state, &parts.headers)
            .await?
            .ok_or(ApiError::Unauthorized("error-staff-signed-out"))?;
        let changes = !matches!(parts.method, Method::GET | Method::HEAD);
        if changes {
            let sent = parts
                .headers
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            let same: bool = sent.len() == staff.csrf_token.len()
                && sent
                    .bytes()
                    .zip(staff.csrf_token.bytes())
                    .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                    == 0;
            if !same {
                return Err(ApiError::Forbidden("error-staff-csrf"));
            }
        }
        Ok(staff)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_own_hash_only() {
        let hash = hash_password("correct horse battery").expect("hashes");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse batterY", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn the_cookie_is_http_only_strict_and_secure_behind_tls() {
        let mut headers = HeaderMap::new();
        let plain = cookie("abc", &headers);
        assert!(plain.contains("HttpOnly") && plain.contains("SameSite=Strict"));
        assert!(!plain.contains("Secure"));
        headers.insert("x-forwarded-proto", "https".parse().expect("header"));
        assert!(cookie("abc", &headers).ends_with("; Secure"));
        assert!(cookie("", &headers).contains("Max-Age=0"));
    }

    #[test]
    fn the_token_is_read_from_among_other_cookies() {
        let mut headers = HeaderMap::new();
        headers.insert(
            axum::http::header::COOKIE,
            "theme=dark; husly_staff=tok123; x=y"
                .parse()
                .expect("header"),
        );
        assert_eq!(token_from(&headers).as_deref(), Some("tok123"));
        assert_ne!(token_hash("tok123"), "tok123");
    }
}
