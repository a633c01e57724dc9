//! Appeals (klager) on decisions: one per decision, kept with its audit line; what the
//! municipality did with it (reversed, or forwarded to Statsforvalteren) kept once, and what
//! Statsforvalteren then decided kept once, each with a history row and an audit line in the
//! same transaction.

use chrono::Utc;
use rules::{
    decision::{Appeal, AppealOutcome, AppealResult, InstanceDecision},
    wire::ApplicationStatus,
};

use super::{
    Storage, on_both,
    staff::{audit_on, history_on},
};

/// What keeping an appeal, or its outcome, came to.
#[derive(Debug, PartialEq, Eq)]
pub enum AppealKept {
    Kept,
    /// There is one already (an appeal, or an outcome): it is never replaced.
    AlreadyThere,
    /// No appeal to give an outcome to.
    NoAppeal,
}

impl Storage {
    /// Keeps `appeal` on `reference`'s decision, once, with its audit line. `staff_id` is the
    /// front-desk employee who sent it for the applicant, none when the applicant did.
    pub async fn keep_appeal(
        &self,
        reference: &str,
        appeal: &Appeal,
        staff_id: Option<i64>,
    ) -> Result<AppealKept, sqlx::Error> {
        let now = Utc::now();
        let mut body = appeal.clone();
        body.outcome = None;
        let body = sqlx::types::Json(body);
        super::staff::in_transaction!(self, |conn| {
            let inserted = on_both!(
                conn: &mut conn,
                sqlx::query,
                "INSERT INTO appeals (reference, received_at, body) VALUES (?, ?, ?) \
                 ON CONFLICT (reference) DO NOTHING",
                execute,
                |q| q.bind(reference).bind(now).bind(body)
            )?;
            if inserted == 0 {
                return Ok(AppealKept::AlreadyThere);
            }
            let by = if staff_id.is_some() {
                "front desk"
            } else {
                "applicant"
            };
            let detail = if appeal.late { "klage, late" } else { "klage" };
            audit_on(
                &mut conn,
                now,
                staff_id,
                "appeal",
                reference,
                &format!("{detail}, {by}"),
            )
            .await?;
            AppealKept::Kept
        })
    }

    /// The appeal on `reference`'s decision, with its outcome and Statsforvalteren's decision
    /// once there are.
    pub async fn appeal(&self, reference: &str) -> Result<Option<Appeal>, sqlx::Error> {
        type Row = (
            sqlx::types::Json<serde_json::Value>,
            Option<sqlx::types::Json<serde_json::Value>>,
            Option<sqlx::types::Json<serde_json::Value>>,
        );
        let row: Option<Row> = on_both!(
            self,
            sqlx::query_as::<_, Row>,
            "SELECT body, outcome, instance_decision FROM appeals WHERE reference = ?",
            fetch_optional,
            |q| q.bind(reference)
        )?;
        let Some((body, outcome, instance)) = row else {
            return Ok(None);
        };
        let unreadable = |e: serde_json::Error| {
            sqlx::Error::Decode(format!("a stored appeal does not read: {e}").into())
        };
        let mut appeal: Appeal = serde_json::from_value(body.0).map_err(unreadable)?;
        appeal.outcome = outcome
            .map(|o| serde_json::from_value::<AppealOutcome>(o.0))
            .transpose()
            .map_err(unreadable)?;
        appeal.instance_decision = instance
            .map(|d| serde_json::from_value::<InstanceDecision>(d.0))
            .transpose()
            .map_err(unreadable)?;
        Ok(Some(appeal))
    }

