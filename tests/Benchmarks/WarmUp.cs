using System.Diagnostics;

namespace DocumentUploads.Benchmarks;

/// <summary>Brings this process and both children to steady state before anything is measured.
/// The service runs for weeks; a cycle in fresh processes mostly measures the JIT (tiered
/// compilation took ~30% of all CPU in a cold 300k-document cycle, in all three processes, and
/// after one warm-up cycle the children still had ~1,800 hot methods waiting for tier 1). So:
/// two cycles over separate, throwaway stores, then a pause for the background compiler.</summary>
public static class WarmUp
{
    public const int Cycles = 2;

    public static async Task RunAsync(BenchmarkOptions options, BenchmarkStores stores, ProviderProcesses providers,
        WorkflowKeys keys, string contentRoot, TextWriter output, CancellationToken cancellationToken)
    {
        if (options.WarmupDocuments == 0)
        {
            output.WriteLine("Warm-up: none (--warmup-documents 0): the measured cycle runs in cold processes");
            return;
        }
        var phase = Stopwatch.StartNew();
        for (var round = 1; round <= Cycles; round++)
        {
            await CycleAsync(options, stores, providers, keys, contentRoot, $"warmup{round}", cancellationToken);
        }
        var (settled, waited) = await JitSettling.WaitAsync(cancellationToken);
        output.WriteLine($"Warm-up (not measured): {Cycles} cycles over {options.WarmupDocuments:N0} documents each in " +
            $"separate stores, then {waited.TotalSeconds:F1} s idle for the JIT to settle ({settled:N0} methods compiled " +
            $"meanwhile); {phase.Elapsed.TotalSeconds:F1} s in all");
    }

    private static async Task CycleAsync(BenchmarkOptions options, BenchmarkStores stores, ProviderProcesses providers,
        WorkflowKeys keys, string contentRoot, string label, CancellationToken cancellationToken)
    {
        await using var store = await stores.CreateAsync(label);
        await using var workflow = await WorkflowHost.StartAsync(store, providers.ProviderUrl, keys, options, contentRoot,
            cancellationToken);
        using var simulator = providers.CreateSimulatorClient();
        var seeded = await SeededRequestIds.SeedAsync(simulator, options.WarmupDocuments, cancellationToken);
        await store.InsertPendingDocumentsAsync(seeded.FirstRequestId, options.WarmupDocuments,
            DateTimeOffset.UtcNow - BenchmarkDatabase.DocumentAge, cancellationToken);
        var cycle = await PollCycleRunner.RunAsync(workflow.Poller, label, cancellationToken);
        if (cycle.DocumentsPolled != options.WarmupDocuments)
        {
            throw new BenchmarkFailedException(
                $"Warm-up cycle {label} polled {cycle.DocumentsPolled} documents: {cycle.Outcome} {cycle.Message}");
        }
    }
}
