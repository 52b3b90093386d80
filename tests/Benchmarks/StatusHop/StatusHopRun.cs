using System.Diagnostics;
using System.Net.Http.Headers;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.Benchmarks.StatusHop;

/// <summary>provider-lighthouse's status hop alone: lighthouse-sim and provider-lighthouse as real processes, N seeded
/// uploads, and a few clients asking provider-lighthouse for all N statuses, 1000 ids a query, as document-workflow
/// asks in a poll cycle. The figure is provider-lighthouse's CPU per 10^6 statuses: what turning Lighthouse's answer
/// into the contract's costs. Everything it starts is stopped on the way out, on failure and on Ctrl+C too.</summary>
public sealed class StatusHopRun(BenchmarkOptions options, TextWriter output)
{
    /// <summary>provider-lighthouse's <c>Lighthouse:MaxIdsPerStatusRequest</c>, which document-workflow asks for.</summary>
    public const int IdsPerRequest = 1000;

    /// <summary>Two queries in flight: a 2-core machine is busy with both processes at that.</summary>
    public const int Clients = 2;

    /// <summary>Queries sent in each warm-up round (or all of them, when fewer): each per-query method runs hundreds of
    /// times, enough for tiered compilation (and its instrumented tier) to reach tier 1 in both children.</summary>
    private const int WarmupRequests = 300;

    private const int WarmupRounds = 2;

    public async Task<StatusHopResult> RunAsync(CancellationToken cancellationToken)
    {
        var machine = MachineDescription.Current();
        output.WriteLine($"Machine: {machine}");
        output.WriteLine($"Scenario status-hop: {options.Statuses:N0} statuses, {IdsPerRequest} ids a query, {Clients} clients");
        output.WriteLine($"Logging: {WorkflowHost.LoggingNote}");

        var keys = WorkflowKeys.Generate();
        var phase = Stopwatch.StartNew();
        await using var providers = await ProviderProcesses.StartAsync(keys.Service, cancellationToken);
        output.WriteLine($"Started lighthouse-sim and provider-lighthouse at {providers.ProviderUrl} ({phase.Elapsed.TotalSeconds:F1} s)");
        using var simulator = providers.CreateSimulatorClient();
        using var provider = providers.CreateProviderClient();
        provider.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", keys.ServiceToken("status-hop-benchmark"));

        try
        {
            phase.Restart();
            var seeded = await SeededRequestIds.SeedAsync(simulator, options.Statuses, cancellationToken);
            var requests = StatusRequests.For(seeded, IdsPerRequest);
            output.WriteLine($"Seeded {options.Statuses:N0} uploads and built {requests.Count:N0} queries (not timed): " +
                $"{phase.Elapsed.TotalSeconds:F1} s");

            phase.Restart();
            var warmup = Math.Min(requests.Count, WarmupRequests);
            var childrenIdle = TimeSpan.Zero;
            for (var round = 0; round < WarmupRounds; round++)
            {
                await requests.SendAsync(provider, warmup, Clients, cancellationToken);
                childrenIdle += await JitSettling.WaitForChildrenAsync(providers, cancellationToken);
            }
            var (settled, waited) = await JitSettling.WaitAsync(cancellationToken);
            output.WriteLine($"Warm-up (not measured): {WarmupRounds} x {warmup} queries, each followed by a wait for both children " +
                $"to go idle ({childrenIdle.TotalSeconds:F1} s in all), then {waited.TotalSeconds:F1} s for this process's JIT " +
                $"({settled:N0} methods compiled meanwhile); {phase.Elapsed.TotalSeconds:F1} s in all");

            var loadBefore = LoadAverage.OneMinute();
            var cpuBefore = new CpuTimes(providers.CpuTimes());
            var clock = Stopwatch.StartNew();
            var (statuses, succeeded) = await requests.SendAsync(provider, requests.Count, Clients, cancellationToken);
            var elapsed = clock.Elapsed;
            var cpu = new CpuTimes(providers.CpuTimes()).Since(cpuBefore);
            var load = $"{loadBefore} before, {LoadAverage.OneMinute()} after";

            var completed = SeededRequestIds.CompletedOf(options.Statuses);
            if (statuses != options.Statuses || succeeded != completed)
            {
                throw new BenchmarkFailedException($"{statuses:N0} statuses came back, {succeeded:N0} of them SUCCESS; " +
                    $"expected {options.Statuses:N0} and {completed:N0}.");
            }
            var result = StatusHopResult.From(statuses, IdsPerRequest, Clients, elapsed,
                cpu.ByProcess[AppIds.ProviderLighthouse], cpu.ByProcess[AppIds.LighthouseSim], load);
            Print(result, cpu, machine);
            return result;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            output.WriteLine("Last lines from the child services:");
            foreach (var line in providers.Log.Snapshot().TakeLast(30)) output.WriteLine("  " + line);
            throw;
        }
    }

    private void Print(StatusHopResult result, CpuTimes cpu, MachineDescription machine)
    {
        output.WriteLine();
        output.WriteLine($"  statuses                      {result.Statuses:N0} (queries of {result.IdsPerRequest} ids, {result.Clients} clients)");
        output.WriteLine($"  wall                          {result.Seconds:F2} s");
        output.WriteLine($"  throughput                    {result.StatusesPerSecond:N0} statuses/s");
        output.WriteLine($"  CPU while measured            {cpu}");
        output.WriteLine($"  provider-lighthouse CPU       {result.ProviderCpuSecondsPerMillion:F2} s per 10^6 statuses");
        output.WriteLine($"  load average (1 min)          {result.LoadAverage}");
        output.WriteLine($"  machine                       {machine}");
    }
}
