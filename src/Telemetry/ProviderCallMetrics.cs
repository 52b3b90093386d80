namespace DocumentUploads.Telemetry;

/// <summary>Calls from our services to a provider service (upload, status, ownership):
/// <c>documentuploads.provider.call.duration</c> and <c>.errors</c>.</summary>
public sealed class ProviderCallMetrics(ServiceTelemetry telemetry)
{
    private readonly CallInstruments _instruments =
        new(telemetry.Meter, "documentuploads.provider.call", "provider", "a provider service");

    /// <param name="started">A <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> taken when the call began.</param>
    public void Record(string provider, string operation, string outcome, long started, string? errorType = null) =>
        _instruments.Record(provider, operation, outcome, started, errorType);
}
