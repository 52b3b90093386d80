-- migration: no transaction
-- Retention (Retention:* settings): finished documents are deleted some weeks after their last transition,
-- except those an operator marked to keep (kept_at/kept_by/keep_reason) and Form 526 documents, which stay
-- with their submission so it never looks incomplete. Each purge run is recorded for the dashboard.
-- Runs statement by statement so the index below can be built CONCURRENTLY; every statement is safe to
-- run again from the top after an interrupted start.

-- Nullable columns without a default: a catalog change only, no table rewrite.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS kept_at timestamptz NULL;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS kept_by text NULL;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS keep_reason text NULL;

CREATE TABLE IF NOT EXISTS retention_runs (
    id             uuid        PRIMARY KEY,
    started_at     timestamptz NOT NULL,
    finished_at    timestamptz NOT NULL,
    deleted_before timestamptz NOT NULL,
    outcome        text        NOT NULL,
    documents      bigint      NOT NULL,
    rows_deleted   bigint      NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_retention_runs_started ON retention_runs (started_at);

-- Exactly the documents a purge may delete, oldest first: a slice is the first rows of this index, however
-- many kept or Form 526 documents pile up beside them (ix_documents_status_updated would walk past those on
-- every slice). Pending documents are not in it, so poll cycles' writes to them never touch it.
DROP INDEX CONCURRENTLY IF EXISTS ix_documents_retention;
CREATE INDEX CONCURRENTLY ix_documents_retention ON documents (updated_at)
    WHERE status IN ('completed', 'failed', 'upload_failed', 'not_found')
      AND kept_at IS NULL AND form526_submission_id IS NULL;
