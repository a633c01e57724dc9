-- Documents (vedlegg) an applicant attaches to an application after sending it. A document is
-- started with its kind and size, and its content comes in parts (`document_parts`), each sealed
-- with the document's own key; `key_wrapped` is that key wrapped by the server's key (a key
-- rotation rewraps it, never the parts). `media_type` is what the first part's bytes say the
-- file is (never its name); `received` is where the next part starts, `size` once complete.
-- No file name is kept. Deleted with the application.
CREATE TABLE documents (
    document_id  TEXT    PRIMARY KEY,
    reference    TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    media_type   TEXT,
    size         INTEGER NOT NULL,
    received     INTEGER NOT NULL DEFAULT 0,
    key_wrapped  BLOB    NOT NULL,
    added_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX documents_by_reference ON documents (reference, added_at);

CREATE TABLE document_parts (
    document_id  TEXT    NOT NULL,
    start_byte   INTEGER NOT NULL,
    sealed       BLOB    NOT NULL,
    PRIMARY KEY (document_id, start_byte)
) STRICT;
