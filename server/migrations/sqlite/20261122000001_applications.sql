-- Applications for housing help, as the resident submitted them.
-- `payload` is the application as JSON (the rules crate's types); `reference` is what the resident
-- gets on the receipt; `idempotency_key` makes a retried submission return the first row.
CREATE TABLE applications (
    id              INTEGER PRIMARY KEY,
    reference       TEXT    NOT NULL UNIQUE,
    idempotency_key TEXT    NOT NULL UNIQUE,
    payload         TEXT    NOT NULL,
    created_at      TEXT    NOT NULL
) STRICT;
