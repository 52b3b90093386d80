namespace DocumentUploads.LighthouseSim.Seeding;

/// <summary><c>{"count": N, "completedEvery": 10}</c>; a missing <c>completedEvery</c> is 0 (none complete).</summary>
public sealed record SeedRequest(long? Count, int? CompletedEvery);
