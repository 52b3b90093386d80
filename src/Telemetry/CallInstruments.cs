using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DocumentUploads.Telemetry;

/// <summary>A duration histogram and an error counter for one kind of outbound call, tagged with who was
/// called, the operation and the outcome (and the error type on failures): low-cardinality on purpose,
/// never ids or file names.</summary>
public sealed class CallInstruments
{
    private readonly string _targetTag;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;

    /// <param name="name">Instrument prefix: <c>{name}.duration</c> and <c>{name}.errors</c>.</param>
    /// <param name="targetTag">The tag naming who was called (<c>provider</c>, <c>upstream</c>).</param>
    public CallInstruments(Meter meter, string name, string targetTag, string calls)
    {
        _targetTag = targetTag;
        _duration = meter.CreateHistogram<double>($"{name}.duration", "s",
            $"Duration of calls to {calls}, by {targetTag}, operation and outcome.");
        _errors = meter.CreateCounter<long>($"{name}.errors", "{call}",
            $"Calls to {calls} that failed, by {targetTag}, operation and error type.");
    }

    /// <param name="started">A <see cref="Stopwatch.GetTimestamp"/> taken when the call began.</param>
    public void Record(string target, string operation, string outcome, long started, string? errorType = null)
    {
        var tags = new TagList { { _targetTag, target }, { "operation", operation }, { "outcome", outcome } };
        _duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        if (outcome == CallOutcomes.Failed)
        {
            tags.Add("error.type", errorType ?? "unknown");
            _errors.Add(1, tags);
        }
    }
}
