using System.Diagnostics;
using DocumentUploads.DocumentWorkflow.Retention;
using DocumentUploads.TestSupport;

namespace DocumentUploads.Benchmarks.Purge;

/// <summary>How long retention takes to delete N finished documents through the service's own purger and store, and
/// whether a poll cycle running meanwhile is slowed: the same cycle over the same pending set, once alone and once
/// while the purge runs, in one process on one database.</summary>
public sealed class PurgeBenchmarkRun(BenchmarkOptions options, TextWriter output)
{
    /// <summary>Seeded finished documents last changed this long ago: past the default 60-day retention.</summary>
    private static readonly TimeSpan FinishedAge = TimeSpan.FromDays(90);

    /// <summary>Time the purge gets to be well under way before the cycle starts.</summary>
    private static readonly TimeSpan PurgeHeadStart = TimeSpan.FromMilliseconds(200);

    private static readonly RetentionSettings Defaults = new();

    public async Task<PurgeBenchmarkResult> RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine($"Machine: {MachineDescription.Current()}");
        output.WriteLine($"Store {options.StoreName}, purge of {options.Documents:N0} finished documents, poll cycle over " +
            $"{options.PendingDocuments:N0} pending ones; retention settings: slices of {Defaults.SliceSize:N0}, " +
            $"resting at least {Defaults.SlicePause.TotalMilliseconds:F0} ms and as long as a slice took, unless overridden{options.DescribeOverrides()}");

        using var temp = new TempFolder();
        var contentRoot = temp.Sub("content");
        var keys = WorkflowKeys.Generate();
        await using var providers = await ProviderProcesses.StartAsync(keys.Service, cancellationToken);
        await using var cluster = options.Store == BenchmarkStoreKind.Postgres ? await PostgresCluster.StartAsync(cancellationToken) : null;
        var stores = new BenchmarkStores(cluster, temp);
        await WarmUp.RunAsync(options with { WarmupDocuments = Math.Min(options.WarmupDocuments, options.PendingDocuments) }, stores,
            providers, keys, contentRoot, output, cancellationToken);

