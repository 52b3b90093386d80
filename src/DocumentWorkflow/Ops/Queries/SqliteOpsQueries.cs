using Dapper;
using Microsoft.Data.Sqlite;

namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

/// <summary>The dashboard's reads on the SQLite file (times are epoch milliseconds there).</summary>
public sealed class SqliteOpsQueries(string connectionString) : IOpsQueries
{
    public async Task<OpsCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // One read transaction: the four groupings see the same snapshot (WAL), so their totals agree.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var counts = await OpsReads.CountsAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    public async Task<IReadOnlyList<ThroughputCount>> ThroughputAsync(DateTimeOffset from, TimeSpan bucket, int buckets,
        CancellationToken cancellationToken)
    {
        var fromMs = from.ToUnixTimeMilliseconds();
        var bucketMs = (long)bucket.TotalMilliseconds;
        var toMs = fromMs + bucketMs * buckets;
        await using var connection = new SqliteConnection(connectionString);
        // Served by ix_documents_created and ix_document_transitions_at_kind (index-only).
        var rows = await connection.QueryAsync<CountRow>(new CommandDefinition($"""
            SELECT (created_at - @fromMs) / @bucketMs AS Bucket, 'uploads' AS Key, count(*) AS Count FROM documents
            WHERE created_at >= @fromMs AND created_at < @toMs GROUP BY 1
            UNION ALL
            SELECT (at - @fromMs) / @bucketMs AS Bucket, {OpsSql.TransitionSeries} AS Key, count(*) AS Count FROM document_transitions
            WHERE at >= @fromMs AND at < @toMs AND kind IN {OpsSql.ThroughputKinds} GROUP BY 1, 2
            """, new { fromMs, toMs, bucketMs }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToThroughput()).ToList();
    }

    public async Task<IReadOnlyList<OpsDocumentRow>> LatestInStatusAsync(IReadOnlyList<string> statuses, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        return await OpsReads.LatestInStatusAsync<Row>(connection, statuses, limit, r => r.ToRow(), cancellationToken);
    }

    public async Task<IReadOnlyList<OpsDocumentRow>> PendingCreatedBeforeAsync(DateTimeOffset createdBefore, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(OpsSql.PendingCreatedBefore,
            new { before = createdBefore.ToUnixTimeMilliseconds(), limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRow()).ToList();
    }

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string Provider { get; set; } = "";
        public string Status { get; set; } = "";
        public string? Step { get; set; }
        public string? Error { get; set; }
        public string DocumentType { get; set; } = "";
        public string? Form526Kind { get; set; }
        public long CreatedAt { get; set; }
        public long UpdatedAt { get; set; }

        public OpsDocumentRow ToRow() => new(Guid.Parse(Id), Provider, Status, Step, Error, DocumentType, Form526Kind,
            DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt), DateTimeOffset.FromUnixTimeMilliseconds(UpdatedAt));
    }
}
