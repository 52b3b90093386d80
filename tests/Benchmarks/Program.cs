using DocumentUploads.Benchmarks;

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
    var result = await new BenchmarkRun(options, Console.Out).RunAsync(signals.Token);
    Console.WriteLine(result.ToJson());
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
