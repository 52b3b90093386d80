using Dapper;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Alerts;

public sealed class PostgresMonitorFactsReader(NpgsqlDataSource dataSource) : IMonitorFactsReader
{
    public async Task<IReadOnlyList<ProviderUploadCounts>> CountUploadsSinceAsync(DateTimeOffset since,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Served by ix_documents_created (migration 006).
        var rows = await connection.QueryAsync<(string Provider, long Registered, long UploadFailed)>(new CommandDefinition("""
            SELECT provider, count(*), count(*) FILTER (WHERE status = 'upload_failed')
            FROM documents WHERE created_at >= @since GROUP BY provider ORDER BY provider
            """, new { since = PostgresTimes.Write(since) }, cancellationToken: cancellationToken));
        return rows.Select(r => new ProviderUploadCounts(r.Provider, r.Registered, r.UploadFailed)).ToList();
    }

    public async Task<long> CountFailedTransitionsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM document_transitions WHERE at >= @since AND to_status = 'failed'",
            new { since = PostgresTimes.Write(since) }, cancellationToken: cancellationToken));
    }
}
