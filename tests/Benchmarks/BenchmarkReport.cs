namespace DocumentUploads.Benchmarks;

/// <summary>The human-readable summary printed before the JSON line.</summary>
public static class BenchmarkReport
{
    public static void Print(TextWriter output, BenchmarkOptions options, BenchmarkResult result,
        PollCycleMeasurement measurement, MachineDescription machine)
    {
        output.WriteLine();
        output.WriteLine($"  store                 {result.Store}");
        output.WriteLine($"  batch size            {options.DescribeBatchSize()}{options.DescribeOverrides()}");
        output.WriteLine($"  documents             {result.Documents:N0}");
        output.WriteLine($"  poll cycle            {result.Seconds:F2} s");
        output.WriteLine($"  throughput            {result.DocsPerSecond:N0} docs/s ({1e6 / result.DocsPerSecond:F1} µs per document)");
        output.WriteLine($"  baseline              {result.BaselineDocsPerSecond:N0} docs/s ({options.BaselineDocuments:N0} documents)");
        output.WriteLine($"  ratio                 {result.Ratio:F1}x");
        output.WriteLine($"  peak working set      {result.PeakWorkingSetMb:F0} MB " +
            (measurement.PeakCoversCycleOnly ? "(VmHWM during the cycle; " : "(process peak; ") +
            $"{measurement.WorkingSetBeforeMb:F0} MB before it; whole-run peak {ProcessMemory.PeakMegabytes():F0} MB after the baseline)");
        output.WriteLine($"  CPU during the cycle  {measurement.Cpu}");
        output.WriteLine($"  GCs during the cycle  gen0 {measurement.Gen0}, gen1 {measurement.Gen1}, gen2 {measurement.Gen2} " +
            $"(server GC: {System.Runtime.GCSettings.IsServerGC})");
        output.WriteLine($"  JIT during the cycle  {measurement.MethodsJitted:N0} methods, {measurement.JitTime.TotalSeconds:F1} s (this process)");
        output.WriteLine($"  machine               {machine}");
    }
}
