-- The startlån screening of a municipality's tenants (issue 19): one row per imported list.
-- `households` is `[rules::screening::ScreenedHousehold]` as JSON (the municipality's reference
-- for each household, never a name or national id; what the list said of it; its screening).
-- The counts are the run's line in the list of runs. Kept until a caseworker deletes the run.
CREATE TABLE screenings (
    id              BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality    TEXT        NOT NULL,
    run_at          TIMESTAMPTZ NOT NULL,
    staff_id        BIGINT      NOT NULL,
    household_count BIGINT      NOT NULL,
    could_buy       BIGINT      NOT NULL,
    carries_a_loan  BIGINT      NOT NULL,
    not_now         BIGINT      NOT NULL,
    households      JSONB       NOT NULL
);
CREATE INDEX screenings_by_municipality ON screenings (municipality, id);
