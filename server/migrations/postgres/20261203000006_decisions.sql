-- The municipality's written decision (enkeltvedtak) on an application: one per application,
-- never changed once made (a reversal after an appeal is a decision of its own, to come).
-- `body` is `rules::decision::Decision` as JSON; `notified_at` is when the applicant first
-- opened it with the receipt's secret, from which the appeal deadline runs.
CREATE TABLE decisions (
    reference   TEXT        PRIMARY KEY,
    decided_at  TIMESTAMPTZ NOT NULL,
    staff_id    BIGINT      NOT NULL,
    body        JSONB       NOT NULL,
    notified_at TIMESTAMPTZ
);
