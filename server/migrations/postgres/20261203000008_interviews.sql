-- An invitation to a meeting about an application: one at a time. `body` is
-- `rules::interview::Interview` as JSON without its reply; `reply` is the applicant's
-- `InterviewReply` as JSON once they have answered. A new invitation replaces the one before it
-- and clears its reply; the audit log keeps that both were sent.
CREATE TABLE interviews (
    reference         TEXT        PRIMARY KEY,
    invited_at        TIMESTAMPTZ NOT NULL,
    invited_staff_id  BIGINT      NOT NULL,
    body              JSONB       NOT NULL,
    reply             JSONB,
    replied_at        TIMESTAMPTZ
);
