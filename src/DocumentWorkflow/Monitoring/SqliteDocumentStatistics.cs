using Dapper;
using Microsoft.Data.Sqlite;

namespace DocumentUploads.DocumentWorkflow.Monitoring;

public sealed class SqliteDocumentStatistics(string connectionString) : IDocumentStatistics
{
    public async Task<DocumentCounts> CountAsync(DateTimeOffset warningBefore, DateTimeOffset criticalBefore,
        CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        var byStatus = (await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
            "SELECT status, count(*) FROM documents GROUP BY status", cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Status, r => r.Count);
        var stuck = await connection.QuerySingleAsync<(long Warning, long Critical)>(new CommandDefinition(
            DocumentStatisticsSql.StuckCounts,
            new { warning = warningBefore.ToUnixTimeMilliseconds(), critical = criticalBefore.ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
        return new DocumentCounts(byStatus, stuck.Warning, stuck.Critical);
    }
}
