namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>Retention's statements (parameters in the dialect's forms).</summary>
internal static class RetentionSql
{
    public const string Index = "ix_documents_retention";

    /// <summary>Tables holding a document's own rows (document_seq references documents.seq), deleted before it: its
    /// history and its failure notice (migration 014). A notice is settled within hours of its document's failure
    /// (sent, or failed for good and alerted), long before its document is old enough to go.</summary>
    public static readonly IReadOnlyList<string> DocumentRowTables = ["document_transitions", "document_notices"];

    /// <summary>The slice's documents, oldest first: <see cref="RetentionRules"/> in SQL, word for word the predicate
    /// of ix_documents_retention (migration 015) so both databases read just the head of that index.</summary>
    public static string SelectSlice(string useIndex, string lockRows) => $"""
        SELECT seq FROM documents {useIndex}
        WHERE status IN ('completed', 'failed', 'upload_failed', 'not_found')
          AND kept_at IS NULL AND form526_submission_id IS NULL
          AND updated_at < @before
        ORDER BY updated_at
        LIMIT @limit
        {lockRows}
        """;

    public const string Facts = """
        SELECT id AS DocumentId, status AS Status, updated_at AS UpdatedAt,
               form526_submission_id AS Form526SubmissionId, kept_at AS KeptAt, kept_by AS KeptBy, keep_reason AS KeepReason
        FROM documents WHERE id = @id
        """;

    public const string SetKeep = "UPDATE documents SET kept_at = @keptAt, kept_by = @keptBy, keep_reason = @reason WHERE id = @id";

    public const string InsertRun = """
        INSERT INTO retention_runs (id, started_at, finished_at, deleted_before, outcome, documents, rows_deleted)
        VALUES (@id, @startedAt, @finishedAt, @deletedBefore, @outcome, @documents, @rows)
        """;

    public const string LastRun = """
        SELECT id AS Id, started_at AS StartedAt, finished_at AS FinishedAt, deleted_before AS DeletedBefore,
               outcome AS Outcome, documents AS Documents, rows_deleted AS Rows
        FROM retention_runs ORDER BY started_at DESC LIMIT 1
        """;
}
