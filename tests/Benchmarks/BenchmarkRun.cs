using System.Diagnostics;
using DocumentUploads.TestSupport;

namespace DocumentUploads.Benchmarks;

/// <summary>One benchmark run, start to finish: child services (and a PostgreSQL cluster), the
/// warm-up, the in-process workflow, seeding, the measured poll cycle, the baseline, the report.
/// Everything it starts is disposed in reverse order on the way out, on failure and on Ctrl+C too.</summary>
public sealed class BenchmarkRun(BenchmarkOptions options, TextWriter output)
{
    public async Task<BenchmarkResult> RunAsync(CancellationToken cancellationToken)
    {
        var machine = MachineDescription.Current();
        output.WriteLine($"Machine: {machine}");
        output.WriteLine($"Store {options.StoreName}, {options.Documents:N0} documents, batch size {options.DescribeBatchSize()}, " +
            $"baseline {options.BaselineDocuments:N0} documents{options.DescribeOverrides()}");
        output.WriteLine($"Logging: {WorkflowHost.LoggingNote}");

        using var temp = new TempFolder();
        var contentRoot = temp.Sub("content");
        var keys = WorkflowKeys.Generate();
        var phase = Stopwatch.StartNew();
        await using var providers = await ProviderProcesses.StartAsync(keys.Service, cancellationToken);
        await using var cluster = options.Store == BenchmarkStoreKind.Postgres ? await PostgresCluster.StartAsync(cancellationToken) : null;
        output.WriteLine($"Started lighthouse-sim and provider-lighthouse at {providers.ProviderUrl}" +
            (cluster is null ? "" : $" and a PostgreSQL cluster on port {cluster.Port}") + $" ({phase.Elapsed.TotalSeconds:F1} s)");
        var stores = new BenchmarkStores(cluster, temp);

        await WarmUp.RunAsync(options, stores, providers, keys, contentRoot, output, cancellationToken);
        await using var main = await stores.CreateAsync("main");
        await using var workflow = await WorkflowHost.StartAsync(main, providers.ProviderUrl, keys, options, contentRoot,
            cancellationToken);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, workflow.Stopping);
        var ct = stopping.Token;
        using var simulator = providers.CreateSimulatorClient();

        try
        {
            var measurement = await MeasurePollCycleAsync(workflow, providers, stores, main, simulator, ct);
            var baseline = await BaselineMeasurement.RunAsync(options.BaselineDocuments, stores, workflow, simulator, output, ct);
            var result = BenchmarkResult.From(main.Name, options.Documents, measurement.Elapsed, baseline, measurement.PeakWorkingSetMb);
            BenchmarkReport.Print(output, options, result, measurement, machine);
            return result;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            output.WriteLine("Last lines from the child services:");
            foreach (var line in providers.Log.Snapshot().TakeLast(30)) output.WriteLine("  " + line);
            throw;
        }
    }

    private async Task<PollCycleMeasurement> MeasurePollCycleAsync(WorkflowHost workflow, ProviderProcesses providers,
        BenchmarkStores stores, BenchmarkDatabase store, HttpClient simulator, CancellationToken cancellationToken)
    {
        var documents = options.Documents;
        var completed = SeededRequestIds.CompletedOf(documents);
        var phase = Stopwatch.StartNew();
        var seeded = await SeededRequestIds.SeedAsync(simulator, documents, cancellationToken);
        await store.InsertPendingDocumentsAsync(seeded.FirstRequestId, documents,
            DateTimeOffset.UtcNow - BenchmarkDatabase.DocumentAge, cancellationToken);
        output.WriteLine($"Seeded {documents:N0} pending documents (not timed): {phase.Elapsed.TotalSeconds:F1} s; " +
            await store.DescribeSizeAsync(cancellationToken));

        var loadBefore = LoadAverage.OneMinute();
        var measurement = await PollCycleMeasurement.RunAsync(workflow.Poller, providers, stores.PostgresDataDirectory,
            cancellationToken);
        var cycle = measurement.Cycle;
        output.WriteLine($"Poll cycle: {cycle.Outcome}, {cycle.DocumentsPolled:N0} polled, {cycle.Transitions:N0} transitions, " +
            $"{cycle.ProviderErrors} provider errors in {measurement.Elapsed.TotalSeconds:F2} s " +
            $"(load average {loadBefore} before, {LoadAverage.OneMinute()} after)");
        output.WriteLine($"After the cycle: {await store.DescribeSizeAsync(cancellationToken)}");
        measurement.EnsurePolled(documents, completed);
        await StoreChecks.EnsureAllPolledAsync(store, documents, completed, measurement.StartedAt, expectHistory: true,
            cancellationToken, writesOnlyChanges: true);
        return measurement;
    }
}
