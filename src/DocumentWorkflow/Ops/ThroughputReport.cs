using DocumentUploads.DocumentWorkflow.Ops.Queries;

namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>GET /ops/api/throughput and the charts: every bucket of the range, empty ones included.</summary>
public sealed record ThroughputReport(
    string Range,
    int BucketMinutes,
    DateTimeOffset From,
    DateTimeOffset To,
    long Uploads,
    long Completions,
    long Failures,
    IReadOnlyList<ThroughputBucket> Buckets)
{
    public static ThroughputReport Create(ThroughputRange range, DateTimeOffset from, IReadOnlyList<ThroughputCount> counts)
    {
        var lookup = counts.Where(c => c.Bucket >= 0 && c.Bucket < range.Buckets)
            .ToDictionary(c => (c.Bucket, c.Series), c => c.Count);
        long Get(int bucket, string series) => lookup.GetValueOrDefault((bucket, series));
        var buckets = Enumerable.Range(0, range.Buckets)
            .Select(i => new ThroughputBucket(from + range.Bucket * i, from + range.Bucket * (i + 1),
                Get(i, ThroughputSeries.Uploads), Get(i, ThroughputSeries.Completions), Get(i, ThroughputSeries.Failures)))
            .ToList();
        return new ThroughputReport(range.Name, (int)range.Bucket.TotalMinutes, from, from + range.Bucket * range.Buckets,
            buckets.Sum(b => b.Uploads), buckets.Sum(b => b.Completions), buckets.Sum(b => b.Failures), buckets);
    }
}
