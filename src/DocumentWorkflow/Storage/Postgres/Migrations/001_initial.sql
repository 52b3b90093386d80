-- Documents every provider accepted (or refused), their history, poll cycles and leases.
-- Times are timestamptz (UTC instants, microsecond precision).

-- fillfactor 90: every poll cycle rewrites last_polled_at on each pending row; free space on the
-- page lets those updates stay HOT (last_polled_at is deliberately in no index).
CREATE TABLE documents (
    seq                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                  uuid        NOT NULL UNIQUE,
    provider            text        NOT NULL,
    provider_request_id text        NULL,
    claim_id            text        NOT NULL,
    participant_id      text        NOT NULL,
    document_type       text        NOT NULL,
    file_name           text        NOT NULL,
    tracked_item_ids    bigint[]    NOT NULL,
    status              text        NOT NULL CHECK (status IN
        ('submitted', 'in_progress', 'completed', 'failed', 'upload_failed', 'not_found', 'timed_out')),
    step                text        NULL,
    error               text        NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    last_polled_at      timestamptz NULL,
    version             bigint      NOT NULL DEFAULT 0
) WITH (fillfactor = 90);

-- One document per provider request id: a retried registration finds the first one.
CREATE UNIQUE INDEX ux_documents_provider_request
    ON documents (provider, provider_request_id) WHERE provider_request_id IS NOT NULL;

-- Serves "pending documents in seq order" for the poll cycle's keyset pages. Terminal documents
-- (the vast majority over time) are not in it, so it stays as small as the work to do.
CREATE INDEX ix_documents_pending
    ON documents (seq) WHERE status IN ('submitted', 'in_progress', 'timed_out');

CREATE INDEX ix_documents_claim ON documents (participant_id, claim_id, seq);
CREATE INDEX ix_documents_status_step ON documents (status, step);

CREATE TABLE document_transitions (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_seq    bigint      NOT NULL REFERENCES documents (seq),
    from_status     text        NULL,
    from_step       text        NULL,
    to_status       text        NOT NULL,
    step            text        NULL,
    detail          text        NULL,
    provider_status text        NULL,
    kind            text        NOT NULL,
    at              timestamptz NOT NULL
);
CREATE INDEX ix_document_transitions_document ON document_transitions (document_seq, id);
CREATE INDEX ix_document_transitions_at ON document_transitions (at);

CREATE TABLE poll_cycles (
    id                  uuid        PRIMARY KEY,
    trigger             text        NOT NULL,
    started_at          timestamptz NOT NULL,
    finished_at         timestamptz NULL,
    outcome             text        NOT NULL,
    documents_polled    integer     NOT NULL,
    transitions         integer     NOT NULL,
    transitions_by_kind jsonb       NOT NULL,
    provider_errors     integer     NOT NULL,
    unexpected_ids      integer     NOT NULL,
    conflicts           integer     NOT NULL,
    message             text        NULL
);
CREATE INDEX ix_poll_cycles_started ON poll_cycles (started_at);

CREATE TABLE leases (
    name       text        PRIMARY KEY,
    holder     text        NOT NULL,
    expires_at timestamptz NOT NULL
);
