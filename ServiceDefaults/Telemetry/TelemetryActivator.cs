using Microsoft.Extensions.Hosting;
using OpenTelemetry;

namespace DocumentUploads.ServiceDefaults.Telemetry;

/// <summary>Creates the OpenTelemetry SDK at start-up (the container disposes it, flushing
/// exporters, at shutdown); without this it would only start on first resolution.</summary>
internal sealed class TelemetryActivator(OpenTelemetrySdk sdk) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(sdk);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
