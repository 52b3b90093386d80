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
}
