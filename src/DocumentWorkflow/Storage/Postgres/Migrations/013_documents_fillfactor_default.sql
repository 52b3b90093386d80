-- Poll cycles no longer stamp last_polled_at on every pending row (only documents that change, and
-- timed-out ones, are written), so the room migration 005 kept on each page for those stamps is
-- half of every page wasted. Back to 90: still room for a transition's in-place (HOT) update.
-- Applies to pages written from now on; VACUUM FULL documents (or pg_repack) in a maintenance
-- window repacks existing pages.
ALTER TABLE documents SET (fillfactor = 90);
