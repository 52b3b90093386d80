-- Idempotency-Key reservations for public uploads: one row per (participant, key), bound for good to
-- the fingerprint of the first request that used it. document_id is the tracking id of the attempt
-- holding the key (the document it registers, once completed). state: reserved (an attempt is running,
-- or died: stale after Idempotency:AbandonAfter), completed (document_id is the answer), released (the
-- attempt sent nothing that stuck; the same request may try again). Times are Unix epoch milliseconds.
CREATE TABLE idempotency_keys (
    participant_id      TEXT    NOT NULL,
    key                 TEXT    NOT NULL,
    request_fingerprint TEXT    NOT NULL,
    document_id         TEXT    NOT NULL,
    state               TEXT    NOT NULL CHECK (state IN ('reserved', 'completed', 'released')),
    created_at          INTEGER NOT NULL,
    reserved_at         INTEGER NOT NULL,
    completed_at        INTEGER NULL,
    PRIMARY KEY (participant_id, key)
);
