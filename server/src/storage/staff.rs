//! Staff accounts, sessions, status changes and the audit log. Each statement is written once
//! with `?` placeholders and run on either database by `on_both!`.

use chrono::{DateTime, Utc};
use serde::Serialize;

use rules::wire::{ApplicationStatus, StaffRole, StatusChange};

use super::{Conn, Storage, on_both, status_from};

/// A staff account as the server uses it (the hash never leaves the storage and auth modules).
#[derive(Debug, Clone)]
pub struct StaffMember {
    pub id: i64,
    pub username: String,
    pub password_hash: String,
    pub role: StaffRole,
    pub municipality: String,
    pub failed_logins: i64,
    pub locked_until: Option<DateTime<Utc>>,
}

/// A signed-in session.
#[derive(Debug, Clone)]
pub struct Session {
    pub staff: StaffMember,
    pub csrf_token: String,
    pub created_at: DateTime<Utc>,
    pub last_seen: DateTime<Utc>,
}

/// Adds one line to the audit log.
const AUDIT_INSERT: &str =
    "INSERT INTO audit_log (at, staff_id, action, reference, detail) VALUES (?, ?, ?, ?, ?)";

/// One line of the audit log.
#[derive(Debug, Clone, Serialize)]
pub struct AuditLine {
    pub at: DateTime<Utc>,
    pub staff_id: Option<i64>,
    pub action: String,
    pub reference: Option<String>,
    pub detail: String,
}

type StaffRow = (
    i64,
    String,
    String,
    String,
    String,
    i64,
    Option<DateTime<Utc>>,
);

const STAFF_COLUMNS: &str =
    "id, username, password_hash, role, municipality, failed_logins, locked_until";

fn staff_from(row: StaffRow) -> Option<StaffMember> {
    Some(StaffMember {
        id: row.0,
        username: row.1,
        password_hash: row.2,
        role: StaffRole::parse(&row.3)?,
        municipality: row.4,
        failed_logins: row.5,
        locked_until: row.6,
    })
}

/// Runs `$body` on one connection (`$conn`, a [`Conn`]) inside a transaction on whichever
/// database this is, and commits what it gives; a `return` or `?` in it rolls everything back.
macro_rules! in_transaction {
    ($storage:expr, |$conn:ident| $body:block) => {
        match $storage {
            $crate::storage::Storage::Sqlite(pool, _) => {
                let mut tx = crate::storage::begin_write(pool).await?;
                let out = {
                    #[allow(unused_mut)]
                    let mut $conn = $crate::storage::Conn::Sqlite(&mut tx);
                    $body
                };
                tx.commit().await?;
                Ok(out)
            }
            $crate::storage::Storage::Postgres(pool) => {
                let mut tx = pool.begin().await?;
                let out = {
                    #[allow(unused_mut)]
                    let mut $conn = $crate::storage::Conn::Postgres(&mut tx);
                    $body
                };
                tx.commit().await?;
                Ok(out)
            }
        }
    };
}
pub(super) use in_transaction;

/// Adds one line to the audit log on `conn` (inside the transaction of what it records).
pub(super) async fn audit_on(
    conn: &mut Conn<'_>,
    at: DateTime<Utc>,
    staff_id: impl Into<Option<i64>>,
    action: &str,
    reference: &str,
    detail: &str,
) -> Result<u64, sqlx::Error> {
    let staff_id: Option<i64> = staff_id.into();
    on_both!(conn: conn, sqlx::query, AUDIT_INSERT, execute, |q| q
        .bind(at)
        .bind(staff_id)
        .bind(action)
        .bind(Some(reference))
        .bind(detail))
}

/// Adds a status change with its note to an application's history on `conn` (inside the
/// transaction of the change).
pub(super) async fn history_on(
    conn: &mut Conn<'_>,
    reference: &str,
    at: DateTime<Utc>,
    staff_id: i64,
    status: &str,
    note: &str,
) -> Result<u64, sqlx::Error> {
    on_both!(
        conn: conn,
        sqlx::query,
        "INSERT INTO status_changes (reference, at, staff_id, status, note) VALUES (?, ?, ?, ?, ?)",
        execute,
        |q| q
            .bind(reference)
            .bind(at)
            .bind(staff_id)
            .bind(status)
            .bind(note)
    )
}

impl Storage {
    /// Creates a staff account; false if the username is taken.
    pub async fn create_staff(
        &self,
        username: &str,
        password_hash: &str,
        role: StaffRole,
        municipality: &str,
    ) -> Result<bool, sqlx::Error> {
        let done = on_both!(
            self,
            sqlx::query,
            "INSERT INTO staff (username, password_hash, role, municipality, created_at) \
             VALUES (?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING",
            execute,
            |q| q
                .bind(username)
                .bind(password_hash)
                .bind(role.as_str())
                .bind(municipality)
                .bind(Utc::now())
        )?;
        Ok(done == 1)
    }

