-- The national id leaves the JSON payload and is kept encrypted (nonce + ciphertext), a keyed
-- fingerprint of the whole application recognises a retry, and each application has a status
-- and its municipality as columns (for the staff inbox and /metrics).
ALTER TABLE applications ADD COLUMN national_id_sealed BYTEA;
ALTER TABLE applications ADD COLUMN fingerprint TEXT;
ALTER TABLE applications ADD COLUMN municipality TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN status TEXT NOT NULL DEFAULT 'received'
    CHECK (status IN ('received', 'in_progress', 'decided'));
CREATE INDEX applications_status_municipality ON applications (status, municipality);
