-- The ops dashboard's reads: the newest failed / not_found / timed_out documents per status.
-- (Uploads per hour read documents by creation time through 006's ix_documents_created.)
-- The index's columns are not stamped by every poll cycle (last_polled_at is), so HOT updates are unaffected.
CREATE INDEX ix_documents_status_updated ON documents (status, updated_at);
