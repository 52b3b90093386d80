-- Alert monitors: every firing of an alert, from when it fired until it resolved by itself.
-- Times are Unix epoch milliseconds (UTC).
CREATE TABLE alerts (
    id           TEXT    PRIMARY KEY,
    monitor      TEXT    NOT NULL,
    subject      TEXT    NOT NULL,
    severity     TEXT    NOT NULL,
    summary      TEXT    NOT NULL,
    fired_at     INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    resolved_at  INTEGER NULL
);

-- One active alert per (monitor, subject): two replicas evaluating at once cannot both fire it.
CREATE UNIQUE INDEX ux_alerts_active ON alerts (monitor, subject) WHERE resolved_at IS NULL;
CREATE INDEX ix_alerts_fired ON alerts (fired_at);

-- Failed status batches per provider in each cycle (JSON object), for provider_status_errors.
ALTER TABLE poll_cycles ADD COLUMN provider_errors_by_provider TEXT NOT NULL DEFAULT '{}';

-- upload_failures counts documents registered within a window; created_at never changes, so this
-- index costs one entry per registration and nothing per poll.
CREATE INDEX ix_documents_created ON documents (created_at);
