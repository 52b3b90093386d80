-- Idempotency keys are purged Idempotency:RetainFor after they were first used, oldest first, in slices.
CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at);
