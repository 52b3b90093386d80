using System.Diagnostics.Metrics;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.Telemetry;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.DocumentWorkflow.Tests.Polling;

public sealed class TransitionTelemetryTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly ServiceTelemetry _telemetry = new($"telemetry-test-{Guid.NewGuid():N}");
    private readonly MeterListener _listener = new();
    private readonly List<(long Value, Dictionary<string, string?> Tags)> _measurements = [];
    private readonly CapturingLogger _logger = new();

    public TransitionTelemetryTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == _telemetry.Meter) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            _measurements.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString()))));
        _listener.Start();
    }

    public void Dispose()
    {
        _listener.Dispose();
        _telemetry.Dispose();
    }

    [Fact]
    public void Each_transition_counts_once_under_its_own_documents_tags()
    {
        var telemetry = new TransitionTelemetry(_telemetry, _logger);
        var progressed = new Transition(DocumentState.Submitted, null, DocumentState.InProgress, "CLAIMS_EVIDENCE", null,
            "IN_PROGRESS", TransitionKind.Progressed, At);
        var failed = new Transition(DocumentState.InProgress, "CLAIMS_EVIDENCE", DocumentState.Failed,
            "BENEFITS_GATEWAY_SERVICE", "BGS down", "FAILED", TransitionKind.Failed, At);

        telemetry.Record(Guid.NewGuid(), "lighthouse", "L023", progressed);
        telemetry.Record(Guid.NewGuid(), "champva", "L049", failed);

        Assert.Equal(2, _measurements.Count);
        Assert.All(_measurements, m => Assert.Equal(1, m.Value));
        Assert.Equal(new Dictionary<string, string?>
        {
            ["provider"] = "lighthouse", ["document_type"] = "L023", ["kind"] = "progressed",
            ["from"] = "submitted", ["to"] = "in_progress", ["step"] = "CLAIMS_EVIDENCE",
        }, _measurements[0].Tags);
        Assert.Equal(("champva", "L049", "failed", "BENEFITS_GATEWAY_SERVICE"),
            (_measurements[1].Tags["provider"], _measurements[1].Tags["document_type"], _measurements[1].Tags["kind"],
                _measurements[1].Tags["step"]));
    }

    [Fact]
    public void Each_transition_is_one_structured_log_event_and_problems_are_warnings()
    {
        var telemetry = new TransitionTelemetry(_telemetry, _logger);
        var id = Guid.NewGuid();

        telemetry.Record(id, "lighthouse", "L023", DocumentStateMachine.Register(At));
        telemetry.Record(id, "lighthouse", "L023", new Transition(DocumentState.InProgress, "CLAIMS_EVIDENCE",
            DocumentState.Failed, "CLAIMS_EVIDENCE", "eFolder mismatch", "FAILED", TransitionKind.Failed, At));

        Assert.Equal([LogLevel.Information, LogLevel.Warning], _logger.Entries.Select(e => e.Level));
        var failure = _logger.Entries[1].State;
        Assert.Equal(id, failure["DocumentId"]);
        Assert.Equal("failed", failure["Kind"]);
        Assert.Equal("eFolder mismatch", failure["Detail"]);
    }

    private sealed class CapturingLogger : ILogger<TransitionTelemetry>
    {
        public List<(LogLevel Level, Dictionary<string, object?> State)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, ((IEnumerable<KeyValuePair<string, object?>>)state!).ToDictionary(kv => kv.Key, kv => kv.Value)));
    }
}
