//! Decisions (enkeltvedtak): kept once, with the status change to "decided", its history row and
//! its audit line in the same transaction; read by staff and by the applicant, whose first
//! reading is recorded as the day it reached them.

use chrono::{DateTime, Utc};
use rules::{decision::Decision, wire::ApplicationStatus};

use super::{
    Storage, on_both,
    staff::{audit_on, history_on},
};

/// What keeping a decision came to.
#[derive(Debug, PartialEq, Eq)]
pub enum Kept {
    Kept,
    /// The application has a decision already: it is never replaced.
    AlreadyDecided,
    /// No such application (deleted meanwhile).
    NoApplication,
}

impl Storage {
    /// Keeps `decision` for its application and marks the application decided, with a history
    /// row and an audit line, in one transaction.
    pub async fn keep_decision(
        &self,
        decision: &Decision,
        staff_id: i64,
        note: &str,
    ) -> Result<Kept, sqlx::Error> {
        let now = Utc::now();
        let reference = decision.reference.as_str();
        let body = sqlx::types::Json(decision);
        let decided = ApplicationStatus::Decided.as_str();
        super::staff::in_transaction!(self, |conn| {
            let inserted = on_both!(
                conn: &mut conn,
                sqlx::query,
                "INSERT INTO decisions (reference, decided_at, staff_id, body) \
                 VALUES (?, ?, ?, ?) ON CONFLICT (reference) DO NOTHING",
                execute,
                |q| q.bind(reference).bind(now).bind(staff_id).bind(body)
            )?;
            if inserted == 0 {
                return Ok(Kept::AlreadyDecided);
            }
            let changed = on_both!(
                conn: &mut conn,
                sqlx::query,
                "UPDATE applications SET status = ?, decided_at = ? WHERE reference = ?",
                execute,
                |q| q.bind(decided).bind(now).bind(reference)
            )?;
            if changed == 0 {
                // Returning leaves the transaction uncommitted: the decision is rolled back.
                return Ok(Kept::NoApplication);
            }
            history_on(&mut conn, reference, now, staff_id, decided, note).await?;
            audit_on(
                &mut conn,
                now,
                staff_id,
                "decision",
                reference,
                "enkeltvedtak",
            )
            .await?;
            Kept::Kept
        })
    }

    /// The decision on `reference`, with the day it reached the applicant, if there is one.
    pub async fn decision(&self, reference: &str) -> Result<Option<Decision>, sqlx::Error> {
        type Row = (sqlx::types::Json<serde_json::Value>, Option<DateTime<Utc>>);
        let row: Option<Row> = on_both!(
            self,
            sqlx::query_as::<_, Row>,
            "SELECT body, notified_at FROM decisions WHERE reference = ?",
            fetch_optional,
            |q| q.bind(reference)
        )?;
        let Some((body, notified_at)) = row else {
            return Ok(None);
        };
        let mut decision: Decision = serde_json::from_value(body.0).map_err(|e| {
            sqlx::Error::Decode(format!("a stored decision does not read: {e}").into())
        })?;
        // The server's day, as every other date it gives.
        decision.notified_on = notified_at.map(|at| at.date_naive());
        Ok(Some(decision))
    }

    /// Whether `reference` has a decision (without reading it).
    pub async fn has_decision(&self, reference: &str) -> Result<bool, sqlx::Error> {
        let count: i64 = on_both!(
            self,
            sqlx::query_scalar::<_, i64>,
            "SELECT COUNT(*) FROM decisions WHERE reference = ?",
            fetch_one,
            |q| q.bind(reference)
        )?;
        Ok(count > 0)
    }

    /// Records that the applicant has opened the decision, the first time only; the audit log
    /// keeps each time it was read.
    pub async fn decision_read_by_applicant(&self, reference: &str) -> Result<(), sqlx::Error> {
        let now = Utc::now();
        on_both!(
            self,
            sqlx::query,
            "UPDATE decisions SET notified_at = COALESCE(notified_at, ?) WHERE reference = ?",
            execute,
            |q| q.bind(now).bind(reference)
        )?;
        self.audit(None, "decision-read", Some(reference), "applicant")
            .await
    }
}
