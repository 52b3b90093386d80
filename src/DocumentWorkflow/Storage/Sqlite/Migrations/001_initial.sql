-- Documents every provider accepted (or refused), their history, poll cycles and leases.
-- Times are Unix epoch milliseconds (UTC).
CREATE TABLE documents (
    seq                 INTEGER PRIMARY KEY AUTOINCREMENT,
    id                  TEXT    NOT NULL UNIQUE,
    provider            TEXT    NOT NULL,
    provider_request_id TEXT    NULL,
    claim_id            TEXT    NOT NULL,
    participant_id      TEXT    NOT NULL,
    document_type       TEXT    NOT NULL,
    file_name           TEXT    NOT NULL,
    tracked_item_ids    TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    step                TEXT    NULL,
    error               TEXT    NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    last_polled_at      INTEGER NULL,
    version             INTEGER NOT NULL DEFAULT 0
);

-- One document per provider request id: a retried registration finds the first one.
CREATE UNIQUE INDEX ux_documents_provider_request
    ON documents (provider, provider_request_id) WHERE provider_request_id IS NOT NULL;

-- Serves "pending documents in seq order" for the poll cycle's keyset pages.
CREATE INDEX ix_documents_pending
    ON documents (seq) WHERE status IN ('submitted', 'in_progress', 'timed_out');

CREATE INDEX ix_documents_claim ON documents (participant_id, claim_id, seq);
CREATE INDEX ix_documents_status_step ON documents (status, step);

CREATE TABLE document_transitions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    document_seq    INTEGER NOT NULL REFERENCES documents (seq),
    from_status     TEXT    NULL,
    from_step       TEXT    NULL,
    to_status       TEXT    NOT NULL,
    step            TEXT    NULL,
    detail          TEXT    NULL,
    provider_status TEXT    NULL,
    kind            TEXT    NOT NULL,
    at              INTEGER NOT NULL
);
CREATE INDEX ix_document_transitions_document ON document_transitions (document_seq, id);
CREATE INDEX ix_document_transitions_at ON document_transitions (at);

CREATE TABLE poll_cycles (
    id                  TEXT    PRIMARY KEY,
    trigger             TEXT    NOT NULL,
    started_at          INTEGER NOT NULL,
    finished_at         INTEGER NULL,
    outcome             TEXT    NOT NULL,
    documents_polled    INTEGER NOT NULL,
    transitions         INTEGER NOT NULL,
    transitions_by_kind TEXT    NOT NULL,
    provider_errors     INTEGER NOT NULL,
    unexpected_ids      INTEGER NOT NULL,
    conflicts           INTEGER NOT NULL,
    message             TEXT    NULL
);
CREATE INDEX ix_poll_cycles_started ON poll_cycles (started_at);

CREATE TABLE leases (
    name       TEXT    PRIMARY KEY,
    holder     TEXT    NOT NULL,
    expires_at INTEGER NOT NULL
);
