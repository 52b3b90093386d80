namespace DocumentUploads.Benchmarks;

/// <summary>What a run measures: one poll cycle at scale, uploads under concurrent load, or provider-lighthouse's
/// status hop alone.</summary>
public enum BenchmarkScenario
{
    PollCycle,
    Uploads,
    StatusHop,
}
