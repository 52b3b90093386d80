using System.Diagnostics;

namespace DocumentUploads.Benchmarks;

/// <summary>The baseline on a fresh store seeded exactly like the measured one (K documents, the
/// same simulator rule), polled by <see cref="BaselinePoller"/> through the workflow's own
/// provider client; checked in the tables afterwards like the measured cycle.</summary>
public static class BaselineMeasurement
{
    /// <summary>Returns the baseline's documents per second.</summary>
    public static async Task<double> RunAsync(int documents, BenchmarkStores stores, WorkflowHost workflow,
        HttpClient simulator, TextWriter output, CancellationToken cancellationToken)
    {
        await using var store = await stores.CreateAsync("baseline");
        await store.MigrateAsync(cancellationToken);
        var seeded = await SeededRequestIds.SeedAsync(simulator, documents, cancellationToken);
        await store.InsertPendingDocumentsAsync(seeded.FirstRequestId, documents,
            DateTimeOffset.UtcNow - BenchmarkDatabase.DocumentAge, cancellationToken);

        using var provider = workflow.CreateProviderClient();
        await using var connection = await store.OpenAsync(cancellationToken);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var updated = await new BaselinePoller(connection, provider, store.TimeValue).RunAsync(cancellationToken);
        clock.Stop();

        if (updated != documents) throw new BenchmarkFailedException($"The baseline updated {updated} documents, not {documents}.");
        await StoreChecks.EnsureAllPolledAsync(store, documents, SeededRequestIds.CompletedOf(documents), startedAt,
            expectHistory: false, cancellationToken);
        var docsPerSecond = documents / clock.Elapsed.TotalSeconds;
        output.WriteLine($"Baseline (per-document statements, one thread): {documents:N0} documents in " +
            $"{clock.Elapsed.TotalSeconds:F2} s = {docsPerSecond:N0} docs/s");
        return docsPerSecond;
    }
}
