namespace DocumentUploads.Telemetry;

/// <summary>Calls from a provider service to the external API it adapts (Lighthouse, the CHAMPVA intake):
/// <c>documentuploads.upstream.call.duration</c> and <c>.errors</c>, so "is Lighthouse slow, or are we?"
/// has an answer on the dashboard. One measurement per logical call, retries included.</summary>
public sealed class UpstreamCallMetrics(ServiceTelemetry telemetry)
{
    private readonly CallInstruments _instruments =
        new(telemetry.Meter, "documentuploads.upstream.call", "upstream", "an external API");

    public void Record(string upstream, string operation, string outcome, long started, string? errorType = null) =>
        _instruments.Record(upstream, operation, outcome, started, errorType);
}
