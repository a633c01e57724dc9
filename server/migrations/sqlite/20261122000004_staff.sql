-- Staff accounts, their sessions, status changes with notes, and the audit log of every staff
-- read and write. The audit log is append-only: triggers refuse to change or delete a line.
CREATE TABLE staff (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('front_desk', 'caseworker')),
    municipality  TEXT    NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    created_at    TEXT    NOT NULL
) STRICT;

CREATE TABLE sessions (
    token_hash TEXT    PRIMARY KEY,
    staff_id   INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    csrf_token TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    last_seen  TEXT    NOT NULL
) STRICT;

CREATE TABLE status_changes (
    id        INTEGER PRIMARY KEY,
    reference TEXT    NOT NULL,
    at        TEXT    NOT NULL,
    staff_id  INTEGER NOT NULL,
    status    TEXT    NOT NULL,
    note      TEXT    NOT NULL
) STRICT;
CREATE INDEX status_changes_reference ON status_changes (reference);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    staff_id  INTEGER,
    action    TEXT    NOT NULL,
    reference TEXT,
    detail    TEXT    NOT NULL
) STRICT;
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

ALTER TABLE applications ADD COLUMN created_by_staff INTEGER;
ALTER TABLE applications ADD COLUMN decided_at TEXT;
