-- An invitation to a meeting about an application: one at a time. `body` is
-- `rules::interview::Interview` as JSON without its reply; `reply` is the applicant's
-- `InterviewReply` as JSON once they have answered. A new invitation replaces the one before it
-- and clears its reply; the audit log keeps that both were sent.
CREATE TABLE interviews (
    reference         TEXT    PRIMARY KEY,
    invited_at        TEXT    NOT NULL,
    invited_staff_id  INTEGER NOT NULL,
    body              TEXT    NOT NULL,
    reply             TEXT,
    replied_at        TEXT
) STRICT;
