using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using DocumentUploads.Telemetry;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>Uploads handed to a provider: how many, how long the hand-off took, by provider and
/// outcome (accepted, rejected, failed); each is also a provider call (operation <c>upload</c>).</summary>
public sealed class UploadMetrics
{
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Failed = "failed";

    private readonly Counter<long> _uploads;
    private readonly Histogram<double> _duration;
    private readonly ProviderCallMetrics _calls;

    public UploadMetrics(ServiceTelemetry telemetry, ProviderCallMetrics calls)
    {
        _calls = calls;
        _uploads = telemetry.Meter.CreateCounter<long>("documentuploads.uploads", "{upload}",
            "Uploads sent to a provider, by provider and outcome.");
        _duration = telemetry.Meter.CreateHistogram<double>("documentuploads.upload.duration", "s",
            "Time to hand a document to its provider, by provider and outcome.");
    }

    public void Record(string provider, ProviderUploadOutcome outcome, long started)
    {
        var name = outcome.Accepted ? Accepted : outcome.Rejected ? Rejected : Failed;
        var tags = new TagList { { "provider", provider }, { "outcome", name } };
        _uploads.Add(1, tags);
        _duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        _calls.Record(provider, "upload",
            outcome.Accepted ? CallOutcomes.Success : outcome.Rejected ? CallOutcomes.Rejected : CallOutcomes.Failed,
            started, outcome.StatusCode.ToString(CultureInfo.InvariantCulture));
    }
}
