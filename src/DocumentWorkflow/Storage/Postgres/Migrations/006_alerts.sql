-- Alert monitors: every firing of an alert, from when it fired until it resolved by itself.
CREATE TABLE alerts (
    id           uuid        PRIMARY KEY,
    monitor      text        NOT NULL,
    subject      text        NOT NULL,
    severity     text        NOT NULL,
    summary      text        NOT NULL,
    fired_at     timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    resolved_at  timestamptz NULL
);

-- One active alert per (monitor, subject): two replicas evaluating at once cannot both fire it.
CREATE UNIQUE INDEX ux_alerts_active ON alerts (monitor, subject) WHERE resolved_at IS NULL;
CREATE INDEX ix_alerts_fired ON alerts (fired_at);

-- Failed status batches per provider in each cycle, for provider_status_errors.
ALTER TABLE poll_cycles ADD COLUMN provider_errors_by_provider jsonb NOT NULL DEFAULT '{}';

-- upload_failures counts documents registered within a window; created_at never changes, so the
-- poll's last_polled_at updates stay HOT (fillfactor 50, migration 005) with this index too.
CREATE INDEX ix_documents_created ON documents (created_at);
