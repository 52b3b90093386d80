using System.Text.Json;

namespace DocumentUploads.Benchmarks;

/// <summary>The figures of one run; printed last as one JSON line for scripts to pick up.</summary>
public sealed record BenchmarkResult(string Store, int Documents, double Seconds, double DocsPerSecond,
    double BaselineDocsPerSecond, double Ratio, double PeakWorkingSetMb)
{
    public static BenchmarkResult From(string store, int documents, TimeSpan cycle, double baselineDocsPerSecond, double peakMb)
    {
        var docsPerSecond = documents / cycle.TotalSeconds;
        return new BenchmarkResult(store, documents, Math.Round(cycle.TotalSeconds, 3), Math.Round(docsPerSecond, 1),
            Math.Round(baselineDocsPerSecond, 1), Math.Round(docsPerSecond / baselineDocsPerSecond, 2), Math.Round(peakMb, 1));
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);
}
