-- Status batches asked per provider in a cycle, beside the failed ones: a cycle in which every
-- batch to a provider failed is a total outage, which provider_status_errors pages at once.
ALTER TABLE poll_cycles ADD COLUMN provider_batches_by_provider jsonb NOT NULL DEFAULT '{}';
