namespace DocumentUploads.AppHost.Orchestration;

/// <summary>The one place output lines go: children's lines prefixed <c>[app-id] </c>, the
/// AppHost's own prefixed <c>[apphost] </c>. Lines come from many threads; a lock keeps each whole.</summary>
internal sealed class ResourceLog(Action<string>? sink)
{
    public const string AppHostSource = "apphost";

    private readonly Lock _gate = new();
    private bool _closed;

    public void Child(string source, string line, bool isError) => Write($"[{source}] {line}", isError);

    public void Info(string message) => Write($"[{AppHostSource}] {message}", isError: false);

    public void Error(string message) => Write($"[{AppHostSource}] ERROR: {message}", isError: true);

    /// <summary>After the application stopped nothing more is written: a test's output helper
    /// throws once its test has finished.</summary>
    public void Close()
    {
        lock (_gate) _closed = true;
    }

    private void Write(string line, bool isError)
    {
        lock (_gate)
        {
            if (_closed) return;
            if (sink is null)
            {
                (isError ? Console.Error : Console.Out).WriteLine(line);
                return;
            }
            try
            {
                sink(line);
            }
            catch (InvalidOperationException)
            {
                // The sink's owner is gone (a finished test); losing its lines is better than crashing the reader thread.
            }
        }
    }
}