        await using var main = await stores.CreateAsync("main");
        await using var workflow = await WorkflowHost.StartAsync(main, providers.ProviderUrl, keys, options, contentRoot, cancellationToken);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, workflow.Stopping);
        var ct = stopping.Token;
        using var simulator = providers.CreateSimulatorClient();

        var phase = Stopwatch.StartNew();
        var pending = options.PendingDocuments;
        var pendingCreatedAt = DateTimeOffset.UtcNow - BenchmarkDatabase.DocumentAge;
        var seeded = await SeededRequestIds.SeedAsync(simulator, pending, ct);
        await main.InsertPendingDocumentsAsync(seeded.FirstRequestId, pending, pendingCreatedAt, ct);
        await main.InsertFinishedDocumentsAsync(options.Documents, DateTimeOffset.UtcNow - FinishedAge, ct);
        output.WriteLine($"Seeded {pending:N0} pending and {options.Documents:N0} finished documents (not timed): " +
            $"{phase.Elapsed.TotalSeconds:F1} s; {await main.DescribeSizeAsync(ct)}");

        // The first cycle on a fresh store pays for its first reads (1.3 s against 0.35 s at 10^4 pending): not measured.
        var progressedAt = pendingCreatedAt + PendingDocumentRows.ProgressedAfter;
        var first = await CycleAsync(workflow, "on this store, not measured", ct);
        await main.UndoPollCycleAsync(first.StartedAt, progressedAt, ct);
        var alone = await CycleAsync(workflow, "alone", ct);
        await main.UndoPollCycleAsync(alone.StartedAt, progressedAt, ct);

        var load = LoadAverage.OneMinute();
        var clock = Stopwatch.StartNew();
        var purge = Task.Run(() => workflow.Purger.PurgeAsync(ct), ct);
        await Task.WhenAny(purge, Task.Delay(PurgeHeadStart, ct));
        var during = await CycleAsync(workflow, "during the purge", ct);
        var overlapped = !purge.IsCompleted;
        var run = await purge;
        clock.Stop();
        var loadAfter = LoadAverage.OneMinute();
        output.WriteLine($"Purge: {run.Outcome}, {run.Documents:N0} documents ({run.Rows:N0} rows) in {clock.Elapsed.TotalSeconds:F1} s " +
            $"(load average {load} before, {loadAfter} after); after it: {await main.DescribeSizeAsync(ct)}");
        await EnsurePurgedAsync(main, run, pending, ct);

        // Alone again after the purge: the two alone cycles bracket the one during it, and their spread is the noise.
        await main.UndoPollCycleAsync(during.StartedAt, progressedAt, ct);
        var after = await CycleAsync(workflow, "alone, after the purge", ct);
        var aloneSeconds = (alone.Elapsed.TotalSeconds + after.Elapsed.TotalSeconds) / 2;
        var ratio = during.Elapsed.TotalSeconds / aloneSeconds;
        var noise = Math.Abs(alone.Elapsed.TotalSeconds - after.Elapsed.TotalSeconds) / aloneSeconds;
        output.WriteLine($"Poll cycle over {pending:N0} pending documents: {alone.Elapsed.TotalSeconds:F2} s alone before, " +
            $"{during.Elapsed.TotalSeconds:F2} s during the purge, {after.Elapsed.TotalSeconds:F2} s alone after: ratio {ratio:F2} " +
            $"to the mean alone, whose two runs differ by {noise:P0}" +
            (overlapped ? "" : " (the purge finished before the cycle did, so the cycle only partly overlapped it)"));
        return new PurgeBenchmarkResult("purge", main.Name, options.Documents, run.Rows, Math.Round(clock.Elapsed.TotalSeconds, 2),
            Math.Round(run.Documents / clock.Elapsed.TotalSeconds, 1), pending, Math.Round(alone.Elapsed.TotalSeconds, 3),
            Math.Round(during.Elapsed.TotalSeconds, 3), Math.Round(after.Elapsed.TotalSeconds, 3), Math.Round(ratio, 2),
            Math.Round(noise, 2), overlapped, $"{load} before, {loadAfter} after");
    }

    private async Task<(DateTimeOffset StartedAt, TimeSpan Elapsed)> CycleAsync(WorkflowHost workflow, string label,
        CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var cycle = await PollCycleRunner.RunAsync(workflow.Poller, "benchmark", cancellationToken);
        clock.Stop();
        output.WriteLine($"Poll cycle {label}: {cycle.Outcome}, {cycle.DocumentsPolled:N0} polled, {cycle.Transitions:N0} transitions " +
            $"in {clock.Elapsed.TotalSeconds:F2} s (load average {LoadAverage.OneMinute()})");
        var pending = options.PendingDocuments;
        if (cycle.DocumentsPolled != pending || cycle.Transitions != SeededRequestIds.CompletedOf(pending) || cycle.ProviderErrors != 0)
        {
            throw new BenchmarkFailedException($"The poll cycle {label} was not a full one: {cycle.DocumentsPolled} polled, " +
                $"{cycle.Transitions} transitions, {cycle.ProviderErrors} provider errors ({cycle.Outcome} {cycle.Message}).");
        }
        return (startedAt, clock.Elapsed);
    }

    /// <summary>Fails loudly unless exactly the finished documents and all their history are gone and the pending set is whole.</summary>
    private async Task EnsurePurgedAsync(BenchmarkDatabase store, RetentionRun run, int pending, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var documents = await connection.ScalarAsync("SELECT count(*) FROM documents", cancellationToken);
        var orphans = await connection.ScalarAsync(
            "SELECT count(*) FROM document_transitions t WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.seq = t.document_seq)",
            cancellationToken);
        if (run.Outcome != RetentionRun.Completed || run.Documents != options.Documents || documents != pending || orphans != 0)
        {
            throw new BenchmarkFailedException($"The purge did not delete exactly the finished documents: {run.Outcome}, " +
                $"{run.Documents} deleted of {options.Documents}, {documents} documents left of {pending} pending, {orphans} orphaned history rows.");
        }
    }
}
