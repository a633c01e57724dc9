-- An applicant's appeal (klage) on the decision: one per decision. `body` is
-- `rules::decision::Appeal` as JSON without its outcome; `outcome` is `AppealOutcome` as JSON once
-- the municipality has reversed its decision or forwarded the appeal to Statsforvalteren, and
-- is never changed after that.
CREATE TABLE appeals (
    reference         TEXT        PRIMARY KEY,
    received_at       TIMESTAMPTZ NOT NULL,
    body              JSONB       NOT NULL,
    outcome           JSONB,
    outcome_at        TIMESTAMPTZ,
    outcome_staff_id  BIGINT
);