    /// The appeals in `municipality` the municipality has not yet reversed or forwarded, and
    /// those it forwarded whose Statsforvalteren's decision is not recorded, with the
    /// applicant's name from the application: (reference, name, appeal with its outcome).
    pub async fn open_appeals(
        &self,
        municipality: &str,
    ) -> Result<Vec<(String, String, Appeal)>, sqlx::Error> {
        type Row = (
            String,
            sqlx::types::Json<serde_json::Value>,
            Option<sqlx::types::Json<serde_json::Value>>,
            sqlx::types::Json<serde_json::Value>,
        );
        let rows: Vec<Row> = on_both!(
            self,
            sqlx::query_as::<_, Row>,
            "SELECT a.reference, a.body, a.outcome, p.payload FROM appeals a \
             JOIN applications p ON p.reference = a.reference \
             WHERE a.instance_decision IS NULL AND p.municipality = ? \
             ORDER BY a.received_at, a.reference",
            fetch_all,
            |q| q.bind(municipality)
        )?;
        let unreadable = |e: serde_json::Error| {
            sqlx::Error::Decode(format!("a stored appeal does not read: {e}").into())
        };
        let mut open = Vec::with_capacity(rows.len());
        for (reference, body, outcome, payload) in rows {
            let outcome = outcome
                .map(|o| serde_json::from_value::<AppealOutcome>(o.0))
                .transpose()
                .map_err(unreadable)?;
            // A reversed appeal is done: only a forwarded one waits for Statsforvalteren.
            if outcome
                .as_ref()
                .is_some_and(|o| o.result != AppealResult::Forwarded)
            {
                continue;
            }
            let mut appeal: Appeal = serde_json::from_value(body.0).map_err(unreadable)?;
            appeal.outcome = outcome;
            let name = payload.0["person"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            open.push((reference, name, appeal));
        }
        Ok(open)
    }

    /// Keeps what the municipality did with the appeal on `reference`, once, with a history
    /// row and an audit line.
    pub async fn keep_appeal_outcome(
        &self,
        reference: &str,
        outcome: &AppealOutcome,
        staff_id: i64,
        note: &str,
    ) -> Result<AppealKept, sqlx::Error> {
        let now = Utc::now();
        let body = sqlx::types::Json(outcome);
        let decided = ApplicationStatus::Decided.as_str();
        super::staff::in_transaction!(self, |conn| {
            let changed = on_both!(
                conn: &mut conn,
                sqlx::query,
                "UPDATE appeals SET outcome = ?, outcome_at = ?, outcome_staff_id = ? \
                 WHERE reference = ? AND outcome IS NULL",
                execute,
                |q| q.bind(body).bind(now).bind(staff_id).bind(reference)
            )?;
            if changed == 0 {
                let there: i64 = on_both!(
                    conn: &mut conn,
                    sqlx::query_scalar::<_, i64>,
                    "SELECT COUNT(*) FROM appeals WHERE reference = ?",
                    fetch_one,
                    |q| q.bind(reference)
                )?;
                return Ok(if there > 0 {
                    AppealKept::AlreadyThere
                } else {
                    AppealKept::NoAppeal
                });
            }
            history_on(&mut conn, reference, now, staff_id, decided, note).await?;
            audit_on(
                &mut conn,
                now,
                Some(staff_id),
                "appeal-outcome",
                reference,
                outcome.result.as_str(),
            )
            .await?;
            AppealKept::Kept
        })
    }

    /// Keeps what Statsforvalteren decided on the appeal on `reference`, once, on an appeal the
    /// municipality has forwarded (the caller checks it was forwarded, not reversed), with the
    /// application's `status` after it (in progress again when the decision was repealed), a
    /// history row and an audit line. `NoAppeal` when there is no outcome to follow.
    pub async fn keep_instance_decision(
        &self,
        reference: &str,
        decided: &InstanceDecision,
        status: ApplicationStatus,
        staff_id: i64,
        note: &str,
    ) -> Result<AppealKept, sqlx::Error> {
        let now = Utc::now();
        let body = sqlx::types::Json(decided);
        let status = status.as_str();
        super::staff::in_transaction!(self, |conn| {
            let changed = on_both!(
                conn: &mut conn,
                sqlx::query,
                "UPDATE appeals SET instance_decision = ?, instance_at = ?, instance_staff_id = ? \
                 WHERE reference = ? AND outcome IS NOT NULL AND instance_decision IS NULL",
                execute,
                |q| q.bind(body).bind(now).bind(staff_id).bind(reference)
            )?;
            if changed == 0 {
                let there: i64 = on_both!(
                    conn: &mut conn,
                    sqlx::query_scalar::<_, i64>,
                    "SELECT COUNT(*) FROM appeals WHERE reference = ? AND instance_decision IS NOT NULL",
                    fetch_one,
                    |q| q.bind(reference)
                )?;
                return Ok(if there > 0 {
                    AppealKept::AlreadyThere
                } else {
                    AppealKept::NoAppeal
                });
            }
            on_both!(
                conn: &mut conn,
                sqlx::query,
                "UPDATE applications SET status = ? WHERE reference = ?",
                execute,
                |q| q.bind(status).bind(reference)
            )?;
            history_on(&mut conn, reference, now, staff_id, status, note).await?;
            audit_on(
                &mut conn,
                now,
                Some(staff_id),
                "appeal-instance-decision",
                reference,
                decided.result.as_str(),
            )
            .await?;
            AppealKept::Kept
        })
    }
}
