namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>A chart's time window: <see cref="Buckets"/> buckets of <see cref="Bucket"/>, the last one holding "now".
/// Edges are whole hours (UTC) so two requests in the same hour draw the same bars.</summary>
public sealed record ThroughputRange(string Name, TimeSpan Bucket, int Buckets)
{
    public static readonly ThroughputRange Day = new("24h", TimeSpan.FromHours(1), 24);
    public static readonly ThroughputRange Week = new("7d", TimeSpan.FromHours(6), 28);

    public static ThroughputRange? Parse(string? name) => name switch
    {
        null or "" or "24h" => Day,
        "7d" => Week,
        _ => null,
    };

    /// <summary>The first bucket's start: the current bucket's start (aligned to the bucket size from the
    /// Unix epoch), minus the buckets before it.</summary>
    public DateTimeOffset StartFor(DateTimeOffset now)
    {
        var bucketTicks = Bucket.Ticks;
        var sinceEpoch = now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var currentStart = DateTimeOffset.UnixEpoch.AddTicks(sinceEpoch - sinceEpoch % bucketTicks);
        return currentStart - Bucket * (Buckets - 1);
    }
}
