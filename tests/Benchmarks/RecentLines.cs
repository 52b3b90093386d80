namespace DocumentUploads.Benchmarks;

/// <summary>The last lines the child services printed, kept to explain a failure without
/// flooding the benchmark's own output.</summary>
public sealed class RecentLines(int capacity)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    public void Add(string line)
    {
        lock (_gate)
        {
            _lines.Enqueue(line);
            while (_lines.Count > capacity) _lines.Dequeue();
        }
    }

    public IReadOnlyList<string> Snapshot()
    {
        lock (_gate) return [.. _lines];
    }
}
