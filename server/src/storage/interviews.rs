//! Invitations to a meeting (samtale) and the applicant's reply: one invitation per
//! application at a time, each change with its audit line in the same transaction. An
//! invitation is also a line in the application's history (which keeps every invitation a new
//! one replaced), and moves an application still "received" to "in progress": someone is
//! working on it, and the applicant's receipt says so.

use chrono::Utc;
use rules::interview::{Interview, InterviewReply};

use super::{
    Storage, on_both,
    staff::{audit_on, history_on},
};

impl Storage {
    /// Keeps `interview` on `reference`, replacing an invitation before it (and its reply),
    /// with a history row (`note`) and an audit line by the caseworker `staff_id`.
    pub async fn keep_interview(
        &self,
        reference: &str,
        interview: &Interview,
        staff_id: i64,
        note: &str,
    ) -> Result<(), sqlx::Error> {
        let received = rules::wire::ApplicationStatus::Received.as_str();
        let in_progress = rules::wire::ApplicationStatus::InProgress.as_str();
        let now = Utc::now();
        let mut body = interview.clone();
        body.reply = None;
        let place = match body.place {
            rules::interview::Place::InPerson { .. } => "in person",
            rules::interview::Place::Video { .. } => "video",
        };
        // What was arranged, never where or when (the audit log holds no personal data).
        let detail = match &body.interpreter {
            Some(language) => format!("{place}, interpreter {language}"),
            None => place.to_string(),
        };
        let body = sqlx::types::Json(body);
        super::staff::in_transaction!(self, |conn| {
            on_both!(
                conn: &mut conn,
                sqlx::query,
                "INSERT INTO interviews (reference, invited_at, invited_staff_id, body) \
                 VALUES (?, ?, ?, ?) ON CONFLICT (reference) DO UPDATE SET \
                 invited_at = excluded.invited_at, invited_staff_id = excluded.invited_staff_id, \
                 body = excluded.body, reply = NULL, replied_at = NULL",
                execute,
                |q| q.bind(reference).bind(now).bind(staff_id).bind(body)
            )?;
            on_both!(
                conn: &mut conn,
                sqlx::query,
                "UPDATE applications SET status = ? WHERE reference = ? AND status = ?",
                execute,
                |q| q.bind(in_progress).bind(reference).bind(received)
            )?;
            let status: String = on_both!(
                conn: &mut conn,
                sqlx::query_scalar::<_, String>,
                "SELECT status FROM applications WHERE reference = ?",
                fetch_one,
                |q| q.bind(reference)
            )?;
            history_on(&mut conn, reference, now, staff_id, &status, note).await?;
            audit_on(
                &mut conn,
                now,
                Some(staff_id),
                "interview",
                reference,
                &detail,
            )
            .await?;
        })
    }

    /// The invitation on `reference`, with the applicant's reply once there is one.
    pub async fn interview(&self, reference: &str) -> Result<Option<Interview>, sqlx::Error> {
        type Row = (
            sqlx::types::Json<serde_json::Value>,
            Option<sqlx::types::Json<serde_json::Value>>,
        );
        let row: Option<Row> = on_both!(
            self,
            sqlx::query_as::<_, Row>,
            "SELECT body, reply FROM interviews WHERE reference = ?",
            fetch_optional,
            |q| q.bind(reference)
        )?;
        let Some((body, reply)) = row else {
            return Ok(None);
        };
        let unreadable = |e: serde_json::Error| {
            sqlx::Error::Decode(format!("a stored invitation does not read: {e}").into())
        };
        let mut interview: Interview = serde_json::from_value(body.0).map_err(unreadable)?;
        interview.reply = reply
            .map(|r| serde_json::from_value::<InterviewReply>(r.0))
            .transpose()
            .map_err(unreadable)?;
        Ok(Some(interview))
    }

    /// Keeps the applicant's `reply` to the invitation on `reference` (replacing an earlier
    /// reply), with an audit line; false when there is no invitation to reply to.
    pub async fn keep_interview_reply(
        &self,
        reference: &str,
        reply: &InterviewReply,
    ) -> Result<bool, sqlx::Error> {
        let now = Utc::now();
        let answer = reply.answer.as_str();
        let body = sqlx::types::Json(reply);
        super::staff::in_transaction!(self, |conn| {
            let changed = on_both!(
                conn: &mut conn,
                sqlx::query,
                "UPDATE interviews SET reply = ?, replied_at = ? WHERE reference = ?",
                execute,
                |q| q.bind(body).bind(now).bind(reference)
            )?;
            if changed == 0 {
                return Ok(false);
            }
            audit_on(&mut conn, now, None, "interview-reply", reference, answer).await?;
            true
        })
    }
}
