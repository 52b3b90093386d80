namespace DocumentUploads.Benchmarks;

/// <summary>The run measured nothing trustworthy (e.g. a cycle that did not poll every document);
/// the benchmark prints why and exits non-zero instead of reporting a figure.</summary>
public sealed class BenchmarkFailedException(string message) : Exception(message);
