-- migration: no transaction
-- The dashboard summary counts documents by provider, by document type and by Form 526 kind, each
-- with status; these let each grouping read a narrow index instead of every row of documents (see
-- the SQLite script for figures). None holds last_polled_at, so poll cycles' stamps stay HOT updates.
-- Built CONCURRENTLY so uploads and poll cycles keep writing during the build; an interrupted build
-- leaves an invalid index behind and the script unrecorded: the next start drops it and builds again.
DROP INDEX CONCURRENTLY IF EXISTS ix_documents_provider_status;
CREATE INDEX CONCURRENTLY ix_documents_provider_status ON documents (provider, status);
DROP INDEX CONCURRENTLY IF EXISTS ix_documents_type_status;
CREATE INDEX CONCURRENTLY ix_documents_type_status ON documents (document_type, status);
DROP INDEX CONCURRENTLY IF EXISTS ix_documents_form526_kind_status;
CREATE INDEX CONCURRENTLY ix_documents_form526_kind_status ON documents (form526_kind, status)
    WHERE form526_submission_id IS NOT NULL AND form526_kind IS NOT NULL;
