-- The startlån screening of a municipality's tenants (issue 19): one row per imported list.
-- `households` is `[rules::screening::ScreenedHousehold]` as JSON (the municipality's reference
-- for each household, never a name or national id; what the list said of it; its screening).
-- The counts are the run's line in the list of runs. Kept until a caseworker deletes the run.
CREATE TABLE screenings (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    municipality    TEXT    NOT NULL,
    run_at         TEXT    NOT NULL,
    staff_id       INTEGER NOT NULL,
    household_count INTEGER NOT NULL,
    could_buy      INTEGER NOT NULL,
    carries_a_loan INTEGER NOT NULL,
    not_now        INTEGER NOT NULL,
    households     TEXT    NOT NULL
) STRICT;
CREATE INDEX screenings_by_municipality ON screenings (municipality, id);
