-- Staff accounts, their sessions, status changes with notes, and the audit log of every staff
-- read and write. The audit log is append-only: a trigger refuses to change or delete a line.
CREATE TABLE staff (
    id            BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      TEXT        NOT NULL UNIQUE,
    password_hash TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('front_desk', 'caseworker')),
    municipality  TEXT        NOT NULL,
    failed_logins BIGINT      NOT NULL DEFAULT 0,
    locked_until  TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT        PRIMARY KEY,
    staff_id   BIGINT      NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    csrf_token TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    last_seen  TIMESTAMPTZ NOT NULL
);

CREATE TABLE status_changes (
    id        BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference TEXT        NOT NULL,
    at        TIMESTAMPTZ NOT NULL,
    staff_id  BIGINT      NOT NULL,
    status    TEXT        NOT NULL,
    note      TEXT        NOT NULL
);
CREATE INDEX status_changes_reference ON status_changes (reference);

CREATE TABLE audit_log (
    id        BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL,
    staff_id  BIGINT,
    action    TEXT        NOT NULL,
    reference TEXT,
    detail    TEXT        NOT NULL
);
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_is_append_only BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

ALTER TABLE applications ADD COLUMN created_by_staff BIGINT;
ALTER TABLE applications ADD COLUMN decided_at TIMESTAMPTZ;
