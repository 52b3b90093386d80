using System.Data.Common;
using Dapper;

namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

/// <summary>The dashboard reads that both stores run alike once a connection is open; each store keeps only
/// how it opens the connection and how its row type reads times.</summary>
internal static class OpsReads
{
    /// <summary>The four groupings, inside the caller's transaction so they see one snapshot and their totals agree.</summary>
    public static async Task<OpsCounts> CountsAsync(DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        async Task<IReadOnlyList<CountRow>> QueryAsync(string sql) => (await connection.QueryAsync<CountRow>(
            new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken))).ToList();

        var byStep = await QueryAsync(OpsSql.ByStatusAndStep);
        var byProvider = await QueryAsync(OpsSql.ByProvider);
        var byType = await QueryAsync(OpsSql.ByDocumentType);
        var byKind = await QueryAsync(OpsSql.ByForm526Kind);
        return new OpsCounts(byStep.Select(r => r.ToStatusStep()).ToList(), byProvider.Select(r => r.ToGroup()).ToList(),
            byType.Select(r => r.ToGroup()).ToList(), byKind.Select(r => r.ToGroup()).ToList());
    }

    /// <summary>The newest documents in any of <paramref name="statuses"/>: one indexed range per status
    /// (ix_documents_status_updated), newest first, then merged.</summary>
    public static async Task<IReadOnlyList<OpsDocumentRow>> LatestInStatusAsync<TRow>(DbConnection connection,
        IReadOnlyList<string> statuses, int limit, Func<TRow, OpsDocumentRow> toRow, CancellationToken cancellationToken)
    {
        var result = new List<OpsDocumentRow>();
        foreach (var status in statuses.Distinct())
        {
            var rows = await connection.QueryAsync<TRow>(new CommandDefinition(OpsSql.LatestInStatus, new { status, limit },
                cancellationToken: cancellationToken));
            result.AddRange(rows.Select(toRow));
        }
        return result.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id).Take(limit).ToList();
    }
}
