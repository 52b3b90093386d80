using System.Diagnostics;

namespace DocumentUploads.Benchmarks.Uploads;

/// <summary>N clients, each uploading one file after another (a closed loop: the next upload starts when the last
/// answered) for a fixed time. Every upload's latency is kept; an exception or a non-success answer is an error.</summary>
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(IUploadTarget target, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>(4096);
            var errors = 0;
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                bool accepted;
                try
                {
                    accepted = await target.UploadAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException
                                           || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    accepted = false;
                }
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!accepted) errors++;
            }
            return (latencies, errors);
        }, cancellationToken)).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        return LoadResult.From(results.SelectMany(r => r.latencies), results.Sum(r => r.errors), elapsed);
    }
}
