using System.Net.Http.Json;

namespace DocumentUploads.Benchmarks;

/// <summary>A block of uploads lighthouse-sim made up by rule (<c>POST /_sim/uploads/seed</c>):
/// ids <see cref="FirstRequestId"/>.. of which every <c>completedEvery</c>-th one has succeeded.</summary>
public sealed record SeededRequestIds(long FirstRequestId, long Count)
{
    public const string SeedRoute = "_sim/uploads/seed";

    /// <summary>About 10% of pending documents change state per cycle: the realistic mix.</summary>
    public const int CompletedEvery = 10;

    /// <summary>How many of <paramref name="count"/> seeded ids report SUCCESS (indexes 0, 10, 20, ...).</summary>
    public static int CompletedOf(int count) => (count + CompletedEvery - 1) / CompletedEvery;

    public static async Task<SeededRequestIds> SeedAsync(HttpClient simulator, int count, CancellationToken cancellationToken)
    {
        using var response = await simulator.PostAsJsonAsync(SeedRoute, new { count, completedEvery = CompletedEvery },
            cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchmarkFailedException(
                $"lighthouse-sim refused to seed: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        var seeded = await response.Content.ReadFromJsonAsync<SeededRequestIds>(cancellationToken);
        return seeded is { Count: var n } && n == count
            ? seeded
            : throw new BenchmarkFailedException($"lighthouse-sim seeded {seeded?.Count} ids, not {count}.");
    }
}
