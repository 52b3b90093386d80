namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

/// <summary>The dashboard queries' statements (parameters in the dialect's forms).</summary>
public static class OpsSql
{
    public const string ByStatusAndStep = "SELECT status AS Status, step AS Step, count(*) AS Count FROM documents GROUP BY status, step";
    public const string ByProvider = "SELECT provider AS Key, status AS Status, count(*) AS Count FROM documents GROUP BY provider, status";
    public const string ByDocumentType =
        "SELECT document_type AS Key, status AS Status, count(*) AS Count FROM documents GROUP BY document_type, status";
    public const string ByForm526Kind = """
        SELECT form526_kind AS Key, status AS Status, count(*) AS Count FROM documents
        WHERE form526_submission_id IS NOT NULL AND form526_kind IS NOT NULL GROUP BY form526_kind, status
        """;

    public const string RowColumns = """
        id AS Id, provider AS Provider, status AS Status, step AS Step, error AS Error, document_type AS DocumentType,
        form526_kind AS Form526Kind, created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    public const string LatestInStatus =
        $"SELECT {RowColumns} FROM documents WHERE status = @status ORDER BY updated_at DESC LIMIT @limit";

    /// <summary>Submitted or in-progress documents created before @before, oldest first: a range of
    /// ix_documents_status_created per status, so only the stuck documents are read, then sorted.</summary>
    public const string PendingCreatedBefore = $"""
        SELECT {RowColumns} FROM documents
        WHERE status IN ('submitted', 'in_progress') AND created_at < @before
        ORDER BY created_at, seq LIMIT @limit
        """;

    /// <summary>Series names as the SQL writes them, kept equal to <see cref="ThroughputSeries"/>.</summary>
    public const string TransitionSeries =
        "CASE WHEN kind = 'completed' THEN 'completions' ELSE 'failures' END";

    public const string ThroughputKinds = "('completed', 'failed', 'upload_failed')";
}
