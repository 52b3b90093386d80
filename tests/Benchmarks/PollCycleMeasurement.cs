using System.Diagnostics;
using System.Runtime;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.Benchmarks;

/// <summary>One full poll cycle, timed from the trigger to its completion, with the peak working
/// set of this process while it ran and the CPU time each process spent on it.</summary>
public sealed record PollCycleMeasurement(PollCycleView Cycle, DateTimeOffset StartedAt, TimeSpan Elapsed,
    double PeakWorkingSetMb, bool PeakCoversCycleOnly, double WorkingSetBeforeMb, CpuTimes Cpu, int Gen0, int Gen1, int Gen2,
    long MethodsJitted, TimeSpan JitTime)
{
    public static async Task<PollCycleMeasurement> RunAsync(DocumentStatusPoller poller, ProviderProcesses providers,
        string? postgresDataDirectory, CancellationToken cancellationToken)
    {
        // Start from a collected heap, and (on Linux) a peak mark that ignores seeding.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var peakReset = ProcessMemory.TryResetPeak();
        var before = ProcessMemory.CurrentMegabytes();
        var cpu = CpuTimes.Read(providers, postgresDataDirectory);
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var (jitted, jitTime) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();

        var cycle = await PollCycleRunner.RunAsync(poller, "benchmark", cancellationToken);
        clock.Stop();

        return new PollCycleMeasurement(cycle, startedAt, clock.Elapsed, ProcessMemory.PeakMegabytes(), peakReset, before,
            CpuTimes.Read(providers, postgresDataDirectory).Since(cpu), GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2, JitInfo.GetCompiledMethodCount() - jitted, JitInfo.GetCompilationTime() - jitTime);
    }

    /// <summary>Fails loudly unless the cycle polled every document and moved exactly the completed ones.</summary>
    public void EnsurePolled(int documents, int expectedTransitions)
    {
        var problems = new List<string>();
        if (Cycle.Outcome != PollCycleRecord.Succeeded) problems.Add($"outcome {Cycle.Outcome} ({Cycle.Message})");
        if (Cycle.DocumentsPolled != documents) problems.Add($"{Cycle.DocumentsPolled} documents polled, not {documents}");
        if (Cycle.Transitions != expectedTransitions) problems.Add($"{Cycle.Transitions} transitions, not {expectedTransitions}");
        if (Cycle.ProviderErrors != 0) problems.Add($"{Cycle.ProviderErrors} provider errors");
        if (problems.Count > 0) throw new BenchmarkFailedException("The measured poll cycle is not a full one: " + string.Join("; ", problems));
    }
}
