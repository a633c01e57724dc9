//! Sending the application: POST /api/applications with an idempotency key, so that a retry
//! after a lost answer returns the same reference instead of making a second application.

use gloo_net::http::Request;
use rules::wire::{ApplicationStatusView, ErrorBody, Receipt};

/// The application's status now, or None when the server cannot be asked.
pub async fn status(reference: &str, secret: &str) -> Option<ApplicationStatusView> {
    let response = Request::get(&format!("/api/applications/{reference}"))
        .header("Authorization", &format!("Bearer {secret}"))
        .send()
        .await
        .ok()?;
    if response.ok() {
        response.json().await.ok()
    } else {
        None
    }
}

/// Why a submission did not go through; each a message id the page shows, with retry where a
/// retry can help.
#[derive(Debug, Clone, PartialEq)]
pub enum SubmitError {
    /// No answer: offline, or the server could not be reached. Retry.
    Unreachable,
    /// The server refused the answers: its message id.
    Refused(String),
    /// The server failed. Retry.
    Server,
}

impl SubmitError {
    pub fn message_id(&self) -> &str {
        match self {
            Self::Unreachable => "apply-waiting-body",
            Self::Refused(id) => id,
            Self::Server => "apply-error-server",
        }
    }
}

/// A new idempotency key: 128 random bits from the browser's crypto, as hex.
pub fn new_key() -> String {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    if bytes == [0; 16] {
        // No crypto (never in a browser that runs this app): time and Math.random, still unique
        // enough for one device's retries.
        let seed = js_sys::Date::now().to_bits() ^ (js_sys::Math::random() * 1e15) as u64;
        bytes[..8].copy_from_slice(&seed.to_le_bytes());
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Sends `body` (the application as JSON) with `key`.
pub async fn send(key: &str, body: &str) -> Result<Receipt, SubmitError> {
    let response = Request::post("/api/applications")
        .header("Idempotency-Key", key)
        .header("Content-Type", "application/json")
        .body(body)
        .map_err(|_| SubmitError::Unreachable)?
        .send()
        .await
        .map_err(|_| SubmitError::Unreachable)?;
    match response.status() {
        200 | 201 => response
            .json::<Receipt>()
            .await
            .map_err(|_| SubmitError::Server),
        400..=499 => match response.json::<ErrorBody>().await {
            Ok(e) => Err(SubmitError::Refused(e.message_id.into_owned())),
            Err(_) => Err(SubmitError::Refused("error-invalid-input".into())),
        },
        _ => Err(SubmitError::Server),
    }
}
