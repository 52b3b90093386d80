using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace DocumentUploads.Telemetry;

/// <summary>Measures each call to an external API. Put outside the resilience handler (see
/// <see cref="UpstreamCallMetricsExtensions.AddUpstreamCallMetrics"/>), so a call that needed retries is one measurement of everything the
/// caller waited for.</summary>
public sealed class UpstreamCallMetricsHandler(string upstream, UpstreamCallMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = UpstreamOperation.Of(request);
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Our caller giving up is not the upstream's failure; everything else is.
            metrics.Record(upstream, operation, CallOutcomes.Failed, started, ex.GetType().Name);
            throw;
        }
        var (outcome, errorType) = Classify(response.StatusCode);
        metrics.Record(upstream, operation, outcome, started, errorType);
        return response;
    }

    /// <summary>2xx success; the answers the standard resilience handler counts as transient failures (408, 429,
    /// 5xx) failed; any other answer a refusal.</summary>
    public static (string Outcome, string? ErrorType) Classify(HttpStatusCode status)
    {
        var code = (int)status;
        if (code is >= 200 and < 300) return (CallOutcomes.Success, null);
        if (status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || code >= 500)
        {
            return (CallOutcomes.Failed, code.ToString(CultureInfo.InvariantCulture));
        }
        return (CallOutcomes.Rejected, null);
    }
}
