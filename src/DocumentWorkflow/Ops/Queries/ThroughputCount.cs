namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

/// <param name="Bucket">0-based bucket index from the range's start.</param>
/// <param name="Series"><see cref="ThroughputSeries"/>.</param>
public sealed record ThroughputCount(int Bucket, string Series, long Count);
