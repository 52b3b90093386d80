using Dapper;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Alerts;

public sealed class MonitorFactsReader(SqlDialect sql) : IMonitorFactsReader
{
    public async Task<IReadOnlyList<ProviderUploadCounts>> CountUploadsSinceAsync(DateTimeOffset since,
        CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        // Served by ix_documents_created (migration 006).
        var rows = await connection.QueryAsync<(string Provider, long Registered, long UploadFailed)>(new CommandDefinition("""
            SELECT provider, count(*), sum(CASE WHEN status = 'upload_failed' THEN 1 ELSE 0 END)
            FROM documents WHERE created_at >= @since GROUP BY provider ORDER BY provider
            """, new { since = sql.Time(since) }, cancellationToken: cancellationToken));
        return rows.Select(r => new ProviderUploadCounts(r.Provider, r.Registered, r.UploadFailed)).ToList();
    }

    public async Task<long> CountFailedTransitionsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM document_transitions WHERE at >= @since AND to_status = 'failed'",
            new { since = sql.Time(since) }, cancellationToken: cancellationToken));
    }
}
