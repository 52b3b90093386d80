namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>One bar group of the throughput chart: [<see cref="Start"/>, <see cref="End"/>).</summary>
public sealed record ThroughputBucket(DateTimeOffset Start, DateTimeOffset End, long Uploads, long Completions, long Failures);
