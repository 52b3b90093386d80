namespace DocumentUploads.Benchmarks;

/// <summary>What a run measures: one poll cycle at scale, or uploads under concurrent load.</summary>
public enum BenchmarkScenario
{
    PollCycle,
    Uploads,
}
