-- What Statsforvalteren decided on an appeal the municipality forwarded, as a caseworker recorded
-- it from Statsforvalteren's letter: `rules::decision::InstanceDecision` as JSON, kept once and
-- never changed after that, with when and by whom it was recorded.
ALTER TABLE appeals ADD COLUMN instance_decision TEXT;
ALTER TABLE appeals ADD COLUMN instance_at TEXT;
ALTER TABLE appeals ADD COLUMN instance_staff_id INTEGER;
