using Dapper;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Monitoring;

public sealed class DocumentStatistics(SqlDialect sql) : IDocumentStatistics
{
    public async Task<DocumentCounts> CountAsync(DateTimeOffset warningBefore, DateTimeOffset criticalBefore,
        CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var byStatus = (await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
            "SELECT status, count(*) FROM documents GROUP BY status", cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Status, r => r.Count);
        var stuck = await connection.QuerySingleAsync<(long Warning, long Critical)>(new CommandDefinition(
            DocumentStatisticsSql.StuckCounts, new { warning = sql.Time(warningBefore), critical = sql.Time(criticalBefore) },
            cancellationToken: cancellationToken));
        return new DocumentCounts(byStatus, stuck.Warning, stuck.Critical);
    }
}
