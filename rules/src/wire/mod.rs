//! The JSON the app and the server exchange, written once: the server serializes these types
//! and the app (the resident pages and the staff pages) reads them, and the other way round for
//! what the app sends. Statuses and roles are enums whose JSON strings are the ones stored in
//! the database, so rows and apps made before read the same.
//!
//! What the server reads from a client refuses a field it does not know
//! (`deny_unknown_fields`); what the app reads from the server ignores one, so the server can
//! add a field without breaking an app still open in a browser. Pure data: no I/O here.

mod receipt;
mod staff;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use receipt::{ApplicationStatusView, Handler, Receipt};
pub use staff::{
    Deletion, FullApplication, InboxLine, InboxPage, Login, Me, NewStatus, OpenAppeal,
    StaffProfile, StatusChange,
};

/// The body of every error answer: a Fluent message id the app translates, and for invalid
/// input the field it concerns. Never internals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A short machine-readable kind: "invalid", "not_found", "conflict" …
    pub error: Cow<'static, str>,
    pub message_id: Cow<'static, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<Cow<'static, str>>,
}

/// Where an application is in the municipality's handling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// Stored, not yet taken up.
    #[default]
    Received,
    /// A caseworker is on it.
    InProgress,
    /// Decided (the decision itself goes to the applicant by letter).
    Decided,
}

impl ApplicationStatus {
    pub const ALL: [Self; 3] = [Self::Received, Self::InProgress, Self::Decided];

    /// The text stored in the database and sent in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Received => "received",
            Self::InProgress => "in_progress",
            Self::Decided => "decided",
        }
    }

    /// The status a stored or sent text names, if any.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// What a member of staff may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    /// Makes applications on behalf of walk-ins and sees those it made.
    FrontDesk,
    /// Sees and handles every application to its municipality.
    Caseworker,
}

impl StaffRole {
    pub const ALL: [Self; 2] = [Self::FrontDesk, Self::Caseworker];

    /// The text stored in the database and sent in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FrontDesk => "front_desk",
            Self::Caseworker => "caseworker",
        }
    }

    /// The role a stored or typed text names, if any.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The strings stored in rows and sent by servers before these enums existed.
    #[test]
    fn statuses_read_and_write_the_stored_strings() {
        for (status, text) in [
            (ApplicationStatus::Received, "received"),
            (ApplicationStatus::InProgress, "in_progress"),
            (ApplicationStatus::Decided, "decided"),
        ] {
            assert_eq!(status.as_str(), text);
            assert_eq!(ApplicationStatus::parse(text), Some(status));
            let json = format!("\"{text}\"");
            assert_eq!(serde_json::to_string(&status).expect("writes"), json);
            assert_eq!(
                serde_json::from_str::<ApplicationStatus>(&json).expect("reads"),
                status
            );
        }
        for bad in ["Received", "in-progress", "", "closed"] {
            assert_eq!(ApplicationStatus::parse(bad), None, "{bad}");
            assert!(serde_json::from_str::<ApplicationStatus>(&format!("\"{bad}\"")).is_err());
        }
    }

    #[test]
    fn roles_read_and_write_the_stored_strings() {
        for (role, text) in [
            (StaffRole::FrontDesk, "front_desk"),
            (StaffRole::Caseworker, "caseworker"),
        ] {
            assert_eq!(role.as_str(), text);
            assert_eq!(StaffRole::parse(text), Some(role));
            let json = format!("\"{text}\"");
            assert_eq!(serde_json::to_string(&role).expect("writes"), json);
            assert_eq!(
                serde_json::from_str::<StaffRole>(&json).expect("reads"),
                role
            );
        }
        assert_eq!(StaffRole::parse("admin"), None);
        assert_eq!(StaffRole::parse("Caseworker"), None);
    }

    #[test]
    fn an_error_body_names_its_field_only_when_there_is_one() {
        let body = ErrorBody {
            error: "invalid".into(),
            message_id: "error-required".into(),
            field: None,
        };
        let json = serde_json::to_string(&body).expect("writes");
        assert_eq!(json, r#"{"error":"invalid","message_id":"error-required"}"#);
        assert_eq!(
            serde_json::from_str::<ErrorBody>(&json).expect("reads"),
            body
        );
    }
}
