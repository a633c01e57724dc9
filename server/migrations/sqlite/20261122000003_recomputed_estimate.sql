-- The server's own estimate for each application, beside the one the resident saw (in the
-- payload), and whether their figures differ.
ALTER TABLE applications ADD COLUMN recomputed_estimate TEXT;
ALTER TABLE applications ADD COLUMN estimate_differs INTEGER NOT NULL DEFAULT 0
    CHECK (estimate_differs IN (0, 1));
