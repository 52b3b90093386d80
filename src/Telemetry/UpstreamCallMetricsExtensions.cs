using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.Telemetry;

public static class UpstreamCallMetricsExtensions
{
    /// <summary>Measures the client's calls to <paramref name="upstream"/> with an <see cref="UpstreamCallMetricsHandler"/>
    /// as its outermost handler: the standard resilience handler of the HttpClient defaults comes before any
    /// handler a client adds itself, so this one is put in front of it.</summary>
    public static IHttpClientBuilder AddUpstreamCallMetrics(this IHttpClientBuilder builder, string upstream) =>
        builder.ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            handlers.Insert(0, new UpstreamCallMetricsHandler(upstream, sp.GetRequiredService<UpstreamCallMetrics>())));
}
