using Dapper;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

/// <summary>The dashboard's reads, on the service's database.</summary>
public sealed class OpsQueries(SqlDialect sql) : IOpsQueries
{
    public async Task<OpsCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        // One snapshot for the four groupings, so their totals agree.
        await using var transaction = await sql.BeginSnapshotAsync(connection, cancellationToken);
        async Task<IReadOnlyList<CountRow>> QueryAsync(string query) => (await connection.QueryAsync<CountRow>(
            new CommandDefinition(query, transaction: transaction, cancellationToken: cancellationToken))).ToList();

        var byStep = await QueryAsync(OpsSql.ByStatusAndStep);
        var byProvider = await QueryAsync(OpsSql.ByProvider);
        var byType = await QueryAsync(OpsSql.ByDocumentType);
        var byKind = await QueryAsync(OpsSql.ByForm526Kind);
        await transaction.CommitAsync(cancellationToken);
        return new OpsCounts(byStep.Select(r => r.ToStatusStep()).ToList(), byProvider.Select(r => r.ToGroup()).ToList(),
            byType.Select(r => r.ToGroup()).ToList(), byKind.Select(r => r.ToGroup()).ToList());
    }

    public async Task<IReadOnlyList<ThroughputCount>> ThroughputAsync(DateTimeOffset from, TimeSpan bucket, int buckets,
        CancellationToken cancellationToken)
    {
        var fromMs = from.ToUnixTimeMilliseconds();
        var bucketMs = (long)bucket.TotalMilliseconds;
        await using var connection = await sql.OpenAsync(cancellationToken);
        // Bucketed in epoch milliseconds on both databases, so they cut the same edges. Served by
        // ix_documents_created and ix_document_transitions_at_kind (index-only).
        var rows = await connection.QueryAsync<CountRow>(new CommandDefinition($"""
            SELECT ({sql.EpochMilliseconds("created_at")} - @fromMs) / @bucketMs AS Bucket, 'uploads' AS Key, count(*) AS Count
            FROM documents WHERE created_at >= @from AND created_at < @to GROUP BY 1
            UNION ALL
            SELECT ({sql.EpochMilliseconds("at")} - @fromMs) / @bucketMs AS Bucket, {OpsSql.TransitionSeries} AS Key, count(*) AS Count
            FROM document_transitions WHERE at >= @from AND at < @to AND kind IN {OpsSql.ThroughputKinds} GROUP BY 1, 2
            """, new { fromMs, bucketMs, from = sql.Time(from), to = sql.Time(from + bucket * buckets) },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToThroughput()).ToList();
    }

    /// <summary>The newest documents in any of <paramref name="statuses"/>: one indexed range per status
    /// (ix_documents_status_updated), newest first, then merged.</summary>
    public async Task<IReadOnlyList<OpsDocumentRow>> LatestInStatusAsync(IReadOnlyList<string> statuses, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var result = new List<OpsDocumentRow>();
        foreach (var status in statuses.Distinct())
        {
            var rows = await connection.QueryAsync<DocumentSummaryRow>(new CommandDefinition(OpsSql.LatestInStatus,
                new { status, limit }, cancellationToken: cancellationToken));
            result.AddRange(rows.Select(r => r.ToRow()));
        }
        return result.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id).Take(limit).ToList();
    }

    public async Task<IReadOnlyList<OpsDocumentRow>> PendingCreatedBeforeAsync(DateTimeOffset createdBefore, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await sql.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DocumentSummaryRow>(new CommandDefinition(OpsSql.PendingCreatedBefore,
            new { before = sql.Time(createdBefore), limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRow()).ToList();
    }
}
