namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>The idempotency store's statements (parameters in the dialect's forms).</summary>
internal static class IdempotencySql
{
    public const string Insert = """
        INSERT INTO idempotency_keys (participant_id, key, request_fingerprint, document_id, state, created_at, reserved_at)
        VALUES (@ParticipantId, @Key, @Fingerprint, @DocumentId, 'reserved', @at, @at)
        ON CONFLICT (participant_id, key) DO NOTHING
        """;

    public const string TakeOver = """
        UPDATE idempotency_keys SET document_id = @DocumentId, state = 'reserved', reserved_at = @at
        WHERE participant_id = @ParticipantId AND key = @Key
        """;

    public const string MarkCompleted = """
        UPDATE idempotency_keys SET state = 'completed', completed_at = @at
        WHERE participant_id = @ParticipantId AND key = @Key
        """;

    public const string Complete = """
        UPDATE idempotency_keys SET state = 'completed', completed_at = COALESCE(completed_at, @at)
        WHERE participant_id = @ParticipantId AND key = @Key AND document_id = @DocumentId AND state <> 'released'
        """;

    public const string Release = """
        UPDATE idempotency_keys SET state = 'released'
        WHERE participant_id = @ParticipantId AND key = @Key AND document_id = @DocumentId AND state <> 'completed'
        """;

    /// <summary>One slice (through ix_idempotency_keys_created), so no statement holds the lock or many rows for long;
    /// a reservation taken (over) after the cut-off is still running and stays.</summary>
    public const string Purge = """
        DELETE FROM idempotency_keys WHERE (participant_id, key) IN (
            SELECT participant_id, key FROM idempotency_keys
            WHERE created_at < @before AND (state <> 'reserved' OR reserved_at < @before)
            LIMIT @limit)
        """;
}
