namespace DocumentUploads.Benchmarks;

/// <summary>What a run measures: one poll cycle at scale, uploads under concurrent load, a retention purge, or
/// provider-lighthouse's status hop alone.</summary>
public enum BenchmarkScenario
{
    PollCycle,
    Uploads,

    /// <summary>Retention deleting N finished documents, and a poll cycle during it.</summary>
    Purge,

    /// <summary>provider-lighthouse translating N statuses: its CPU per 10^6.</summary>
    StatusHop,
}
