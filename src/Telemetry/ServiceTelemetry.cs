using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DocumentUploads.Telemetry;

/// <summary>The service's own ActivitySource and Meter, named <c>DocumentUploads.{service}</c>
/// so ServiceDefaults' OpenTelemetry setup picks them up by wildcard.</summary>
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
}
