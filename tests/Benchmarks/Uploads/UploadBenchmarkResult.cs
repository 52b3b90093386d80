using System.Text.Json;

namespace DocumentUploads.Benchmarks.Uploads;

/// <summary>The upload scenario's figures; printed last as one JSON line for scripts to pick up.</summary>
public sealed record UploadBenchmarkResult(
    string Scenario,
    int Concurrency,
    int Seconds,
    int Uploads,
    double UploadsPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    int Errors,
    double DirectUploadsPerSecond,
    double DirectP50Ms,
    double DirectP95Ms,
    double DirectP99Ms,
    double DirectMaxMs,
    int DirectErrors,
    double P99Ratio,
    double ThroughputRatio,
    bool Scanned,
    IReadOnlyDictionary<string, double> PeakRssMb,
    string LoadAverage)
{
    public static UploadBenchmarkResult From(int concurrency, int seconds, LoadResult api, LoadResult direct, bool scanned,
        IReadOnlyDictionary<string, double> peakRss, string loadAverage) =>
        new("uploads", concurrency, seconds, api.Uploads, api.PerSecond, api.P50Ms, api.P95Ms, api.P99Ms, api.MaxMs, api.Errors,
            direct.PerSecond, direct.P50Ms, direct.P95Ms, direct.P99Ms, direct.MaxMs, direct.Errors,
            Math.Round(api.P99Ms / direct.P99Ms, 2), Math.Round(api.PerSecond / direct.PerSecond, 2), scanned, peakRss, loadAverage);

    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);
}
