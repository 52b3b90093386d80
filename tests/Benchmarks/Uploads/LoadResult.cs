namespace DocumentUploads.Benchmarks.Uploads;

/// <summary>What one load phase measured: uploads per second over the phase and the latency distribution of every
/// upload in it (errors included: a slow failure is still a wait).</summary>
public sealed record LoadResult(int Uploads, int Errors, double Seconds, double PerSecond, double P50Ms, double P95Ms, double P99Ms,
    double MaxMs)
{
    public static LoadResult From(IEnumerable<double> latenciesMs, int errors, TimeSpan elapsed)
    {
        var sorted = latenciesMs.Order().ToArray();
        if (sorted.Length == 0) throw new BenchmarkFailedException("No upload finished in the measured time.");
        return new LoadResult(sorted.Length, errors, Math.Round(elapsed.TotalSeconds, 2), Math.Round(sorted.Length / elapsed.TotalSeconds, 1),
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), Math.Round(sorted[^1], 1));
    }

    /// <summary>Nearest-rank percentile: the smallest latency at least <paramref name="fraction"/> of uploads did not exceed.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction)
    {
        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return Math.Round(sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)], 1);
    }
}
