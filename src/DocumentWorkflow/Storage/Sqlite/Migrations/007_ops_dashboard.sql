-- The ops dashboard's reads (006 is taken by another change): uploads per hour over 7 days
-- (documents by creation time), and the newest failed / not_found / timed_out documents per status.
CREATE INDEX ix_documents_created ON documents (created_at);
CREATE INDEX ix_documents_status_updated ON documents (status, updated_at);