    pub async fn staff_by_username(
        &self,
        username: &str,
    ) -> Result<Option<StaffMember>, sqlx::Error> {
        let sql = format!("SELECT {STAFF_COLUMNS} FROM staff WHERE username = ?");
        let row: Option<StaffRow> = on_both!(
            self,
            sqlx::query_as::<_, StaffRow>,
            &sql,
            fetch_optional,
            |q| q.bind(username)
        )?;
        Ok(row.and_then(staff_from))
    }

    /// Records a failed login; locks the account until `lock_until` once it reaches the limit.
    /// With `restart` (an earlier lock-out has expired) the count starts again from this one,
    /// so a single wrong password after a lock-out does not lock the account again.
    pub async fn login_failed(
        &self,
        staff_id: i64,
        lock_until: Option<DateTime<Utc>>,
        restart: bool,
    ) -> Result<(), sqlx::Error> {
        on_both!(
            self,
            sqlx::query,
            "UPDATE staff SET \
             failed_logins = CASE WHEN ? THEN 1 ELSE failed_logins + 1 END, \
             locked_until = CASE WHEN ? THEN ? ELSE COALESCE(?, locked_until) END \
             WHERE id = ?",
            execute,
            |q| q
                .bind(restart)
                .bind(restart)
                .bind(lock_until)
                .bind(lock_until)
                .bind(staff_id)
        )
        .map(drop)
    }

    /// Starts a session (after a good password): resets the failure count.
    pub async fn create_session(
        &self,
        staff_id: i64,
        token_hash: &str,
        csrf_token: &str,
    ) -> Result<(), sqlx::Error> {
        let now = Utc::now();
        on_both!(
            self,
            sqlx::query,
            "UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = ?",
            execute,
            |q| q.bind(staff_id)
        )?;
        on_both!(
            self,
            sqlx::query,
            "INSERT INTO sessions (token_hash, staff_id, csrf_token, created_at, last_seen) \
             VALUES (?, ?, ?, ?, ?)",
            execute,
            |q| q
                .bind(token_hash)
                .bind(staff_id)
                .bind(csrf_token)
                .bind(now)
                .bind(now)
        )
        .map(drop)
    }

    /// The session with this token hash, and its staff member.
    pub async fn session(&self, token_hash: &str) -> Result<Option<Session>, sqlx::Error> {
        type Row = (String, DateTime<Utc>, DateTime<Utc>, i64);
        let row: Option<Row> = on_both!(
            self,
            sqlx::query_as::<_, Row>,
            "SELECT csrf_token, created_at, last_seen, staff_id FROM sessions WHERE token_hash = ?",
            fetch_optional,
            |q| q.bind(token_hash)
        )?;
        let Some((csrf_token, created_at, last_seen, staff_id)) = row else {
            return Ok(None);
        };
        let sql = format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = ?");
        let staff: Option<StaffRow> = on_both!(
            self,
            sqlx::query_as::<_, StaffRow>,
            &sql,
            fetch_optional,
            |q| q.bind(staff_id)
        )?;
        Ok(staff.and_then(staff_from).map(|staff| Session {
            staff,
            csrf_token,
            created_at,
            last_seen,
        }))
    }

    pub async fn touch_session(&self, token_hash: &str) -> Result<(), sqlx::Error> {
        on_both!(
            self,
            sqlx::query,
            "UPDATE sessions SET last_seen = ? WHERE token_hash = ?",
            execute,
            |q| q.bind(Utc::now()).bind(token_hash)
        )
        .map(drop)
    }

    pub async fn end_session(&self, token_hash: &str) -> Result<(), sqlx::Error> {
        on_both!(
            self,
            sqlx::query,
            "DELETE FROM sessions WHERE token_hash = ?",
            execute,
            |q| q.bind(token_hash)
        )
        .map(drop)
    }

    /// Adds a line to the audit log (which cannot be changed afterwards).
    pub async fn audit(
        &self,
        staff_id: Option<i64>,
        action: &str,
        reference: Option<&str>,
        detail: &str,
    ) -> Result<(), sqlx::Error> {
        on_both!(self, sqlx::query, AUDIT_INSERT, execute, |q| q
            .bind(Utc::now())
            .bind(staff_id)
            .bind(action)
            .bind(reference)
            .bind(detail))
        .map(drop)
    }

