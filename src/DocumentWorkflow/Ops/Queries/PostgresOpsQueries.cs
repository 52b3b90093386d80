using Dapper;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

/// <summary>The dashboard's reads on the PostgreSQL database shared by all replicas.</summary>
public sealed class PostgresOpsQueries(NpgsqlDataSource dataSource) : IOpsQueries
{
    public async Task<OpsCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // REPEATABLE READ: the four groupings see one snapshot, so their totals agree.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead,
            cancellationToken);
        var counts = await OpsReads.CountsAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    public async Task<IReadOnlyList<ThroughputCount>> ThroughputAsync(DateTimeOffset from, TimeSpan bucket, int buckets,
        CancellationToken cancellationToken)
    {
        var fromMs = from.ToUnixTimeMilliseconds();
        var bucketMs = (long)bucket.TotalMilliseconds;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Bucketed in epoch milliseconds, as SQLite does, so both stores cut the same edges.
        var rows = await connection.QueryAsync<CountRow>(new CommandDefinition($"""
            SELECT (floor(extract(epoch FROM created_at) * 1000)::bigint - @fromMs) / @bucketMs AS Bucket, 'uploads' AS Key, count(*) AS Count
            FROM documents WHERE created_at >= @from AND created_at < @to GROUP BY 1
            UNION ALL
            SELECT (floor(extract(epoch FROM at) * 1000)::bigint - @fromMs) / @bucketMs AS Bucket, {OpsSql.TransitionSeries} AS Key, count(*) AS Count
            FROM document_transitions WHERE at >= @from AND at < @to AND kind IN {OpsSql.ThroughputKinds} GROUP BY 1, 2
            """, new
        {
            fromMs, bucketMs, from = from.UtcDateTime, to = (from + bucket * buckets).UtcDateTime,
        }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToThroughput()).ToList();
    }

    public async Task<IReadOnlyList<OpsDocumentRow>> LatestInStatusAsync(IReadOnlyList<string> statuses, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await OpsReads.LatestInStatusAsync<Row>(connection, statuses, limit, r => r.ToRow(), cancellationToken);
    }

    public async Task<IReadOnlyList<OpsDocumentRow>> PendingCreatedBeforeAsync(DateTimeOffset createdBefore, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(OpsSql.PendingCreatedBefore,
            new { before = createdBefore.UtcDateTime, limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRow()).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; set; }
        public string Provider { get; set; } = "";
        public string Status { get; set; } = "";
        public string? Step { get; set; }
        public string? Error { get; set; }
        public string DocumentType { get; set; } = "";
        public string? Form526Kind { get; set; }
        public DateTime CreatedAt { get; set; }
        public DateTime UpdatedAt { get; set; }

        public OpsDocumentRow ToRow() => new(Id, Provider, Status, Step, Error, DocumentType, Form526Kind,
            new DateTimeOffset(DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(UpdatedAt, DateTimeKind.Utc)));
    }
}
