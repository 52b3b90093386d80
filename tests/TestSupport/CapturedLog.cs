using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.TestSupport;

/// <summary>A logger that keeps every entry: level, event id, rendered message and structured fields.</summary>
public sealed class CapturedLog<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, int EventId, string Message, Dictionary<string, object?> Fields)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
        Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, eventId.Id, formatter(state, exception),
            state is IEnumerable<KeyValuePair<string, object?>> fields ? fields.ToDictionary(kv => kv.Key, kv => kv.Value) : []));
}
