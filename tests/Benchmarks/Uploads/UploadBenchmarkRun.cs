using System.Diagnostics;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.TestSupport;

namespace DocumentUploads.Benchmarks.Uploads;

/// <summary>The upload scenario: the whole stack up, N concurrent clients uploading small PDFs through upload-api
/// for the given time, then the same load straight to lighthouse-sim (the floor), after a warm-up of each.
/// Everything it starts is stopped on the way out, on failure and on Ctrl+C too.</summary>
public sealed class UploadBenchmarkRun(BenchmarkOptions options, TextWriter output)
{
    private const string ParticipantId = "796378881";
    private const long ClaimId = 600000001;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public async Task<UploadBenchmarkResult> RunAsync(CancellationToken cancellationToken)
    {
        var machine = MachineDescription.Current();
        output.WriteLine($"Machine: {machine}");
        output.WriteLine($"Scenario uploads: {options.Concurrency} concurrent clients, {options.Seconds} s per target, after {WarmUp.TotalSeconds:F0} s of warm-up each");

        using var temp = new TempFolder();
        var phase = Stopwatch.StartNew();
        await using var stack = await UploadStack.StartAsync(temp.Path, cancellationToken);
        output.WriteLine($"Started the stack ({phase.Elapsed.TotalSeconds:F1} s); " +
            (stack.ScansUploads ? "clamd runs, so every upload is scanned" : "NO clamd on this machine: uploads are not scanned"));

        var file = SamplePdf.Create();
        using var uploadApi = stack.CreateClient(AppIds.UploadApi);
        using var simulator = stack.CreateClient(AppIds.LighthouseSim);
        var api = await PublicApiTarget.CreateAsync(uploadApi, file, ParticipantId, ClaimId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            cancellationToken);
        var direct = await DirectLighthouseTarget.CreateAsync(simulator, stack.LighthouseClientKey, file, ParticipantId, ClaimId, cancellationToken);

        foreach (var target in new IUploadTarget[] { api, direct })
        {
            var warm = await LoadRunner.RunAsync(target, options.Concurrency, WarmUp, cancellationToken);
            output.WriteLine($"Warm-up {target.Name}: {warm.Uploads} uploads, {warm.Errors} errors (not measured)");
        }

        var load = LoadAverage.OneMinute();
        var apiResult = await MeasureAsync(api, stack, cancellationToken);
        var directResult = await MeasureAsync(direct, stack, cancellationToken);
        var result = UploadBenchmarkResult.From(options.Concurrency, options.Seconds, apiResult, directResult, stack.ScansUploads,
            stack.PeakRssMegabytes(), $"{load} before, {LoadAverage.OneMinute()} after");
        Print(result, apiResult, directResult, machine);
        return result;
    }

    private async Task<LoadResult> MeasureAsync(IUploadTarget target, UploadStack stack, CancellationToken cancellationToken)
    {
        var cpu = stack.CpuTimes();
        var result = await LoadRunner.RunAsync(target, options.Concurrency, TimeSpan.FromSeconds(options.Seconds), cancellationToken);
        output.WriteLine($"Measured {target.Name}: {result.Uploads} uploads in {result.Seconds:F1} s, {result.Errors} errors " +
            $"(load average {LoadAverage.OneMinute()})");
        output.WriteLine($"  CPU: {stack.CpuTimes().Since(cpu)}");
        return result;
    }

    private void Print(UploadBenchmarkResult result, LoadResult api, LoadResult direct, MachineDescription machine)
    {
        output.WriteLine();
        output.WriteLine($"  {"",-26} {"uploads/s",10} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"errors",7}");
        foreach (var (name, r) in new[] { ("through upload-api", api), ("direct to lighthouse-sim", direct) })
        {
            output.WriteLine($"  {name,-26} {r.PerSecond,10:F1} {r.P50Ms,8:F1} {r.P95Ms,8:F1} {r.P99Ms,8:F1} {r.MaxMs,8:F1} {r.Errors,7}");
        }
        output.WriteLine();
        output.WriteLine($"  p99 through upload-api   {result.P99Ratio:F2}x the direct p99 (target: at most 3x and at most 100 ms)");
        output.WriteLine($"  throughput               {result.ThroughputRatio:F2}x direct (target: at least 0.5x)");
        output.WriteLine($"  peak RSS per service     {string.Join(", ", result.PeakRssMb.Select(p => $"{p.Key} {p.Value:F0} MB"))}");
        output.WriteLine($"  load average (1 min)     {result.LoadAverage}");
        output.WriteLine($"  machine                  {machine}");
    }
}
