-- Retention (Retention:* settings): finished documents are deleted some weeks after their last transition,
-- except those an operator marked to keep (kept_at/kept_by/keep_reason) and Form 526 documents, which stay
-- with their submission so it never looks incomplete. Each purge run is recorded for the dashboard.
-- Times are Unix epoch milliseconds (UTC).
ALTER TABLE documents ADD COLUMN kept_at INTEGER NULL;
ALTER TABLE documents ADD COLUMN kept_by TEXT NULL;
ALTER TABLE documents ADD COLUMN keep_reason TEXT NULL;

CREATE TABLE retention_runs (
    id             TEXT    PRIMARY KEY,
    started_at     INTEGER NOT NULL,
    finished_at    INTEGER NOT NULL,
    deleted_before INTEGER NOT NULL,
    outcome        TEXT    NOT NULL,
    documents      INTEGER NOT NULL,
    rows_deleted   INTEGER NOT NULL
);
CREATE INDEX ix_retention_runs_started ON retention_runs (started_at);

-- Exactly the documents a purge may delete, oldest first: a slice is the first rows of this index, however
-- many kept or Form 526 documents pile up beside them. Pending documents are not in it.
CREATE INDEX ix_documents_retention ON documents (updated_at)
    WHERE status IN ('completed', 'failed', 'upload_failed', 'not_found')
      AND kept_at IS NULL AND form526_submission_id IS NULL;
