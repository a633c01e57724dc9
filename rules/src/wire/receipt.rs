//! What a resident's device hears back: the receipt for a submission, and the status its
//! secret reads later.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ApplicationStatus;

/// The answer to `POST /api/applications`: shown on the receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub reference: String,
    pub status: ApplicationStatus,
    /// With the reference, it lets the resident read the status (an HMAC of the reference).
    pub secret: String,
}

/// The answer to `GET /api/applications/{reference}` for the holder of its receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationStatusView {
    pub reference: String,
    pub status: ApplicationStatus,
    /// Read without chrono's parser, which would cost the resident app's download.
    #[serde(with = "crate::iso_date")]
    pub received_on: NaiveDate,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the server sent before these types were shared still reads.
    #[test]
    fn a_receipt_and_a_status_read_as_the_server_writes_them() {
        let receipt: Receipt = serde_json::from_str(
            r#"{"reference":"HUS-ABCDE-FGHJK","status":"received","secret":"s3cr3t"}"#,
        )
        .expect("reads");
        assert_eq!(receipt.status, ApplicationStatus::Received);
        let status: ApplicationStatusView = serde_json::from_str(
            r#"{"reference":"HUS-ABCDE-FGHJK","status":"in_progress","received_on":"2026-11-22"}"#,
        )
        .expect("reads");
        assert_eq!(status.status, ApplicationStatus::InProgress);
        assert_eq!(
            serde_json::to_value(&status).expect("writes")["received_on"],
            "2026-11-22"
        );
    }
}
