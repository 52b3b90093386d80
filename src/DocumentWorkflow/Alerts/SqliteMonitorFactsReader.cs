using Dapper;
using Microsoft.Data.Sqlite;

namespace DocumentUploads.DocumentWorkflow.Alerts;

public sealed class SqliteMonitorFactsReader(string connectionString) : IMonitorFactsReader
{
    public async Task<IReadOnlyList<ProviderUploadCounts>> CountUploadsSinceAsync(DateTimeOffset since,
        CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        // Served by ix_documents_created (migration 006).
        var rows = await connection.QueryAsync<(string Provider, long Registered, long UploadFailed)>(new CommandDefinition("""
            SELECT provider, count(*), coalesce(sum(status = 'upload_failed'), 0)
            FROM documents WHERE created_at >= @since GROUP BY provider ORDER BY provider
            """, new { since = since.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
        return rows.Select(r => new ProviderUploadCounts(r.Provider, r.Registered, r.UploadFailed)).ToList();
    }

    public async Task<long> CountFailedTransitionsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM document_transitions WHERE at >= @since AND to_status = 'failed'",
            new { since = since.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }
}
