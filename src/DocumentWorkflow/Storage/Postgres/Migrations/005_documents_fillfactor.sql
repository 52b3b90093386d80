-- Every poll cycle stamps last_polled_at on every pending row. At fillfactor 90 most of those
-- updates cannot stay on their page (no HOT update), so each cycle wrote a new row version and
-- new index entries for every document: the table grew from 217 to 409 MB per 10^6-document
-- cycle and the server spent 32-39 s of CPU. With room on each page the updates stay in place.
-- Applies to pages written from now on; an existing table is rewritten in a maintenance window
-- (VACUUM FULL documents, or pg_repack) to gain it for old rows.
ALTER TABLE documents SET (fillfactor = 50);
