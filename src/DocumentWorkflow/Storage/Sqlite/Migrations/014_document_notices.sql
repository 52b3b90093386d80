-- Failure notices to veterans (VA Notify), an outbox: a notice is queued in the same transaction as the
-- transition that calls for it and sent afterwards, so a crash between the two loses nothing. One notice
-- per document: the primary key and the unique reference make a second queueing or sending a no-op.
CREATE TABLE document_notices (
    document_seq    INTEGER PRIMARY KEY REFERENCES documents (seq),
    reference       TEXT    NOT NULL UNIQUE,
    kind            TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    finished_at     INTEGER NULL,
    notification_id TEXT    NULL,
    detail          TEXT    NULL
);

-- The sender's work list: only pending notices, in the order they fall due.
CREATE INDEX ix_document_notices_due ON document_notices (next_attempt_at) WHERE state = 'pending';
CREATE INDEX ix_document_notices_state_finished ON document_notices (state, finished_at);
