-- The dashboard's throughput charts and the failure_spike monitor count transitions of some kinds in a
-- time range. With the kind in the index they never touch the table: at 10^6 documents the 7-day chart
-- went from 4.2 s to 0.25 s on SQLite. It serves every query the (at) index served, so that one goes.
CREATE INDEX ix_document_transitions_at_kind ON document_transitions (at, kind);
DROP INDEX ix_document_transitions_at;
