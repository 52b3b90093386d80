namespace DocumentUploads.Benchmarks;

/// <summary>What a run measures: one poll cycle at scale, uploads under concurrent load, or a retention purge.</summary>
public enum BenchmarkScenario
{
    PollCycle,
    Uploads,

    /// <summary>Retention deleting N finished documents, and a poll cycle during it.</summary>
    Purge,
}
