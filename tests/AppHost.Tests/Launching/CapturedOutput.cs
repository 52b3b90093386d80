using Xunit.Abstractions;

namespace DocumentUploads.AppHost.Tests.Launching;

/// <summary>Keeps every line the application writes, for assertions, and shows it in the test's output.</summary>
internal sealed class CapturedOutput(ITestOutputHelper output)
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];

    public void Add(string line)
    {
        lock (_gate) _lines.Add(line);
        output.WriteLine(line);
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate) return [.. _lines];
        }
    }

    public int IndexOf(string text) => Lines.ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal));
}
