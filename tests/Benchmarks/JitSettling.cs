using System.Diagnostics;
using System.Runtime;

namespace DocumentUploads.Benchmarks;

/// <summary>Waits for the background tier-1 compiler to drain what the warm-up queued: after a
/// 100k-document warm-up it still had ~1,100 methods (1.4 s of CPU) to compile, which otherwise
/// lands in the measured cycle. The children's compilers drain during the same idle time.</summary>
public static class JitSettling
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>Returns how many methods were compiled while waiting, and for how long it waited.</summary>
    public static async Task<(long Methods, TimeSpan Waited)> WaitAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var start = JitInfo.GetCompiledMethodCount();
        var last = start;
        var quietSince = clock.Elapsed;
        while (clock.Elapsed - quietSince < Quiet && clock.Elapsed < Limit)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            var now = JitInfo.GetCompiledMethodCount();
            if (now != last) quietSince = clock.Elapsed;
            last = now;
        }
        return (last - start, clock.Elapsed);
    }

    /// <summary>Waits until the child services are idle: their background compilers drain the tier-1 queue their
    /// warm-up filled on their own time, slower than this process's under load (in the status hop, up to 3 s of
    /// provider-lighthouse's CPU went to the JIT in the first seconds measured after this process had settled).
    /// Idle: under <see cref="IdleCpuPerSecond"/> of CPU, all children together, over a whole second.</summary>
    /// <returns>How long it waited.</returns>
    public static async Task<TimeSpan> WaitForChildrenAsync(ProviderProcesses children, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var last = Total(children);
        while (clock.Elapsed < ChildrenLimit)
        {
            await Task.Delay(Quiet, cancellationToken);
            var now = Total(children);
            if (now - last < IdleCpuPerSecond) break;
            last = now;
        }
        return clock.Elapsed;
    }

    private static readonly TimeSpan IdleCpuPerSecond = TimeSpan.FromMilliseconds(30);
    private static readonly TimeSpan ChildrenLimit = TimeSpan.FromSeconds(60);

    private static TimeSpan Total(ProviderProcesses children) =>
        children.CpuTimes().Values.Aggregate(TimeSpan.Zero, (sum, cpu) => sum + cpu);
}