    /// The audit log, oldest first.
    pub async fn audit_log(&self) -> Result<Vec<AuditLine>, sqlx::Error> {
        type Row = (DateTime<Utc>, Option<i64>, String, Option<String>, String);
        let rows: Vec<Row> = on_both!(
            self,
            sqlx::query_as::<_, Row>,
            "SELECT at, staff_id, action, reference, detail FROM audit_log ORDER BY id",
            fetch_all,
            |q| q
        )?;
        Ok(rows
            .into_iter()
            .map(|r| AuditLine {
                at: r.0,
                staff_id: r.1,
                action: r.2,
                reference: r.3,
                detail: r.4,
            })
            .collect())
    }

    /// Who made an application on behalf of a walk-in, if staff did.
    pub async fn created_by(&self, reference: &str) -> Result<Option<i64>, sqlx::Error> {
        let row: Option<(Option<i64>,)> = on_both!(
            self,
            sqlx::query_as::<_, (Option<i64>,)>,
            "SELECT created_by_staff FROM applications WHERE reference = ?",
            fetch_optional,
            |q| q.bind(reference)
        )?;
        Ok(row.and_then(|r| r.0))
    }

    /// Sets an application's status, records the change with its note and writes the audit
    /// line, all in one transaction: none of the three without the others. False (and nothing
    /// written) if there is no such application.
    pub async fn change_status(
        &self,
        reference: &str,
        staff_id: i64,
        status: ApplicationStatus,
        note: &str,
    ) -> Result<bool, sqlx::Error> {
        let now = Utc::now();
        let decided_at = (status == ApplicationStatus::Decided).then_some(now);
        let status = status.as_str();
        in_transaction!(self, |conn| {
            let changed = on_both!(
                conn: &mut conn,
                sqlx::query,
                "UPDATE applications SET status = ?, decided_at = COALESCE(?, decided_at) \
                 WHERE reference = ?",
                execute,
                |q| q.bind(status).bind(decided_at).bind(reference)
            )?;
            if changed == 0 {
                return Ok(false);
            }
            history_on(&mut conn, reference, now, staff_id, status, note).await?;
            audit_on(&mut conn, now, staff_id, "status", reference, status).await?;
            true
        })
    }

    pub async fn status_changes(&self, reference: &str) -> Result<Vec<StatusChange>, sqlx::Error> {
        type Row = (DateTime<Utc>, String, String);
        let rows: Vec<Row> = on_both!(
            self,
            sqlx::query_as::<_, Row>,
            "SELECT at, status, note FROM status_changes WHERE reference = ? ORDER BY id",
            fetch_all,
            |q| q.bind(reference)
        )?;
        rows.into_iter()
            .map(|(at, status, note)| {
                Ok(StatusChange {
                    at,
                    status: status_from(&status)?,
                    note,
                })
            })
            .collect()
    }

    /// Deletes an application, its notes and its decision and writes the audit line with the reason, in one
    /// transaction (the audit log keeps that it happened, and why). False (and nothing written)
    /// if there is no such application.
    pub async fn delete_application(
        &self,
        reference: &str,
        staff_id: i64,
        reason: &str,
    ) -> Result<bool, sqlx::Error> {
        in_transaction!(self, |conn| {
            // Everything kept about the application, then the application itself.
            for sql in [
                "DELETE FROM status_changes WHERE reference = ?",
                "DELETE FROM decisions WHERE reference = ?",
                "DELETE FROM appeals WHERE reference = ?",
                "DELETE FROM interviews WHERE reference = ?",
                "DELETE FROM document_parts WHERE document_id IN \
                 (SELECT document_id FROM documents WHERE reference = ?)",
                "DELETE FROM documents WHERE reference = ?",
            ] {
                on_both!(conn: &mut conn, sqlx::query, sql, execute, |q| q
                    .bind(reference))?;
            }
            let done = on_both!(
                conn: &mut conn,
                sqlx::query,
                "DELETE FROM applications WHERE reference = ?",
                execute,
                |q| q.bind(reference)
            )?;
            if done == 0 {
                return Ok(false);
            }
            audit_on(&mut conn, Utc::now(), staff_id, "delete", reference, reason).await?;
            true
        })
    }

    /// How many applications are decided, and the seconds from submission to decision summed.
    pub async fn decision_times(&self) -> Result<(u64, f64), sqlx::Error> {
        type Row = (DateTime<Utc>, DateTime<Utc>);
        let rows: Vec<Row> = on_both!(
            self,
            sqlx::query_as::<_, Row>,
            "SELECT created_at, decided_at FROM applications WHERE decided_at IS NOT NULL",
            fetch_all,
            |q| q
        )?;
        let seconds = rows
            .iter()
            .map(|(made, decided)| (*decided - *made).num_milliseconds() as f64 / 1000.0)
            .sum();
        Ok((rows.len() as u64, seconds))
    }
}
