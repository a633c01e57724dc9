//! The staff API's JSON (`/api/staff/…`): signing in, the inbox, one application in full, and
//! a caseworker's changes. What the server reads refuses unknown fields.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{ApplicationStatus, StaffRole};
use crate::{
    application::{Application, EstimateSummary},
    needs::{HelpKind, Urgency},
    profile::MunicipalityProfile,
};

/// `POST /api/staff/login`. No `Debug`: it holds a password.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Login {
    pub username: String,
    pub password: String,
}

/// Who is signed in, and the token to send with every change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub username: String,
    pub role: StaffRole,
    pub municipality: String,
    pub csrf_token: String,
}

/// One line of the inbox. Every mark on it is the server's: `on_behalf` from who made it,
/// `urgency` from the server's own estimate of the answers, never the client's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InboxLine {
    pub reference: String,
    pub received_at: DateTime<Utc>,
    pub status: ApplicationStatus,
    pub municipality: String,
    pub name: String,
    #[serde(default)]
    pub help_wanted: Vec<HelpKind>,
    #[serde(default)]
    pub urgency: Option<Urgency>,
    /// Made at a front desk by a signed-in employee.
    pub on_behalf: bool,
    /// The estimate the resident was shown is not the server's.
    pub estimate_differs: bool,
}

/// One page of the inbox: its lines, how many applications the filters cover in all, and the
/// cursor for the next page (`after=`), none on the last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InboxPage {
    pub lines: Vec<InboxLine>,
    pub total: u64,
    pub next: Option<String>,
}

/// `GET /api/staff/appeals`: an appeal the municipality has still to review, shown above the
/// inbox, the one due first at the top; then those it forwarded to Statsforvalteren whose decision
/// is not recorded yet, the one forwarded first at the top.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenAppeal {
    pub reference: String,
    pub name: String,
    #[serde(with = "crate::iso_date")]
    pub received_on: NaiveDate,
    /// The day the municipality's own review should be done by (`decision::review_by`).
    #[serde(with = "crate::iso_date")]
    pub review_by: NaiveDate,
    /// Sent after the deadline, asking to be heard all the same.
    pub late: bool,
    /// The day the municipality forwarded it to Statsforvalteren: it waits for Statsforvalteren's
    /// decision to be recorded. None while the municipality has still to review it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::iso_date::option"
    )]
    pub forwarded_on: Option<NaiveDate>,
}

/// One status change with its note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    pub at: DateTime<Utc>,
    pub status: ApplicationStatus,
    pub note: String,
}

/// One application in full, as staff read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FullApplication {
    pub reference: String,
    pub received_at: DateTime<Utc>,
    pub status: ApplicationStatus,
    pub municipality: String,
    /// The answers, with the national id opened. `on_behalf` is the server's; `estimate` is
    /// what the resident's device showed, kept only to explain `estimate_differs`.
    pub application: Application,
    /// The server's estimate of the answers: the figures staff go by.
    pub recomputed_estimate: Option<EstimateSummary>,
    pub estimate_differs: bool,
    pub status_changes: Vec<StatusChange>,
    /// The written decision, once made.
    #[serde(default)]
    pub decision: Option<crate::decision::Decision>,
    /// The applicant's appeal on it, and what came of it.
    #[serde(default)]
    pub appeal: Option<crate::decision::Appeal>,
    /// The invitation to a meeting, with the applicant's reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interview: Option<crate::interview::Interview>,
    /// The documents the applicant attached, complete ones only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<crate::documents::DocumentView>,
}

/// `GET /api/staff/municipality-profile`: the profile the staff member's municipality goes by,
/// every edition, and which is in force today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffProfile {
    /// The staff member's municipality number.
    pub municipality: String,
    /// The municipality has no profile of its own in Husly: this is the national default.
    pub national: bool,
    pub profile: MunicipalityProfile,
    /// The `from` of the edition in force today; none when none is (the municipality's first
    /// edition is still to come, and the national default applies until then).
    #[serde(default, with = "crate::iso_date::option")]
    pub in_force_from: Option<NaiveDate>,
    /// The server's today, which "in force" and "takes effect on" are measured from.
    #[serde(with = "crate::iso_date")]
    pub today: NaiveDate,
}

/// `POST /api/staff/applications/{reference}/status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewStatus {
    pub status: ApplicationStatus,
    pub note: String,
}

/// `DELETE /api/staff/applications/{reference}`: why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deletion {
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_server_reads_refuses_a_field_it_does_not_know() {
        assert!(serde_json::from_str::<NewStatus>(r#"{"status":"decided","note":"ok"}"#).is_ok());
        assert!(
            serde_json::from_str::<NewStatus>(r#"{"status":"decided","note":"ok","by":1}"#)
                .is_err()
        );
        assert!(serde_json::from_str::<NewStatus>(r#"{"status":"closed","note":"ok"}"#).is_err());
        assert!(
            serde_json::from_str::<Login>(r#"{"username":"a","password":"b","role":"x"}"#).is_err()
        );
        assert!(serde_json::from_str::<Deletion>(r#"{"reason":"r","why":"w"}"#).is_err());
    }

    #[test]
    fn an_inbox_line_reads_as_the_server_wrote_it_before() {
        let line: InboxLine = serde_json::from_str(
            r#"{"reference":"HUS-1","received_at":"2026-11-22T10:00:00.123Z","status":"in_progress",
            "municipality":"0301","name":"Kari","help_wanted":["bostotte"],"urgency":"high",
            "on_behalf":false,"estimate_differs":true}"#,
        )
        .expect("reads");
        assert_eq!(line.status, ApplicationStatus::InProgress);
        assert_eq!(line.urgency, Some(Urgency::High));
        let me: Me = serde_json::from_str(
            r#"{"username":"kari","role":"front_desk","municipality":"0301","csrf_token":"t"}"#,
        )
        .expect("reads");
        assert_eq!(me.role, StaffRole::FrontDesk);
    }
}
