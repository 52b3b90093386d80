using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DocumentUploads.ServiceDefaults.Telemetry;

/// <summary>Calls from our services to a provider service (upload, status, ownership): how long
/// each took and how it ended. Tags are low-cardinality on purpose: provider, operation, outcome
/// and an error type (an HTTP status code or an exception type), never ids or file names.</summary>
public sealed class ProviderCallMetrics
{
    public const string Success = "success";
    /// <summary>The provider answered and refused (a 4xx it means): a normal answer, not an error.</summary>
    public const string Rejected = "rejected";
    /// <summary>Unreachable, timed out, a 5xx or an unreadable answer.</summary>
    public const string Failed = "failed";

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;

    public ProviderCallMetrics(ServiceTelemetry telemetry)
    {
        _duration = telemetry.Meter.CreateHistogram<double>("documentuploads.provider.call.duration", "s",
            "Duration of calls to a provider service, by provider, operation and outcome.");
        _errors = telemetry.Meter.CreateCounter<long>("documentuploads.provider.call.errors", "{call}",
            "Calls to a provider service that failed, by provider, operation and error type.");
    }

    /// <param name="started">A <see cref="Stopwatch.GetTimestamp"/> taken when the call began.</param>
    public void Record(string provider, string operation, string outcome, long started, string? errorType = null)
    {
        var tags = new TagList { { "provider", provider }, { "operation", operation }, { "outcome", outcome } };
        _duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        if (outcome == Failed)
        {
            tags.Add("error.type", errorType ?? "unknown");
            _errors.Add(1, tags);
        }
    }
}
