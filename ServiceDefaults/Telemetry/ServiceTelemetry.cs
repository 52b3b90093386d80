using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace DocumentUploads.ServiceDefaults.Telemetry;

/// <summary>The service's own ActivitySource and Meter, named <c>DocumentUploads.{service}</c>
/// so the shared telemetry setup picks them up by wildcard.</summary>
public sealed class ServiceTelemetry : IDisposable
{
    public const string NamePrefix = "DocumentUploads.";

    public ServiceTelemetry(string serviceName)
    {
        ServiceName = serviceName;
        ActivitySource = new ActivitySource(NamePrefix + serviceName);
        Meter = new Meter(NamePrefix + serviceName);
    }

    public string ServiceName { get; }
    public ActivitySource ActivitySource { get; }
    public Meter Meter { get; }

    public void Dispose()
    {
        ActivitySource.Dispose();
        Meter.Dispose();
    }

    // The SDK's default buckets (0, 5, 10, 25 ... 10000) suit milliseconds; ours record seconds.
    private static readonly double[] SecondsBoundaries =
        [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 120, 300];

    /// <summary>Bucket boundaries for our own histograms in seconds.</summary>
    internal static MetricStreamConfiguration? SecondsHistograms(Instrument instrument) =>
        instrument is Histogram<double> && instrument.Unit == "s"
            && instrument.Meter.Name.StartsWith(NamePrefix, StringComparison.Ordinal)
            ? new ExplicitBucketHistogramConfiguration { Boundaries = SecondsBoundaries }
            : null;
}
