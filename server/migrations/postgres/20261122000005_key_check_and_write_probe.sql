-- What keeps the data from being lost by accident: a value computed under the secret key, so a
-- start with another key is refused instead of failing on every sealed national id; a table that
-- /readyz writes to (and rolls back) to prove a write would succeed; and the digests of receipt
-- secrets given out under earlier keys, so a key rotation does not invalidate receipts.
CREATE TABLE key_check (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value TEXT    NOT NULL
);

CREATE TABLE write_probe (
    id BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL
);

ALTER TABLE applications ADD COLUMN receipt_digests TEXT;
