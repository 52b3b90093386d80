namespace DocumentUploads.DocumentWorkflow.Monitoring;

/// <summary>The statistics' statements.</summary>
public static class DocumentStatisticsSql
{
    /// <summary>Submitted or in-progress documents created before each threshold. Two range counts on
    /// ix_documents_status_created (migration 010) read only the stuck documents, however many are pending.</summary>
    public const string StuckCounts = """
        SELECT (SELECT count(*) FROM documents WHERE status IN ('submitted', 'in_progress') AND created_at < @warning),
               (SELECT count(*) FROM documents WHERE status IN ('submitted', 'in_progress') AND created_at < @critical)
        """;
}
