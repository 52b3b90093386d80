using Dapper;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Monitoring;

public sealed class PostgresDocumentStatistics(NpgsqlDataSource dataSource) : IDocumentStatistics
{
    public async Task<DocumentCounts> CountAsync(DateTimeOffset warningBefore, DateTimeOffset criticalBefore,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var byStatus = (await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
            "SELECT status, count(*) FROM documents GROUP BY status", cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Status, r => r.Count);
        var stuck = await connection.QuerySingleAsync<(long Warning, long Critical)>(new CommandDefinition(
            DocumentStatisticsSql.StuckCounts, new { warning = warningBefore.UtcDateTime, critical = criticalBefore.UtcDateTime },
            cancellationToken: cancellationToken));
        return new DocumentCounts(byStatus, stuck.Warning, stuck.Critical);
    }
}
