using DocumentUploads.DocumentWorkflow.Ops.Queries;
using DocumentUploads.DocumentWorkflow.Retention;

namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>GET /ops/api/summary and the overview's tables: documents by status (and step), and by status
/// within provider, document type and Form 526 kind. Pure: shaped from <see cref="OpsCounts"/>.</summary>
public sealed record OpsSummary(
    DateTimeOffset GeneratedAt,
    long Total,
    IReadOnlyList<StatusTotal> ByStatus,
    IReadOnlyList<BreakdownRow> ByProvider,
    IReadOnlyList<BreakdownRow> ByDocumentType,
    IReadOnlyList<BreakdownRow> ByForm526Kind)
{
    /// <summary>The most recent retention purge (null before the first).</summary>
    public RetentionRun? LastPurge { get; init; }

    /// <summary>Statuses in the order a document moves through them.</summary>
    public static readonly string[] StatusOrder =
        ["submitted", "in_progress", "completed", "failed", "upload_failed", "not_found", "timed_out"];

    public static OpsSummary From(OpsCounts counts, DateTimeOffset generatedAt)
    {
        var byStatus = counts.ByStatusAndStep
            .GroupBy(c => c.Status, StringComparer.Ordinal)
            .OrderBy(g => StatusRank(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new StatusTotal(g.Key, g.Sum(c => c.Count),
                g.Where(c => c.Step is not null).OrderBy(c => c.Step, StringComparer.Ordinal)
                    .Select(c => new StepTotal(c.Step!, StepLabels.Label(c.Step)!, c.Count)).ToList()))
            .ToList();
        return new OpsSummary(generatedAt, byStatus.Sum(s => s.Count), byStatus, Pivot(counts.ByProvider),
            Pivot(counts.ByDocumentType), Pivot(counts.ByForm526Kind));
    }

    private static List<BreakdownRow> Pivot(IReadOnlyList<GroupCount> counts) => counts
        .GroupBy(c => c.Key, StringComparer.Ordinal)
        .Select(g => new BreakdownRow(g.Key, g.Sum(c => c.Count),
            g.OrderBy(c => StatusRank(c.Status)).ToDictionary(c => c.Status, c => c.Count, StringComparer.Ordinal)))
        .OrderByDescending(r => r.Total).ThenBy(r => r.Key, StringComparer.Ordinal)
        .ToList();

    private static int StatusRank(string status) => Array.IndexOf(StatusOrder, status) is var i and >= 0 ? i : StatusOrder.Length;
}
