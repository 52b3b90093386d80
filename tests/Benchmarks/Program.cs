using DocumentUploads.Benchmarks;
using DocumentUploads.Benchmarks.Purge;
using DocumentUploads.Benchmarks.StatusHop;
using DocumentUploads.Benchmarks.Uploads;

// Prints human-readable figures, then (last line) one JSON object. Exit code 0 only for a full,
// checked measurement; 1 when the run failed, 2 for bad arguments, 130 when cancelled.
BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

using var signals = new SignalCancellation();
try
{
    var json = options.Scenario switch
    {
        BenchmarkScenario.Uploads => (await new UploadBenchmarkRun(options, Console.Out).RunAsync(signals.Token)).ToJson(),
        BenchmarkScenario.Purge => (await new PurgeBenchmarkRun(options, Console.Out).RunAsync(signals.Token)).ToJson(),
        BenchmarkScenario.StatusHop => (await new StatusHopRun(options, Console.Out).RunAsync(signals.Token)).ToJson(),
        _ => (await new BenchmarkRun(options, Console.Out).RunAsync(signals.Token)).ToJson(),
    };
    Console.WriteLine(json);
    return 0;
}
catch (OperationCanceledException) when (signals.Token.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled; everything the run started has been stopped.");
    return 130;
}
catch (BenchmarkFailedException e)
{
    Console.Error.WriteLine($"BENCHMARK FAILED: {e.Message}");
    return 1;
}
