using System.Text.Json;

namespace DocumentUploads.Benchmarks.Purge;

/// <summary>The figures of one purge run; printed last as one JSON line for scripts to pick up.</summary>
/// <param name="CycleRatio">The cycle during the purge over the mean of the two alone (before and after it): 1 means the
/// purge did not slow it.</param>
/// <param name="CycleNoise">How far apart the two alone cycles are, as a fraction of their mean: a ratio within it is noise.</param>
/// <param name="Overlapped">Whether the purge was still running when the cycle during it finished.</param>
public sealed record PurgeBenchmarkResult(
    string Scenario,
    string Store,
    int Documents,
    long RowsDeleted,
    double PurgeSeconds,
    double DocumentsPerSecond,
    int PendingDocuments,
    double CycleAloneSeconds,
    double CycleDuringPurgeSeconds,
    double CycleAloneAfterSeconds,
    double CycleRatio,
    double CycleNoise,
    bool Overlapped,
    string LoadAverage)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);
}
