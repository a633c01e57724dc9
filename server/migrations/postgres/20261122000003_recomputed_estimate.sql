-- The server's own estimate for each application, beside the one the resident saw (in the
-- payload), and whether their figures differ.
ALTER TABLE applications ADD COLUMN recomputed_estimate JSONB;
ALTER TABLE applications ADD COLUMN estimate_differs BOOLEAN NOT NULL DEFAULT false;
